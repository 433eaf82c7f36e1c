//go:build peer

// The peer comparisons (attache bench, attache eval extraction --peer) run
// go-trafilatura beside attache. They are built only with -tags peer:
// go-trafilatura pulls in go-dateparser, whose locale tables cost every
// attache process a third of a second at start-up.

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/eval"
	"github.com/attache-news/attache/internal/extract"
)

// defaultBenchPages is the news set measured when no pages are named: the
// project's evaluation data sits beside the repository.
const defaultBenchPages = "../shared/eval/extraction/newspaper4k-naeb/gold.jsonl"

const benchUsage = "usage: attache bench [flags] [GOLD.jsonl | DIR ...]\n\nTimes 'attache analyze' (the whole pipeline) and go-trafilatura with its fallbacks\n(the peer) on the same HTML pages, in the same run. Pages come from extraction gold\nsets or folders of .html/.html.gz files; the default is " + defaultBenchPages + "."

func init() {
	commands["bench"] = command{runBench, "measure speed against go-trafilatura on the same pages"}
	extractionPeer = func(pg page) eval.Prediction {
		return eval.Trafilatura(extract.Decode(pg.raw, "", nil), pg.url)
	}
}

// runBench times attache's whole analyze path and go-trafilatura alone on
// the same pages, at each worker count, in one run.
func runBench(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("bench", benchUsage, stderr)
	workers := fs.String("workers", "1,2", "comma-separated worker counts to measure")
	limit := fs.Int("limit", 0, "measure at most this many pages (0: all)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	var counts []int
	for _, w := range strings.Split(*workers, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(w))
		if err != nil || n < 1 {
			fmt.Fprintf(stderr, "attache bench: --workers %q: want numbers like 1,2\n", *workers)
			return 2
		}
		counts = append(counts, n)
	}
	if len(pos) == 0 {
		pos = []string{defaultBenchPages}
	}
	var pages []page
	for _, p := range pos {
		ps, err := benchPages(p)
		if err != nil {
			fmt.Fprintf(stderr, "attache bench: %v\n", err)
			return 1
		}
		pages = append(pages, ps...)
	}
	if *limit > 0 && len(pages) > *limit {
		pages = pages[:*limit]
	}
	if len(pages) == 0 {
		fmt.Fprintln(stderr, "attache bench: no pages")
		return 1
	}
	bytes := 0
	for _, p := range pages {
		bytes += len(p.raw)
	}
	pl := attache.New(attache.Config{})
	systems := []struct {
		name string
		run  func(page) eval.Prediction
	}{
		{"attache analyze", func(pg page) eval.Prediction {
			_, err := pl.Analyze(context.Background(), attache.Source{Input: pg.id, URL: pg.url, As: "html", Data: pg.raw})
			if err != nil {
				return eval.Prediction{Error: err.Error()}
			}
			return eval.Prediction{}
		}},
		{"go-trafilatura", extractionPeer},
	}
	fmt.Fprintf(stdout, "%d pages, %.1f MB\n%-16s %7s %9s %7s %16s\n", len(pages), float64(bytes)/(1<<20), "system", "workers", "pages/s", "MB/s", "attache / peer")
	for _, w := range counts {
		var pps [2]float64
		for i, s := range systems {
			_, secs := runPages(pages, w, s.run)
			pps[i] = float64(len(pages)) / secs
			ratio := ""
			if i == 1 {
				ratio = fmt.Sprintf("%.2fx", pps[0]/pps[1])
			}
			fmt.Fprintf(stdout, "%-16s %7d %9.1f %7.2f %16s\n", s.name, w, pps[i], float64(bytes)/(1<<20)/secs, ratio)
		}
	}
	return 0
}

// benchPages loads the pages of an extraction gold set, or the HTML files of
// a folder.
func benchPages(path string) ([]page, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		gold, err := eval.ReadGold(path)
		if err != nil {
			return nil, err
		}
		return loadPages(path, gold)
	}
	var pages []page
	err = filepath.WalkDir(path, func(p string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		name := strings.ToLower(de.Name())
		if !strings.HasSuffix(name, ".html") && !strings.HasSuffix(name, ".htm") && !strings.HasSuffix(name, ".html.gz") {
			return nil
		}
		raw, err := eval.ReadFile(p)
		if err != nil {
			return err
		}
		pages = append(pages, page{id: p, raw: raw})
		return nil
	})
	return pages, err
}
