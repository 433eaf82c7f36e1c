package eval

import (
	"math"
	"sort"
	"strings"

	"github.com/attache-news/attache/document"
)

// NERGold is one document of a token-level NER gold file
// (../shared/eval/ner/*/gold.jsonl).
type NERGold struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Tokens    [][2]int `json:"tokens"`           // byte offsets of each token
	Tags      []string `json:"tags"`             // IOB tags, one per token
	Sentences [][2]int `json:"sentences"`        // token ranges [first, last+1)
	Ignore    [][2]int `json:"ignore,omitempty"` // byte spans left unlabelled; may be empty
}

// NERPrediction is what ScoreNER reads of a predicted Document.
type NERPrediction struct {
	ID       string            `json:"id"`
	Input    string            `json:"input"`
	Text     string            `json:"text"`
	Error    string            `json:"error"`
	Entities []document.Entity `json:"entities"`
}

// NERPRF is a precision/recall/F1 triple with its counts, rounded to four
// places as the Python scorers print them.
type NERPRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	Pred      int     `json:"pred"`
	Gold      int     `json:"gold"`
}

// NewNERPRF computes precision tp/pred, recall tp/gold and F1.
func NewNERPRF(tp, pred, gold int) NERPRF {
	var p, r, f float64
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return NERPRF{Precision: nerRound4(p), Recall: nerRound4(r), F1: nerRound4(f), TP: tp, Pred: pred, Gold: gold}
}

func nerRound4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// NERScore is the result of ScoreNER, field for field the summary that
// ../shared/eval/tools/score_ner.py prints.
type NERScore struct {
	Labels             []string          `json:"labels"`
	GoldDocs           int               `json:"gold_docs"`
	PredDocsMatched    int               `json:"pred_docs_matched"`
	Overall            NERPRF            `json:"overall"`
	PerType            map[string]NERPRF `json:"per_type"`
	Untyped            NERPRF            `json:"untyped"`
	MissingDocs        int               `json:"missing_docs"`
	DocsTextDiffers    int               `json:"docs_text_differs"`
	UnalignedMentions  int               `json:"unaligned_mentions"`
	UnmappableMentions int               `json:"unmappable_mentions"`
	IgnoredMentions    int               `json:"ignored_mentions"`
	DroppedOtherTypes  int               `json:"dropped_other_types"`
}

// nerTypeMap maps entity types to CoNLL labels.
var nerTypeMap = map[string]string{
	"PERSON": "PER", "PER": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "GPE": "LOC",
	"LOC": "LOC", "LOCATION": "LOC", "FAC": "LOC", "FACILITY": "LOC", "NORP": "MISC",
	"EVENT": "MISC", "MISC": "MISC",
}

// NERLabel maps an entity type to the CoNLL label it is scored as: PERSON
// -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, NORP/EVENT/MISC -> MISC; other
// types are kept, upper-cased.
func NERLabel(t string) string {
	t = strings.ToUpper(t)
	if l, ok := nerTypeMap[t]; ok {
		return l
	}
	return t
}

type nerChunk struct {
	first, end int
	typ        string
}

// NERChunks reads IOB1, IOB2 or IOBES tags into chunks [first, end) as
// conlleval does; a sentence start (sents[k][0]) closes any open chunk.
func NERChunks(tags []string, sents [][2]int) []nerChunk {
	starts := map[int]bool{}
	for _, s := range sents {
		starts[s[0]] = true
	}
	var out []nerChunk
	cur := -1
	prevTag, prevType := "O", ""
	for i, t := range tags {
		if starts[i] {
			cur = -1
			prevTag, prevType = "O", ""
		}
		tag, typ := "O", ""
		if t != "O" {
			if k := strings.IndexByte(t, '-'); k >= 0 {
				tag, typ = t[:k], t[k+1:]
			}
		}
		endPrev := prevTag != "O" && (tag == "O" || tag == "B" || tag == "S" || prevTag == "E" || prevTag == "S" || prevType != typ)
		start := tag == "B" || tag == "S" || (tag == "I" || tag == "E") && (prevTag == "O" || prevTag == "E" || prevTag == "S" || prevType != typ)
		if endPrev {
			cur = -1
		}
		if tag != "O" {
			if start || cur < 0 {
				out = append(out, nerChunk{i, i + 1, typ})
				cur = len(out) - 1
			} else {
				out[cur].end = i + 1
			}
		}
		prevTag, prevType = tag, typ
	}
	return out
}

