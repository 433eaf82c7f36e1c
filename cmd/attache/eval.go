package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/eval"
)

func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: attache eval TASK GOLD.jsonl [flags]\n\nScores attache against a gold set. TASK is extraction, ner, time, geo, quotes, events or plover;\n'attache eval TASK -h' lists its flags.")
		return 2
	}
	if args[0] == "extraction" {
		return evalExtraction(args[1:], stdout, stderr)
	}
	if _, ok := evalTasks[args[0]]; ok {
		return evalTask(args[0], args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "attache eval: unknown task %q (want extraction, ner, time, geo, quotes, events or plover)\n", args[0])
	return 2
}

const evalExtractionUsage = "usage: attache eval extraction GOLD.jsonl [flags]\n\nGOLD is an extraction gold set (../shared/eval/extraction/*/gold.jsonl); its pages are read\nfrom the html/ folder beside it. Body: Zyte shingle P/R/F1; snippets; title, date, authors."

// extractionPeer runs go-trafilatura alone on a page; nil unless attache is
// built with -tags peer (bench.go).
var extractionPeer func(page) eval.Prediction

func evalExtraction(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("eval extraction", evalExtractionUsage, stderr)
	predPath := fs.String("pred", "", "score these Documents (JSONL) instead of running attache")
	peer := new(bool)
	if extractionPeer != nil {
		peer = fs.Bool("peer", false, "also run go-trafilatura (with fallback) alone on the same pages, in the same run")
	}
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "pages analysed at once")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	goldPath := pos[0]
	gold, err := eval.ReadGold(goldPath)
	if err != nil {
		fmt.Fprintf(stderr, "attache eval: %v\n", err)
		return 1
	}
	type row struct {
		System string               `json:"system"`
		Score  eval.ExtractionScore `json:"score"`
		Secs   float64              `json:"seconds"`
		PPS    float64              `json:"pages_per_second"`
	}
	var rows []row
	if *predPath != "" {
		preds, err := readPredictions(*predPath)
		if err != nil {
			fmt.Fprintf(stderr, "attache eval: %v\n", err)
			return 1
		}
		rows = append(rows, row{System: "predictions", Score: eval.ScoreExtraction(gold, preds)})
	} else {
		pages, err := loadPages(goldPath, gold)
		if err != nil {
			fmt.Fprintf(stderr, "attache eval: %v\n", err)
			return 1
		}
		p := attache.New(attache.Config{})
		preds, secs := runPages(pages, *workers, func(pg page) eval.Prediction {
			d, err := p.Analyze(context.Background(), attache.Source{Input: pg.id, ID: pg.id, URL: pg.url, As: "html", Data: pg.raw})
			if err != nil {
				return eval.Prediction{ID: pg.id, Error: err.Error()}
			}
			return eval.Prediction{ID: pg.id, Title: d.Title, Authors: d.Authors, Published: d.Published, Text: d.Text}
		})
		rows = append(rows, row{System: "attache", Score: eval.ScoreExtraction(gold, preds), Secs: secs, PPS: float64(len(pages)) / secs})
		if *peer {
			preds, secs := runPages(pages, *workers, func(pg page) eval.Prediction {
				pr := extractionPeer(pg)
				pr.ID = pg.id
				return pr
			})
			rows = append(rows, row{System: "go-trafilatura", Score: eval.ScoreExtraction(gold, preds), Secs: secs, PPS: float64(len(pages)) / secs})
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(rows)
		return 0
	}
	fmt.Fprintf(stdout, "%s (%d pages, %d workers)\n", goldPath, len(gold), *workers)
	fmt.Fprintf(stdout, "%-15s %7s %7s %7s %8s %8s %8s %8s %9s\n", "system", "body P", "body R", "body F1", "snip F1", "title", "date", "authors", "pages/s")
	for _, r := range rows {
		s := r.Score
		bp, br, bf, sf := "-", "-", "-", "-"
		if s.Body != nil {
			bp, br, bf = f4(s.Body.Precision), f4(s.Body.Recall), f4(s.Body.F1)
		}
		if s.Snippets != nil {
			sf = f4(s.Snippets.F1)
		}
		pps := "-"
		if r.PPS > 0 {
			pps = fmt.Sprintf("%.1f", r.PPS)
		}
		fmt.Fprintf(stdout, "%-15s %7s %7s %7s %8s %8s %8s %8s %9s\n", r.System, bp, br, bf, sf,
			f4(eval.Rate(s.TitleOK, s.TitlePages)), f4(eval.Rate(s.DateOK, s.DatePages)), f4(eval.Rate(s.AuthorOK, s.AuthorPages)), pps)
	}
	return 0
}

func f4(v float64) string { return fmt.Sprintf("%.4f", v) }

type page struct {
	id, url string
	raw     []byte
}

func loadPages(goldPath string, gold []eval.Page) ([]page, error) {
	pages := make([]page, 0, len(gold))
	for _, g := range gold {
		raw, err := eval.ReadHTML(goldPath, g)
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{id: g.ID, url: g.URL, raw: raw})
	}
	return pages, nil
}

// runPages runs f over every page on workers goroutines and returns the
// predictions with the wall time in seconds.
func runPages(pages []page, workers int, f func(page) eval.Prediction) ([]eval.Prediction, float64) {
	out := make([]eval.Prediction, len(pages))
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range max(1, workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(pages) {
					return
				}
				out[i] = f(pages[i])
			}
		}()
	}
	wg.Wait()
	return out, time.Since(start).Seconds()
}

func readPredictions(path string) ([]eval.Prediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var preds []eval.Prediction
	br := bufio.NewReaderSize(f, 1<<20)
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 1 {
			var p eval.Prediction
			if jerr := json.Unmarshal(line, &p); jerr != nil {
				return nil, fmt.Errorf("%s: %w", path, jerr)
			}
			preds = append(preds, p)
		}
		if err == io.EOF {
			return preds, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
