package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/internal/text"
)

// token is one word of a sentence with what the shallow analysis knows of it.
type token struct {
	start, end int    // byte offsets into Document.Text
	low        string // lower case
	cls        wclass
	cap        bool  // starts with an upper-case letter
	ent        int   // entity whose mention covers the token; -1
	time       int   // Document.Times index covering the token; -1
	quote      int   // direct quote (Document.Quotes index) covering the token; -1
	word       int32 // index of the token's spelling in sentence.words
	lem        []lemma
	vlemma     string // lemma as a verb; "" when the word is no known verb
	vform      vform  // forms of vlemma this word can be
	verb       bool   // main verb of a verb group
	vg         int    // verb group headed by the token; -1
	vgStart    int    // verb group starting at the token; -1
	used       bool   // inside a pattern match already coded
}

type lemma struct {
	w string
	f vform
}

// vgroup is a verb group: auxiliaries, modals, negation and adverbs up to
// the main verb ("did not agree", "will be meeting", "has been accused").
type vgroup struct {
	start, head, end int    // token indices; end is exclusive
	lemma            string // of the head
	modal            string // will, would, may, must ...; "" when none
	neg              bool
	passive          bool
	inf              bool // "to" + verb
	ing              bool // -ing head with no auxiliary: gerund or participle
	copula           bool // a form of be with no main verb: "is ready to"
	perf             bool // "have" among the auxiliaries

	frame frame // when the head is a frame verb linked to inner
	inner int   // verb group governed through the frame; -1
	outer int   // verb group governing this one; -1
	ctrl  []ref // object controller: "urged Iran to ..." -> Iran
	ctrlS bool  // the controller is the subject of inner ("demanded that X ...")
	subj  *np   // memoised subject; nil until computed
	busy  bool  // subject being computed (guards cycles)
}

// ref is one actor reference: an entity, or a bare code ("his country").
type ref struct {
	ent  int    // entity index; -1 for a bare code
	code string // actor code
	pos  int    // token index in its sentence; -1 when outside it
}

// np is the actors of a noun phrase.
type np struct {
	refs  []ref
	coord bool   // coordinated: "the United States and China"
	crowd bool   // a crowd: "protesters", "thousands"
	plur  bool   // resolved from a plural ("they", "the two sides")
	inst  string // sector of an institution named with no country: "police" -> COP
	none  bool   // the subject names no one, and no one is to be found for it
}

func (p *np) empty() bool { return p == nil || len(p.refs) == 0 }

// sentence is the analysis of one sentence.
type sentence struct {
	c    *Coder
	ds   *docState
	idx  int
	toks []token
	vgs  []vgroup

	// what tokenize learns of each spelling, once per document
	wordIdx map[string]int32 // spelling -> index in words
	words   []wordInfo
	lem     []lemma      // arena for the words' lemmas
	spans   []text.Token // buffer for the sentence's tokens

	actToks  []int // first tokens of actor mentions
	timeToks []int // first tokens of time expressions
	places   []int // Document.Places within the sentence

	possAny       bool   // refsOf may read "their" in "their meeting" as the actor
	foreignOnly   bool   // other looks only for actors of another country
	fillingSource bool   // other looks for a source: no mere location
	partnerPat    bool   // the act\'s pattern is aimed at the other side by nature
	noFillFrom    []ref  // actors no source may be filled in from
	sole          string // soleCountry, once soleDone
	soleDone      bool
	via           string // frames and modals of the act being emitted, for its rule
}

// wordInfo is what the analysis knows of one spelling of a word out of
// context: tokenize computes it once per document.
type wordInfo struct {
	low     string // lower case
	cls     wclass
	cap     bool    // starts with an upper-case letter
	lemDone bool    // lem, vlemma and vform are set
	lem     []lemma // dictionary or verb lemmas of low
	vlemma  string  // the first of lem that is a verb; ""
	vform   vform   // forms of vlemma low can be
}

// resetWords forgets the spellings of the last document.
func (s *sentence) resetWords() {
	if s.wordIdx == nil || len(s.wordIdx) > 1<<12 {
		s.wordIdx = make(map[string]int32, 512) // a long text's map would be slow to clear
	} else {
		clear(s.wordIdx)
	}
	clear(s.words) // let the last document's strings go
	s.words, s.lem = s.words[:0], s.lem[:0]
}

