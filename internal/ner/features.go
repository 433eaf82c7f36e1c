package ner

import (
	"unicode/utf8"

	"github.com/attache-news/attache/internal/text"
)

// Feature templates. A feature is mix(template, value hashes...).
const (
	fBias uint64 = iota + 1
	fWord
	fForm
	fPre1
	fPre2
	fPre3
	fPre4
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fShape
	fShort
	fWm1
	fWp1
	fWm2
	fWp2
	fSm1
	fSp1
	fSm2
	fSp2
	fWm1W0
	fW0Wp1
	fS3
	fWm1S0
	fS0Wp1
	fInitCap
	fHeadW
	fHeadS
	fGaz
	fGazM1
	fGazP1
	fRun
	fClus
	fClusM1
	fClusP1
	fDocCase
	fLen
	fFormM1
	fFormP1
	fLowerSeen
	fSentEnd
	fPunctNext
	fPunctPrev
	// stage two
	fAgg
	fAggMaj
	fS1Tag
	fS1M1
	fS1P1
	fS1Big
	fAggSeq
	fS1M2
	fS1P2
)

// Tags: O, then B, I, L, U for each of the four CoNLL types.
const (
	nTypes = 4
	nTags  = 1 + 4*nTypes
)

// CoNLL types in tag order.
var typeNames = [nTypes]string{"PER", "ORG", "LOC", "MISC"}

func tagOf(pos, typ int) uint8 { return uint8(1 + 4*typ + pos) }
func tagType(t uint8) int      { return (int(t) - 1) / 4 }
func tagPos(t uint8) int       { return (int(t) - 1) % 4 }

// allowed[prev][cur]: BILOU's valid transitions.
var allowed = func() (a [nTags][nTags]bool) {
	for p := 0; p < nTags; p++ {
		for c := 0; c < nTags; c++ {
			open := p != 0 && (tagPos(uint8(p)) == posB || tagPos(uint8(p)) == posI)
			if open {
				a[p][c] = c != 0 && tagType(uint8(c)) == tagType(uint8(p)) && (tagPos(uint8(c)) == posI || tagPos(uint8(c)) == posL)
			} else {
				a[p][c] = c == 0 || tagPos(uint8(c)) == posB || tagPos(uint8(c)) == posU
			}
		}
	}
	return a
}()

// canStart and canEnd: tags that may open and close a sentence.
func canStart(t int) bool { return t == 0 || tagPos(uint8(t)) == posB || tagPos(uint8(t)) == posU }
func canEnd(t int) bool   { return t == 0 || tagPos(uint8(t)) == posL || tagPos(uint8(t)) == posU }

// sentence is a token range [start, end) of a doc.
type sentence struct{ start, end int }

// doc holds one text's tokens and the per-token facts the features use.
// Its slices are reused from text to text.
type doc struct {
	text  string
	toks  []text.Token
	sents []sentence

	lower    []byte  // lower-case forms, concatenated
	lowOff   []int32 // token i's lower form is lower[lowOff[i]:lowOff[i+1]]
	lowHash  []uint64
	formHash []uint64
	shape    []uint64
	short    []uint64
	cap      []uint8
	digit    []bool
	initial  []bool // first token of its sentence
	final    []bool // last token of its sentence
	head     []bool // in a headline: a sentence mostly in capitals
	gaz      []uint64
	clus     []uint32 // cluster path: bits, with the length in the top byte; 0 when none
	docCase  []uint8  // capitalisation classes seen for the word elsewhere, as bits
	lowSeen  []bool   // the lower-case form is a known lower-case word
	run      []uint8  // length (up to 4) << 4 | BILOU position in a run of capitalised words; 0 when none

	// Word types: wid[i] numbers token i's lower-case form within the
	// document, and the w* slices hold what is known of each form.
	wid     []int32
	widMap  map[uint64]int32
	wSeen   []bool
	wClus   []uint32
	wCase   []uint8               // capitalisation classes seen, as bits
	wCaseN  [][capMixed + 1]uint8 // occurrences in each class, up to 2
	wAgg    [][nTypes + 1]uint16  // stage one's types of the occurrences (0: outside any name)
	wAggSeq [][nTypes]uint16      // ... when part of a longer name

	shapeBuf, shortBuf []byte
}

