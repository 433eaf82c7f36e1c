package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// Run fills d.Quotes from d.Text, d.Sentences and d.Entities (which may be
// empty). When d.Sentences is empty the sentences are found here. Quotes come
// in text order; their spans are byte ranges of d.Text.
func Run(d *document.Document) {
	a := analyzers.Get().(*analyzer)
	a.init(d.Text, d.Sentences, d.Entities)
	d.Quotes = a.run()
	a.text, a.ents = "", nil
	analyzers.Put(a)
}

// analyzers keeps analyzers between documents, for their buffers.
var analyzers = sync.Pool{New: func() any { return new(analyzer) }}

// minWords is the length from which a quotation with no cue at all is kept:
// shorter ones are scare quotes, titles and slogans.
const minWords = 5

// span is a token range [i, j); i == j is empty.
type span struct{ i, j int }

func (s span) empty() bool { return s.j <= s.i }

// attr is an attribution found for a quotation.
type attr struct {
	cue   cue
	spk   span // speaker phrase; empty when none was found
	where uint8
	// shared: the cue also introduces reported speech around the quotation,
	// which keeps it ("X told Y that relations "are at a low", according to Z")
	shared bool
}

// where an attribution was found, relative to the quotation.
const (
	wNone     uint8 = iota
	wRight          // after it: "...," she said / said X
	wLeft           // before it: X said: "..." / calling the talks "..."
	wSentence       // elsewhere in the sentence: the quotation is part of reported speech
)

// draft is a quote being built.
type draft struct {
	start, end int // content bytes
	direct     bool
	segs       []int
	cue        cue
	hasCue     bool
	spk        span
	para       int
	cueStart   int // byte offset of the cue, for ordering attributions
	id         int // index among the direct drafts; -1 for reported speech
	inherit    int // index (into the direct drafts) whose speaker a continuation takes; -1 when none
	// resolved speaker
	name     string
	nameSpan [2]int // bytes; {0, 0} when none
	entity   string
	plural   bool
	pronoun  bool
}

type analyzer struct {
	text   string
	toks   []tok
	segs   []segment
	ents   []document.Entity
	used   []bool // cue tokens already explaining a quote
	segAt  []attr // attribution of each segment
	sents  []span // sentences as token ranges
	sentOf []int  // sentence index of each token
}

func newAnalyzer(txt string, sentences []document.Span, ents []document.Entity) *analyzer {
	a := new(analyzer)
	a.init(txt, sentences, ents)
	return a
}

// init readies a for txt, reusing its buffers.
func (a *analyzer) init(txt string, sentences []document.Span, ents []document.Entity) {
	a.text, a.ents = txt, ents
	a.toks = tokenize(a.toks[:0], txt)
	a.segs = pairQuotes(txt, a.toks)
	if !validSpans(txt, sentences) {
		sentences = text.Sentences(txt)
	}
	a.markSentences(sentences)
	a.dropTitles()
	a.used = resize(a.used, len(a.toks))
}