// ScoreNER scores predicted entity mentions against token-level gold with
// the metric of score_ner.py: conlleval's exact (first token, last token,
// type) chunks, micro-averaged; a mention whose span does not start and end
// on gold token boundaries is a false positive; predicted chunks typed
// outside labels (nil: the labels present in the gold) are left out, and so
// are those that match no gold chunk but overlap a gold ignore span.
// Predictions are matched to gold documents by id, then input.
//
// Where a prediction's text differs from the gold text only in white
// space, spans are mapped across as the Python scorer maps them; where it
// differs otherwise its mentions are counted unmappable (the Python scorer
// aligns such texts word by word; attache never changes the text of its
// jsonl input, so the case does not arise in its evaluation).
func ScoreNER(gold []NERGold, preds []NERPrediction, labels []string) NERScore {
	var sc NERScore
	ids := map[string]bool{}
	for _, g := range gold {
		ids[g.ID] = true
	}
	byID := map[string]*NERPrediction{}
	for i := range preds {
		p := &preds[i]
		key := p.ID
		if !ids[key] {
			key = p.Input
		}
		if !ids[key] {
			continue
		}
		if p.Error != "" && p.Text == "" {
			continue
		}
		if _, dup := byID[key]; dup {
			continue
		}
		byID[key] = p
	}
	goldChunks := map[string][]nerChunk{}
	labelSet := map[string]bool{}
	for _, g := range gold {
		cs := NERChunks(g.Tags, g.Sentences)
		goldChunks[g.ID] = cs
		if labels == nil {
			for _, c := range cs {
				labelSet[c.typ] = true
			}
		}
	}
	for _, l := range labels {
		labelSet[strings.TrimSpace(l)] = true
	}
	tp, npred, ngold := map[string]int{}, map[string]int{}, map[string]int{}
	utp, upred, ugold := 0, 0, 0
	type span struct{ a, b int }
	type tchunk struct {
		first, end int
		typ        string
	}
	type uchunk struct {
		a, b int
		typ  string
	}
	for _, g := range gold {
		gc := map[tchunk]bool{}
		goldSpans := map[span]bool{}
		for _, c := range goldChunks[g.ID] {
			if labelSet[c.typ] {
				gc[tchunk{c.first, c.end, c.typ}] = true
				goldSpans[span{c.first, c.end}] = true
			}
		}
		p := byID[g.ID]
		if p == nil {
			sc.MissingDocs++
		}
		var al *nerWSAligner
		if p != nil && p.Text != g.Text {
			sc.DocsTextDiffers++
			al = newNERWSAligner(g.Text, p.Text)
		}
		starts, ends := map[int]int{}, map[int]int{}
		for i, t := range g.Tokens {
			starts[t[0]] = i
			ends[t[1]] = i
		}
		overlapsIgnore := func(a, b int) bool {
			for _, ig := range g.Ignore {
				if min(b, ig[1])-max(a, ig[0]) > 0 {
					return true
				}
			}
			return false
		}
		pc := map[tchunk]bool{}
		unaligned := map[uchunk]bool{}
		var ents []document.Entity
		if p != nil {
			ents = p.Entities
		}
		for _, e := range ents {
			typ := NERLabel(e.Type)
			for _, m := range e.Mentions {
				if !labelSet[typ] {
					sc.DroppedOtherTypes++
					continue
				}
				a, b, ok := m.Start, m.End, m.End > m.Start
				if ok && al != nil {
					a, b, ok = al.span(m.Start, m.End)
				}
				if !ok {
					sc.UnmappableMentions++
					unaligned[uchunk{m.Start, m.End, typ}] = true
					continue
				}
				ti, okS := starts[a]
				tj, okE := ends[b]
				if okS && okE && ti <= tj {
					ch := tchunk{ti, tj + 1, typ}
					if !goldSpans[span{ti, tj + 1}] && overlapsIgnore(a, b) {
						sc.IgnoredMentions++
						continue
					}
					pc[ch] = true
				} else {
					if overlapsIgnore(a, b) {
						sc.IgnoredMentions++
						continue
					}
					sc.UnalignedMentions++
					unaligned[uchunk{a, b, typ}] = true
				}
			}
		}
		for c := range gc {
			ngold[c.typ]++
		}
		for c := range pc {
			npred[c.typ]++
			if gc[c] {
				tp[c.typ]++
			}
		}
		for u := range unaligned {
			npred[u.typ]++
		}
		ps := map[span]bool{}
		for c := range pc {
			ps[span{c.first, c.end}] = true
		}
		for s := range ps {
			if goldSpans[s] {
				utp++
			}
		}
		us := map[span]bool{}
		for u := range unaligned {
			us[span{u.a, u.b}] = true
		}
		upred += len(ps) + len(us)
		ugold += len(goldSpans)
	}
	sum := func(m map[string]int) int {
		n := 0
		for _, v := range m {
			n += v
		}
		return n
	}
	sc.Overall = NewNERPRF(sum(tp), sum(npred), sum(ngold))
	sc.PerType = map[string]NERPRF{}
	for t := range npred {
		sc.PerType[t] = NewNERPRF(tp[t], npred[t], ngold[t])
	}
	for t := range ngold {
		sc.PerType[t] = NewNERPRF(tp[t], npred[t], ngold[t])
	}
	sc.Untyped = NewNERPRF(utp, upred, ugold)
	for l := range labelSet {
		sc.Labels = append(sc.Labels, l)
	}
	sort.Strings(sc.Labels)
	sc.GoldDocs = len(gold)
	sc.PredDocsMatched = len(byID)
	return sc
}

