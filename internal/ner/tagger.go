package ner

import (
	_ "embed"
	"sync"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// Mention is one name found in a text: a half-open byte range into it and
// its type (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT or MISC).
type Mention struct {
	Start, End int
	Type       string
}

// Tagger finds names in text. It is safe for concurrent use.
type Tagger struct {
	m    *Model
	pool sync.Pool

	// edge[r] are the scores of role r's features for a neighbour outside
	// the sentence; s2 are stage two's sums by stage one's tags around the
	// token.
	edge [nRoles][emStride]int32
	s2   *stage2Sums
}

//go:embed model.bin
var modelData []byte

var defaultTagger = sync.OnceValue(func() *Tagger {
	m, err := LoadModel(modelData)
	if err != nil {
		panic("ner: the embedded model does not load: " + err.Error())
	}
	return New(m)
})

// Default is the tagger with the embedded model, loaded on first use.
func Default() *Tagger { return defaultTagger() }

// New makes a tagger that uses model m.
func New(m *Model) *Tagger {
	t := &Tagger{m: m}
	t.pool.New = func() any { return new(scratch) }
	var feats []uint64
	var offs []int32
	for r := range t.edge {
		feats = edgeFeatures(feats[:0], r)
		offs = m.offsets(offs[:0], feats)
		m.addRows(t.edge[r][:nTags:nTags], t.edge[r][nTags:], offs)
	}
	if m.stages == 2 {
		t.s2 = newStage2Sums(m)
	}
	return t
}

// emStride is how many scores a sum of rows has: nTags of each stage.
const emStride = 2 * nTags

// scratch is one call's working memory, reused through the pool.
type scratch struct {
	d      doc
	b      batch
	xfeats []uint64 // for lookups outside a batch
	xoffs  []int32
	local  sumCache // localKey -> the local features' scores
	near   sumCache // neighbourKey -> the scores of its features in each role
	nb     []int32  // per token: where its neighbour sums are in near, or -1
	li     []int32  // per token: where its local sums are in local, or -1
	e1, e2 []int32
	s1, s2 []uint8
	vit    viterbiScratch
	sink   int16 // see batch.lookup
}

// sumCache keeps sums of rows by key: width scores a key.
type sumCache struct {
	at    map[uint64]int32 // key -> where its sums start in sums
	sums  []int32
	width int
}

// reset empties the cache, for keys of width scores.
func (c *sumCache) reset(width int) {
	if c.at == nil {
		c.at = map[uint64]int32{}
	}
	clear(c.at)
	c.sums = c.sums[:0]
	c.width = width
}

// add makes room for key k's sums, zeroed, unless the cache holds maxSums
// keys already: then it returns false.
func (c *sumCache) add(k uint64) (int32, bool) {
	if len(c.at) >= maxSums {
		return -1, false
	}
	at := int32(len(c.sums))
	c.sums = append(c.sums, make([]int32, c.width)...)
	c.at[k] = at
	return at, true
}

// sum returns the emStride scores at i.
func (c *sumCache) sum(i int32) *[emStride]int32 { return (*[emStride]int32)(c.sums[i:]) }

// Tag finds the names in text. sentences are the text's sentence spans, as
// text.Sentences gives them; nil means the tagger splits the text itself.
// Line breaks inside a sentence end it too, as they do in headlines and
// datelines. Mentions come in text order, never overlap, and start and end
// on token boundaries.
func (t *Tagger) Tag(txt string, sentences []document.Span) []Mention {
	if t == nil || t.m == nil || len(txt) == 0 {
		return nil
	}
	sc := t.pool.Get().(*scratch)
	defer t.pool.Put(sc)
	d := &sc.d
	d.reset(txt)
	if sentences == nil {
		sentences = text.Sentences(txt)
	}
	d.split(sentences)
	if len(d.toks) == 0 {
		return nil
	}
	d.prepare(t.m)
	tags := t.decode(sc)
	return d.mentions(tags, nil)
}

// split tokenises the sentences, ending a sentence at each line break too.
func (d *doc) split(sentences []document.Span) {
	txt := d.text
	prev := 0
	for _, s := range sentences {
		a, b := max(s.Start, prev), min(s.End, len(txt))
		for a < b && !utf8.RuneStart(txt[a]) {
			a++
		}
		for b > a && b < len(txt) && !utf8.RuneStart(txt[b]) {
			b--
		}
		if a >= b {
			continue
		}
		prev = b
		for a < b {
			e := a
			for e < b && txt[e] != '\n' {
				e++
			}
			d.addSentence(a, e)
			a = e + 1
		}
	}
}

// addSentence tokenises text[a:b] as one sentence. A run of minJunk or
// more tokens of ASCII punctuation alone (". . . .", a rule of dashes
// written as separate tokens) is no part of a name: it is left out, and
// the sentence ends before it and starts again after it.
func (d *doc) addSentence(a, b int) {
	first := len(d.toks)
	d.toks = text.AppendTokens(d.toks, d.text[a:b])
	start, w := first, first // the current sentence's first token; where the next kept token goes
	for i := first; i < len(d.toks); {
		j := i
		for j < len(d.toks) && bare(d.text[a+d.toks[j].Start:a+d.toks[j].End]) {
			j++
		}
		if j-i >= minJunk {
			if w > start {
				d.sents = append(d.sents, sentence{start, w})
			}
			start = w
			i = j
			continue
		}
		if j == i {
			j++
		}
		for ; i < j; i++ {
			t := d.toks[i]
			d.toks[w] = text.Token{Start: t.Start + a, End: t.End + a}
			w++
		}
	}
	d.toks = d.toks[:w]
	if w > start {
		d.sents = append(d.sents, sentence{start, w})
	}
}

// minJunk is the shortest run of punctuation tokens the tagger skips.
const minJunk = 4

// bare reports whether a token is ASCII punctuation or symbols only.
func bare(tok string) bool {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= 0x80 || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return false
		}
	}
	return true
}

