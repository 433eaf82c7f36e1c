package quote

import (
	"sort"
	"strings"
)

// directDraft is a direct quotation being grouped from segments.
type directDraft struct {
	draft
	where   uint8
	last    int  // last token of the quotation and its attribution
	pending bool // part of reported speech unless the indirect pass finds none
}

// directs groups quoted segments into direct quotations.
func (a *analyzer) directs() []directDraft {
	var out []directDraft
	for s, sg := range a.segs {
		if sg.words == 0 || sg.end <= sg.start {
			continue
		}
		at := a.segAt[s]
		last := a.attrEnd(s, at)
		p := len(out) - 1
		samePara := p >= 0 && a.toks[out[p].last].para == a.toks[sg.open].para
		switch at.where {
		case wRight, wLeft:
			if p >= 0 && out[p].hasCue && out[p].cue.i == at.cue.i && !out[p].pending && a.separated(at.cue.j-1, sg.open) {
				// "A," he said, "B."
				a.extend(&out[p], s, last)
				continue
			}
			if at.where == wRight && samePara && !out[p].pending && out[p].where == wNone && out[p].inherit < 0 && a.onlyPunct(out[p].last+1, sg.open) {
				// "A." "B," he said: the attribution covers both
				out[p].cue, out[p].hasCue, out[p].spk, out[p].where, out[p].cueStart = at.cue, true, at.spk, at.where, a.toks[at.cue.i].s
				a.extend(&out[p], s, last)
				continue
			}
			d := a.newDirect(s, at, last, len(out))
			if at.where == wLeft && at.cue.class == cName {
				a.withObject(&d, at.cue)
			}
			if at.where == wRight {
				a.withClause(&d, s)
			}
			out = append(out, d)
		case wSentence:
			if samePara && !out[p].pending && a.onlyPunct(out[p].last+1, sg.open) && at.cue.class != cName && !a.continuesClause(s) {
				a.extend(&out[p], s, last)
				continue
			}
			d := a.newDirect(s, at, last, len(out))
			d.pending = true
			out = append(out, d)
		default:
			if p >= 0 && !out[p].pending && a.continuation(out[p], s) {
				a.extend(&out[p], s, last)
				continue
			}
			if samePara && !out[p].pending && out[p].hasCue {
				// the speaker goes on in the same paragraph after a narrative aside
				a.extend(&out[p], s, last)
				continue
			}
			if a.midSentence(s) || a.titleCase(s) {
				continue // part of something else, a title or a name
			}
			if p >= 0 && !out[p].pending && (samePara || a.paraQuote(s) && a.toks[out[p].last].para >= a.toks[sg.open].para-1) {
				d := a.newDirect(s, at, last, len(out))
				d.inherit = p
				out = append(out, d)
				continue
			}
			if sg.words < minWords {
				continue // a scare quote or a title
			}
			d := a.newDirect(s, at, last, len(out))
			if c, sp, ok := a.nearbySpeaker(s); ok {
				d.cue, d.hasCue, d.spk, d.cueStart = c, true, sp, a.toks[c.i].s
			} else if p >= 0 && !out[p].pending && a.toks[out[p].last].para >= a.toks[sg.open].para-1 {
				d.inherit = p
			}
			out = append(out, d)
		}
	}
	for _, d := range out {
		if d.hasCue && (d.where == wRight || d.where == wLeft) && !a.segAt[d.segs[0]].shared {
			for k := d.cue.i; k < d.cue.j; k++ {
				a.used[k] = true
			}
		}
	}
	return out
}

// attrEnd is the last token of segment s with its attribution: after a
// following "she said in an interview", the end of the sentence; after a
// longer tail, the end of the speaker or verb.
func (a *analyzer) attrEnd(s int, at attr) int {
	sg := a.segs[s]
	if at.where != wRight {
		return sg.close
	}
	fr := a.rightFrame(s)
	e := max(at.cue.j, at.spk.j)
	words := 0
	k := e
	for ; k < fr.j; k++ {
		if a.toks[k].k == kWord {
			words++
			if words > 30 {
				break
			}
		}
	}
	if k >= fr.j && (fr.j >= len(a.toks) || a.toks[fr.j].seg < 0 || a.toks[fr.j].sent) {
		return max(sg.close, fr.j-1) // the sentence ends with the attribution
	}
	return max(sg.close, e-1)
}