// reset prepares d for a new text.
func (d *doc) reset(s string) {
	d.text = s
	d.toks = d.toks[:0]
	d.sents = d.sents[:0]
	d.lower = d.lower[:0]
	d.lowOff = d.lowOff[:0]
}

// prepare computes the per-token facts once tokens and sentences are set.
func (d *doc) prepare(m *Model) {
	n := len(d.toks)
	d.lowHash = grow(d.lowHash, n)
	d.formHash = grow(d.formHash, n)
	d.shape = grow(d.shape, n)
	d.short = grow(d.short, n)
	d.gaz = grow(d.gaz, n)
	d.cap = grow(d.cap, n)
	d.digit = grow(d.digit, n)
	d.initial = grow(d.initial, n)
	d.final = grow(d.final, n)
	d.head = grow(d.head, n)
	d.clus = grow(d.clus, n)
	d.docCase = grow(d.docCase, n)
	d.lowSeen = grow(d.lowSeen, n)
	d.run = grow(d.run, n)
	d.wid = grow(d.wid, n)
	d.lowOff = d.lowOff[:0]
	d.lower = d.lower[:0]
	if d.widMap == nil {
		d.widMap = map[uint64]int32{}
	}
	clear(d.widMap)
	d.wSeen, d.wClus = d.wSeen[:0], d.wClus[:0]
	for i, t := range d.toks {
		w := d.text[t.Start:t.End]
		d.lowOff = append(d.lowOff, int32(len(d.lower)))
		d.lower = appendLower(d.lower, w)
		lw := d.lower[d.lowOff[i]:]
		d.lowHash[i] = hashBytes(lw)
		d.formHash[i] = hashString(w)
		var c uint8
		var dg bool
		d.shapeBuf, d.shortBuf, c, dg = shapeOf(d.shapeBuf[:0], d.shortBuf[:0], w)
		d.shape[i] = hashBytes(d.shapeBuf)
		d.short[i] = hashBytes(d.shortBuf)
		d.cap[i] = c
		d.digit[i] = dg
		d.initial[i] = false
		d.final[i] = false
		d.head[i] = false
		d.gaz[i] = 0
		id, ok := d.widMap[d.lowHash[i]]
		if !ok {
			id = int32(len(d.wSeen))
			d.widMap[d.lowHash[i]] = id
			var seen bool
			var clus uint32
			if m != nil {
				clus = m.clusters[d.lowHash[i]]
				_, seen = m.lowerWords[d.lowHash[i]]
			}
			d.wSeen = append(d.wSeen, seen)
			d.wClus = append(d.wClus, clus)
		}
		d.wid[i] = id
		d.clus[i] = d.wClus[id]
		d.lowSeen[i] = d.wSeen[id]
	}
	d.lowOff = append(d.lowOff, int32(len(d.lower)))
	for _, s := range d.sents {
		if s.end <= s.start {
			continue
		}
		d.initial[s.start] = true
		d.final[s.end-1] = true
		// A headline: most tokens with letters are in capitals.
		letters, caps := 0, 0
		for i := s.start; i < s.end; i++ {
			switch d.cap[i] {
			case capAll:
				letters++
				if d.toks[i].End-d.toks[i].Start > 1 {
					caps++
				}
			case capLower, capInit, capMixed:
				letters++
			}
		}
		if letters >= 2 && caps*10 >= letters*7 {
			for i := s.start; i < s.end; i++ {
				d.head[i] = true
			}
		}
		d.runs(s)
	}
	d.gazetteer()
	d.documentCase()
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// runs marks the tokens of sentence s that are in a run of capitalised
// words outside a headline with the run's length, up to 4, and their
// position in it; the others with 0.
func (d *doc) runs(s sentence) {
	for i := s.start; i < s.end; {
		if d.head[i] || !isCapped(d.cap[i]) {
			d.run[i] = 0
			i++
			continue
		}
		b := i
		for b+1 < s.end && isCapped(d.cap[b+1]) {
			b++
		}
		l := min(b-i+1, 4)
		for j := i; j <= b; j++ {
			pos := posI
			switch {
			case i == b:
				pos = posU
			case j == i:
				pos = posB
			case j == b:
				pos = posL
			}
			d.run[j] = uint8(l<<4 | pos)
		}
		i = b + 1
	}
}

// gazetteer marks each token with the gazetteer phrases it is part of.
func (d *doc) gazetteer() {
	g := gaz()
	for _, s := range d.sents {
		for i := s.start; i < s.end; i++ {
			h := uint64(gazSeed)
			for k := 0; k < maxGazLen && i+k < s.end; k++ {
				h = mix(h, d.lowHash[i+k])
				cats, ok := g.phrases[h]
				if !ok {
					break // no phrase begins so
				}
				if cats == 0 {
					continue
				}
				for c := 0; c < nGaz; c++ {
					if cats&(1<<c) == 0 {
						continue
					}
					if k == 0 {
						d.gaz[i] |= 1 << (4*c + posU)
						continue
					}
					d.gaz[i] |= 1 << (4*c + posB)
					for j := i + 1; j < i+k; j++ {
						d.gaz[j] |= 1 << (4*c + posI)
					}
					d.gaz[i+k] |= 1 << (4*c + posL)
				}
			}
		}
	}
}

// documentCase records, for each word with letters, how it is capitalised
// where else it appears in the document inside an ordinary sentence and not
// at its start: bit 1<<capLower, 1<<capInit, 1<<capAll, 1<<capMixed.
func (d *doc) documentCase() {
	nw := len(d.wSeen)
	d.wCase = grow(d.wCase, nw)
	d.wCaseN = grow(d.wCaseN, nw)
	clear(d.wCase)
	clear(d.wCaseN)
	counts := func(i int) bool { return !d.initial[i] && !d.head[i] && d.cap[i] != capNone }
	for i := range d.toks {
		if !counts(i) {
			continue
		}
		w := d.wid[i]
		d.wCase[w] |= 1 << d.cap[i]
		if n := &d.wCaseN[w][d.cap[i]]; *n < 2 {
			*n++
		}
	}
	for i := range d.toks {
		w := d.wid[i]
		bits := d.wCase[w]
		if counts(i) && d.wCaseN[w][d.cap[i]] < 2 {
			bits &^= 1 << d.cap[i] // this occurrence alone
		}
		d.docCase[i] = bits
	}
}

// low returns token i's lower-case form.
func (d *doc) low(i int) []byte { return d.lower[d.lowOff[i]:d.lowOff[i+1]] }

// Boundary values for context outside the sentence.
var (
	hStart = hashString("<s>")
	hEnd   = hashString("</s>")
)

// baseFeatures appends token i's stage-one features, in sentence s, to out.
func (d *doc) baseFeatures(out []uint64, s sentence, i int) []uint64 {
	return d.contextFeatures(d.localFeatures(out, i), s, i)
}

// localKey identifies what token i's local features depend on: its form
// and the facts about it that prepare computed. Two tokens with the same key
// have the same local features.
func (d *doc) localKey(i int) uint64 {
	var flags uint64
	if d.initial[i] {
		flags |= 1
	}
	if d.head[i] {
		flags |= 2
	}
	if d.final[i] {
		flags |= 4
	}
	flags |= uint64(d.run[i])<<8 | uint64(d.docCase[i])<<16
	return mix(mix(d.formHash[i], flags), d.gaz[i])
}

// localFeatures appends the stage-one features of token i that do not look
// at its neighbours: they depend on localKey(i) alone.
func (d *doc) localFeatures(out []uint64, i int) []uint64 {
	lw := d.low(i)
	wh := d.lowHash[i]
	sh := d.short[i]
	head := uint64(0)
	if d.head[i] {
		head = 1
	}
	init := uint64(0)
	if d.initial[i] {
		init = 1
	}
	seen := uint64(0)
	if d.lowSeen[i] {
		seen = 1
	}
	out = append(out,
		fBias,
		mix(fWord, wh),
		mix(fForm, d.formHash[i]),
		mix(fShape, d.shape[i]),
		mix(fShort, sh),
		mix(fInitCap, init<<8|head<<4|uint64(d.cap[i])),
		mix(fLowerSeen, seen<<8|init<<4|uint64(d.cap[i])),
	)
	if head != 0 {
		out = append(out, mix(fHeadW, wh), mix(fHeadS, sh))
	}
	if d.final[i] {
		out = append(out, mix(fSentEnd, sh))
	}
	// Affixes, by characters.
	n := utf8.RuneCount(lw)
	if n > 1 {
		out = affixes(out, lw, n)
	}
	out = append(out, mix(fLen, uint64(min(n, 12))))
	// Gazetteers.
	for g := d.gaz[i]; g != 0; g &= g - 1 {
		b := uint64(trailingZeros(g))
		out = append(out, mix(fGaz, b<<4|uint64(d.cap[i])))
	}
	// Runs of capitalised words.
	if r := d.run[i]; r != 0 {
		out = append(out, mix(fRun, uint64(r)))
	}
	// Word clusters.
	if c := d.clus[i]; c != 0 {
		out = clusterFeatures(out, fClus, c, 4, 6, 10, 20)
	}
	// The same word elsewhere in the document.
	if d.cap[i] != capNone {
		out = append(out, mix(fDocCase, uint64(d.docCase[i])<<8|uint64(d.cap[i])<<4|init<<1|head))
	}
	return out
}

// contextFeatures appends the stage-one features of token i, in sentence
// s, that look at its neighbours.
func (d *doc) contextFeatures(out []uint64, s sentence, i int) []uint64 {
	wh := d.lowHash[i]
	sh := d.short[i]
	at := func(k int) (w, shp, form uint64) {
		j := i + k
		if j < s.start {
			return hStart, hStart, hStart
		}
		if j >= s.end {
			return hEnd, hEnd, hEnd
		}
		return d.lowHash[j], d.short[j], d.formHash[j]
	}
	wm1, sm1, fm1 := at(-1)
	wp1, sp1, fp1 := at(1)
	wm2, sm2, _ := at(-2)
	wp2, sp2, _ := at(2)
	out = append(out,
		mix(fWm1, wm1),
		mix(fWp1, wp1),
		mix(fWm2, wm2),
		mix(fWp2, wp2),
		mix(fSm1, sm1),
		mix(fSp1, sp1),
		mix(fSm2, sm2),
		mix(fSp2, sp2),
		mix(mix(fWm1W0, wm1), wh),
		mix(mix(fW0Wp1, wh), wp1),
		mix(mix(mix(fS3, sm1), sh), sp1),
		mix(mix(fWm1S0, wm1), sh),
		mix(mix(fS0Wp1, sh), wp1),
		mix(fFormM1, fm1),
		mix(fFormP1, fp1),
	)
	if i > s.start {
		for g := d.gaz[i-1]; g != 0; g &= g - 1 {
			out = append(out, mix(fGazM1, uint64(trailingZeros(g))))
		}
		if c := d.clus[i-1]; c != 0 {
			out = clusterFeatures(out, fClusM1, c, 6, 20)
		}
	}
	if i+1 < s.end {
		for g := d.gaz[i+1]; g != 0; g &= g - 1 {
			out = append(out, mix(fGazP1, uint64(trailingZeros(g))))
		}
		if c := d.clus[i+1]; c != 0 {
			out = clusterFeatures(out, fClusP1, c, 6, 20)
		}
	}
	return out
}

// The stage-one features of contextFeatures but the pairs (pairFeatures)
// are a neighbour's alone: its features in a role, the token one or two
// before or after the one tagged. They depend on neighbourKey(j), so that
// the tagger sums them once for each key.
const (
	roleM1 = iota // the token before: fWm1, fSm1, fFormM1, fGazM1, fClusM1
	roleP1        // the token after
	roleM2        // two before: fWm2, fSm2
	roleP2        // two after
	nRoles
)

// neighbourKey identifies what token j's features as a neighbour depend on.
func (d *doc) neighbourKey(j int) uint64 { return mix(d.formHash[j], d.gaz[j]) }

// roleKinds are the feature kinds of each neighbour role: word and short
// shape, and for the next neighbours also form, gazetteer and cluster.
var roleKinds = [...]struct {
	w, s, form, gaz, clus uint64
	near                  bool
}{
	roleM1: {fWm1, fSm1, fFormM1, fGazM1, fClusM1, true},
	roleP1: {fWp1, fSp1, fFormP1, fGazP1, fClusP1, true},
	roleM2: {w: fWm2, s: fSm2},
	roleP2: {w: fWp2, s: fSp2},
}

// roleFeatures appends the features of token j, in the sentence, as the
// neighbour in role r of the token tagged.
func (d *doc) roleFeatures(out []uint64, r, j int) []uint64 {
	k := &roleKinds[r]
	out = append(out, mix(k.w, d.lowHash[j]), mix(k.s, d.short[j]))
	if !k.near {
		return out
	}
	out = append(out, mix(k.form, d.formHash[j]))
	for g := d.gaz[j]; g != 0; g &= g - 1 {
		out = append(out, mix(k.gaz, uint64(trailingZeros(g))))
	}
	if c := d.clus[j]; c != 0 {
		out = clusterFeatures(out, k.clus, c, 6, 20)
	}
	return out
}

// edgeFeatures appends the features of role r when the neighbour would be
// outside the sentence.
func edgeFeatures(out []uint64, r int) []uint64 {
	k := &roleKinds[r]
	edge := hStart
	if r == roleP1 || r == roleP2 {
		edge = hEnd
	}
	out = append(out, mix(k.w, edge), mix(k.s, edge))
	if k.near {
		out = append(out, mix(k.form, edge))
	}
	return out
}

// pairFeatures appends the features of contextFeatures that pair token i
// with a neighbour.
func (d *doc) pairFeatures(out []uint64, s sentence, i int) []uint64 {
	wh := d.lowHash[i]
	sh := d.short[i]
	wm1, sm1 := hStart, hStart
	if i > s.start {
		wm1, sm1 = d.lowHash[i-1], d.short[i-1]
	}
	wp1, sp1 := hEnd, hEnd
	if i+1 < s.end {
		wp1, sp1 = d.lowHash[i+1], d.short[i+1]
	}
	return append(out,
		mix(mix(fWm1W0, wm1), wh),
		mix(mix(fW0Wp1, wh), wp1),
		mix(mix(mix(fS3, sm1), sh), sp1),
		mix(mix(fWm1S0, wm1), sh),
		mix(mix(fS0Wp1, sh), wp1),
	)
}

func isCapped(c uint8) bool { return c == capInit || c == capAll || c == capMixed }

func trailingZeros(x uint64) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// clusterFeatures appends features for prefixes of a cluster path.
func clusterFeatures(out []uint64, tmpl uint64, c uint32, lens ...int) []uint64 {
	l := int(c >> 24)
	bits := c & 0xffffff
	for _, p := range lens {
		if p > l {
			p = l
		}
		out = append(out, mix(tmpl, uint64(p)<<32|uint64(bits>>(l-p))))
		if p == l {
			break
		}
	}
	return out
}

// affixes appends prefix and suffix features of one to four characters.
func affixes(out []uint64, lw []byte, n int) []uint64 {
	// prefixes
	h := uint64(fnvOffset)
	k := 0
	for j := 0; j < len(lw) && k < 4 && k < n-1; {
		_, size := utf8.DecodeRune(lw[j:])
		for _, c := range lw[j : j+size] {
			h ^= uint64(c)
			h *= fnvPrime
		}
		j += size
		k++
		out = append(out, mix(fPre1+uint64(k-1), h))
	}
	// suffixes, hashed from the end
	h = fnvOffset
	k = 0
	for j := len(lw); j > 0 && k < 4 && k < n-1; {
		_, size := utf8.DecodeLastRune(lw[:j])
		for _, c := range lw[j-size : j] {
			h ^= uint64(c)
			h *= fnvPrime
		}
		j -= size
		k++
		out = append(out, mix(fSuf1+uint64(k-1), h))
	}
	return out
}

// aggregate counts, for each word, the types stage one gave its
// occurrences in the document (index 0: outside any name).
func (d *doc) aggregate(s1 []uint8) {
	nw := len(d.wSeen)
	d.wAgg = grow(d.wAgg, nw)
	d.wAggSeq = grow(d.wAggSeq, nw)
	clear(d.wAgg)
	clear(d.wAggSeq)
	for i := range d.toks {
		if d.cap[i] == capNone {
			continue
		}
		w := d.wid[i]
		d.wAgg[w][tagClass(s1[i])]++
		if t := s1[i]; t != 0 && tagPos(t) != posU {
			d.wAggSeq[w][tagType(t)]++
		}
	}
}

// tagClass is 0 for O, else 1 + the tag's type.
func tagClass(t uint8) int {
	if t == 0 {
		return 0
	}
	return 1 + tagType(t)
}

// stage2Features appends token i's features from stage one's tags s1.
func (d *doc) stage2Features(out []uint64, s sentence, i int, s1 []uint8) []uint64 {
	tag := func(k int) uint64 {
		j := i + k
		if j < s.start || j >= s.end {
			return 255
		}
		return uint64(s1[j])
	}
	out = append(out,
		mix(fS1Tag, tag(0)),
		mix(fS1M1, tag(-1)),
		mix(fS1P1, tag(1)),
		mix(fS1Big, tag(-1)<<8|tag(0)),
		mix(fS1M2, tag(-2)<<8|tag(-1)),
		mix(fS1P2, tag(1)<<8|tag(2)),
	)
	return d.aggFeatures(out, i, s1)
}

// aggFeatures appends the features of stage2Features that count stage
// one's tags of the word's other occurrences.
func (d *doc) aggFeatures(out []uint64, i int, s1 []uint8) []uint64 {
	if d.cap[i] == capNone {
		return out
	}
	// Part of a longer name elsewhere: "Blinken" after "Antony Blinken".
	seq := d.wAggSeq[d.wid[i]]
	if t := s1[i]; t != 0 && tagPos(t) != posU {
		seq[tagType(t)]--
	}
	for c, n := range seq {
		if n > 0 {
			out = append(out, mix(fAggSeq, uint64(c)<<4|uint64(d.cap[i])))
		}
	}
	a := d.wAgg[d.wid[i]]
	a[tagClass(s1[i])]-- // the others only
	best, bestN := -1, uint16(0)
	for c, n := range a {
		if n == 0 {
			continue
		}
		out = append(out, mix(fAgg, uint64(c)<<4|uint64(d.cap[i])))
		if c > 0 && n > bestN {
			best, bestN = c, n
		}
	}
	if best > 0 {
		frac := uint64(0) // the share of the word's other occurrences so typed: <1/2, <1, all
		total := uint16(0)
		for _, n := range a {
			total += n
		}
		switch {
		case bestN == total:
			frac = 2
		case 2*bestN >= total:
			frac = 1
		}
		out = append(out, mix(fAggMaj, uint64(best)<<4|frac))
	}
	return out
}