// decode runs the stages and returns the final tags, one per token.
//
// Stage one's features are summed in three parts. A token's local features
// (its form, case, affixes, gazetteer entries...) depend on its localKey
// alone, and a neighbour's features (the word before, its shape, its
// gazetteer entries...) on the neighbour's neighbourKey alone: each such
// sum is computed once for each key of the document, up to maxSums keys,
// and kept. Only the features that pair the token with a neighbour are
// looked up for each token. Stage two's features but those counting the
// word's other occurrences read the tags around the token: their sums are
// tables (stage2Sums). The features are looked up in batches (see
// batch.lookup).
func (t *Tagger) decode(sc *scratch) []uint8 {
	m := t.m
	d := &sc.d
	n := len(d.toks)
	sc.e1 = grow(sc.e1, n*nTags)
	sc.e2 = grow(sc.e2, n*nTags)
	sc.s1 = grow(sc.s1, n)
	sc.nb = grow(sc.nb, n)
	sc.li = grow(sc.li, n)
	two := m.stages == 2
	sc.local.reset(emStride)
	sc.near.reset(nRoles * emStride)
	b := &sc.b
	// Each token's features as a neighbour, for the keys new to the text.
	for lo := 0; lo < n; {
		b.reset()
		hi := lo
		for ; hi < n && len(b.feats) < batchFeats; hi++ {
			k := d.neighbourKey(hi)
			at, ok := sc.near.at[k]
			if !ok {
				if at, ok = sc.near.add(k); ok {
					for r := 0; r < nRoles; r++ {
						b.feats = d.roleFeatures(b.feats, r, hi)
						b.end(at + int32(r*emStride))
					}
				}
			}
			sc.nb[hi] = at
		}
		sc.sink |= b.lookup(m)
		for g, at := range b.dests {
			sum := sc.near.sum(at)
			m.addRows(sum[:nTags:nTags], sum[nTags:], b.group(g))
		}
		lo = hi
	}
	for _, s := range d.sents {
		// A group for each local key new to the text (dest >= 0), then one
		// for each token (dest -1-i): its pairs, and its local features
		// when no sum keeps them.
		b.reset()
		for i := s.start; i < s.end; i++ {
			k := d.localKey(i)
			at, ok := sc.local.at[k]
			if !ok {
				if at, ok = sc.local.add(k); ok {
					b.feats = d.localFeatures(b.feats, i)
					b.end(at)
				}
			}
			sc.li[i] = at
			if !ok {
				b.feats = d.localFeatures(b.feats, i)
			}
			b.feats = d.pairFeatures(b.feats, s, i)
			b.end(int32(-1 - i))
		}
		sc.sink |= b.lookup(m)
		for g, at := range b.dests {
			if at >= 0 {
				sum := sc.local.sum(at)
				m.addRows(sum[:nTags:nTags], sum[nTags:], b.group(g))
			}
		}
		for g, at := range b.dests {
			if at >= 0 {
				continue
			}
			i := int(-1 - at)
			e1 := sc.e1[i*nTags : (i+1)*nTags : (i+1)*nTags]
			e2 := sc.e2[i*nTags : (i+1)*nTags : (i+1)*nTags]
			if li := sc.li[i]; li >= 0 {
				sum := sc.local.sum(li)
				copy(e1, sum[:nTags])
				copy(e2, sum[nTags:])
			} else {
				clear(e1)
				clear(e2)
			}
			t.addNeighbour(sc, e1, e2, s, roleM1, i-1)
			t.addNeighbour(sc, e1, e2, s, roleP1, i+1)
			t.addNeighbour(sc, e1, e2, s, roleM2, i-2)
			t.addNeighbour(sc, e1, e2, s, roleP2, i+2)
			m.addRows(e1, e2, b.group(g))
		}
	}
	for _, s := range d.sents {
		sc.vit.run(sc.e1[s.start*nTags:s.end*nTags], &m.trans[0], sc.s1[s.start:s.end])
	}
	if !two {
		return sc.s1
	}
	d.aggregate(sc.s1)
	sc.s2 = grow(sc.s2, n)
	for _, s := range d.sents {
		tag := func(j int) int {
			if j < s.start || j >= s.end {
				return nTags
			}
			return int(sc.s1[j])
		}
		b.reset()
		for i := s.start; i < s.end; i++ {
			e2 := (*[nTags]int32)(sc.e2[i*nTags:])
			m1 := tag(i - 1)
			addSum(e2, &t.s2.left[m1][sc.s1[i]])
			addSum(e2, &t.s2.right[tag(i+1)][tag(i+2)])
			addSum(e2, &t.s2.m2[tag(i-2)][m1])
			if d.cap[i] != capNone {
				b.feats = d.aggFeatures(b.feats, i, sc.s1)
				b.end(int32(i))
			}
		}
		sc.sink |= b.lookup(m)
		for g, i := range b.dests {
			e2 := (*[nTags]int32)(sc.e2[i*nTags:])
			for _, o := range b.group(g) {
				addRow(e2, (*[nTags]int16)(m.rows[int(o)+nTags:]))
			}
		}
		sc.vit.run(sc.e2[s.start*nTags:s.end*nTags], &m.trans[1], sc.s2[s.start:s.end])
	}
	return sc.s2
}