// separated: a comma, colon or full stop stands between tokens i and j.
func (a *analyzer) separated(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if a.is(k, ",", ":", ".", "—", ";") {
			return true
		}
	}
	return false
}

// withObject widens a quotation opened by a naming verb to its object:
// called the talks "candid" -> the talks "candid".
func (a *analyzer) withObject(d *directDraft, c cue) {
	k := c.j
	o := a.segs[d.segs[0]].open
	if k < o && o-k <= 7 && a.word(k) {
		d.start = a.toks[k].s
		a.closeMark(d)
	}
}

// closeMark takes the closing mark into a quotation that starts before its
// opening one, so that the marks in it pair.
func (a *analyzer) closeMark(d *directDraft) {
	sg := a.segs[d.segs[len(d.segs)-1]]
	if sg.closed {
		d.end = max(d.end, a.toks[sg.close].e)
	}
}

// withClause widens a quotation closed by its attribution to the words of
// its sentence before it: Ms. Roe is "not a backslapper," said Mr. Doe.
func (a *analyzer) withClause(d *directDraft, s int) {
	fr := a.leftFrame(s)
	if fr.j > fr.i && a.is(fr.j-1, ":") {
		return // introduced: `She scolded him: "..."`
	}
	words := 0
	for k := fr.i; k < fr.j; k++ {
		if _, ok := a.cueAt(k); ok {
			return
		}
		if a.toks[k].k == kWord {
			words++
		}
	}
	if words == 0 {
		return
	}
	d.start = a.toks[fr.i].s
	a.closeMark(d)
	d.direct = false // a mixed quote: words of the narrative lead into the quotation
}

// midSentence: segment s opens after words of its own sentence, with no cue:
// a quoted phrase that belongs to the surrounding clause.
func (a *analyzer) midSentence(s int) bool {
	fr := a.leftFrame(s)
	for k := fr.i; k < fr.j; k++ {
		if a.toks[k].k == kWord {
			return a.segs[s].words < midSentenceWords
		}
	}
	return false
}

// midSentenceWords is the length from which a quotation inside a sentence
// without a cue is kept anyway.
const midSentenceWords = 12

// titleCase: most words of the segment are capitalised, as in a title.
func (a *analyzer) titleCase(s int) bool {
	sg := a.segs[s]
	caps, long := 0, 0
	for k := sg.open + 1; k < sg.close && k < len(a.toks); k++ {
		t := a.toks[k]
		if t.k != kWord || len(t.low) < 4 {
			continue
		}
		long++
		if t.upper {
			caps++
		}
	}
	return long > 0 && caps*10 >= long*7 && sg.words < 15
}

func (a *analyzer) newDirect(s int, at attr, last, id int) directDraft {
	sg := a.segs[s]
	d := directDraft{draft: draft{start: sg.start, end: sg.end, direct: true, segs: []int{s},
		cue: at.cue, hasCue: at.where != wNone, spk: at.spk, para: a.toks[sg.open].para, inherit: -1, id: id,
		cueStart: -1}, where: at.where, last: last}
	if d.hasCue {
		d.cueStart = a.toks[at.cue.i].s
	}
	return d
}

func (a *analyzer) extend(d *directDraft, s, last int) {
	d.end = max(d.end, a.segs[s].end)
	d.segs = append(d.segs, s)
	d.last = max(d.last, last)
}

