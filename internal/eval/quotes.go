package eval

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// QuoteDoc is one gold article of a quote-attribution set
// (../shared/eval/quotes/polnear/*.quotes.jsonl).
type QuoteDoc struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// GoldQuote is one attribution's content, with its source and cue.
type GoldQuote struct {
	Start   int       `json:"start"`
	End     int       `json:"end"`
	Text    string    `json:"text"`
	Direct  *bool     `json:"direct,omitempty"` // nil: decided by the leading quote mark
	Speaker *GoldSpan `json:"speaker"`          // nil when the article leaves the source implicit
	Cue     *GoldSpan `json:"cue"`
}

// GoldSpan is a source or cue span.
type GoldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// QuotePRF is precision, recall and F1 with their counts. For the direct and
// indirect kinds, TP counts matched predictions of the kind (precision) and
// TPGold matched gold quotes of the kind (recall).
type QuotePRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	Pred      int     `json:"pred"`
	Gold      int     `json:"gold"`
	TPGold    int     `json:"tp_gold"`
}

// QuoteKindScore is detection and speaker accuracy for direct or indirect quotes.
type QuoteKindScore struct {
	QuotePRF
	SpeakerAccuracy float64 `json:"speaker_accuracy"` // right speakers / matched gold quotes with a speaker
	SpeakerMatched  int     `json:"speaker_matched"`
	Attributed      float64 `json:"attributed"` // right speakers / gold quotes with a speaker
}

// QuoteScore is score_quotes.py's summary.
type QuoteScore struct {
	GoldDocs         int            `json:"gold_docs"`
	PredDocsMatched  int            `json:"pred_docs_matched"`
	Overall          QuotePRF       `json:"overall"`
	SpeakerAccuracy  float64        `json:"speaker_accuracy"`
	SpeakerMatched   int            `json:"speaker_matched"`
	Attributed       float64        `json:"attributed"`
	Direct           QuoteKindScore `json:"direct"`
	Indirect         QuoteKindScore `json:"indirect"`
	MissingDocs      int            `json:"missing_docs"`
	DocsTextDiffers  int            `json:"docs_text_differs"`
	UnmappableQuotes int            `json:"unmappable_quotes"`
}

// QuoteOverlap is the default share of the longer span two spans must
// overlap by to match.
const QuoteOverlap = 0.5

// ReadQuoteDocs reads a gold *.quotes.jsonl file.
func ReadQuoteDocs(path string) ([]QuoteDoc, error) {
	return readJSONL[QuoteDoc](path)
}

// ScoreQuotes scores predicted Documents against gold quotes exactly as
// ../shared/eval/tools/score_quotes.py does with its default overlap (0.5).
// Predictions are matched to gold articles by ID, else by Input; the first
// of several for one article counts. Scores are fractions, not rounded.
func ScoreQuotes(gold []QuoteDoc, pred []document.Document) QuoteScore {
	return ScoreQuotesOverlap(gold, pred, QuoteOverlap)
}

