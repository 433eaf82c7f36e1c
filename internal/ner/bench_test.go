package ner

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/eval"
	"github.com/attache-news/attache/internal/text"
)

// benchStory is an invented wire story, written for the benchmark, in the
// tokenised one-sentence-a-line form of the CoNLL files, with a headline,
// a dateline, sports results and ordinary prose.
const benchStory = `SOCCER - HARBOUR CITY STRETCH LEAD WITH WIN OVER NORTHVALE .
LONDON 1997-03-14
Harbour City stretched their lead at the top of the first division to five points on Saturday with a 3-1 win over Northvale Rovers .
Striker Tomas Ferreira scored twice in the first half before Northvale 's Ian McAllister pulled one back from the penalty spot .
" We did n't play well but we got the points , " Harbour City manager Peter Lindqvist told reporters .
Results of first division matches on Saturday :
Harbour City 3 Northvale Rovers 1
Eastbridge United 0 Kingsport Athletic 2
Westmere 1 Dunmore Town 1
MOSCOW 1997-03-14
Russian Foreign Minister Yevgeny Primakov will visit Beijing next week for talks with Chinese leaders on border trade , the Foreign Ministry said on Friday .
The ministry said Primakov would meet President Jiang Zemin and Prime Minister Li Peng during the three-day visit .
Relations between Moscow and Beijing have improved since the collapse of the Soviet Union in 1991 .
Shares in Brightwater Holdings Plc rose 12 pence to 415 pence on the London Stock Exchange after the company reported a 20 percent rise in annual profit .
Analysts at Harlow & Co said the results were better than expected .
`

func benchText() string { return strings.Repeat(benchStory, 40) }

// BenchmarkTag measures the tagger alone; it reports tokens per second.
func BenchmarkTag(b *testing.B) {
	txt := benchText()
	sents := text.Sentences(txt)
	ntok := len(text.Tokens(txt))
	tg := Default()
	tg.Tag(txt, sents)
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(txt, sents)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkEntities measures tagging and clustering.
func BenchmarkEntities(b *testing.B) {
	txt := benchText()
	sents := text.Sentences(txt)
	ntok := len(text.Tokens(txt))
	tg := Default()
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docOf(txt, sents)
		tg.Entities(d)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func docOf(txt string, sents []document.Span) *document.Document {
	return &document.Document{Text: txt, Sentences: sents}
}

// newsTexts reads up to n article bodies of at least 500 bytes from the
// extraction gold set, at test time (the texts are third-party and stay out
// of the repository); nil when the set is not there.
func newsTexts(tb testing.TB, n int) []string {
	tb.Helper()
	f, err := os.Open(filepath.Join(sharedEval, "extraction", "newspaper4k-naeb", "gold.jsonl"))
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for len(out) < n && sc.Scan() {
		var g struct{ Body string }
		if json.Unmarshal(sc.Bytes(), &g) == nil && len(g.Body) >= 500 {
			out = append(out, g.Body)
		}
	}
	return out
}

// BenchmarkEntitiesNews measures tagging and clustering on 60 real news
// articles; it reports tokens per second and time per article.
func BenchmarkEntitiesNews(b *testing.B) {
	texts := newsTexts(b, 60)
	if len(texts) == 0 {
		b.Skip("no news texts")
	}
	sents := make([][]document.Span, len(texts))
	ntok, size := 0, 0
	for i, t := range texts {
		sents[i] = text.Sentences(t)
		ntok += len(text.Tokens(t))
		size += len(t)
	}
	tg := Default()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			tg.Entities(docOf(t, sents[i]))
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts))/1e3, "µs/doc")
}

// BenchmarkTagCoNLL measures the tagger alone on the CoNLL-2003 dev
// documents (read at test time), each with its sentences split as the
// pipeline splits them; it reports tokens per second.
//
//	go test -run '^$' -bench TagCoNLL -cpu 1 ./internal/ner
func BenchmarkTagCoNLL(b *testing.B) {
	texts, err := eval.ReadTexts(filepath.Join(sharedEval, "ner", "conll2003", "dev.input.jsonl"))
	if err != nil {
		b.Skip("no CoNLL-2003 text")
	}
	sents := make([][]document.Span, len(texts))
	ntok := 0
	for i, t := range texts {
		sents[i] = text.Sentences(t)
		ntok += len(text.Tokens(t))
	}
	tg := Default()
	b.ReportAllocs()
	for b.Loop() {
		for i, t := range texts {
			tg.Tag(t, sents[i])
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
