package attache_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/demo"
)

// frozenPages are the project's own test pages: HTML pages and page-text
// copies written for the project, and the demo articles.
func frozenPages(b *testing.B) []attache.Source {
	b.Helper()
	var srcs []attache.Source
	for _, pattern := range []string{"internal/extract/testdata/html/*.html", "internal/extract/testdata/page/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			srcs = append(srcs, attache.Source{Input: f, Data: data})
		}
	}
	srcs = append(srcs, demo.Sources()...)
	if len(srcs) < 10 {
		b.Fatalf("only %d frozen pages", len(srcs))
	}
	return srcs
}

// BenchmarkAnalyze is the whole analyze path (sniffing, extraction, every
// stage) over the frozen pages; compare with BenchmarkTrafilaturaPeer in
// internal/extract for go-trafilatura alone on the HTML ones.
func BenchmarkAnalyze(b *testing.B) {
	srcs := frozenPages(b)
	size := 0
	for _, s := range srcs {
		size += len(s.Data)
	}
	p := attache.New(attache.Config{})
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range srcs {
			if _, err := p.Analyze(ctx, s); err != nil {
				b.Fatalf("%s: %v", s.Input, err)
			}
		}
	}
	b.ReportMetric(float64(len(srcs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
