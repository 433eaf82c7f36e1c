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
	return t
}

// scratch is one call's working memory, reused through the pool.
type scratch struct {
	d        doc
	feats    []uint64
	offs     []int32
	local    map[uint64]int32 // localKey -> offset in localSum
	localSum []int32          // per key: the local features' scores of stage one, then of stage two
	e1, e2   []int32
	s1, s2   []uint8
	vit      viterbiScratch
}

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
func (t *Tagger) decode(sc *scratch) []uint8 {
	m := t.m
	d := &sc.d
	n := len(d.toks)
	sc.e1 = grow(sc.e1, n*nTags)
	sc.e2 = grow(sc.e2, n*nTags)
	sc.s1 = grow(sc.s1, n)
	clear(sc.e1)
	clear(sc.e2)
	two := m.stages == 2
	stride := m.stages * nTags
	// A token's local features (its form, case, affixes, gazetteer
	// entries...) are the same wherever the same key recurs: their scores
	// are summed once per document and kept, up to maxLocal keys.
	if sc.local == nil {
		sc.local = map[uint64]int32{}
	}
	clear(sc.local)
	sc.localSum = sc.localSum[:0]
	for _, s := range d.sents {
		for i := s.start; i < s.end; i++ {
			e1 := (*[nTags]int32)(sc.e1[i*nTags:])
			e2 := (*[nTags]int32)(sc.e2[i*nTags:])
			k := d.localKey(i)
			at, ok := sc.local[k]
			if !ok && len(sc.local) < maxLocal {
				at = int32(len(sc.localSum))
				sc.localSum = append(sc.localSum, make([]int32, 2*nTags)...)
				sum := sc.localSum[at:]
				sc.feats = d.localFeatures(sc.feats[:0], i)
				sc.offs = m.offsets(sc.offs[:0], sc.feats)
				m.addRows((*[nTags]int32)(sum), (*[nTags]int32)(sum[nTags:]), sc.offs)
				sc.local[k] = at
				ok = true
			}
			if ok {
				*e1 = *(*[nTags]int32)(sc.localSum[at:])
				*e2 = *(*[nTags]int32)(sc.localSum[at+nTags:])
				sc.feats = d.contextFeatures(sc.feats[:0], s, i)
			} else {
				sc.feats = d.baseFeatures(sc.feats[:0], s, i)
			}
			sc.offs = m.offsets(sc.offs[:0], sc.feats)
			m.addRows(e1, e2, sc.offs)
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
		for i := s.start; i < s.end; i++ {
			sc.feats = d.stage2Features(sc.feats[:0], s, i, sc.s1)
			sc.offs = m.offsets(sc.offs[:0], sc.feats)
			e2 := (*[nTags]int32)(sc.e2[i*nTags:])
			for _, o := range sc.offs {
				addRow(e2, (*[nTags]int16)(m.rows[int(o)+nTags:int(o)+stride]))
			}
		}
		sc.vit.run(sc.e2[s.start*nTags:s.end*nTags], &m.trans[1], sc.s2[s.start:s.end])
	}
	return sc.s2
}

// offsets appends the row offsets of the features the model knows. Looking
// them all up before adding any lets the memory reads overlap.
func (m *Model) offsets(dst []int32, feats []uint64) []int32 {
	for _, f := range feats {
		if o := m.offset(f); o >= 0 {
			dst = append(dst, o)
		}
	}
	return dst
}

// addRows adds the rows at offsets offs to a token's scores of stage one,
// e1, and, for a two-stage model, stage two's, e2.
func (m *Model) addRows(e1, e2 *[nTags]int32, offs []int32) {
	stride := m.stages * nTags
	for _, o := range offs {
		row := m.rows[o : int(o)+stride]
		addRow(e1, (*[nTags]int16)(row))
		if stride == 2*nTags {
			addRow(e2, (*[nTags]int16)(row[nTags:]))
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

// maxLocal bounds the local scores kept per document: a text of a million
// different words does not need a million entries.
const maxLocal = 1 << 14

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