// wordOf is the index in s.words of spelling w, added when new.
func (s *sentence) wordOf(w string) int32 {
	if k, ok := s.wordIdx[w]; ok {
		return k
	}
	k := int32(len(s.words))
	low := lower(w)
	r, _ := utf8.DecodeRuneInString(w)
	s.words = append(s.words, wordInfo{low: low, cls: classOf(low, w), cap: unicode.IsUpper(r)})
	s.wordIdx[w] = k
	return k
}

// lemmasOf fills the lemmas of word k, once.
func (s *sentence) lemmasOf(k int32) *wordInfo {
	wi := &s.words[k]
	if wi.lemDone {
		return wi
	}
	n0 := len(s.lem)
	s.lem = s.c.lemmas(s.lem, wi.low)
	wi.lem = s.lem[n0:len(s.lem):len(s.lem)]
	for _, l := range wi.lem {
		if s.c.verbs[l.w] {
			if wi.vlemma == "" {
				wi.vlemma = l.w
			}
			if l.w == wi.vlemma {
				wi.vform |= l.f
			}
		}
	}
	wi.lemDone = true
	return wi
}

// tokenize fills s.toks from the sentence text.
func (s *sentence) tokenize(start, end int) {
	txt := s.ds.d.Text
	s.spans = text.AppendTokens(s.spans[:0], txt[start:end])
	s.toks = s.toks[:0]
	for _, sp := range s.spans {
		a, b := start+sp.Start, start+sp.End
		k := s.wordOf(txt[a:b])
		wi := &s.words[k]
		s.toks = append(s.toks, token{start: a, end: b, low: wi.low, cls: wi.cls, cap: wi.cap, word: k,
			ent: -1, time: -1, quote: -1, vg: -1, vgStart: -1})
	}
	// 's after a pronoun is "is"; elsewhere a possessive.
	for i := 1; i < len(s.toks); i++ {
		if s.toks[i].cls == wPoss && (s.toks[i].low == "'s" || s.toks[i].low == "’s") {
			switch s.toks[i-1].low {
			case "he", "she", "it", "there", "that", "what", "who", "where", "here":
				s.toks[i].cls = wBe
			}
		}
	}
	s.ds.mark(s)
	for i := range s.toks {
		t := &s.toks[i]
		if t.cls != wOther && t.cls != wAdj {
			continue
		}
		wi := s.lemmasOf(t.word)
		t.lem = wi.lem
		if len(t.lem) == 0 && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && i > 0 {
			// an unknown verb after a subject: "he embarked on"
			switch p := &s.toks[i-1]; {
			case p.cls == wPron, p.cls == wRel, p.cls == wHave, p.ent >= 0,
				p.cls == wOther && !p.cap && len(p.lem) == 0 && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss"):
				// "he embarked", "youths resorted"
				t.vlemma, t.vform = t.low[:len(t.low)-2], fPast|fPP
				continue
			}
		}
		if len(t.lem) == 0 && !t.cap && len(t.low) > 6 && strings.HasSuffix(t.low, "ing") && i > 0 && s.toks[i-1].low == "," {
			// an unknown participle after a comma: ", prompting an angry
			// response" opens a clause of its own
			t.vlemma, t.vform = t.low[:len(t.low)-3], fIng
			continue
		}
		t.vlemma, t.vform = wi.vlemma, wi.vform
	}
}

func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

func classOf(low, w string) wclass {
	if c, ok := closedClass[low]; ok {
		if c == wPron && w == "US" {
			return wOther
		}
		if c == wModal && (w == "May" || w == "MAY") {
			return wOther // the month, more often than not
		}
		return c
	}
	r, _ := utf8.DecodeRuneInString(low)
	switch {
	case unicode.IsLetter(r):
		return wOther
	case unicode.IsDigit(r):
		return wNum
	}
	return wPunct
}