// resize is s with n zero elements, in s's array when it is large enough.
func resize[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

func validSpans(txt string, ss []document.Span) bool {
	if len(ss) == 0 && len(txt) > 0 {
		return false
	}
	prev := 0
	for _, s := range ss {
		if s.Start < prev || s.End < s.Start || s.End > len(txt) {
			return false
		}
		prev = s.End
	}
	return true
}

// dropTitles unmarks short quoted titles inside sentences (told NBC's
// "Today", the "Fox and Friends" show): they are names, and the sentence
// around them reads on as if they were not quoted.
func (a *analyzer) dropTitles() {
	idx := make([]int, len(a.segs))
	var kept []segment
	for s, sg := range a.segs {
		o := sg.open
		mid := o > 0 && !a.toks[o].sent && a.toks[o-1].para == a.toks[o].para && a.toks[o-1].k == kWord
		if sg.closed && sg.words <= 4 && mid && a.titleCase(s) {
			idx[s] = -1
			for k := sg.open; k <= sg.close; k++ {
				a.toks[k].seg = -1
			}
			a.toks[sg.open].k, a.toks[sg.close].k = kPunct, kPunct
			continue
		}
		idx[s] = len(kept)
		kept = append(kept, sg)
	}
	if len(kept) == len(a.segs) {
		return
	}
	for k := range a.toks {
		if s := a.toks[k].seg; s >= 0 {
			a.toks[k].seg = idx[s]
		}
	}
	a.segs = kept
}

// markSentences maps tokens to sentences.
func (a *analyzer) markSentences(ss []document.Span) {
	a.sentOf = resize(a.sentOf, len(a.toks))
	a.sents = a.sents[:0]
	k := 0
	cur := -1
	for i := range a.toks {
		for k < len(ss) && ss[k].Start <= a.toks[i].s {
			if cur != k {
				cur = k
				a.toks[i].sent = true
				a.sents = append(a.sents, span{i, i})
			}
			k++
		}
		if a.toks[i].para != a.toks[max(i-1, 0)].para && i > 0 && !a.toks[i].sent {
			a.toks[i].sent = true
			a.sents = append(a.sents, span{i, i})
		}
		if len(a.sents) == 0 {
			a.toks[i].sent = true
			a.sents = append(a.sents, span{i, i})
		}
		a.sents[len(a.sents)-1].j = i + 1
		a.sentOf[i] = len(a.sents) - 1
	}
}

func (a *analyzer) run() []document.Quote {
	if len(a.toks) == 0 {
		return nil
	}
	a.segAt = resize(a.segAt, len(a.segs))
	for s := range a.segs {
		a.segAt[s] = a.attribute(s)
	}
	drafts := a.indirects(a.directs())
	sort.SliceStable(drafts, func(i, j int) bool { return drafts[i].start < drafts[j].start })
	a.resolve(drafts)
	out := make([]document.Quote, 0, len(drafts))
	for _, q := range drafts {
		if q.end <= q.start {
			continue
		}
		dq := document.Quote{Start: q.start, End: q.end, Text: a.text[q.start:q.end], Direct: q.direct}
		if q.hasCue && q.cue.j > q.cue.i && a.word(q.cue.i) {
			dq.Cue = a.text[a.toks[q.cue.i].s:a.toks[q.cue.j-1].e]
		}
		dq.Speaker = document.Speaker{Entity: q.entity, Name: q.name}
		if q.nameSpan[1] > q.nameSpan[0] {
			dq.Speaker.Start, dq.Speaker.End = q.nameSpan[0], q.nameSpan[1]
		}
		out = append(out, dq)
	}
	return out
}

// ---------------------------------------------------------------- tokens

func (a *analyzer) word(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].k == kWord }

func (a *analyzer) is(i int, words ...string) bool {
	if i < 0 || i >= len(a.toks) {
		return false
	}
	return slices.Contains(words, a.toks[i].low)
}

func (a *analyzer) outside(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].seg < 0 }

// terminal: a sentence-ending punctuation token.
// A full stop counts only where a sentence of Document.Sentences ends ("R-Ky."
// inside a sentence does not).
func (a *analyzer) terminal(i int) bool {
	t := a.toks[i]
	if t.k != kPunct {
		return false
	}
	switch t.low {
	case ";":
		return true
	case ".", "!", "?", "…":
		return i+1 >= len(a.toks) || a.toks[i+1].sent || a.toks[i+1].para != t.para
	}
	return false
}

// cueAt returns the cue starting at token i, if any.
func (a *analyzer) cueAt(i int) (cue, bool) {
	if !a.word(i) || !a.outside(i) {
		return cue{}, false
	}
	w := a.toks[i].low
	if w == "according" && a.is(i+1, "to") && a.outside(i+1) {
		return cue{i: i, j: i + 2, class: cAccord}, true
	}
	es, ok := lexicon[w]
	if !ok {
		return cue{}, false
	}
	if a.toks[i].upper && i > 0 && !a.toks[i].sent && a.toks[i-1].k != kQuote {
		return cue{}, false // a capitalised "Says" inside a sentence is a name or a title
	}
	for _, e := range es {
		j := i + e.words
		if e.words > 1 && (j > len(a.toks) || a.text[a.toks[i].s:a.toks[j-1].e] != e.form && lower(a.text[a.toks[i].s:a.toks[j-1].e]) != e.form) {
			continue
		}
		if strings.HasSuffix(e.form, " on") && a.word(j) {
			continue // "went on sale": only `he went on, "..."` counts
		}
		if e.words == 1 && !a.verbUse(i, e) || a.is(j, "by") && !e.part {
			continue
		}
		return cue{i: i, j: j, class: e.class, part: e.part}, true
	}
	return cue{}, false
}

// isCue: the word is a cue verb in some use.
func isCue(w string) bool {
	_, ok := lexicon[w]
	return ok
}

