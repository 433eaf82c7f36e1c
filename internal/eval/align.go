package eval

import "sort"

// aligner is evalcommon.Aligner, which the time, quote and place scorers
// share: it maps byte spans of a predicted text onto the gold text. Texts
// that differ only in white space map exactly; otherwise the
// non-white-space words are aligned (difflib), then the bytes inside
// differing stretches, and a span edge on a changed byte moves to the
// nearest mapped neighbour up to alignSlack bytes away.
type aligner struct {
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

func newAligner(gold, pred string) *aligner {
	a := &aligner{identity: pred == gold}
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

func (a *aligner) start(i int) (int, bool) {
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

func (a *aligner) end(j int) (int, bool) {
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
func (a *aligner) span(start, end int) ([2]int, bool) {
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
