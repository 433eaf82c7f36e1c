package attache_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/demo"
	"github.com/attache-news/attache/internal/eval"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// newsBodies is where BenchmarkStages finds real news texts beyond the demo
// articles: the article bodies of the extraction gold set, read at test
// time and never copied into the repository.
const newsBodies = "../shared/eval/extraction/newspaper4k-naeb/gold.jsonl"

// stageTexts are the texts BenchmarkStages runs the stages on: the demo
// articles as extraction gives them, then up to max bodies of newsBodies.
func stageTexts(b *testing.B, max int) []*document.Document {
	b.Helper()
	bare := attache.New(attache.Config{Stages: []attache.Stage{}})
	var docs []*document.Document
	for _, src := range demo.Sources() {
		d, err := bare.Analyze(context.Background(), src)
		if err != nil {
			b.Fatalf("%s: %v", src.Input, err)
		}
		docs = append(docs, d)
	}
	f, err := os.Open(filepath.FromSlash(newsBodies))
	if err != nil {
		b.Logf("demo articles only: %v", err)
		return docs
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for n := 0; n < max && sc.Scan(); {
		var g struct {
			ID   string `json:"id"`
			Body string `json:"body"`
		}
		if json.Unmarshal(sc.Bytes(), &g) != nil || len(g.Body) < 500 {
			continue
		}
		d, err := bare.Analyze(context.Background(), attache.Source{ID: g.ID, Data: []byte(g.Body), As: "text"})
		if err != nil {
			continue
		}
		docs = append(docs, d)
		n++
	}
	return docs
}

// BenchmarkStages measures each default stage on its own over the demo
// articles and 60 news bodies, each stage given what the stages before it
// added; it reports ns/doc and the mean text length. Models and tables are
// loaded before the clock starts, as a long-running pipeline has them.
//
//	go test -run '^$' -bench Stages -benchtime 20x .
func BenchmarkStages(b *testing.B) {
	docs := stageTexts(b, 60)
	if len(docs) == 0 {
		b.Skip("no texts")
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	ctx := context.Background()
	stages := attache.DefaultStages()
	// inputs[k] are the documents as stage k receives them.
	inputs := make([][]*document.Document, len(stages))
	cur := docs
	for k, s := range stages {
		inputs[k] = cur
		next := make([]*document.Document, len(cur))
		for i, d := range cur {
			c := clone(d)
			if err := s.Run(ctx, c); err != nil {
				b.Fatal(err)
			}
			next[i] = c
		}
		cur = next
	}
	for k, s := range stages {
		b.Run(s.Name(), func(b *testing.B) {
			work := make([]*document.Document, len(inputs[k]))
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				for i, d := range inputs[k] {
					work[i] = clone(d)
				}
				b.StartTimer()
				for _, d := range work {
					if err := s.Run(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(work)), "ns/doc")
			b.ReportMetric(float64(size)/float64(len(work)), "bytes/doc")
		})
	}
}

// clone copies a Document deeply enough that a stage run on the copy leaves
// the original as it was: stages replace slices or edit entities in place.
func clone(d *document.Document) *document.Document {
	c := *d
	c.Entities = append([]document.Entity(nil), d.Entities...)
	for i := range c.Entities {
		c.Entities[i].Mentions = append([]document.Mention(nil), c.Entities[i].Mentions...)
	}
	c.Warnings = append([]string(nil), d.Warnings...)
	return &c
}

// BenchmarkAnalyzeNews measures pages per second on 60 real news pages of
// the extraction gold set (read at test time): go-trafilatura alone, the
// analyze path with extraction only, and with every default stage.
//
//	go test -run '^$' -bench AnalyzeNews -benchtime 5x -cpu 1 .
func BenchmarkAnalyzeNews(b *testing.B) {
	path := filepath.FromSlash(newsBodies)
	gold, err := eval.ReadGold(path)
	if err != nil {
		b.Skipf("no news pages: %v", err)
	}
	var pages []attache.Source
	size := 0
	for _, g := range gold {
		if len(pages) == 60 {
			break
		}
		raw, err := eval.ReadHTML(path, g)
		if err != nil {
			continue
		}
		pages = append(pages, attache.Source{ID: g.ID, URL: g.URL, Data: raw, As: "html"})
		size += len(raw)
	}
	if len(pages) == 0 {
		b.Skip("no news pages")
	}
	ctx := context.Background()
	run := func(name string, f func(attache.Source) error) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					if err := f(p); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
	run("trafilatura", func(p attache.Source) error {
		_, err := trafilatura.Extract(bytes.NewReader(p.Data), trafilatura.Options{EnableFallback: true})
		return err
	})
	bare := attache.New(attache.Config{Stages: []attache.Stage{}})
	run("extract", func(p attache.Source) error { _, err := bare.Analyze(ctx, p); return err })
	full := attache.New(attache.Config{})
	full.Analyze(ctx, pages[0]) // models and tables load once, before the clock
	run("all", func(p attache.Source) error { _, err := full.Analyze(ctx, p); return err })
}