// verbUse rules out cue words used otherwise: passives ("was told"),
// infinitives ("to say"), nouns ("his claims", "reports of", "a call for").
func (a *analyzer) verbUse(i int, e entry) bool {
	w := a.toks[i].low
	if i > 0 && a.word(i-1) {
		p := a.toks[i-1].low
		switch {
		case passive[p] && !e.part:
			return false
		case p == "to" && !e.part && !strings.HasSuffix(w, "ed") && w != "said" && w != "told":
			return false
		case e.base && modals[p] && w != "say" && w != "tell":
			return false // "the closure will add 30 minutes"
		case articles[p]:
			return false // "the report", "his claims"
		case strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s"):
			return false // "Trump's call"
		}
	}
	if a.is(i+1, "of") && strings.HasSuffix(w, "s") && !ofVerbs[w] {
		return false // "reports of"
	}
	if e.class == cName && a.is(i+1, "for", "on", "off", "up", "out", "in") {
		return false // "called for", "called on"
	}
	return true
}

// auxiliaries after a noun phrase make it the subject of a clause.
var auxiliaries = set("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
	"would", "can", "could", "may", "might", "should", "must", "shall", "it's", "not", "isn't", "wasn't", "won't")

// modals before a base form rarely report speech ("will add", "could note").
var modals = set("will", "would", "could", "can", "may", "might", "should", "must", "shall", "won't", "wouldn't",
	"can't", "cannot", "couldn't", "'ll", "'d")

// articles make the next word a noun.
var articles = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
	"another", "every", "each", "no", "whose")

// ofVerbs take "of" as verbs: "says of Clinton".
var ofVerbs = set("says", "adds", "writes", "asks", "tells", "argues", "recalls", "thinks", "insists", "warns", "speaks")

var passive = set("is", "was", "were", "are", "be", "been", "being", "get", "got", "gets", "getting", "am", "'s")

// ---------------------------------------------------------------- frames

// window bounds every scan for a speaker, a cue or a clause, in tokens, so
// that run-on "sentences" (lists, tables, garbage) cost linear time.
const window = 120

// sentLo and sentHi bound the sentence of token i, within the window.
func (a *analyzer) sentLo(i int) int { return max(a.sents[a.sentOf[i]].i, i-window) }
func (a *analyzer) sentHi(i int) int { return min(a.sents[a.sentOf[i]].j, i+window) }

// leftFrame is the narrative before segment s: outside tokens back to the
// previous quotation, the sentence start or the paragraph start.
func (a *analyzer) leftFrame(s int) span {
	o := a.segs[s].open
	i := o
	for i > 0 && o-i < window {
		p := i - 1
		if a.toks[p].seg >= 0 || a.toks[p].para != a.toks[o].para || a.terminal(p) {
			break
		}
		i = p
		if a.toks[p].sent {
			break
		}
	}
	return span{i, o}
}

// rightFrame is the narrative after segment s, up to the next quotation or
// the end of the sentence.
func (a *analyzer) rightFrame(s int) span {
	sg := a.segs[s]
	if !sg.closed {
		return span{sg.close + 1, sg.close + 1}
	}
	i := sg.close + 1
	j := i
	for j < len(a.toks) && j-i < window {
		t := a.toks[j]
		if t.seg >= 0 || t.para != a.toks[sg.close].para || t.sent || a.terminal(j) {
			break
		}
		j++
	}
	return span{i, j}
}

// prevTail is the end of the paragraph before segment s when s opens its
// paragraph and that paragraph ends with a colon or comma ("He added:").
func (a *analyzer) prevTail(s int) span {
	o := a.segs[s].open
	if o == 0 || a.toks[o-1].para == a.toks[o].para {
		return span{}
	}
	e := o - 1
	if a.toks[e].seg >= 0 || !a.is(e, ":", ",") {
		return span{}
	}
	i := e
	for i > 0 && a.toks[i-1].seg < 0 && a.toks[i-1].para == a.toks[e].para && !a.terminal(i-1) && !a.toks[i].sent {
		i--
	}
	return span{i, e + 1}
}

// ---------------------------------------------------------------- speakers