// lemmas appends the dictionary or verb lemmas that w can be a form of.
func (c *Coder) lemmas(dst []lemma, w string) []lemma {
	n0 := len(dst)
	add := func(base string, f vform) {
		if !c.vocab[base] {
			return
		}
		for i := n0; i < len(dst); i++ {
			if dst[i].w == base {
				dst[i].f |= f
				return
			}
		}
		dst = append(dst, lemma{base, f})
	}
	for _, ir := range irregulars[w] {
		add(ir.base, ir.form)
	}
	add(w, fBase)
	n := len(w)
	if n < 3 {
		return dst
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		add(w[:n-3]+"y", fS)
	case strings.HasSuffix(w, "es") && n > 3:
		add(w[:n-2], fS)
		add(w[:n-1], fS)
	case w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\'':
		add(w[:n-1], fS)
	}
	switch {
	case strings.HasSuffix(w, "ied") && n > 4:
		add(w[:n-3]+"y", fPast|fPP)
	case strings.HasSuffix(w, "ed") && n > 3:
		add(w[:n-2], fPast|fPP)
		add(w[:n-1], fPast|fPP)
		if n > 4 && w[n-3] == w[n-4] {
			add(w[:n-3], fPast|fPP)
		}
	case strings.HasSuffix(w, "ing") && n > 4:
		st := w[:n-3]
		add(st, fIng)
		add(st+"e", fIng)
		if len(st) > 2 && st[len(st)-1] == st[len(st)-2] {
			add(st[:len(st)-1], fIng)
		}
		if strings.HasSuffix(st, "y") {
			add(st[:len(st)-1]+"ie", fIng)
		}
	}
	return dst
}

func isLy(t *token) bool {
	return t.cls == wOther && t.vlemma == "" && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && t.ent < 0
}

// skippable tokens sit inside verb groups and between a verb and its
// neighbours without changing the analysis.
func skippable(t *token) bool { return t.cls == wAdv || t.cls == wNeg || isLy(t) }

func (s *sentence) prevSig(i int) int {
	for i--; i >= 0; i-- {
		if !skippable(&s.toks[i]) {
			return i
		}
	}
	return -1
}

func (s *sentence) nextSig(i int) int {
	for i++; i < len(s.toks); i++ {
		if !skippable(&s.toks[i]) {
			return i
		}
	}
	return len(s.toks)
}

func isPunct(t *token, marks string) bool {
	return t.cls == wPunct && strings.Contains(marks, t.low)
}

// tag decides which words with a verb reading are verbs here.
func (s *sentence) tag() {
	for i := range s.toks {
		t := &s.toks[i]
		if t.vlemma == "" || t.ent >= 0 || t.time >= 0 || t.cls != wOther {
			continue
		}
		t.verb = s.isVerb(i)
	}
}

// verbish reports whether token i looks like the finite verb of a clause
// that a noun before it would be the subject of.
func (s *sentence) verbish(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	switch t.cls {
	case wBe, wHave, wModal, wDo:
		return true
	}
	return t.ent < 0 && t.vlemma != "" && t.vform&fPast != 0 && t.vform&fBase == 0 && s.c.verbs[t.vlemma]
}