// ScoreQuotesOverlap is ScoreQuotes with another minimum overlap.
func ScoreQuotesOverlap(gold []QuoteDoc, pred []document.Document, minOverlap float64) QuoteScore {
	ids := map[string]bool{}
	for _, g := range gold {
		ids[g.ID] = true
	}
	preds := map[string]*document.Document{}
	for i := range pred {
		p := &pred[i]
		key := p.ID
		if !ids[key] {
			key = p.Input
		}
		if !ids[key] {
			continue
		}
		if _, dup := preds[key]; dup {
			continue
		}
		preds[key] = p
	}
	var c struct {
		gold, pred, tp                       int
		missing, differs, unmappable         int
		withSpeaker, matchedSpeaker, correct int
		kind                                 [2]struct{ gold, pred, tpGold, tpPred, withSpeaker, matchedSpeaker, correct int }
	}
	kindOf := func(direct bool) int {
		if direct {
			return 0
		}
		return 1
	}
	for _, g := range gold {
		p := preds[g.ID]
		if p == nil {
			c.missing++
		}
		var al *aligner
		if p != nil {
			al = newAligner(g.Text, p.Text)
			if !al.identity {
				c.differs++
			}
		} else {
			al = &aligner{identity: true}
		}
		gq := make([][2]int, len(g.Quotes))
		gdir := make([]bool, len(g.Quotes))
		for i, q := range g.Quotes {
			gq[i] = [2]int{q.Start, q.End}
			if q.Direct != nil {
				gdir[i] = *q.Direct
			} else {
				gdir[i] = isDirectText(q.Text)
			}
		}
		var pq [][2]int
		var praw []document.Quote
		if p != nil {
			for _, q := range p.Quotes {
				sp, ok := al.span(q.Start, q.End)
				if !ok {
					c.unmappable++
					sp = [2]int{-2, -1} // can never match
				}
				pq = append(pq, sp)
				praw = append(praw, q)
			}
		}
		pdir := make([]bool, len(praw))
		for i, q := range praw {
			pdir[i] = q.Direct // a Document always carries the flag
		}
		m := quoteGreedy(gq, pq, minOverlap)
		c.gold += len(gq)
		c.pred += len(pq)
		c.tp += len(m)
		for _, d := range gdir {
			c.kind[kindOf(d)].gold++
		}
		for _, d := range pdir {
			c.kind[kindOf(d)].pred++
		}
		for gi, pi := range m {
			c.kind[kindOf(gdir[gi])].tpGold++
			c.kind[kindOf(pdir[pi])].tpPred++
		}
		ents := map[string]*document.Entity{}
		var pb string
		if p != nil {
			pb = p.Text
			for i := range p.Entities {
				if e := &p.Entities[i]; e.ID != "" {
					ents[e.ID] = e
				}
			}
		}
		for gi, q := range g.Quotes {
			gs := q.Speaker
			if gs == nil {
				continue
			}
			k := kindOf(gdir[gi])
			c.withSpeaker++
			c.kind[k].withSpeaker++
			pi, ok := m[gi]
			if !ok {
				continue
			}
			c.matchedSpeaker++
			c.kind[k].matchedSpeaker++
			if speakerRight(al, praw[pi].Speaker, *gs, ents, pb) {
				c.correct++
				c.kind[k].correct++
			}
		}
	}
	acc := func(k, n int) float64 {
		if n == 0 {
			return 0
		}
		return float64(k) / float64(n)
	}
	s := QuoteScore{GoldDocs: len(gold), PredDocsMatched: len(preds),
		Overall:         quotePRF(c.tp, c.pred, c.gold, c.tp),
		SpeakerAccuracy: acc(c.correct, c.matchedSpeaker), SpeakerMatched: c.matchedSpeaker,
		Attributed:  acc(c.correct, c.withSpeaker),
		MissingDocs: c.missing, DocsTextDiffers: c.differs, UnmappableQuotes: c.unmappable}
	for k, out := range []*QuoteKindScore{&s.Direct, &s.Indirect} {
		kc := c.kind[k]
		out.QuotePRF = quotePRF(kc.tpPred, kc.pred, kc.gold, kc.tpGold)
		out.SpeakerAccuracy = acc(kc.correct, kc.matchedSpeaker)
		out.SpeakerMatched = kc.matchedSpeaker
		out.Attributed = acc(kc.correct, kc.withSpeaker)
	}
	return s
}

