package eval

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
)

func bptr(b bool) *bool { return &b }

// quoteFixture is a small hand-made set: text written for this test.
func quoteFixture() []QuoteDoc {
	t1 := "\u201cWe will meet again,\u201d the minister said. Talks ended late, officials said.\n\nAna Ruiz told reporters that the deal was close."
	t2 := "\"No,\" replied Li Wei. The envoy's aide said the visit would go ahead."
	at := func(text, sub string) (int, int) {
		i := strings.Index(text, sub)
		return i, i + len(sub)
	}
	q := func(text, content string, direct *bool, speaker string) GoldQuote {
		s, e := at(text, content)
		g := GoldQuote{Start: s, End: e, Text: content, Direct: direct}
		if speaker != "" {
			ss, se := at(text, speaker)
			g.Speaker = &GoldSpan{Start: ss, End: se, Text: speaker}
		}
		return g
	}
	return []QuoteDoc{
		{ID: "a", Text: t1, Quotes: []GoldQuote{
			q(t1, "\u201cWe will meet again,\u201d", bptr(true), "the minister"),
			q(t1, "Talks ended late", bptr(false), "officials"),
			q(t1, "that the deal was close", nil, "Ana Ruiz"),
		}},
		{ID: "b", Text: t2, Quotes: []GoldQuote{
			q(t2, "\"No,\"", nil, "Li Wei"),
			q(t2, "the visit would go ahead", bptr(false), "The envoy's aide"),
		}},
		{ID: "c", Text: "Nobody predicted this one, she said.", Quotes: []GoldQuote{
			{Start: 0, End: 25, Text: "Nobody predicted this one", Speaker: &GoldSpan{Start: 27, End: 30, Text: "she"}},
		}},
	}
}

// goldAsPrediction turns gold quotes into a predicted Document.
func goldAsPrediction(g QuoteDoc) document.Document {
	d := document.Document{ID: g.ID, Text: g.Text}
	for _, q := range g.Quotes {
		dq := document.Quote{Start: q.Start, End: q.End, Text: q.Text, Direct: isDirectText(q.Text)}
		if q.Direct != nil {
			dq.Direct = *q.Direct
		}
		if q.Speaker != nil {
			dq.Speaker = document.Speaker{Name: q.Speaker.Text, Start: q.Speaker.Start, End: q.Speaker.End}
		}
		d.Quotes = append(d.Quotes, dq)
	}
	return d
}

// The metric can register a correct answer: gold as prediction scores 1.
func TestScoreQuotesGoldAsPrediction(t *testing.T) {
	gold := quoteFixture()
	var preds []document.Document
	for _, g := range gold {
		preds = append(preds, goldAsPrediction(g))
	}
	s := ScoreQuotes(gold, preds)
	for name, v := range map[string]float64{
		"overall F1": s.Overall.F1, "direct F1": s.Direct.F1, "indirect F1": s.Indirect.F1,
		"speaker accuracy": s.SpeakerAccuracy, "attributed": s.Attributed,
		"direct speakers": s.Direct.SpeakerAccuracy, "indirect speakers": s.Indirect.SpeakerAccuracy,
	} {
		if v != 1 {
			t.Errorf("%s = %v, want 1", name, v)
		}
	}
	if s.MissingDocs != 0 || s.UnmappableQuotes != 0 || s.DocsTextDiffers != 0 {
		t.Errorf("counts: %+v", s)
	}
}

func TestScoreQuotesWrongAnswersCost(t *testing.T) {
	gold := quoteFixture()
	if s := ScoreQuotes(gold, nil); s.Overall.Recall != 0 || s.MissingDocs != 3 {
		t.Errorf("no predictions: %+v", s)
	}
	p := goldAsPrediction(gold[0])
	p.Quotes[0].Speaker = document.Speaker{Name: "Ana Ruiz"} // wrong speaker
	p.Quotes[1].Start += 10                                  // "late" only: under half the gold span
	s := ScoreQuotes(gold[:1], []document.Document{p})
	if s.Overall.TP != 2 || s.SpeakerAccuracy != 0.5 {
		t.Errorf("tp %d, speaker accuracy %v; want 2, 0.5", s.Overall.TP, s.SpeakerAccuracy)
	}
}

func TestHeadWordAndContainsWord(t *testing.T) {
	for in, want := range map[string]string{
		"The envoy's aide": "aide", "Matthew Miller": "Miller", "the White House's": "White House"[6:],
		"U.S.": "U.S", "": "", "Mr. Obama,": "Obama",
	} {
		if got := headWord(in); got != want {
			t.Errorf("headWord(%q) = %q, want %q", in, got, want)
		}
	}
	if !containsWord("State Department spokesman Matthew Miller", "miller") || containsWord("Millerton", "Miller") || !containsWord("de-Miller", "Miller") {
		t.Error("containsWord")
	}
}