func (s *sentence) isVerb(i int) bool {
	t := &s.toks[i]
	f := t.vform
	p := s.prevSig(i)
	if p < 0 {
		return f&fIng != 0 && i+1 < len(s.toks) && s.toks[i+1].cls != wBe
	}
	pt := &s.toks[p]
	switch pt.cls {
	case wModal, wDo:
		return f&fBase != 0 || f&(fPast|fPP) != 0 && s.c.irregularBase(t)
	case wTo:
		if f&fIng != 0 && f&fBase == 0 { // "resorted to throwing stones"
			pp := s.prevSig(p)
			return pp >= 0 && s.toks[pp].verb
		}
		return f&fBase != 0 || s.c.irregularBase(t)
	case wBe:
		return f&(fPP|fIng) != 0
	case wHave:
		return f&fPP != 0
	case wDet, wPoss, wNum, wAdj:
		return false
	case wPrep:
		if t.vlemma == "visit" && i+1 < len(s.toks) && s.toks[i+1].ent >= 0 && s.toks[i+1].cap && (pt.low == "with" || pt.low == "to" || pt.low == "for" || pt.low == "by") {
			return false // "met with visiting Sudanese Prime Minister Hamdok"
		}
		return f&fIng != 0
	case wPron, wRel:
		return f&(fBase|fS|fPast) != 0
	case wSub:
		if pt.low == "that" && f&fS != 0 && f&fPast == 0 {
			// "told Putin that attacks on infrastructure should": after a
			// that-clause's "that" comes its subject, not a verb (after a
			// noun, "the group that attacks" is a relative clause)
			if pp := s.prevSig(p); pp >= 0 && (s.toks[pp].verb || s.toks[pp].ent >= 0 || s.toks[pp].cls == wPron) {
				return false
			}
		}
		return f&(fS|fPast) != 0
	case wConj:
		pp := s.prevSig(p)
		if pp >= 0 && s.toks[pp].verb {
			return f&(fPast|fS|fIng|fBase) != 0
		}
		if f&fIng != 0 { // "killing one person and arresting 12"
			for k := p - 1; k >= 0 && k >= p-8; k-- {
				if s.toks[k].verb && s.toks[k].vform&fIng != 0 {
					return true
				}
			}
		}
		return f&fPast != 0 && f&fBase == 0 && !s.verbish(s.nextSig(i))
	case wPunct:
		switch pt.low {
		case ",":
			if f&fIng != 0 {
				return true
			}
			// "Sidhoum, Algeria's leading activist, staged": a past verb
			// after an appositive, unless a participle phrase ("X, backed by").
			n := s.nextSig(i)
			if n < len(s.toks) {
				switch s.toks[n].low {
				case "by", "in", "at", "near", "from", "as", "for":
					return s.frameS(i) // "X, backed by Y,"; "Y, based in Z,"
				}
			}
			return f&fPast != 0 && f&fBase == 0 && n < len(s.toks) && s.toks[n].cls != wTo && s.toks[n].cls != wPunct ||
				s.frameS(i)
		case "--", "—", "–":
			// "protested -- and later shot down --": look past the dash.
			pp := s.prevSig(p)
			if pp >= 0 && s.toks[pp].cls == wConj {
				return f&(fPast|fS) != 0
			}
			return f&fIng != 0
		case ")", "]", "\"", "”", "''":
			// after a bracket or quote closing a name: as after a noun
		default:
			return f&fIng != 0
		}
	}
	// After a noun, a name or an open-class word.
	if pt.verb {
		// "began collecting", "denied sending": a gerund after a frame verb
		k := s.c.dict.frames[pt.vlemma].kind
		return f&fIng != 0 && (k == framePlain || k == frameAttempt || k == frameDeny)
	}
	if s.frameS(i) {
		return true // "Greece plans to impose"
	}
	if f&fIng != 0 && pt.cls == wOther && !pt.cap && pt.ent < 0 && s.c.patternVerb(t.vlemma) {
		// a participle with an object after a noun: "a statement accusing
		// the United States", "a resolution condemning Iran"
		if n := s.nextSig(i); n < len(s.toks) && (s.toks[n].cls == wDet || s.toks[n].cls == wPoss || s.toks[n].ent >= 0) {
			return true
		}
	}
	if pt.ent >= 0 && f&(fPast|fIng) == 0 && s.ds.d.Entities[pt.ent].Type == "NORP" && !strings.HasSuffix(pt.low, "s") {
		return false // "American aid groups"
	}
	if f&fPast != 0 && f&fBase == 0 {
		return true // "Serb forces killed", "Blinken scrapped"
	}
	if f&fPast != 0 && pt.ent < 0 && (groupNouns[pt.low] || crowdWords[pt.low] || instWords[pt.low] != "") {
		return true // "the two rivals cut ties", "protesters set fire"
	}
	if (pt.ent >= 0 || pt.cap) && (instWords[t.low] != "" || sectorNouns[t.low] != "") {
		// "which hosts US forces, after": a noun, unless an object follows
		// ("China forces American companies to")
		if n := s.nextSig(i); n >= len(s.toks) || !(s.toks[n].cls == wDet || s.toks[n].cls == wPoss || s.toks[n].ent >= 0) {
			return false
		}
	}
	if f&(fS|fBase) != 0 {
		n := s.nextSig(i)
		if s.verbish(n) {
			return false // "the Taiwan issue is"
		}
		if n < len(s.toks) && s.toks[n].cls == wTo && f&fS != 0 {
			return true // "the government plans to"
		}
		if reportVerbs[t.vlemma] && f&fS != 0 {
			return true // "officials says"
		}
		if pt.cls == wPron {
			return true // "they agree"
		}
		if pt.ent >= 0 || pt.cap && p > 0 {
			// "the United States hosts", "Palestinians protest"; not "a
			// U.S. request": a singular name takes the -s form
			if f&fS != 0 || strings.HasSuffix(pt.low, "s") && !strings.HasSuffix(pt.low, "'s") || s.afterThat(p) {
				return p == 0 || s.toks[p-1].cls != wDet || (s.toks[p-1].low != "a" && s.toks[p-1].low != "an")
			}
		}
		// irregular past that is also a base form: "cut", "hit", "put"
		if f&fPast != 0 && (pt.ent >= 0 || pt.cap) {
			return true
		}
	}
	return false
}