// quoteGreedy is evalcommon.greedy_match with score_quotes.py's score: the
// overlap as a share of the longer span, at least minOverlap; one-to-one,
// best first, ties by gold then prediction index.
func quoteGreedy(golds, preds [][2]int, minOverlap float64) map[int]int {
	type cand struct {
		s      float64
		gi, pi int
	}
	var cands []cand
	for gi, g := range golds {
		for pi, p := range preds {
			if p[1] <= g[0] || g[1] <= p[0] {
				continue
			}
			r := float64(timeOverlap(g, p)) / float64(max(g[1]-g[0], p[1]-p[0]))
			if r >= minOverlap {
				cands = append(cands, cand{r, gi, pi})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.s != b.s {
			return a.s > b.s
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	out := map[int]int{}
	for _, x := range cands {
		if usedG[x.gi] || usedP[x.pi] {
			continue
		}
		usedG[x.gi], usedP[x.pi] = true, true
		out[x.gi] = x.pi
	}
	return out
}

func quotePRF(tp, pred, gold, tpGold int) QuotePRF {
	out := QuotePRF{TP: tp, Pred: pred, Gold: gold, TPGold: tpGold}
	if pred > 0 {
		out.Precision = float64(tp) / float64(pred)
	}
	if gold > 0 {
		out.Recall = float64(tpGold) / float64(gold)
	}
	if out.Precision+out.Recall > 0 {
		out.F1 = 2 * out.Precision * out.Recall / (out.Precision + out.Recall)
	}
	return out
}

// speakerRight: the predicted speaker's span, or a mention of its entity,
// overlaps the gold source span; or its name, its span's text or its
// entity's name holds the source's head word.
func speakerRight(al *aligner, ps document.Speaker, gs GoldSpan, ents map[string]*document.Entity, pb string) bool {
	span := [2]int{gs.Start, gs.End}
	if ps.End != 0 {
		if sp, ok := al.span(ps.Start, ps.End); ok && timeOverlap(sp, span) > 0 {
			return true
		}
	}
	var ent *document.Entity
	if ps.Entity != "" {
		ent = ents[ps.Entity]
	}
	if ent != nil {
		for _, m := range ent.Mentions {
			if sp, ok := al.span(m.Start, m.End); ok && timeOverlap(sp, span) > 0 {
				return true
			}
		}
	}
	head := headWord(gs.Text)
	names := []string{ps.Name}
	if ent != nil {
		names = append(names, ent.Name)
	}
	if ps.End != 0 {
		names = append(names, strings.ToValidUTF8(pySlice(pb, ps.Start, ps.End), "\uFFFD"))
	}
	for _, n := range names {
		if containsWord(n, head) {
			return true
		}
	}
	return false
}

// pySlice is Python's s[i:j] on bytes: negative indices count from the end,
// and both are clamped.
func pySlice(s string, i, j int) string {
	n := len(s)
	fix := func(x int) int {
		if x < 0 {
			x += n
		}
		return min(max(x, 0), n)
	}
	i, j = fix(i), fix(j)
	if j <= i {
		return ""
	}
	return s[i:j]
}

// quoteMarks are score_quotes.py's QUOTE_MARKS.
const quoteMarks = "\"“”„«»‘’'"

func isDirectText(t string) bool {
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	r, n := utf8.DecodeRuneInString(t)
	return n > 0 && strings.ContainsRune(quoteMarks, r)
}

// headWordRe is score_quotes.py's WORD: [^\W_]+(?:[.'’-][^\W_]+)*\.?
var headWordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?`)

// headWord is the last word of a source span, possessive and full stop dropped.
func headWord(text string) string {
	ws := headWordRe.FindAllString(text, -1)
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(strings.ToLower(w), suf) {
			w = w[:len(w)-len(suf)]
		}
	}
	return strings.TrimRight(w, ".")
}

// containsWord: word occurs in hay as a whole word, ignoring case.
func containsWord(hay, word string) bool {
	if hay == "" || word == "" {
		return false
	}
	re, err := regexp.Compile(`(?i)^` + regexp.QuoteMeta(word))
	if err != nil {
		return false
	}
	prevWord := false
	for i := 0; i < len(hay); {
		r, n := utf8.DecodeRuneInString(hay[i:])
		if !prevWord {
			if loc := re.FindStringIndex(hay[i:]); loc != nil {
				nr, _ := utf8.DecodeRuneInString(hay[i+loc[1]:])
				if i+loc[1] >= len(hay) || !alnum(nr) {
					return true
				}
			}
		}
		prevWord = alnum(r)
		i += n
	}
	return false
}

func alnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// QuoteRound rounds a score as the Python scorer prints it (4 places).
func QuoteRound(x float64) float64 { return math.Round(x*1e4) / 1e4 }