// nearbySpeaker finds the speaker of a quotation with no attribution of its
// own: the last cue before it in its paragraph (`X said in a statement.
// "..."`), or the subject of a paragraph before it that ends with a colon.
func (a *analyzer) nearbySpeaker(s int) (cue, span, bool) {
	o := a.segs[s].open
	for k := o - 1; k >= 0 && a.toks[k].para == a.toks[o].para && o-k < window; k-- {
		if a.toks[k].seg >= 0 {
			continue
		}
		if c, ok := a.cueAt(k); ok && c.class != cName && c.class != cEvidence {
			if sp := a.speakerFor(c); !sp.empty() {
				return c, sp, true
			}
		}
	}
	if k := o - 1; k >= 0 && a.is(k, ":") && a.toks[k].seg < 0 && a.toks[k].para == a.toks[o].para-1 {
		if sp := a.subject(k); !sp.empty() {
			return cue{i: k, j: k + 1}, sp, true
		}
	}
	return cue{}, span{}, false
}

// onlyPunct: no word between tokens i and j.
func (a *analyzer) onlyPunct(i, j int) bool {
	for k := i; k < j; k++ {
		if a.toks[k].k == kWord || a.toks[k].k == kQuote {
			return false
		}
	}
	return true
}

// continuation: segment s follows draft d with nothing but punctuation
// between, in the same paragraph or opening the next one when d ended its own.
func (a *analyzer) continuation(d directDraft, s int) bool {
	o := a.segs[s].open
	if d.last >= o {
		return false
	}
	if a.toks[d.last].para == a.toks[o].para {
		return a.onlyPunct(d.last+1, o)
	}
	if a.toks[d.last].para != a.toks[o].para-1 || !a.paraQuote(s) {
		return false
	}
	// d ends its paragraph
	k := d.last + 1
	for k < len(a.toks) && a.toks[k].para == a.toks[d.last].para && k-d.last < window {
		if a.toks[k].k == kWord || a.toks[k].k == kQuote {
			return false
		}
		k++
	}
	return true
}