// batchFeats is about how many features a batch of neighbour keys holds.
const batchFeats = 256

// batch is a list of groups of features to look up at once, each group
// with a destination for its rows.
type batch struct {
	feats []uint64
	ends  []int32 // group g's features end at feats[ends[g]]
	dests []int32
	offs  []int32 // the rows found
	oends []int32 // group g's rows end at offs[oends[g]]
}

func (b *batch) reset() {
	b.feats, b.ends, b.dests = b.feats[:0], b.ends[:0], b.dests[:0]
}

// end ends a group of the features added since the last, with destination
// dest.
func (b *batch) end(dest int32) {
	b.ends = append(b.ends, int32(len(b.feats)))
	b.dests = append(b.dests, dest)
}

// group returns the row offsets of group g, once looked up.
func (b *batch) group(g int) []int32 {
	start := int32(0)
	if g > 0 {
		start = b.oends[g-1]
	}
	return b.offs[start:b.oends[g]]
}

// lookup finds the rows of the features the model knows.
//
// The table and rows are too big for the processor's caches, and a read
// that misses them waits for memory. A search's branches depend on what
// its read brings: the processor cannot go on to the next search before.
// So a first loop reads every feature's home slot without a branch, the
// reads overlapping, and the searches then find their slots in cache; and
// a last loop reads the first and last word of each row found (a row
// spans two cache lines), so that the rows are in cache when added. It
// returns bits of what it read ahead, for the caller to keep: a value no
// one uses, its reads would go too.
func (b *batch) lookup(m *Model) int16 {
	var any entry
	for _, f := range b.feats {
		any |= m.table[max(f, 1)&m.mask]
	}
	b.offs, b.oends = b.offs[:0], b.oends[:0]
	k := 0
	for _, e := range b.ends {
		for ; k < int(e); k++ {
			if o := m.offset(b.feats[k]); o >= 0 {
				b.offs = append(b.offs, o)
			}
		}
		b.oends = append(b.oends, int32(len(b.offs)))
	}
	stride := m.stages * nTags
	w := int16(any)
	for _, o := range b.offs {
		w |= m.rows[o] | m.rows[int(o)+stride-1]
	}
	return w
}

