package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
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
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []TimeDoc
	br := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var d TimeDoc
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, jerr)
			}
			out = append(out, d)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
	}
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
		var al *timeAligner
		if p == nil {
			s.MissingDocs++
		} else {
			al = newTimeAligner(g.Text, p.Text)
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

// ---------------------------------------------------------------- alignment

// timeAligner is evalcommon.Aligner: it maps byte spans of a predicted text
// onto the gold text. Texts that differ only in white space map exactly;
// otherwise the non-white-space words are aligned (difflib), then the bytes
// inside differing stretches, and a span edge on a changed byte moves to the
// nearest mapped neighbour up to alignSlack bytes away.
type timeAligner struct {
	identity     bool
	gPos, pPos   []int
	kMap         map[int]int // nil when the non-white-space bytes are equal
	keys         []int
	nGold, nPred int
}

const alignSlack = 8

func isAlignWS(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func newTimeAligner(gold, pred string) *timeAligner {
	a := &timeAligner{identity: pred == gold}
	if a.identity {
		return a
	}
	g, p := []byte(gold), []byte(pred)
	for i, c := range g {
		if !isAlignWS(c) {
			a.gPos = append(a.gPos, i)
		}
	}
	for i, c := range p {
		if !isAlignWS(c) {
			a.pPos = append(a.pPos, i)
		}
	}
	a.nGold, a.nPred = len(a.gPos), len(a.pPos)
	gs, ps := make([]byte, len(a.gPos)), make([]byte, len(a.pPos))
	for k, i := range a.gPos {
		gs[k] = g[i]
	}
	for k, i := range a.pPos {
		ps[k] = p[i]
	}
	if string(gs) == string(ps) {
		return a
	}
	a.kMap = map[int]int{}
	pw, gw := alignWords(a.pPos), alignWords(a.gPos)
	pws, gws := make([]string, len(pw)), make([]string, len(gw))
	for k, w := range pw {
		pws[k] = string(ps[w[0]:w[1]])
	}
	for k, w := range gw {
		gws[k] = string(gs[w[0]:w[1]])
	}
	for _, op := range newMatcher(pws, gws).opcodes() {
		i1, i2, j1, j2 := op.i1, op.i2, op.j1, op.j2
		switch op.tag {
		case 'e':
			for k := 0; k < i2-i1; k++ {
				pa, pb, ga := pw[i1+k][0], pw[i1+k][1], gw[j1+k][0]
				for t := 0; t < pb-pa; t++ {
					a.kMap[pa+t] = ga + t
				}
			}
		case 'r':
			pa, pb, ga, gb := pw[i1][0], pw[i2-1][1], gw[j1][0], gw[j2-1][1]
			if pb-pa > 5000 || gb-ga > 5000 {
				continue
			}
			pb2, gb2 := make([]string, pb-pa), make([]string, gb-ga)
			for t := range pb2 {
				pb2[t] = string(ps[pa+t])
			}
			for t := range gb2 {
				gb2[t] = string(gs[ga+t])
			}
			for _, m := range newMatcher(pb2, gb2).matchingBlocks() {
				for t := 0; t < m.n; t++ {
					a.kMap[pa+m.a+t] = ga + m.b + t
				}
			}
		}
	}
	for k := range a.kMap {
		a.keys = append(a.keys, k)
	}
	sort.Ints(a.keys)
	return a
}

// alignWords lists [first, last+1) indices into the non-white-space sequence, one per word.
func alignWords(pos []int) [][2]int {
	var out [][2]int
	start := 0
	for k := 1; k <= len(pos); k++ {
		if k == len(pos) || pos[k] != pos[k-1]+1 {
			out = append(out, [2]int{start, k})
			start = k
		}
	}
	return out
}

func (a *timeAligner) start(i int) (int, bool) {
	if a.kMap == nil {
		return i, true
	}
	if v, ok := a.kMap[i]; ok {
		return v, true
	}
	x := sort.SearchInts(a.keys, i) - 1
	if x < 0 {
		return 0, i <= alignSlack
	}
	if i-a.keys[x] <= alignSlack {
		return a.kMap[a.keys[x]] + 1, true
	}
	return 0, false
}

func (a *timeAligner) end(j int) (int, bool) {
	if a.kMap == nil {
		return j, true
	}
	if v, ok := a.kMap[j]; ok {
		return v, true
	}
	x := sort.Search(len(a.keys), func(k int) bool { return a.keys[k] > j })
	if x >= len(a.keys) {
		return a.nGold - 1, a.nPred-1-j <= alignSlack
	}
	if a.keys[x]-j <= alignSlack {
		return a.kMap[a.keys[x]] - 1, true
	}
	return 0, false
}

// span maps a predicted [start, end) onto the gold text.
func (a *timeAligner) span(start, end int) ([2]int, bool) {
	if end <= start {
		return [2]int{}, false
	}
	if a.identity {
		return [2]int{start, end}, true
	}
	i := sort.SearchInts(a.pPos, start)
	j := sort.SearchInts(a.pPos, end) - 1
	if i >= len(a.pPos) || j < i {
		return [2]int{}, false
	}
	x, ok1 := a.start(i)
	y, ok2 := a.end(j)
	if !ok1 || !ok2 || y < x || y >= len(a.gPos) {
		return [2]int{}, false
	}
	return [2]int{a.gPos[x], a.gPos[y] + 1}, true
}

// ---------------------------------------------------------------- difflib

// matcher is Python's difflib.SequenceMatcher(None, a, b, autojunk=False).
type matcher struct {
	a, b []string
	b2j  map[string][]int
}

type match struct{ a, b, n int }

type opcode struct {
	tag            byte // e(qual) r(eplace) d(elete) i(nsert)
	i1, i2, j1, j2 int
}

func newMatcher(a, b []string) *matcher {
	m := &matcher{a: a, b: b, b2j: map[string][]int{}}
	for j, x := range b {
		m.b2j[x] = append(m.b2j[x], j)
	}
	return m
}

func (m *matcher) longest(alo, ahi, blo, bhi int) match {
	besti, bestj, bestsize := alo, blo, 0
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		newj2len := map[int]int{}
		for _, j := range m.b2j[m.a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			newj2len[j] = k
			if k > bestsize {
				besti, bestj, bestsize = i-k+1, j-k+1, k
			}
		}
		j2len = newj2len
	}
	for besti > alo && bestj > blo && m.a[besti-1] == m.b[bestj-1] {
		besti, bestj, bestsize = besti-1, bestj-1, bestsize+1
	}
	for besti+bestsize < ahi && bestj+bestsize < bhi && m.a[besti+bestsize] == m.b[bestj+bestsize] {
		bestsize++
	}
	return match{besti, bestj, bestsize}
}

func (m *matcher) matchingBlocks() []match {
	type span struct{ alo, ahi, blo, bhi int }
	queue := []span{{0, len(m.a), 0, len(m.b)}}
	var blocks []match
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		x := m.longest(q.alo, q.ahi, q.blo, q.bhi)
		if x.n > 0 {
			blocks = append(blocks, x)
			if q.alo < x.a && q.blo < x.b {
				queue = append(queue, span{q.alo, x.a, q.blo, x.b})
			}
			if x.a+x.n < q.ahi && x.b+x.n < q.bhi {
				queue = append(queue, span{x.a + x.n, q.ahi, x.b + x.n, q.bhi})
			}
		}
	}
	sort.Slice(blocks, func(i, j int) bool {
		if blocks[i].a != blocks[j].a {
			return blocks[i].a < blocks[j].a
		}
		if blocks[i].b != blocks[j].b {
			return blocks[i].b < blocks[j].b
		}
		return blocks[i].n < blocks[j].n
	})
	var out []match
	i1, j1, k1 := 0, 0, 0
	for _, x := range blocks {
		if i1+k1 == x.a && j1+k1 == x.b {
			k1 += x.n
			continue
		}
		if k1 > 0 {
			out = append(out, match{i1, j1, k1})
		}
		i1, j1, k1 = x.a, x.b, x.n
	}
	if k1 > 0 {
		out = append(out, match{i1, j1, k1})
	}
	return append(out, match{len(m.a), len(m.b), 0})
}

func (m *matcher) opcodes() []opcode {
	i, j := 0, 0
	var out []opcode
	for _, x := range m.matchingBlocks() {
		var tag byte
		switch {
		case i < x.a && j < x.b:
			tag = 'r'
		case i < x.a:
			tag = 'd'
		case j < x.b:
			tag = 'i'
		}
		if tag != 0 {
			out = append(out, opcode{tag, i, x.a, j, x.b})
		}
		i, j = x.a+x.n, x.b+x.n
		if x.n > 0 {
			out = append(out, opcode{'e', x.a, i, x.b, j})
		}
	}
	return out
}