// paraQuote: segment s opens its paragraph and nothing but punctuation
// follows it there.
func (a *analyzer) paraQuote(s int) bool {
	sg := a.segs[s]
	if sg.open > 0 && a.toks[sg.open-1].para == a.toks[sg.open].para {
		return false
	}
	if !sg.closed {
		return true
	}
	for k := sg.close + 1; k < len(a.toks) && a.toks[k].para == a.toks[sg.close].para; k++ {
		if a.toks[k].k == kWord || k-sg.close > window {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------- indirect

// indirects adds reported speech and beliefs, folds quotations that belong
// to it (mixed quotes) and returns all drafts.
func (a *analyzer) indirects(ds []directDraft) []draft {
	var ind []draft
	for i := range a.toks {
		if a.used[i] {
			continue
		}
		c, ok := a.cueAt(i)
		if !ok || c.class == cName || skipIndirect[a.toks[i].low] {
			continue
		}
		if q, ok := a.indirect(c, ds); ok {
			ind = append(ind, q)
		}
	}
	ind = dedupe(ind)
	var out []draft
	absorbed := make([]bool, len(ds))
	for k := range ind {
		q := &ind[k]
		for n, d := range ds {
			if d.start >= q.start && d.end <= q.end {
				absorbed[n] = true // a mixed quote: reported speech with quoted words; Direct stays false
			}
		}
		out = append(out, *q)
	}
	for n, d := range ds {
		if absorbed[n] {
			continue
		}
		if d.pending && (a.words(d.segs) < minWords || a.midSentence(d.segs[0])) {
			continue
		}
		out = append(out, d.draft)
	}
	return out
}

func (a *analyzer) words(segs []int) int {
	n := 0
	for _, s := range segs {
		n += a.segs[s].words
	}
	return n
}

// skipIndirect are cue words too ambiguous for reported speech without a quotation.
var skipIndirect = func() map[string]bool {
	m := set("read", "reads", "posted", "continued", "call", "calls", "states", "tweets", "posts")
	for _, l := range []string{"boom", "beam", "bellow", "roar", "mouth", "gasp", "chuckle", "laugh", "smile", "shrug",
		"nod", "grin", "sniff", "huff", "sigh", "sob", "chant", "sing|sings|sang|singing", "type"} {
		for _, f := range forms(l) {
			m[f] = true
		}
	}
	return m
}()

// dedupe keeps, of two reported-speech quotes one inside the other, the
// outer one ("told CNN that he believes ...": what was told), except that
// "according to" gives way to the attribution it reports ("X told Y that ...,
// according to CCTV": X speaks).
func dedupe(qs []draft) []draft {
	drop := make([]bool, len(qs))
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return qs[order[x]].start < qs[order[y]].start })
	holds := func(i, j int) bool { return qs[i].start <= qs[j].cueStart && qs[j].cueStart < qs[i].end }
	for x, i := range order {
		for _, j := range order[x+1:] {
			if qs[j].start >= qs[i].end {
				break
			}
			for _, p := range [][2]int{{i, j}, {j, i}} {
				o, n := p[0], p[1]
				if drop[o] || drop[n] || !holds(o, n) {
					continue
				}
				if qs[o].cue.class == cAccord {
					drop[o] = true
				} else {
					drop[n] = true
				}
			}
		}
	}
	out := qs[:0]
	for i, q := range qs {
		if !drop[i] {
			out = append(out, q)
		}
	}
	return out
}

// indirect builds the reported-speech quote of cue c, if it has content.
func (a *analyzer) indirect(c cue, ds []directDraft) (draft, bool) {
	sa, sb := a.sentLo(c.i), a.sentHi(c.i)
	if s := a.toks[sa].seg; s >= 0 && a.segs[s].open < sa {
		sa = a.segs[s].open // the sentence starts inside a quotation
	}
	// a quotation opened in the sentence belongs to it to its end
	for k := sa; k < sb; k++ {
		if s := a.toks[k].seg; s >= 0 && a.segs[s].open == k {
			sb = max(sb, min(a.segs[s].close+1, len(a.toks)))
		}
	}
	var spk span
	inv := false
	switch {
	case c.class == cAccord:
		spk = a.accordNP(c, sb)
	case c.part:
		spk = a.partSpeaker(c)
	default:
		if c.i > sa && a.is(c.i-1, ",", "—") {
			if sp := a.rightNP(c); !sp.empty() {
				spk, inv = sp, true
			}
		}
		if !inv {
			spk = a.leftNP(c, sa)
		}
	}
	if spk.empty() {
		return draft{}, false
	}
	cs, ce := -1, -1
	switch {
	case c.class == cAccord:
		if c.i <= sa+1 || a.is(c.i-1, ",") && c.i-1 <= sa {
			// According to X, ...
			k := spk.j
			if a.is(k, ",") {
				cs, ce = a.clause(k+1, sb, ds)
			}
		} else if a.is(c.i-1, ",", "—", "(") {
			cs, ce = a.clause(sa, c.i-1, ds)
		}
	case inv:
		if a.is(c.i-1, ",", "—") {
			cs, ce = a.clause(sa, c.i-1, ds)
		}
	default:
		if k, ok := a.complement(c, sb); ok {
			cs, ce = a.clause(k, sb, ds)
		}
		tail := c.j
		if c.class == cTell {
			for tail < sb && a.word(tail) && !prepositions[a.toks[tail].low] && !timeWords[a.toks[tail].low] && tail-c.j < 4 {
				tail++ // told reporters
			}
		}
		if cs < 0 && !c.part && spk.i > sa && a.is(spk.i-1, ",", "—") && a.shortTail(tail, sb) {
			// "..., X said" and "Climate change, X says, is ..."
			cs, ce = a.clause(sa, spk.i-1, ds)
			k := c.j
			for k < sb && a.word(k) && (timeWords[a.toks[k].low] || between[a.toks[k].low]) {
				k++
			}
			if a.is(k, ",") && a.word(k+1) && (!stops[a.toks[k+1].low] || a.is(k+1, "that", "which", "is", "was", "are", "were", "has", "have", "will", "would")) {
				if _, isCue := a.cueAt(k + 1); !isCue {
					if _, e := a.clause(k+1, sb, ds); e > ce {
						ce = e
						if cs < 0 { // "Many days, former employees said, she would stay ..."
							f := sa
							for f < spk.i && !a.word(f) {
								f++
							}
							cs = a.toks[f].s
						}
					}
				}
			}
		}
	}
	if cs < 0 || ce <= cs {
		return draft{}, false
	}
	return draft{start: cs, end: ce, cue: c, hasCue: true, spk: spk, para: a.toks[c.i].para,
		cueStart: a.toks[c.i].s, inherit: -1, id: -1}, true
}

// shortTail: what follows a cue up to the sentence end or a comma is a
// short adverbial ("said on Monday", "told reporters in Beijing"), so the
// content is before the speaker.
func (a *analyzer) shortTail(k, sb int) bool {
	words := 0
	if a.word(k) && !prepositions[a.toks[k].low] && !timeWords[a.toks[k].low] && !adverbLy(a.toks[k].low) && !(a.toks[k].upper && timeWords[lower(a.text[a.toks[k].s:a.toks[k].e])]) {
		return false // "..., the poll shows her with a lead": a clause follows the verb
	}
	for ; k < sb; k++ {
		if a.is(k, ",") || a.terminal(k) {
			return true
		}
		if a.toks[k].k == kQuote || a.toks[k].seg >= 0 || a.is(k, "that") {
			return false
		}
		if a.toks[k].k == kWord {
			words++
		}
		if words > 8 {
			return false
		}
	}
	return true
}

// complement finds where the content after a cue starts: after "that", a
// colon, an addressee or an adverbial; false when no clause follows.
func (a *analyzer) complement(c cue, sb int) (int, bool) {
	k := c.j
	skipTime := func() {
		for k < sb && a.word(k) && timeWords[a.toks[k].low] {
			k++
		}
	}
	skipTime()
	if k >= sb {
		return 0, false
	}
	switch c.class {
	case cTell:
		m := k
		for m < sb && a.word(m) && !stops[a.toks[m].low] && m-k < 6 {
			m++
		}
		if m == k {
			return 0, false
		}
		k = m
		skipTime()
		if a.is(k, "that", ":") {
			return k + 1, true
		}
		if a.word(k) && prepositions[a.toks[k].low] {
			// told reporters on Tuesday that ...
			for m := k; m < sb && m-k < 8 && a.word(m) && !a.terminal(m); m++ {
				if a.is(m, "that") {
					return m + 1, true
				}
			}
		}
		if m-c.j <= 2 && a.word(k) && (pronouns[a.toks[k].low] || a.is(k, "the", "there")) {
			return k, true
		}
		return 0, false
	case cAsk:
		m := k
		for m < sb && m-k < 5 && a.word(m) && !a.is(m, "whether", "if", "why", "how", "what", "when", "where", "who", "to", "about") {
			m++
		}
		if a.is(m, "whether", "if", "why", "how", "what", "when", "where", "who", "to") {
			return m, true
		}
		return 0, false
	case cEvidence:
		if a.is(k, "that") {
			return k + 1, true
		}
		return 0, false
	}
	if a.is(k, "that", ":") {
		return k + 1, true
	}
	if a.word(k) && (prepositions[a.toks[k].low] || a.toks[k].upper && timeWords[a.toks[k].low]) {
		// said in a statement on Monday that ...
		for m := k; m < sb && m-k < 12; m++ {
			if a.terminal(m) || a.toks[m].k == kQuote {
				break
			}
			if a.is(m, "that") {
				return m + 1, true
			}
			if a.is(m, ",") && !a.is(m+1, "that") {
				break
			}
		}
		return 0, false
	}
	if a.clauseStart(k) {
		return k, true
	}
	return 0, false
}

// trailingAttribution: tokens from k are a speaker and a cue verb ending the
// span before j ("he said", "Mr. Smith added").
func (a *analyzer) trailingAttribution(k, j int) bool {
	for m := k; m < j && m-k <= 5; m++ {
		if !a.word(m) {
			return false
		}
		if c, ok := a.cueAt(m); ok && m > k && !c.part && c.class != cName {
			for e := c.j; e < j; e++ {
				if a.toks[e].k == kWord && !timeWords[a.toks[e].low] && !prepositions[a.toks[e].low] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// clauseStart: a word that may open a reported clause.
func (a *analyzer) clauseStart(k int) bool {
	if !a.word(k) {
		return a.toks[k].k == kQuote
	}
	w := a.toks[k].low
	if pronouns[w] || w == "there" || digit(w) {
		return true
	}
	if stops[w] || prepositions[w] || w == "so" || w == "not" || w == "no" || w == "yes" {
		return false
	}
	if determiners[w] {
		return true
	}
	if a.toks[k].upper {
		return true
	}
	// a bare noun: "said families of people killed by police file lawsuits"
	return !bareObjects[w] && !isCue(w) && !adverbLy(w) && !strings.HasSuffix(w, "ing") && a.word(k+1) && a.word(k+2)
}

// bareObjects follow "said" without a clause.
var bareObjects = set("goodbye", "something", "nothing", "anything", "everything", "yes", "hello", "thanks", "little",
	"much", "more", "less", "otherwise", "publicly", "earlier", "later", "recently", "previously",
	"repeatedly", "today", "yesterday", "tonight", "last", "next", "this", "so", "too", "only", "very", "what",
	"sorry", "hi", "amen", "enough", "aloud", "all", "once", "twice", "again", "often", "separately",
	"privately", "simply", "flatly", "firmly", "instead")

// clause returns the byte span of the content between tokens i and j,
// stopping before a later attribution, and with end punctuation trimmed;
// -1 when it holds fewer than three words.
func (a *analyzer) clause(i, j int, ds []directDraft) (int, int) {
	end := j
	for k := i; k < j; k++ {
		if a.toks[k].seg < 0 {
			if a.is(k, ",", "—") && k+1 < j {
				if c, ok := a.cueAt(k + 1); ok && (c.part || c.class == cAccord) {
					end = k
					break
				}
				// ", putting them ahead", ", while Bush said ...": another clause
				if w := a.toks[k+1].low; a.word(k+1) && (strings.HasSuffix(w, "ing") && w != "including" && !a.toks[k+1].upper || w == "while" || w == "whereas" || w == "but") {
					end = k
					break
				}
				if c, ok := a.cueAt(k + 1); ok && c.class != cName && k > i {
					end = k // "who said he votes, said one candidate ...": the relative clause ends
					break
				}
				if a.is(k+1, "and", "or") && (pronouns[a.toks[min(k+2, len(a.toks)-1)].low] || auxiliaries[a.toks[min(k+2, len(a.toks)-1)].low]) {
					end = k // ", and he reiterated", ", and has championed": another clause
					break
				}
				if a.trailingAttribution(k+1, j) {
					end = k // "... in government work, he said"
					break
				}
			}
			if a.is(k, "—") && k > i+2 {
				end = k // "... terrorists — a proposal he has raised"
				break
			}
			continue
		}
		// a quotation with its own attribution ends the clause
		if s := a.toks[k].seg; a.segs[s].open == k && (a.segAt[s].where == wRight || a.segAt[s].where == wLeft) {
			end = k
			break
		}
	}
	for end > i && (a.toks[end-1].k == kPunct || a.toks[end-1].k == kTag) {
		end--
	}
	words := 0
	for k := i; k < end; k++ {
		if a.toks[k].k == kWord {
			words++
		}
	}
	if words < 3 {
		return -1, -1
	}
	for i < end && a.toks[i].k == kPunct {
		i++
	}
	return a.toks[i].s, a.toks[end-1].e
}