// addNeighbour adds to a token's scores those of its neighbour j's
// features in role r.
func (t *Tagger) addNeighbour(sc *scratch, e1, e2 []int32, s sentence, r, j int) {
	var sum *[emStride]int32
	switch {
	case j < s.start || j >= s.end:
		sum = &t.edge[r]
	case sc.nb[j] >= 0:
		sum = sc.near.sum(sc.nb[j] + int32(r*emStride))
	default:
		sc.xfeats = sc.d.roleFeatures(sc.xfeats[:0], r, j)
		sc.xoffs = t.m.offsets(sc.xoffs[:0], sc.xfeats)
		t.m.addRows(e1, e2, sc.xoffs)
		return
	}
	addSum((*[nTags]int32)(e1), (*[nTags]int32)(sum[:nTags]))
	addSum((*[nTags]int32)(e2), (*[nTags]int32)(sum[nTags:]))
}

// addSum adds scores b to a.
func addSum(a, b *[nTags]int32) {
	for c := range a {
		a[c] += b[c]
	}
}

// stage2Sums are the sums of stage two's rows of the features that read
// stage one's tags around a token: tag index nTags is outside the
// sentence.
type stage2Sums struct {
	left  [nTags + 1][nTags][nTags]int32     // by the tags at -1 and 0: fS1M1, fS1Tag, fS1Big
	right [nTags + 1][nTags + 1][nTags]int32 // by the tags at +1 and +2: fS1P1, fS1P2
	m2    [nTags + 1][nTags + 1][nTags]int32 // by the tags at -2 and -1: fS1M2
}

func newStage2Sums(m *Model) *stage2Sums {
	t := new(stage2Sums)
	v := func(tag int) uint64 { // the tag as stage2Features writes it
		if tag == nTags {
			return 255
		}
		return uint64(tag)
	}
	add := func(e *[nTags]int32, feats ...uint64) {
		for _, f := range feats {
			if o := m.offset(f); o >= 0 {
				addRow(e, (*[nTags]int16)(m.rows[int(o)+nTags:]))
			}
		}
	}
	for a := 0; a <= nTags; a++ {
		for b := 0; b <= nTags; b++ {
			if b < nTags {
				add(&t.left[a][b], mix(fS1M1, v(a)), mix(fS1Tag, v(b)), mix(fS1Big, v(a)<<8|v(b)))
			}
			add(&t.right[a][b], mix(fS1P1, v(a)), mix(fS1P2, v(a)<<8|v(b)))
			add(&t.m2[a][b], mix(fS1M2, v(a)<<8|v(b)))
		}
	}
	return t
}

