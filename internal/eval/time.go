package eval

import (
	"sort"
	"strings"

	"github.com/attache-news/attache/document"
)

// TimeDoc is one document of a time-expression set: a gold line of
// ../shared/eval/time/*/times.jsonl, or a predicted Document (only the
// fields scored are read).
type TimeDoc struct {
	ID        string          `json:"id"`
	Input     string          `json:"input"`     // predictions: matched to the gold id when ID is not
	Text      string          `json:"text"`      // spans are byte offsets into it
	Published string          `json:"published"` // the document creation time; "" when unknown
	Times     []document.Time `json:"times"`
	Error     string          `json:"error"` // predictions: a failed input
}

// PRF is precision, recall and F1 of a count of true positives.
type PRF struct {
	TP, Pred, Gold        int
	Precision, Recall, F1 float64
}

func timePRF(tp, pred, gold int) PRF {
	s := PRF{TP: tp, Pred: pred, Gold: gold}
	if pred > 0 {
		s.Precision = float64(tp) / float64(pred)
	}
	if gold > 0 {
		s.Recall = float64(tp) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// TimeTypeScore is the recall of one gold TIMEX3 type.
type TimeTypeScore struct {
	Gold, Matched, ValueOK int
	Recall, ValueRecall    float64
}

// TimeScore is the TempEval-3 task A report, as score_time.py computes it.
type TimeScore struct {
	GoldDocs, PredDocsMatched int
	Strict, Relaxed           PRF // extents: identical span / any overlap, one-to-one
	TypeAccuracy              float64
	ValueAccuracy             float64 // share of relaxed matches whose value equals the gold's
	TypeF1                    float64
	Value                     PRF // a timex counts when matched and its value is right
	ValueF1                   float64
	ByGoldType                map[string]TimeTypeScore
	MissingDocs               int // gold documents without a prediction
	DocsTextDiffers           int // predictions whose text differs from the gold text
	UnmappableTimes           int // predicted spans that could not be mapped onto the gold text
}

// ReadTimeDocs reads a JSON Lines file of TimeDocs (gold or predictions).
func ReadTimeDocs(path string) ([]TimeDoc, error) {
	return readJSONL[TimeDoc](path)
}

// ScoreTime scores predicted time expressions against gold with
// TempEval-3's task A metric, exactly as ../shared/eval/tools/score_time.py
// does (without its rounding to four places): predictions are matched to gold
// documents by id, else by input; spans are matched one-to-one, largest
// overlap first; type and value are judged on the relaxed matches.
func ScoreTime(gold, pred []TimeDoc) TimeScore {
	ids := make(map[string]bool, len(gold))
	for _, g := range gold {
		ids[g.ID] = true
	}
	preds := map[string]*TimeDoc{}
	for i := range pred {
		p := &pred[i]
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
		if _, dup := preds[key]; dup {
			continue
		}
		preds[key] = p
	}
	s := TimeScore{GoldDocs: len(gold), PredDocsMatched: len(preds), ByGoldType: map[string]TimeTypeScore{}}
	var nGold, nPred, strictTP, relaxedTP, typeOK, valueOK int
	for _, g := range gold {
		p := preds[g.ID]
		var al *aligner
		if p == nil {
			s.MissingDocs++
		} else {
			al = newAligner(g.Text, p.Text)
			if !al.identity {
				s.DocsTextDiffers++
			}
		}
		gs := make([][2]int, len(g.Times))
		for k, t := range g.Times {
			gs[k] = [2]int{t.Start, t.End}
		}
		var pt []document.Time
		var ps [][2]int
		if p != nil {
			for _, t := range p.Times {
				sp, ok := al.span(t.Start, t.End)
				if !ok {
					s.UnmappableTimes++
					sp = [2]int{-2, -1}
				}
				pt = append(pt, t)
				ps = append(ps, sp)
			}
		}
		strict := timeGreedy(gs, ps, func(x, y [2]int) (int, bool) { return 1, x == y })
		relaxed := timeGreedy(gs, ps, func(x, y [2]int) (int, bool) { return timeOverlap(x, y), true })
		nGold += len(gs)
		nPred += len(ps)
		strictTP += len(strict)
		relaxedTP += len(relaxed)
		for gi, pi := range relaxed {
			tg, tp := g.Times[gi], pt[pi]
			tOK := strings.ToUpper(strings.TrimSpace(tp.Type)) == strings.ToUpper(strings.TrimSpace(tg.Type))
			vOK := strings.TrimSpace(tp.Value) == strings.TrimSpace(tg.Value)
			if tOK {
				typeOK++
			}
			b := s.ByGoldType[tg.Type]
			b.Matched++
			if vOK {
				valueOK++
				b.ValueOK++
			}
			s.ByGoldType[tg.Type] = b
		}
		for _, t := range g.Times {
			b := s.ByGoldType[t.Type]
			b.Gold++
			s.ByGoldType[t.Type] = b
		}
	}
	for k, b := range s.ByGoldType {
		if b.Gold > 0 {
			b.Recall = float64(b.Matched) / float64(b.Gold)
			b.ValueRecall = float64(b.ValueOK) / float64(b.Gold)
		}
		s.ByGoldType[k] = b
	}
	s.Strict = timePRF(strictTP, nPred, nGold)
	s.Relaxed = timePRF(relaxedTP, nPred, nGold)
	if relaxedTP > 0 {
		s.TypeAccuracy = float64(typeOK) / float64(relaxedTP)
		s.ValueAccuracy = float64(valueOK) / float64(relaxedTP)
	}
	s.TypeF1 = timePRF(typeOK, nPred, nGold).F1
	s.Value = timePRF(valueOK, nPred, nGold)
	s.ValueF1 = s.Value.F1
	return s
}

func timeOverlap(a, b [2]int) int { return max(0, min(a[1], b[1])-max(a[0], b[0])) }

// timeGreedy is evalcommon.greedy_match: one-to-one pairs of overlapping
// spans with a score, best first, ties by gold then prediction index.
func timeGreedy(golds, preds [][2]int, score func(g, p [2]int) (int, bool)) map[int]int {
	type cand struct{ s, gi, pi int }
	var cs []cand
	for gi, g := range golds {
		for pi, p := range preds {
			if p[1] <= g[0] || g[1] <= p[0] {
				continue
			}
			if sc, ok := score(g, p); ok {
				cs = append(cs, cand{-sc, gi, pi})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		x, y := cs[a], cs[b]
		if x.s != y.s {
			return x.s < y.s
		}
		if x.gi != y.gi {
			return x.gi < y.gi
		}
		return x.pi < y.pi
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	out := map[int]int{}
	for _, c := range cs {
		if usedG[c.gi] || usedP[c.pi] {
			continue
		}
		usedG[c.gi], usedP[c.pi] = true, true
		out[c.gi] = c.pi
	}
	return out
}
