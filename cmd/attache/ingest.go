package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"sync"
	"time"

	attache "github.com/attache-news/attache"
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
polled with a conditional GET (--every 15m polls again until interrupted).`

func runIngest(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("ingest", ingestUsage, stderr)
	db := dbFlag(fs)
	as := fs.String("as", "auto", "how to read the inputs: auto, html, text, page, jsonl or warc")
	published := fs.String("published", "", "publication date (RFC 3339 or YYYY-MM-DD) for inputs that have none")
	pageURL := fs.String("url", "", "the page's address, for a file or standard input")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once")
	batch := fs.Int("batch", 256, "articles stored per transaction")
	delay := fs.Duration("delay", time.Second, "least time between two requests to one web site")
	progress := fs.String("progress", "auto", "progress bar: auto (when standard error is a terminal), always or never")
	every := fs.Duration("every", 0, "run again at this interval until interrupted, to poll feeds (15m); 0: once")
	pipeOpts := addPipelineFlags(fs)
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	pcfg, err := pipeOpts.config("ingest", stderr)
	if err != nil {
		fmt.Fprintf(stderr, "attache ingest: %v\n", err)
		return 2
	}
	defer func() {
		if err := pipeOpts.save(); err != nil {
			fmt.Fprintf(stderr, "attache ingest: %v\n", err)
		}
	}()
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
	if *every < 0 || *every > 0 && *every < time.Minute {
		fmt.Fprintln(stderr, "attache ingest: --every must be at least 1m: feeds are polled politely")
		return 2
	}
	if *every > 0 && (len(inputs) == 0 || slices.Contains(inputs, "-")) {
		fmt.Fprintln(stderr, "attache ingest: --every polls files, folders and URLs, not standard input")
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
	cfg := ingest.Config{Store: st, Pipeline: attache.New(pcfg), Workers: *workers, BatchSize: *batch, HostDelay: delayCfg, Input: opts,
		UserAgent: "attache/" + version + " (+https://github.com/attache-news/attache)"}
	if *as == "warc" {
		cfg.Input.As = "warc"
	}
	var mu sync.Mutex // the bar and error lines share standard error
	var bar *progressbar.ProgressBar
	cfg.Error = func(in string, err error) {
		mu.Lock()
		defer mu.Unlock()
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintf(stderr, "attache: %v\n", err)
	}
	status := 0
	for {
		if showBar {
			mu.Lock()
			bar = newBar(stderr, ingest.Count(inputs, opts))
			mu.Unlock()
			cfg.Progress = func(s ingest.Stats) {
				mu.Lock()
				defer mu.Unlock()
				bar.Set(s.Read)
				bar.Describe(fmt.Sprintf("added %d, skipped %d, dup %d, failed %d", s.Added, s.Skipped, s.Duplicates, s.Failed))
			}
		}
		stats, err := ingest.Run(ctx, cfg, inputs)
		if bar != nil {
			mu.Lock()
			bar.Finish()
			fmt.Fprintln(stderr)
			bar = nil
			mu.Unlock()
		}
		when := ""
		if *every > 0 {
			when = time.Now().Format("15:04:05") + " "
		}
		fmt.Fprintf(stderr, "attache ingest: %s%s (store %s)\n", when, stats, path)
		if err != nil {
			if *every > 0 && ctx.Err() != nil {
				return status // polling ends with an interrupt
			}
			fmt.Fprintf(stderr, "attache ingest: %v\n", err)
			return 1
		}
		if stats.Failed > 0 {
			status = 1
		}
		if *every <= 0 {
			return status
		}
		select {
		case <-time.After(*every):
		case <-ctx.Done():
			return status
		}
	}
}

func newBar(w io.Writer, total int) *progressbar.ProgressBar {
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionFullWidth(),
		progressbar.OptionSpinnerType(14),
	)
}