// patternVerb reports a lemma that anchors a verb pattern.
func (c *Coder) patternVerb(w string) bool {
	for _, p := range c.dict.byAnchor[w] {
		if !p.Noun && p.Code != Discard {
			return true
		}
	}
	return false
}

func (c *Coder) irregularBase(t *token) bool {
	for _, ir := range irregulars[t.low] {
		if ir.base == t.vlemma && ir.form&fBase != 0 {
			return true
		}
	}
	return false
}

// modalNorm spells contracted modals out.
func modalNorm(w string) string {
	switch w {
	case "'ll", "’ll", "wo":
		return "will"
	case "'d", "’d":
		return "would"
	case "ca":
		return "can"
	}
	return w
}

// statives are participles that, after "be", describe a state rather than
// a passive act: "is engaged in", "was scheduled to".
var statives = setOf(`engage involve base locate schedule suppose expect prepare determine set
commit oppose concern interest worry oblige bind due poise gear dedicate devote accustom resolve`)

// groups builds the verb groups of the sentence.
func (s *sentence) groups() {
	s.vgs = s.vgs[:0]
	n := len(s.toks)
	for i := 0; i < n; {
		t := &s.toks[i]
		if !(t.verb || t.cls == wModal || t.cls == wBe || t.cls == wHave || t.cls == wDo || t.cls == wTo) {
			i++
			continue
		}
		g := vgroup{start: i, head: -1, inner: -1, outer: -1}
		auxHead, lastAux := -1, wOther
		j := i
	scan:
		for ; j < n; j++ {
			u := &s.toks[j]
			switch {
			case u.cls == wTo:
				if j != i {
					break scan
				}
				g.inf = true
			case u.cls == wModal:
				g.modal = modalNorm(u.low)
			case u.cls == wNeg:
				g.neg = true
			case u.low == "no" && j+1 < n && s.toks[j+1].low == "longer":
				g.neg = true
				j++
			case u.cls == wAdv || isLy(u):
			case u.cls == wBe || u.cls == wHave || u.cls == wDo:
				auxHead, lastAux = j, u.cls
				if u.cls == wHave {
					g.perf = true
				}
			case u.verb:
				g.head = j
				j++
				break scan
			default:
				break scan
			}
		}
		if g.head < 0 {
			if auxHead < 0 {
				i++
				continue
			}
			// "is ready to", "have talks", "did so": the auxiliary is the head.
			g.head, j = auxHead, auxHead+1
			switch s.toks[auxHead].cls {
			case wBe:
				g.lemma, g.copula = "be", true
			case wHave:
				g.lemma = "have"
			default:
				g.lemma = "do"
			}
		} else {
			h := &s.toks[g.head]
			g.lemma = h.vlemma
			if lastAux == wBe && h.vform&fPP != 0 && h.vform&fIng == 0 && !statives[g.lemma] {
				g.passive = true
			}
			if auxHead < 0 && !g.inf && g.modal == "" && h.vform&fIng != 0 && h.vform&(fPast|fBase|fS) == 0 {
				g.ing = true
			}
			// A reduced relative: "the demonstration staged by students".
			if auxHead < 0 && g.modal == "" && !g.inf && h.vform&fPP != 0 && !statives[g.lemma] {
				nx := s.skipFwd(g.head + 1)
				if nx < n && (s.toks[nx].low == "by" || transitives[g.lemma] && (s.toks[nx].cls == wPrep || s.toks[nx].cls == wPunct) && !s.particleObject(nx) && !s.quantityAt(nx)) {
					if p := s.prevSig(g.head); p >= 0 && s.toks[p].cls == wOther && s.toks[p].ent < 0 && !s.toks[p].verb {
						g.passive = true
					}
				}
			}
		}
		if auxHead < 0 && g.modal == "" && !g.inf && g.head == i {
			s.inversion(&g)
		}
		g.end = j
		s.toks[g.head].vg = len(s.vgs)
		s.toks[g.start].vgStart = len(s.vgs)
		s.vgs = append(s.vgs, g)
		i = j
	}
}

