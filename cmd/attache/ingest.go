package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"time"

	"github.com/attache-news/attache/internal/ingest"
	"github.com/attache-news/attache/internal/input"
	"github.com/attache-news/attache/internal/store/sqlite"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

func init() {
	commands["ingest"] = command{runIngest, "analyse articles, feeds and WARC files and store them"}
}

const ingestUsage = `usage: attache ingest [--db PATH] [flags] [INPUT ...]

INPUT is a file, a folder, a jsonl batch, an http(s) URL of a page or of an
RSS/Atom feed, a WARC file (.warc, .warc.gz: Common Crawl News), or - for
standard input (the default). Articles already stored are skipped; feeds are
polled with a conditional GET.`

func runIngest(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("ingest", ingestUsage, stderr)
	db := fs.String("db", "", "the store's file (default $ATTACHE_DB, else "+localDB+" in the current folder)")
	as := fs.String("as", "auto", "how to read the inputs: auto, html, text, page, jsonl or warc")
	published := fs.String("published", "", "publication date (RFC 3339 or YYYY-MM-DD) for inputs that have none")
	pageURL := fs.String("url", "", "the page's address, for a file or standard input")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once")
	batch := fs.Int("batch", 256, "articles stored per transaction")
	delay := fs.Duration("delay", time.Second, "least time between two requests to one web site")
	progress := fs.String("progress", "auto", "progress bar: auto (when standard error is a terminal), always or never")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	switch *as {
	case "auto", "html", "text", "page", "jsonl", "warc":
	default:
		fmt.Fprintf(stderr, "attache ingest: --as %q: want auto, html, text, page, jsonl or warc\n", *as)
		return 2
	}
	if *published != "" && !validPublished(*published) {
		fmt.Fprintf(stderr, "attache ingest: --published %q: want RFC 3339 or YYYY-MM-DD\n", *published)
		return 2
	}
	if *workers < 1 || *batch < 1 {
		fmt.Fprintln(stderr, "attache ingest: --workers and --batch must be at least 1")
		return 2
	}
	if *delay < 0 {
		fmt.Fprintln(stderr, "attache ingest: --delay must not be negative")
		return 2
	}
	showBar := false
	switch *progress {
	case "always":
		showBar = true
	case "never":
	case "auto":
		f, ok := stderr.(*os.File)
		showBar = ok && term.IsTerminal(int(f.Fd()))
	default:
		fmt.Fprintf(stderr, "attache ingest: --progress %q: want auto, always or never\n", *progress)
		return 2
	}

	path := dbPath(*db)
	st, err := sqlite.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "attache ingest: %v\n", err)
		return 1
	}
	defer st.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done() // a second interrupt ends the program at once
		stop()
	}()

	opts := input.Options{As: *as, URL: *pageURL, Published: *published, Stdin: stdin}
	if *as == "warc" {
		opts.As = "html"
	}
	delayCfg := *delay
	if delayCfg == 0 {
		delayCfg = -1
	}
	cfg := ingest.Config{Store: st, Workers: *workers, BatchSize: *batch, HostDelay: delayCfg, Input: opts,
		UserAgent: "attache/" + version + " (+https://github.com/attache-news/attache)"}
	if *as == "warc" {
		cfg.Input.As = "warc"
	}
	var mu sync.Mutex // the bar and error lines share standard error
	var bar *progressbar.ProgressBar
	if showBar {
		bar = progressbar.NewOptions(ingest.Count(inputs, opts),
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionFullWidth(),
			progressbar.OptionSpinnerType(14),
		)
		cfg.Progress = func(s ingest.Stats) {
			mu.Lock()
			defer mu.Unlock()
			bar.Set(s.Read)
			bar.Describe(fmt.Sprintf("added %d, skipped %d, dup %d, failed %d", s.Added, s.Skipped, s.Duplicates, s.Failed))
		}
	}
	cfg.Error = func(in string, err error) {
		mu.Lock()
		defer mu.Unlock()
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintf(stderr, "attache: %v\n", err)
	}
	stats, err := ingest.Run(ctx, cfg, inputs)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	fmt.Fprintf(stderr, "attache ingest: %s (store %s)\n", stats, path)
	if err != nil {
		fmt.Fprintf(stderr, "attache ingest: %v\n", err)
		return 1
	}
	if stats.Failed > 0 {
		return 1
	}
	return 0
}