// offsets appends the row offsets of the features the model knows.
func (m *Model) offsets(dst []int32, feats []uint64) []int32 {
	for _, f := range feats {
		if o := m.offset(f); o >= 0 {
			dst = append(dst, o)
		}
	}
	return dst
}

// addRows adds the rows at offsets offs to a token's scores of stage one,
// e1, and, for a two-stage model, stage two's, e2 (nTags scores each).
func (m *Model) addRows(e1, e2 []int32, offs []int32) {
	stride := m.stages * nTags
	s1, s2 := (*[nTags]int32)(e1), (*[nTags]int32)(e2)
	for _, o := range offs {
		row := m.rows[o : int(o)+stride]
		addRow(s1, (*[nTags]int16)(row))
		if stride == 2*nTags {
			addRow(s2, (*[nTags]int16)(row[nTags:]))
		}
	}
}

// addRow adds a row of weights to a token's scores, unrolled: it is the
// tagger's innermost loop.
func addRow(e *[nTags]int32, r *[nTags]int16) {
	e[0] += int32(r[0])
	e[1] += int32(r[1])
	e[2] += int32(r[2])
	e[3] += int32(r[3])
	e[4] += int32(r[4])
	e[5] += int32(r[5])
	e[6] += int32(r[6])
	e[7] += int32(r[7])
	e[8] += int32(r[8])
	e[9] += int32(r[9])
	e[10] += int32(r[10])
	e[11] += int32(r[11])
	e[12] += int32(r[12])
	e[13] += int32(r[13])
	e[14] += int32(r[14])
	e[15] += int32(r[15])
	e[16] += int32(r[16])
}

// maxSums bounds the keys whose sums a document keeps: a text of a million
// different words does not need a million entries.
const maxSums = 1 << 14

// viterbiScratch holds the lattice of one sentence.
type viterbiScratch struct {
	score []int32
}

// Under BILOU a tag follows either a closed tag (O, L-x, U-x), when it is O,
// B-x or U-x, or the open tags of its own type (B-x, I-x), when it is I-x or
// L-x.
var (
	closedTags  = [...]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16} // O, then L-x, U-x of each type
	afterClosed = [...]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16}  // O, then B-x, U-x of each type
)

// afterClosedAt[c] is tag c's index in afterClosed, or -1.
var afterClosedAt = func() (a [nTags]int8) {
	for c := range a {
		a[c] = -1
	}
	for k, c := range afterClosed {
		a[c] = int8(k)
	}
	return a
}()