// hasWord reports w among the "|"-separated words of list.
func hasWord(list, w string) bool {
	for list != "" {
		var x string
		x, list, _ = strings.Cut(list, "|")
		if x == w {
			return true
		}
	}
	return false
}

// quantityAt reports a quantity opening at token i: "killed at least 30",
// "arrested about 40", "wounded up to 12".
func (s *sentence) quantityAt(i int) bool {
	for k := i; k < len(s.toks) && k <= i+2; k++ {
		switch t := &s.toks[k]; {
		case t.cls == wNum:
			return k > i
		case t.cls == wPrep, t.low == "least", t.low == "most", t.low == "than", t.cls == wDet:
		default:
			return false
		}
	}
	return false
}

// particleObject reports a verb particle at i with an object after it:
// "a fighter shot down a balloon" is active.
func (s *sentence) particleObject(i int) bool {
	switch s.toks[i].low {
	case "down", "up", "off", "out", "back":
	default:
		return false
	}
	if i+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[i+1]
	return n.cls == wDet || n.cls == wNum || n.cls == wPoss || n.ent >= 0
}

// link connects frame verbs to the verb groups they govern.
func (s *sentence) link() {
	fr := s.c.dict.frames
	for gi := range s.vgs {
		if s.noSubject(gi) {
			s.vgs[gi].neg = true
		}
	}
	for gi := range s.vgs {
		g := &s.vgs[gi]
		h := g.head
		f, ok := fr[g.lemma]
		pos := h + 1
		if !ok {
			f, ok = fr[s.toks[h].low]
		}
		if !ok {
			// "is ready to", "are likely to", "was unable to"
			j := s.nextSig(h)
			if j < len(s.toks) && (g.copula || s.toks[j].cls == wAdj) {
				if f2, ok2 := fr[s.toks[j].low]; ok2 && s.toks[j].vg < 0 {
					f, ok, pos = f2, true, j+1
				}
			}
		}
		if !ok || f.kind == frameNone {
			continue
		}
		if f.particle != "" {
			j := s.nextSig(pos - 1)
			if j >= len(s.toks) || !hasWord(f.particle, s.toks[j].low) {
				continue
			}
			pos = j + 1
		}
		// skip times and adverbs: "demanded Friday that"; a negation
		// skipped negates what follows: "decided not to attend"
		p0 := pos
		pos = s.skipFwd(pos)
		if pos >= len(s.toks) {
			continue
		}
		if k := s.vgAt(pos); k >= 0 && (s.vgs[k].inf || s.vgs[k].ing && (f.kind == framePlain || f.kind == frameAttempt || f.kind == frameDeny)) {
			s.bind(gi, k, f, nil)
			if s.negBetween(p0, pos) && s.vgs[k].outer == gi {
				s.vgs[k].neg = true
			}
			continue
		}
		if f.kind == frameDeny && s.toks[pos].low == "that" {
			if k := s.nextVG(pos+1, 12); k >= 0 && s.vgs[k].outer < 0 {
				s.bind(gi, k, f, nil) // "denied that troops had crossed"
			}
			continue
		}
		switch f.kind {
		case frameRequest, frameDemand, frameInvite, frameThreat, frameIntent:
		default:
			continue
		}
		if s.toks[pos].low == "that" && f.kind != frameIntent {
			if k := s.nextVG(pos+1, 12); k >= 0 && s.vgs[k].outer < 0 {
				s.bind(gi, k, f, nil)
				s.vgs[gi].ctrlS = true
			}
			continue
		}
		if f.kind == frameIntent {
			continue
		}
		// object control: "urged Iran to", "called on the United States to"
		obj, end := s.npRight(pos, 6)
		if end < 0 || end >= len(s.toks) {
			continue
		}
		neg := false // "warned Beijing not to retaliate"
		for end < len(s.toks) && s.toks[end].cls == wNeg {
			end, neg = end+1, true
		}
		if k := s.vgAt(end); k >= 0 && s.vgs[k].inf {
			s.bind(gi, k, f, obj.refs)
			if obj.empty() {
				s.vgs[gi].ctrl = nil
			}
			if neg && s.vgs[k].outer == gi {
				s.vgs[k].neg = true
			}
		}
	}
}

