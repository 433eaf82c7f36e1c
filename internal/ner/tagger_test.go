package ner

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// parseInline reads a fixture with inline expectations, "[[Qin Gang|PERSON]]
// met ...", and returns the plain text and the expected mentions.
func parseInline(s string) (string, []Mention) {
	re := regexp.MustCompile(`\[\[([^|\]]+)\|([A-Z]+)\]\]`)
	var b strings.Builder
	var want []Mention
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		start := b.Len()
		b.WriteString(s[m[2]:m[3]])
		want = append(want, Mention{Start: start, End: b.Len(), Type: s[m[4]:m[5]]})
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), want
}

func showMentions(txt string, ms []Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s|%s", txt[m.Start:m.End], m.Type))
	}
	return strings.Join(parts, "; ")
}

// Sentences written for these tests.
var taggerCases = []string{
	"[[Chinese|NORP]] Foreign Minister [[Qin Gang|PERSON]] met [[Antony Blinken|PERSON]] in [[Beijing|GPE]].",
	"[[Antony Blinken|PERSON]] arrived on Monday.\n[[Blinken|PERSON]] later flew to [[Tokyo|GPE]], where he met Prime Minister [[Fumio Kishida|PERSON]].",
	"Shares of [[Microsoft|ORG]] rose 3 percent on Tuesday after the company reported strong results.",
	"The [[United Nations Security Council|ORG]] will meet in [[New York|GPE]] on Friday.",
	"[[German|NORP]] Chancellor [[Olaf Scholz|PERSON]] said [[Germany|GPE]] would send more aid to [[Ukraine|GPE]].",
	"Police in [[Paris|GPE]] arrested two men on Sunday, a spokesman for the [[Interior Ministry|ORG]] said.",
	"[[Maria Santos|PERSON]], an economist at [[Brightwater Inc|ORG]], expects rates to stay high.",
	"The talks were held in [[Geneva|GPE]] under the auspices of the [[European Union|ORG]].",
}

func TestTag(t *testing.T) {
	tg := Default()
	for _, c := range taggerCases {
		txt, want := parseInline(c)
		t.Run(txt, func(t *testing.T) {
			got := tg.Tag(txt, text.Sentences(txt))
			if g, w := showMentions(txt, got), showMentions(txt, want); g != w {
				t.Errorf("Tag:\n got  %s\n want %s", g, w)
			}
		})
	}
}

func TestTagDocumentConsistency(t *testing.T) {
	// A surname tagged as part of a person's name is a person later, even
	// at the start of a sentence.
	txt := "Maria Okonkwo-Bell, a lawyer, filed the case on Monday.\nOkonkwo-Bell said the ruling was unfair.\nThe judge disagreed with Okonkwo-Bell."
	got := Default().Tag(txt, nil)
	n := 0
	for _, m := range got {
		if strings.Contains(txt[m.Start:m.End], "Okonkwo-Bell") {
			n++
			if m.Type != Person {
				t.Errorf("%q typed %s", txt[m.Start:m.End], m.Type)
			}
		}
	}
	if n != 3 {
		t.Errorf("found %d of 3 mentions: %s", n, showMentions(txt, got))
	}
}

func TestTagDeterministic(t *testing.T) {
	txt := strings.Repeat(benchStory, 3)
	tg := Default()
	first := showMentions(txt, tg.Tag(txt, nil))
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := showMentions(txt, tg.Tag(txt, nil)); got != first {
				t.Error("a second run differs")
			}
		}()
	}
	wg.Wait()
}

func TestTagEdgeCases(t *testing.T) {
	tg := Default()
	for _, txt := range []string{"", " ", "\n\n", ".", "\xff\xfe", "A", strings.Repeat("Word ", 5000)} {
		checkMentions(t, txt, tg.Tag(txt, nil))
	}
	// Sentence spans out of range, overlapping or splitting a rune are
	// tolerated.
	txt := "Zoë Adeyemi visited Zürich."
	spans := []document.Span{{Start: -5, End: 2}, {Start: 1, End: 12}, {Start: 11, End: 400}, {Start: 20, End: 3}}
	checkMentions(t, txt, tg.Tag(txt, spans))
	var nilTagger *Tagger
	if nilTagger.Tag("Paris", nil) != nil {
		t.Error("a nil tagger finds nothing")
	}
}