// run finds the best tag sequence for emission scores em (n × nTags) under
// the transition weights and BILOU's constraints, into out.
//
// The forward pass keeps each tag's best score and not which predecessor
// gave it: a maximum, unlike an argmax, needs no branch that the processor
// mispredicts. The way back finds the predecessor of the one tag it follows
// with the forward pass's very sums, compared in the same order.
func (v *viterbiScratch) run(em []int32, trans *[nTags * nTags]int32, out []uint8) {
	n := len(out)
	if n == 0 {
		return
	}
	v.score = grow(v.score, n*nTags)
	const neg = -1 << 28
	for c := 0; c < nTags; c++ {
		if canStart(c) {
			v.score[c] = em[c]
		} else {
			v.score[c] = neg
		}
	}
	// The transition weights the loop reads, gathered: fromClosed[k][j] is
	// closedTags[j] -> afterClosed[k]; fromOpen[t][k] is B-t (k 0, 2) or
	// I-t (1, 3) -> I-t (0, 1) or L-t (2, 3).
	var fromClosed [len(afterClosed)][len(closedTags)]int32
	var fromOpen [nTypes][4]int32
	if n > 1 {
		for k, c := range afterClosed {
			for j, p := range closedTags {
				fromClosed[k][j] = trans[int(p)*nTags+int(c)]
			}
		}
		for t := 0; t < nTypes; t++ {
			b, in, l := tagOf(posB, t), tagOf(posI, t), tagOf(posL, t)
			fromOpen[t] = [4]int32{trans[int(b)*nTags+int(in)], trans[int(in)*nTags+int(in)],
				trans[int(b)*nTags+int(l)], trans[int(in)*nTags+int(l)]}
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[nTags]int32)(v.score[(i-1)*nTags:])
		cur := (*[nTags]int32)(v.score[i*nTags:])
		e := (*[nTags]int32)(em[i*nTags:])
		var pc [len(closedTags)]int32
		for j, p := range closedTags {
			pc[j] = prev[p]
		}
		for k, c := range afterClosed {
			w := &fromClosed[k]
			best := pc[0] + w[0]
			for j := 1; j < len(pc); j++ {
				best = max(best, pc[j]+w[j])
			}
			cur[c] = best + e[c]
		}
		for t := 0; t < nTypes; t++ {
			b, in := 1+4*t, 2+4*t
			w := &fromOpen[t]
			cur[in] = max(prev[b]+w[0], prev[in]+w[1]) + e[in]
			cur[in+1] = max(prev[b]+w[2], prev[in]+w[3]) + e[in+1]
		}
		// Keep the scores near zero, so that no sentence is long enough to
		// overflow them, and unreachable states at the floor.
		mx := cur[0]
		for _, x := range cur[1:] {
			mx = max(mx, x)
		}
		for c := range cur {
			cur[c] = max(cur[c]-mx, neg)
		}
	}
	last := v.score[(n-1)*nTags : n*nTags]
	best, arg := int32(neg), 0
	for c := 0; c < nTags; c++ {
		if canEnd(c) && last[c] > best {
			best, arg = last[c], c
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i] = uint8(arg)
		prev := (*[nTags]int32)(v.score[(i-1)*nTags:])
		// Ties go to the lower predecessor tag.
		if k := afterClosedAt[arg]; k >= 0 {
			w := &fromClosed[k]
			best, at := prev[closedTags[0]]+w[0], 0
			for j := 1; j < len(closedTags); j++ {
				if s := prev[closedTags[j]] + w[j]; s > best {
					best, at = s, j
				}
			}
			arg = int(closedTags[at])
			continue
		}
		t := tagType(uint8(arg))
		b, in := 1+4*t, 2+4*t
		k := 0 // arg is I-t
		if arg == in+1 {
			k = 2 // L-t
		}
		w := &fromOpen[t]
		if prev[in]+w[k+1] > prev[b]+w[k] {
			arg = in
		} else {
			arg = b
		}
	}
	out[0] = uint8(arg)
}

// mentions turns tags into mentions, appending to dst.
func (d *doc) mentions(tags []uint8, dst []Mention) []Mention {
	for _, s := range d.sents {
		start := -1
		for i := s.start; i < s.end; i++ {
			t := tags[i]
			if t == 0 {
				start = -1
				continue
			}
			switch tagPos(t) {
			case posB:
				start = i
			case posU:
				if !notName(d.text[d.toks[i].Start:d.toks[i].End]) {
					dst = append(dst, d.mention(i, i, tagType(t)))
				}
				start = -1
			case posL:
				if start >= 0 && tagType(tags[start]) == tagType(t) {
					dst = append(dst, d.mention(start, i, tagType(t)))
				}
				start = -1
			}
		}
	}
	return dst
}

func (d *doc) mention(first, last, typ int) Mention {
	m := Mention{Start: d.toks[first].Start, End: d.toks[last].End}
	m.Type = refineType(typ, d.text[m.Start:m.End])
	return m
}

// notName reports a one-token mention that is never a name: an
// abbreviation the model sometimes takes for one. (Currency signs such as
// "C$" stay: CoNLL-2003 annotates them as MISC.)
func notName(tok string) bool {
	switch tok {
	case "No.", "Nos.", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms":
		return true
	}
	return false
}
