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
	d      doc
	feats  []uint64
	e1, e2 []int32
	s1, s2 []uint8
	vit    viterbiScratch
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

// addSentence tokenises text[a:b] as one sentence.
func (d *doc) addSentence(a, b int) {
	first := len(d.toks)
	d.toks = text.AppendTokens(d.toks, d.text[a:b])
	for i := first; i < len(d.toks); i++ {
		d.toks[i].Start += a
		d.toks[i].End += a
	}
	if len(d.toks) > first {
		d.sents = append(d.sents, sentence{first, len(d.toks)})
	}
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
	for _, s := range d.sents {
		for i := s.start; i < s.end; i++ {
			sc.feats = d.baseFeatures(sc.feats[:0], s, i)
			e1 := sc.e1[i*nTags : (i+1)*nTags : (i+1)*nTags]
			e2 := sc.e2[i*nTags : (i+1)*nTags : (i+1)*nTags]
			for _, f := range sc.feats {
				row := m.row(f)
				if row == nil {
					continue
				}
				r1 := row[:nTags:nTags]
				for k := range e1 {
					e1[k] += int32(r1[k])
				}
				if two {
					r2 := row[nTags : 2*nTags : 2*nTags]
					for k := range e2 {
						e2[k] += int32(r2[k])
					}
				}
			}
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
			e2 := sc.e2[i*nTags : (i+1)*nTags : (i+1)*nTags]
			for _, f := range sc.feats {
				row := m.row(f)
				if row == nil {
					continue
				}
				r2 := row[nTags : 2*nTags : 2*nTags]
				for k := range e2 {
					e2[k] += int32(r2[k])
				}
			}
		}
		sc.vit.run(sc.e2[s.start*nTags:s.end*nTags], &m.trans[1], sc.s2[s.start:s.end])
	}
	return sc.s2
}

// viterbiScratch holds the lattice of one sentence.
type viterbiScratch struct {
	score []int32
	back  []uint8
}

// run finds the best tag sequence for emission scores em (n × nTags) under
// the transition weights and BILOU's constraints, into out.
func (v *viterbiScratch) run(em []int32, trans *[nTags * nTags]int32, out []uint8) {
	n := len(out)
	if n == 0 {
		return
	}
	v.score = grow(v.score, n*nTags)
	v.back = grow(v.back, n*nTags)
	const neg = -1 << 28
	for c := 0; c < nTags; c++ {
		if canStart(c) {
			v.score[c] = em[c]
		} else {
			v.score[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		prev := v.score[(i-1)*nTags : i*nTags : i*nTags]
		cur := v.score[i*nTags : (i+1)*nTags : (i+1)*nTags]
		back := v.back[i*nTags : (i+1)*nTags : (i+1)*nTags]
		e := em[i*nTags : (i+1)*nTags : (i+1)*nTags]
		for c := 0; c < nTags; c++ {
			ps := prevTags[c]
			arg := int(ps[0])
			best := prev[arg] + trans[arg*nTags+c]
			for _, p := range ps[1:] {
				if s := prev[p] + trans[int(p)*nTags+c]; s > best {
					best, arg = s, int(p)
				}
			}
			cur[c] = best + e[c]
			back[c] = uint8(arg)
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
	for i := n - 1; i >= 0; i-- {
		out[i] = uint8(arg)
		arg = int(v.back[i*nTags+arg])
	}
}

// prevTags[c] lists the tags that may come before tag c under BILOU.
var prevTags = func() (p [nTags][]uint8) {
	for c := 0; c < nTags; c++ {
		for q := 0; q < nTags; q++ {
			if allowed[q][c] {
				p[c] = append(p[c], uint8(q))
			}
		}
	}
	return p
}()

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