// nerWSAligner maps spans between two texts whose non-white-space bytes are
// the same.
type nerWSAligner struct {
	gPos, pPos []int
	same       bool
}

func nerIsWS(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func newNERWSAligner(gold, pred string) *nerWSAligner {
	a := &nerWSAligner{}
	for i := 0; i < len(gold); i++ {
		if !nerIsWS(gold[i]) {
			a.gPos = append(a.gPos, i)
		}
	}
	for i := 0; i < len(pred); i++ {
		if !nerIsWS(pred[i]) {
			a.pPos = append(a.pPos, i)
		}
	}
	if len(a.gPos) == len(a.pPos) {
		a.same = true
		for k := range a.gPos {
			if gold[a.gPos[k]] != pred[a.pPos[k]] {
				a.same = false
				break
			}
		}
	}
	return a
}

func (a *nerWSAligner) span(start, end int) (int, int, bool) {
	if !a.same || end <= start {
		return 0, 0, false
	}
	i := sort.SearchInts(a.pPos, start)
	j := sort.SearchInts(a.pPos, end) - 1
	if i >= len(a.pPos) || j < i || j >= len(a.gPos) {
		return 0, 0, false
	}
	return a.gPos[i], a.gPos[j] + 1, true
}

// ReadNERGold reads a NER gold.jsonl file.
func ReadNERGold(path string) ([]NERGold, error) {
	return readJSONL[NERGold](path)
}

// ReadNERPredictions reads Documents (one JSON object a line) for ScoreNER.
func ReadNERPredictions(path string) ([]NERPrediction, error) {
	return readJSONL[NERPrediction](path)
}