// negBetween reports a negation among tokens [a, b).
func (s *sentence) negBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].cls == wNeg {
			return true
		}
	}
	return false
}

// noSubject reports a subject that denies its own act: "no Americans were
// killed", "none of the ships was hit".
func (s *sentence) noSubject(gi int) bool {
	g := &s.vgs[gi]
	if g.inf || g.ing {
		return false
	}
	i := s.skipBack(g.start - 1)
	if i < 0 || !s.npTok(i) {
		return false
	}
	a := s.chunkLeft(i)
	if a < 0 {
		return false
	}
	switch s.toks[a].low {
	case "no", "none", "nobody", "neither":
		return true
	}
	return false
}

func (s *sentence) bind(outer, inner int, f frame, ctrl []ref) {
	if s.vgs[inner].outer >= 0 || inner == outer {
		return
	}
	s.vgs[outer].frame = f
	s.vgs[outer].inner = inner
	s.vgs[outer].ctrl = ctrl
	s.vgs[inner].outer = outer
}

// vgAt is the verb group starting at token i, or -1.
func (s *sentence) vgAt(i int) int {
	if i < 0 || i >= len(s.toks) {
		return -1
	}
	return s.toks[i].vgStart
}

// nextVG is the first verb group starting in [i, i+max), or -1.
func (s *sentence) nextVG(i, max int) int {
	for k := i; k < len(s.toks) && k < i+max; k++ {
		if s.toks[k].vgStart >= 0 {
			return s.toks[k].vgStart
		}
	}
	return -1
}

// inversion reads an auxiliary moved before the subject onto the verb: "nor
// does it meet", "never did he agree".
func (s *sentence) inversion(g *vgroup) {
	p := g.start - 1
	if p < 1 || !(s.toks[p].cls == wPron || s.toks[p].ent >= 0) {
		return
	}
	for p > 0 && s.toks[p-1].ent >= 0 && s.toks[p-1].ent == s.toks[p].ent {
		p--
	}
	q := p - 1
	if q < 0 {
		return
	}
	switch s.toks[q].cls {
	case wModal:
		g.modal = modalNorm(s.toks[q].low)
	case wDo, wHave, wBe:
	default:
		return
	}
	if q > 0 && s.toks[q-1].cls == wNeg {
		g.neg = true
	}
}

// frameS reports an -s form of a frame verb followed by a to-infinitive:
// "plans to", "wants to", "threatens to".
func (s *sentence) frameS(i int) bool {
	t := &s.toks[i]
	if t.vform&fS == 0 {
		return false
	}
	if _, ok := s.c.dict.frames[t.vlemma]; !ok {
		return false
	}
	n := i + 1
	return n+1 < len(s.toks) && s.toks[n].cls == wTo && s.toks[n+1].vlemma != ""
}

// afterThat reports a noun phrase ending at p that opens a that-clause: its
// verb may be a bare subjunctive ("demanded that Israel withdraw").
func (s *sentence) afterThat(p int) bool {
	a := s.chunkLeft(p)
	return a > 0 && s.toks[a-1].low == "that"
}
