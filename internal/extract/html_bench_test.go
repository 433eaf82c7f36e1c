package extract_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/extract"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// The two benchmarks read the same frozen pages, so that one run of
//
//	go test -run XXX -bench 'HTML|Trafilatura' -benchmem ./internal/extract/
//
// gives the cost of our extraction (go-trafilatura plus our metadata and
// cleaning) next to go-trafilatura used on its own.

func benchPages(b *testing.B) ([][]byte, int64) {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no pages in testdata/html: %v", err)
	}
	var pages [][]byte
	var size int64
	for _, path := range files {
		p, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += int64(len(p))
	}
	return pages, size
}

// BenchmarkHTML extracts every page of testdata/html once per iteration.
func BenchmarkHTML(b *testing.B) {
	pages, size := benchPages(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			var d document.Document
			extract.HTML(p, "", &d)
		}
	}
}

// BenchmarkTrafilaturaPeer is the peer: go-trafilatura on the same pages,
// with its fallback extractors as we use them.
func BenchmarkTrafilaturaPeer(b *testing.B) {
	pages, size := benchPages(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{EnableFallback: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