// leftNP finds the subject phrase ending just before the cue.
func (a *analyzer) leftNP(c cue, lo int) span {
	j := c.i - 1
	skip := func() {
		for j >= lo && a.word(j) && a.outside(j) {
			w := a.toks[j].low
			if between[w] && !relative[w] || adverbLy(w) {
				j--
				continue
			}
			if timeWords[w] {
				j--
				if j >= lo && a.is(j, "on", "last", "this", "earlier", "early", "late", "that", "next") {
					j--
				}
				continue
			}
			break
		}
	}
	skip()
	if j >= lo && a.is(j, "and", "but", "then", "yet", "or") && j+1 == c.i && !c.part {
		// "X called it ... and said": the subject of the first verb
		return a.subject(j)
	}
	if j >= lo && a.is(j, "who") && j-1 >= lo && a.is(j-1, ",") {
		return span{j, j + 1} // the speaker is who "who" stands for: see speakerName
	}
	if j >= lo && a.is(j, ")") {
		k := j
		for k > lo && !a.is(k, "(") && j-k < 12 {
			k--
		}
		if a.is(k, "(") {
			j = k - 1
		}
	}
	if j >= lo && a.is(j, ",") {
		// an appositive or participial phrase: "X, a spokesman for Y, said"
		k := j - 1
		for k >= lo && a.outside(k) && !a.is(k, ",") && j-k < 30 && !a.terminal(k) && a.toks[k].k != kQuote {
			k--
		}
		if k < lo || !a.is(k, ",") {
			return span{}
		}
		j = k - 1
	}
	b := j + 1
	i := a.npStart(b, lo, c.i)
	if i < b && i-2 >= lo && a.is(i-1, "on", "in", "with") && (a.toks[i].upper || articles[a.toks[i].low]) && a.word(i-2) &&
		!stops[a.toks[i-2].low] && !isCue(a.toks[i-2].low) && !timeWords[a.toks[i-2].low] && !digit(a.toks[i-2].low) {
		// "business owners on the east bank said"
		if h := a.npStart(i-1, lo, c.i); h < i-1 && !prepositions[a.toks[h].low] {
			i = h
		}
	}
	for hops := 0; hops < 4 && i < b && i-1 > lo && a.is(i-1, ",") && a.word(i-2); hops++ {
		// "Johnnie Wilson, of Springfield, Va., said": the appositive goes on
		w := a.toks[i].low
		if !(prepositions[w] || digit(w) || b-i == 1 && a.toks[i].upper && strings.HasSuffix(w, ".")) {
			break
		}
		b = i - 1
		i = a.npStart(b, lo, c.i)
	}
	if i >= b {
		return span{}
	}
	h := a.toks[b-1].low
	if h == "him" || h == "them" || h == "me" || h == "us" || h == "it's" || h == "there" || h == "who" || digit(h) {
		return span{}
	}
	return span{i, b}
}

// npStart is where the noun phrase ending before token b starts, scanning
// back to lo at most, over ten words, stopping at punctuation, clause words,
// pronouns and other cue verbs (the cue itself is at verb).
func (a *analyzer) npStart(b, lo, verb int) int {
	i := b
	for i-1 >= lo && b-i < 10 {
		t := a.toks[i-1]
		if t.seg >= 0 {
			break
		}
		if t.k == kWord {
			if pronouns[t.low] && t.low != "it" {
				if i == b {
					i--
				}
				break
			}
			if stops[t.low] {
				if t.low == "and" && i < b && a.toks[i].upper && i-2 >= lo && a.toks[i-2].upper {
					i--
					continue
				}
				break
			}
			if isCue(t.low) && i-1 != verb {
				break
			}
			i--
			continue
		}
		if t.k == kSingle && i-2 >= lo && a.word(i-2) && i < b && a.is(i, "s") { // Obama ' s
			i--
			continue
		}
		break
	}
	// drop leading dates, numbers and sentence adverbs
	for i < b && a.word(i) && (digit(a.toks[i].low) || timeWords[a.toks[i].low] || notNames[a.toks[i].low] && !determiners[a.toks[i].low] && !pronouns[a.toks[i].low] && i+1 < b) {
		i++
	}
	return i
}

// rightNP finds an inverted subject after the cue: said Matthew Miller, said
// a senior official. It fails when the words after the verb look like a clause.
func (a *analyzer) rightNP(c cue) span {
	k := c.j
	if a.word(k) && timeWords[a.toks[k].low] && !a.toks[k].upper {
		k++
	}
	if !a.word(k) || !a.outside(k) {
		return span{}
	}
	first := a.toks[k]
	if pronouns[first.low] && first.low != "it" && first.low != "you" {
		if a.npEnd(k + 1) {
			return span{k, k + 1}
		}
		return span{}
	}
	// right after a quotation ("...," said former Gov. Bill Richardson) any
	// noun phrase is the speaker
	afterQuote := c.i > 0 && (a.toks[c.i-1].k == kQuote || a.is(c.i-1, ",") && c.i > 1 && a.toks[c.i-2].k == kQuote)
	if !(first.upper || determiners[first.low] || afterQuote) || stops[first.low] || notNames[first.low] && !determiners[first.low] {
		return span{}
	}
	limit := 9
	if !first.upper && !afterQuote {
		limit = 5
	}
	j := k
	for j < len(a.toks) && j-k < limit && a.word(j) && a.outside(j) && !stops[a.toks[j].low] {
		if isCue(a.toks[j].low) && j > k {
			break
		}
		if timeWords[a.toks[j].low] && j > k {
			break
		}
		j++
	}
	if j == k || !a.npEnd(j) {
		return span{}
	}
	for m := k + 1; m < j; m++ {
		if pronouns[a.toks[m].low] {
			return span{} // "said one candidate he likes ...": a clause
		}
	}
	return span{k, j}
}