// randomQuoteSet generates articles and predictions that exercise every
// branch of the metric: shifted and partial spans, wrong and missing
// speakers, entities, texts that differ in white space or in quote marks,
// missing and duplicated documents.
func randomQuoteSet(seed uint64) ([]QuoteDoc, []document.Document) {
	rng := rand.New(rand.NewPCG(seed, 7))
	words := []string{"the", "minister", "said", "talks", "would", "resume", "Ana", "Ruiz", "aide's", "envoy", "“soon”", "officials", "U.S.", "—", "plan"}
	var gold []QuoteDoc
	var preds []document.Document
	for n := 0; n < 12; n++ {
		var b strings.Builder
		for k := 0; k < 60+rng.IntN(60); k++ {
			if k > 0 {
				b.WriteString([]string{" ", " ", " ", "\n\n", "  "}[rng.IntN(5)])
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		text := b.String()
		g := QuoteDoc{ID: fmt.Sprintf("d%d", n), Text: text}
		p := document.Document{ID: g.ID, Text: text}
		switch rng.IntN(4) {
		case 0:
			p.Text = strings.ReplaceAll(text, "  ", " ")
		case 1:
			p.Text = strings.ReplaceAll(text, "“", "\"")
		}
		for k := 0; k < 6; k++ {
			s := rng.IntN(len(text) - 20)
			e := s + 5 + rng.IntN(15)
			q := GoldQuote{Start: s, End: e, Text: text[s:e]}
			if rng.IntN(3) == 0 {
				q.Direct = bptr(rng.IntN(2) == 0)
			}
			if rng.IntN(4) > 0 {
				ss := rng.IntN(len(text) - 10)
				se := ss + 1 + rng.IntN(9)
				q.Speaker = &GoldSpan{Start: ss, End: se, Text: text[ss:se]}
			}
			g.Quotes = append(g.Quotes, q)
		}
		p.Entities = []document.Entity{{ID: "e1", Name: "Ana Ruiz", Mentions: []document.Mention{{Start: 3, End: 9}}}}
		for _, q := range g.Quotes {
			if rng.IntN(5) == 0 {
				continue
			}
			ps, pe := q.Start+rng.IntN(7)-3, q.End+rng.IntN(7)-3
			if rng.IntN(6) == 0 {
				pe = ps - 1
			}
			dq := document.Quote{Start: ps, End: pe, Direct: rng.IntN(2) == 0}
			switch rng.IntN(5) {
			case 0:
				dq.Speaker = document.Speaker{Entity: "e1", Name: "someone"}
			case 1:
				if q.Speaker != nil {
					dq.Speaker = document.Speaker{Name: "x " + headWord(q.Speaker.Text)}
				}
			case 2:
				s := rng.IntN(len(p.Text) - 10)
				dq.Speaker = document.Speaker{Name: "", Start: s, End: s + 6}
			case 3:
				dq.Speaker = document.Speaker{Name: "Ana"}
			}
			p.Quotes = append(p.Quotes, dq)
		}
		gold = append(gold, g)
		switch n % 6 {
		case 4: // missing
		case 5:
			preds = append(preds, p, document.Document{ID: p.ID})
		default:
			preds = append(preds, p)
		}
	}
	return gold, preds
}

// The Go scorer agrees with ../shared/eval/tools/score_quotes.py, the one
// behind every reported figure.
func TestScoreQuotesAgreesWithPython(t *testing.T) {
	script := filepath.Join(shared, "eval/tools/score_quotes.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	cases := map[string]func() ([]QuoteDoc, []document.Document){
		"fixture": func() ([]QuoteDoc, []document.Document) {
			gold := quoteFixture()
			p0 := goldAsPrediction(gold[0])
			p0.Quotes[2].Speaker = document.Speaker{Name: "Ruiz"}
			p1 := goldAsPrediction(gold[1])
			p1.Text = strings.Replace(p1.Text, "  ", " ", -1)
			p1.Quotes[1].Speaker = document.Speaker{Name: "the aide"}
			p1.Quotes = append(p1.Quotes, document.Quote{Start: 30, End: 40, Direct: true})
			return gold, []document.Document{p0, p1}
		},
	}
	for seed := uint64(1); seed <= 4; seed++ {
		cases[fmt.Sprintf("random%d", seed)] = func() ([]QuoteDoc, []document.Document) { return randomQuoteSet(seed) }
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			gold, preds := mk()
			dir := t.TempDir()
			gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
			writeJSONL(t, gp, gold)
			writeJSONL(t, pp, preds)
			out, err := exec.Command(py, script, gp, pp).Output()
			if err != nil {
				t.Fatalf("scorer: %v", err)
			}
			var want QuoteScore
			if err := json.Unmarshal(out, &want); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			got := ScoreQuotes(gold, preds)
			cmp := func(field string, g, w float64) {
				if QuoteRound(g) != w {
					t.Errorf("%s: go %.6f, python %.4f", field, g, w)
				}
			}
			for _, k := range []struct {
				name string
				g, w QuotePRF
			}{{"overall", got.Overall, want.Overall}, {"direct", got.Direct.QuotePRF, want.Direct.QuotePRF}, {"indirect", got.Indirect.QuotePRF, want.Indirect.QuotePRF}} {
				cmp(k.name+" P", k.g.Precision, k.w.Precision)
				cmp(k.name+" R", k.g.Recall, k.w.Recall)
				cmp(k.name+" F1", k.g.F1, k.w.F1)
				if k.g.TP != k.w.TP || k.g.Pred != k.w.Pred || k.g.Gold != k.w.Gold {
					t.Errorf("%s counts: go %+v, python %+v", k.name, k.g, k.w)
				}
			}
			cmp("speaker accuracy", got.SpeakerAccuracy, want.SpeakerAccuracy)
			cmp("attributed", got.Attributed, want.Attributed)
			cmp("direct speakers", got.Direct.SpeakerAccuracy, want.Direct.SpeakerAccuracy)
			cmp("indirect speakers", got.Indirect.SpeakerAccuracy, want.Indirect.SpeakerAccuracy)
			if got.SpeakerMatched != want.SpeakerMatched || got.MissingDocs != want.MissingDocs ||
				got.DocsTextDiffers != want.DocsTextDiffers || got.UnmappableQuotes != want.UnmappableQuotes ||
				got.PredDocsMatched != want.PredDocsMatched {
				t.Errorf("counts: go %+v\npython %+v", got, want)
			}
			if got.Overall.TP == 0 || got.SpeakerMatched == 0 {
				t.Errorf("the example scores nothing: %+v", got)
			}
		})
	}
}
