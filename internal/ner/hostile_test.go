package ner

import (
	"strings"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// hostileTexts are inputs no article looks like, each of about size bytes,
// on which a super-linear step would show: one sentence of dots, one word
// repeated, capitalised words with no punctuation (one run of capitals as
// long as the text), many one-word lines, and many different names.
func hostileTexts(size int) map[string]string {
	var names strings.Builder
	x := uint32(1)
	next := func() byte { x = x*1664525 + 1013904223; return byte(x >> 27 % 26) }
	for names.Len() < size {
		for k := 0; k < 3; k++ {
			names.WriteByte('A' + next())
			for j := 0; j < 5; j++ {
				names.WriteByte('a' + next())
			}
			names.WriteByte(' ')
		}
		names.WriteString("said. ")
	}
	return map[string]string{
		"dots":             strings.Repeat(". ", size/2),
		"one word":         strings.Repeat("word ", size/5),
		"one long word":    strings.Repeat("a", size),
		"capitalised":      strings.Repeat("Word Smith Jones Grand Hotel ", size/29),
		"one-word lines":   strings.Repeat("Word\n", size/10),
		"different names":  names.String(),
		"dashes and stars": strings.Repeat("- * - * = ", size/10),
	}
}

// TestHostileInputs: Entities takes linear time with a small constant on
// hostile input (a megabyte, 100,000 lines, in well under a second; the
// limit allows for a busy machine, and the race detector gets an eighth of
// the input), and its output stays well formed.
func TestHostileInputs(t *testing.T) {
	tg := Default()
	tg.Tag("Warm up.", nil)
	for name, s := range hostileTexts(hostileSize) {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			d := &document.Document{Text: s, Sentences: text.Sentences(s)}
			tg.Entities(d)
			if el := time.Since(start); el > hostileLimit {
				t.Errorf("%d bytes took %v, more than %v", len(s), el, hostileLimit)
			}
			prev := 0
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
						t.Fatalf("bad mention %+v", m)
					}
				}
				if e.Mentions[0].Start < prev {
					t.Fatalf("entities out of order at %s", e.ID)
				}
				prev = e.Mentions[0].Start
			}
		})
	}
}