func checkMentions(t *testing.T, s string, ms []Mention) {
	t.Helper()
	bound := make([]bool, len(s)+1)
	for i := range s {
		bound[i] = true
	}
	bound[len(s)] = true
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(s) {
			t.Fatalf("bad mention %+v after %d in %q", m, prev, s)
		}
		if !bound[m.Start] || !bound[m.End] {
			t.Fatalf("mention %+v splits a rune in %q", m, s)
		}
		switch m.Type {
		case Person, Org, GPE, Loc, Fac, NORP, Event, Misc:
		default:
			t.Fatalf("mention %+v has type %q", m, m.Type)
		}
		prev = m.End
	}
}

func FuzzTag(f *testing.F) {
	for _, c := range taggerCases {
		txt, _ := parseInline(c)
		f.Add(txt)
	}
	f.Add("U.S. \xff Secretary\nof State Antony Blinken’s visit")
	tg := Default()
	f.Fuzz(func(t *testing.T, s string) {
		ms := tg.Tag(s, text.Sentences(s))
		checkMentions(t, s, ms)
		if !utf8.ValidString(s) {
			return
		}
		d := &document.Document{Text: s}
		tg.Entities(d)
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if s[m.Start:m.End] != m.Text {
					t.Fatalf("mention text %q != %q", m.Text, s[m.Start:m.End])
				}
			}
		}
	})
}

// The tag sets the Viterbi loop is written for are BILOU's.
func TestViterbiTables(t *testing.T) {
	var closed, after []uint8
	for c := 0; c < nTags; c++ {
		if c == 0 || tagPos(uint8(c)) == posL || tagPos(uint8(c)) == posU {
			closed = append(closed, uint8(c))
		}
		if canStart(c) {
			after = append(after, uint8(c))
		}
	}
	if !slices.Equal(closed, closedTags[:]) || !slices.Equal(after, afterClosed[:]) {
		t.Fatalf("closed %v after %v; tables say %v %v", closed, after, closedTags, afterClosed)
	}
	for p := 0; p < nTags; p++ {
		for c := 0; c < nTags; c++ {
			want := slices.Contains(closed, uint8(p)) && slices.Contains(after, uint8(c)) ||
				c != 0 && p != 0 && tagType(uint8(p)) == tagType(uint8(c)) &&
					(tagPos(uint8(p)) == posB || tagPos(uint8(p)) == posI) && (tagPos(uint8(c)) == posI || tagPos(uint8(c)) == posL)
			if allowed[p][c] != want {
				t.Errorf("allowed[%d][%d] = %v", p, c, allowed[p][c])
			}
		}
	}
}

// TestFeatureParts checks that the parts the tagger sums stage one's
// features in (local, the neighbours' roles, the pairs) are the features
// training reads, no more, no fewer.
func TestFeatureParts(t *testing.T) {
	txt := benchStory + "A\nB c\n\"Hello,\" said J. R. R. Tolkien of Oxford.\n"
	var d doc
	d.reset(txt)
	d.split(text.Sentences(txt))
	d.prepare(Default().m)
	for _, s := range d.sents {
		for i := s.start; i < s.end; i++ {
			want := d.baseFeatures(nil, s, i)
			got := d.localFeatures(nil, i)
			for r, j := range [nRoles]int{i - 1, i + 1, i - 2, i + 2} {
				if j < s.start || j >= s.end {
					got = edgeFeatures(got, r)
				} else {
					got = d.roleFeatures(got, r, j)
				}
			}
			got = d.pairFeatures(got, s, i)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("token %d %q: parts give %d features, training %d", i, txt[d.toks[i].Start:d.toks[i].End], len(got), len(want))
			}
		}
	}
}
