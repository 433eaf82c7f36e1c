package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/demo"
	"github.com/attache-news/attache/internal/server"
	"github.com/attache-news/attache/internal/store/sqlite"
)

func init() {
	commands["serve"] = command{runServe, "serve the JSON API and the web UI over a store"}
}

const serveUsage = `usage: attache serve [--db PATH] [--addr HOST:PORT] [--token T] [--open] [--demo]

Serves the JSON API (/api/v1/..., described at /api/v1/openapi.json) and the
web UI over the store. POST /api/v1/analyze needs "Authorization: Bearer T"
when a token is set (--token or $ATTACHE_TOKEN). --demo loads the demo
articles embedded in attache into the store when it is empty; without --db
(or $ATTACHE_DB) it uses a store of its own in the temporary folder, apart
from your archive.`

// serveOptions are the flags of serve, read.
type serveOptions struct {
	db, addr, token string
	open, demo      bool
	pipeline        attache.Config
}

func runServe(args []string, _ io.Reader, _, stderr io.Writer) int {
	fs := newFlags("serve", serveUsage, stderr)
	var o serveOptions
	fs.StringVar(&o.db, "db", "", "the store's SQLite file (default: $ATTACHE_DB, else "+localDB+"; with --demo: "+demoDB()+")")
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&o.token, "token", "", "bearer token required on write requests (default $ATTACHE_TOKEN)")
	fs.BoolVar(&o.open, "open", false, "open the web UI in a browser")
	fs.BoolVar(&o.demo, "demo", false, "load the embedded demo articles into an empty store")
	pipeOpts := addPipelineFlags(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if o.pipeline, err = pipeOpts.config("serve", stderr); err != nil {
		fmt.Fprintf(stderr, "attache serve: %v\n", err)
		return 2
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "attache serve: unexpected argument %q\n", rest[0])
		return 2
	}
	if o.token == "" {
		o.token = os.Getenv("ATTACHE_TOKEN")
	}
	if o.db == "" && o.demo && os.Getenv("ATTACHE_DB") == "" {
		o.db = demoDB()
	}
	o.db = dbPath(o.db)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer func() {
		if err := pipeOpts.save(); err != nil {
			fmt.Fprintf(stderr, "attache serve: %v\n", err)
		}
	}()
	err = serve(ctx, o, stderr, func(url string) {
		fmt.Fprintf(stderr, "attache: serving %s at %s (Ctrl-C stops)\n", o.db, url)
		if o.open {
			openBrowser(url, stderr)
		}
	})
	if err != nil {
		fmt.Fprintf(stderr, "attache serve: %v\n", err)
		return 1
	}
	return 0
}

// serve runs the server until ctx is done, then shuts it down gracefully:
// requests under way get up to ten seconds to finish. ready is called with
// the UI's address once the server listens.
func serve(ctx context.Context, o serveOptions, stderr io.Writer, ready func(url string)) error {
	if dir := filepath.Dir(o.db); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	st, err := sqlite.Open(o.db)
	if err != nil {
		return err
	}
	defer st.Close()
	p := attache.New(o.pipeline)
	if o.demo {
		stats, err := st.Stats(ctx)
		if err != nil {
			return err
		}
		// the demo's own store takes what is new in the demo corpus; a
		// store of the user's only when it is empty
		if stats.Articles == 0 || o.db == demoDB() {
			start := time.Now()
			n, ev, err := server.Seed(ctx, st, p, demo.Sources())
			if err != nil {
				return fmt.Errorf("loading the demo articles: %w", err)
			}
			fmt.Fprintf(stderr, "attache: loaded %d demo articles (%d events) in %.1fs; %d were stored already\n", n, ev, time.Since(start).Seconds(), stats.Articles)
		} else {
			fmt.Fprintf(stderr, "attache: %s holds %d articles; --demo adds nothing to a store that is not empty\n", o.db, stats.Articles)
		}
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	srv := &http.Server{
		Handler:           server.New(server.Config{Store: st, Pipeline: p, Token: o.token, Logger: log}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	if ready != nil {
		ready("http://" + ln.Addr().String() + "/")
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "attache: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// demoDB is the demo's own store, apart from the user's archive.
func demoDB() string {
	return filepath.Join(os.TempDir(), "attache-demo.db")
}

// openBrowser asks the desktop to open url; failing that, says so.
func openBrowser(url string, stderr io.Writer) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(stderr, "attache: could not open a browser (%v); open %s\n", err, url)
		return
	}
	go cmd.Wait()
}
