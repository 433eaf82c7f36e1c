package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// benchArticle is an invented wire story, written for the benchmark, dense
// with the dates, durations and numbers news text is full of.
const benchArticle = `GENEVA, June 18 (Wire) - Negotiators from 14 countries met on Sunday for seven and a half hours, the third round of talks since Jan. 12, and agreed to meet again next week, officials said.

The talks, first proposed in February 2021, stalled last year after a dispute over fishing quotas. "We are closer than we were a week ago," the chief negotiator told reporters Saturday. She said a deal could come by the end of the month, or in September at the latest.

Exports of grain fell 12 percent in the first quarter from a year earlier, and have dropped by nearly a third over the past three years. Prices rose 2.5 percent a year during the 1990s, when output doubled, according to figures published on 3 March 2023.

The ministers will hold a news conference at 9:30 a.m. Monday. A final statement is expected within two weeks; it will go to parliaments in November, when most of them return from their summer recess, and a vote could take place early next year.

Analysts at the Harlow Institute said the 1,500-page text, drafted over 18 months by a team of 40 lawyers, was the longest since the 2007 accord. "Every day counts now," one of them said on Friday. Shares of shipping firms rose 3.4 percent this morning and have gained 20 percent since August.

`

func benchText() string { return strings.Repeat(benchArticle, 64<<10/len(benchArticle)+1) }

// BenchmarkFind is the whole of Find: tokens, sentences, rules, values.
func BenchmarkFind(b *testing.B) {
	txt := benchText()
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		Find(txt, june18)
	}
}

// BenchmarkRun is Run as the pipeline calls it, with sentences already split.
func BenchmarkRun(b *testing.B) {
	txt := benchText()
	d := &document.Document{Text: txt, Published: "2023-06-18T21:31:00", Sentences: text.Sentences(txt)}
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		Run(d)
	}
}

// BenchmarkDemo runs over the articles written for attache's demo.
func BenchmarkDemo(b *testing.B) {
	files, _ := filepath.Glob("../demo/articles/*.txt")
	if len(files) == 0 {
		b.Skip("no demo articles")
	}
	var texts []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Find(t, june18)
		}
	}
}
