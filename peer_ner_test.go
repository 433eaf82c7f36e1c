package attache_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	attache "github.com/attache-news/attache"
	"github.com/jdkato/prose/v3"
)

// conllTexts are the CoNLL-2003 dev documents (read from ../shared at run
// time, never stored here) and their token count (the gold tokens are
// joined by single spaces).
func conllTexts(b *testing.B) ([]string, int) {
	b.Helper()
	f, err := os.Open(filepath.Join(shared, "eval/ner/conll2003/dev.input.jsonl"))
	if err != nil {
		b.Skip("../shared absent")
	}
	defer f.Close()
	var texts []string
	tokens := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var l struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.Text != "" {
			texts = append(texts, l.Text)
			tokens += len(strings.Fields(l.Text))
		}
	}
	return texts, tokens
}

// BenchmarkAnalyzeCoNLL is the whole analyze path (every stage) on the
// CoNLL-2003 dev text; BenchmarkProseNER is the prose library's entity
// extraction alone on the same text, the peer of issue 3. Run both in one
// go, on one core:
//
//	go test -run XXX -bench 'AnalyzeCoNLL|ProseNER' -cpu 1 .
func BenchmarkAnalyzeCoNLL(b *testing.B) {
	texts, tokens := conllTexts(b)
	p := attache.New(attache.Config{})
	ctx := context.Background()
	// the models and tables load once, on first use: not part of the rate
	if _, err := p.Analyze(ctx, attache.Source{Data: []byte(texts[0]), As: "text"}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := p.Analyze(ctx, attache.Source{Data: []byte(t), As: "text", Published: "1996-08-30"}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkProseNER(b *testing.B) {
	texts, tokens := conllTexts(b)
	if _, err := prose.NewDocument(texts[0]); err != nil { // prose's model loads once too
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			doc, err := prose.NewDocument(t, prose.WithSegmentation(false), prose.WithTagging(true), prose.WithExtraction(true))
			if err != nil {
				b.Fatal(err)
			}
			_ = doc.Entities()
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