// npEnd reports whether a noun phrase may end before token j.
func (a *analyzer) npEnd(j int) bool {
	if j >= len(a.toks) || a.toks[j].para != a.toks[j-1].para {
		return true
	}
	if a.toks[j].k == kQuote {
		return false // said North Korea's latest "provocation ...": a clause
	}
	if a.toks[j].k != kWord {
		return true
	}
	w := a.toks[j].low
	if auxiliaries[w] {
		return false // said Nunberg was ...: a clause
	}
	if npFollow[w] || prepositions[w] || timeWords[w] {
		return true
	}
	if strings.HasSuffix(w, "ing") && isCue(w) {
		return true
	}
	return w == "said"
}

// npFollow are words that may follow an inverted speaker: "said Ana Ruiz,
// who ...", "said Li Wei as he left".
var npFollow = set("who", "whose", "when", "while", "as", "because", "after", "before", "since", "in", "on",
	"at", "during", "to", "of", "for", "from", "with", "about", "adding", "noting", "referring", "though",
	"although", "if", "until", "where", "via", "by")

// subject finds the subject at the start of the clause holding token i: for
// participles ("..., saying") and sentences whose verb is far from the quote.
func (a *analyzer) subject(i int) span {
	// a reporting verb earlier in the sentence gives its speaker
	lo := a.sentLo(i)
	for k := i - 1; k >= lo; k-- {
		if c, ok := a.cueAt(k); ok && !c.part && c.class != cAccord {
			if sp := a.leftNP(c, lo); !sp.empty() {
				return sp
			}
		}
	}
	k := lo
	for k < i && !a.word(k) {
		k++
	}
	// skip an opening adverbial: "In a statement, ...", "On Monday, ..."
	for m := k; m < i && m < k+12; m++ {
		if a.is(m, ",") {
			if w := a.toks[k].low; (stops[w] || notNames[w] || prepositions[w] || isCue(w)) && !pronouns[w] && !determiners[w] {
				k = m + 1
			}
			break
		}
	}
	// and conjunctions and sentence adverbs: "But he", "Yet Mr. Smith"
	for k < i && (a.word(k) && (stops[a.toks[k].low] || notNames[a.toks[k].low]) && !pronouns[a.toks[k].low] && !determiners[a.toks[k].low] || a.is(k, ",")) {
		k++
	}
	if k >= i || !a.word(k) {
		return span{}
	}
	if pronouns[a.toks[k].low] {
		return span{k, k + 1}
	}
	j := k
	if a.toks[k].upper {
		for j < i && a.word(j) && (a.toks[j].upper || a.is(j, "of", "for", "de", "van", "von", "al", "bin")) && j-k < 8 {
			j++
		}
		// a possessive opens a longer phrase: "France's far-right leader, Marine Le Pen"
		if a.is(j, ",") && j+1 < i && a.word(j+1) && a.toks[j+1].upper {
			m := j + 1
			for m < i && a.word(m) && a.toks[m].upper && m-j < 6 {
				m++
			}
			if a.is(m, ",") {
				j = m
			}
		}
	} else if determiners[a.toks[k].low] {
		j = k + 1
		for j < i && a.word(j) && !stops[a.toks[j].low] && j-k < 5 && !verbLike(a.toks[j].low) {
			j++
		}
	}
	if j == k {
		return span{}
	}
	return span{k, j}
}

func verbLike(w string) bool {
	if isCue(w) {
		return true
	}
	n := len(w)
	return n > 4 && w[n-2:] == "ed"
}

func adverbLy(w string) bool {
	n := len(w)
	if n < 5 || w[n-2:] != "ly" {
		return false
	}
	switch w {
	case "family", "ally", "italy", "rally", "assembly", "supply", "reply", "july", "kelly", "daily", "weekly", "monthly", "only", "early", "bully":
		return false
	}
	return true
}

func digit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
