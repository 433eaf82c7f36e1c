package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/fetch"
	"github.com/attache-news/attache/internal/input"
)

const analyzeUsage = "usage: attache analyze [flags] [INPUT ...]\n\nINPUT is a file, a directory, an http(s) URL or - (standard input; the default)."

func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("analyze", analyzeUsage, stderr)
	format := fs.String("format", "", "output format: json (default for one input) or jsonl (default for several)")
	as := fs.String("as", "auto", "how to read the input: auto, html, text, page or jsonl")
	published := fs.String("published", "", "publication date (RFC 3339 or YYYY-MM-DD) for inputs that have none")
	pageURL := fs.String("url", "", "the page's address, for a file or standard input")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles analysed at once")
	pipeOpts := addPipelineFlags(fs)
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	switch *as {
	case "auto", "html", "text", "page", "jsonl":
	default:
		fmt.Fprintf(stderr, "attache analyze: --as %q: want auto, html, text, page or jsonl\n", *as)
		return 2
	}
	if *published != "" && !validPublished(*published) {
		fmt.Fprintf(stderr, "attache analyze: --published %q: want RFC 3339 or YYYY-MM-DD\n", *published)
		return 2
	}
	// Several inputs, a folder or a jsonl batch print jsonl; one input json.
	// A batch recognised by sniffing is known only at its first item.
	if *format == "" && (len(inputs) > 1 || *as == "jsonl" || isDirArg(inputs)) {
		*format = "jsonl"
	}
	if *format != "" && *format != "json" && *format != "jsonl" {
		fmt.Fprintf(stderr, "attache analyze: --format %q: want json or jsonl\n", *format)
		return 2
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		// the first interrupt stops the run cleanly; a second one, while an
		// input is still being read, ends the program at once
		<-ctx.Done()
		stop()
	}()
	cfg, err := pipeOpts.config("analyze", stderr)
	if err != nil {
		fmt.Fprintf(stderr, "attache analyze: %v\n", err)
		return 2
	}
	p := attache.New(cfg)
	f := fetch.New(fetch.Config{UserAgent: "attache/" + version + " (+https://github.com/attache-news/attache)"})
	items := input.Items(ctx, inputs, input.Options{As: *as, URL: *pageURL, Published: *published, Stdin: stdin})

	out := bufio.NewWriterSize(stdout, 1<<16)
	failed := 0
	err = input.Run(ctx, items, *workers, func(ctx context.Context, it input.Item) input.Result {
		return analyzeItem(ctx, p, f, it)
	}, func(r input.Result) error {
		if *format == "" {
			*format = "json"
			if r.Item.Batch {
				*format = "jsonl"
			}
		}
		if r.Err != nil {
			failed++
			fmt.Fprintf(stderr, "attache: %v\n", r.Err)
			if *format == "jsonl" {
				return writeJSON(out, map[string]string{"id": r.Item.Input, "error": r.Err.Error()}, false)
			}
			return nil
		}
		return writeJSON(out, r.Doc, *format == "json")
	})
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing the output: %w", ferr)
	}
	if serr := pipeOpts.save(); err == nil && serr != nil {
		err = serr
	}
	if err != nil {
		fmt.Fprintf(stderr, "attache: %v\n", err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// analyzeItem fetches the item when it is a URL, then runs the pipeline. A
// panic while analysing becomes that input's error, so that one bad input
// never stops the others.
func analyzeItem(ctx context.Context, p *attache.Pipeline, f *fetch.Fetcher, it input.Item) (res input.Result) {
	it = it.Decode()
	if it.Err != nil {
		return input.Result{Item: it, Err: it.Err}
	}
	defer func() {
		if v := recover(); v != nil {
			res = input.Result{Item: it, Err: fmt.Errorf("%s: internal error at %s (please report it): %v", it.Input, panicSite(), v)}
		}
	}()
	src := it.Src
	if it.Fetch != "" {
		page, err := f.Fetch(ctx, it.Fetch)
		if err != nil {
			return input.Result{Item: it, Err: err}
		}
		src.Data, src.ContentType = page.Body, page.ContentType
		if src.URL == "" {
			src.URL = page.URL
		}
	}
	d, err := p.Analyze(ctx, src)
	if err != nil {
		err = fmt.Errorf("%s: %w", it.Input, err)
	}
	return input.Result{Item: it, Doc: d, Err: err}
}

// panicSite is the function and line where the current panic started, for a
// recovered panic's message; it is called from the deferred function.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		fr, more := frames.Next()
		if !strings.HasPrefix(fr.Function, "runtime.") {
			return fmt.Sprintf("%s (%s:%d)", fr.Function, filepath.Base(fr.File), fr.Line)
		}
		if !more {
			return "?"
		}
	}
}

func writeJSON(w *bufio.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

func validPublished(s string) bool {
	if _, err := time.Parse(time.RFC3339, s); err == nil {
		return true
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func isDirArg(inputs []string) bool {
	if len(inputs) != 1 || input.IsURL(inputs[0]) || inputs[0] == "-" {
		return false
	}
	st, err := os.Stat(inputs[0])
	return err == nil && st.IsDir()
}
