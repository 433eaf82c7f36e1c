package event

import (
	"sort"
	"strings"
	"sync"

	"github.com/attache-news/attache/document"
)

// Coder codes events with one Dictionary. It is safe for concurrent use.
type Coder struct {
	dict  *Dictionary
	vocab map[string]bool // every word a lemma may be looked up as
	verbs map[string]bool // lemmas that can head a verb group
	pool  sync.Pool       // *sentence buffers
}

// New returns a Coder over d; nil means DefaultDictionary.
func New(d *Dictionary) *Coder {
	if d == nil {
		d = DefaultDictionary()
	}
	c := &Coder{dict: d, vocab: map[string]bool{}, verbs: map[string]bool{}}
	for _, w := range strings.Fields(commonVerbs) {
		c.verbs[w] = true
	}
	for _, irs := range irregulars {
		for _, ir := range irs {
			c.verbs[ir.base] = true
		}
	}
	for w := range reportVerbs {
		c.verbs[w] = true
	}
	for w := range d.frames {
		if closedClass[w] == wOther {
			if _, closed := closedClass[w]; !closed {
				c.verbs[w] = true
			}
		}
	}
	for _, p := range d.patterns {
		for n, e := range p.elems {
			for _, run := range e.alts {
				for _, w := range run {
					c.vocab[w] = true
				}
				if n == 0 && !p.Noun && len(run) > 0 {
					c.verbs[run[0]] = true // "down" too: "downed a drone"
				}
			}
		}
		for _, e := range p.pre {
			for _, run := range e.alts {
				for _, w := range run {
					c.vocab[w] = true
				}
			}
		}
	}
	for w := range c.verbs {
		c.vocab[w] = true
	}
	c.pool.New = func() any { return &sentence{c: c} }
	return c
}

var defaultCoder = sync.OnceValue(func() *Coder { return New(nil) })

// Default is the Coder over attache's own dictionary, built once.
func Default() *Coder { return defaultCoder() }

// Run fills d.Events with the Default coder.
func Run(d *document.Document) { Default().Code(d) }

// Code fills d.Events from the sentences, entities (with their actors),
// times, places and quotes the earlier stages put on d. It replaces any
// events d had. Content it cannot read is skipped; Code never panics on
// input.
func (c *Coder) Code(d *document.Document) {
	d.Events = d.Events[:0]
	if len(d.Sentences) == 0 || d.Text == "" {
		return
	}
	ds := newDocState(c, d)
	s := c.pool.Get().(*sentence)
	defer c.pool.Put(s)
	s.ds = ds
	s.resetWords()
	for i, sp := range d.Sentences {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
			continue
		}
		s.idx = i
		s.tokenize(sp.Start, sp.End)
		s.tag()
		s.groups()
		s.link()
		s.code()
	}
	s.ds = nil
	d.Events = ds.events
}

// ment is one entity mention, by byte offsets.
type ment struct{ start, end, ent int }

// docState is what coding one document shares across its sentences.
type docState struct {
	c         *Coder
	d         *document.Document
	codes     []string       // actor code per entity; "" when it has none
	byID      map[string]int // entity index by id; built on first use (entityByID)
	ments     []ment         // all mentions, by start
	persons   []ment         // mentions of persons
	others    []ment         // mentions of other entities with an actor
	times     []int          // Document.Times indices with sound spans, by start
	quotes    []int          // direct Document.Quotes indices with sound spans, by start
	quoteEnds []int          // quoteEnds[k]: the furthest end among quotes[0..k]
	places    []int          // Document.Places indices with sound spans, by start
	grp       []ref
	grpSent   int
	insts     map[string]instRec // institutions by head noun: "ministry" -> CHNGOV
	pgrp      []ref              // the last pair of persons seen together
	pgrpSent  int
	subjs     []subjRec // subjects of clauses, in text order
	pub       string
	seen      map[evKey]bool
	events    []document.Event
}

type evKey struct{ src, tgt, cameo, date string }

// instRec is an institution named with its country, for "the ministry"
// later.
type instRec struct {
	r    ref
	sent int
}

// noteInst records the institution r named by head noun w in sentence sent.
func (ds *docState) noteInst(w string, r ref, sent int) {
	if !instHeads[w] || r.code == "" {
		return
	}
	if ds.insts == nil {
		ds.insts = map[string]instRec{}
	}
	ds.insts[w] = instRec{r, sent}
}

// inst is the institution last named with head noun w, in the last four
// sentences.
func (ds *docState) inst(w string, sent int) (ref, bool) {
	x, ok := ds.insts[w]
	if !ok || sent-x.sent > 4 || x.sent > sent {
		return ref{}, false
	}
	return x.r, true
}

// subjRec is the subject of one clause: its entity, where the clause's verb
// is and in which sentence.
type subjRec struct {
	ent, off, sent int
	code           string // as the clause gave it: "GHAGOV" for "Ghana's government"
}

// lastSubject is the latest clause subject before off, from sentence from on,
// that is a person (or not), not excluded.
func (ds *docState) lastSubject(off, from int, person bool, exclude map[int]bool) (ref, bool) {
	for k := len(ds.subjs) - 1; k >= 0 && k >= len(ds.subjs)-24; k-- {
		r := ds.subjs[k]
		if r.sent < from {
			break
		}
		if r.off >= off || exclude[r.ent] || ds.codes[r.ent] == "" {
			continue
		}
		if (ds.d.Entities[r.ent].Type == "PERSON") == person {
			return ref{ent: r.ent, code: r.code, pos: -1}, true
		}
	}
	return ref{}, false
}

func newDocState(c *Coder, d *document.Document) *docState {
	ds := &docState{c: c, d: d, codes: make([]string, len(d.Entities)),
		grpSent: -10, pgrpSent: -10, pub: dateOf(d.Published)}
	n, np := 0, 0
	for i := range d.Entities {
		n += len(d.Entities[i].Mentions)
		if d.Entities[i].Type == "PERSON" {
			np += len(d.Entities[i].Mentions)
		}
	}
	ds.ments = make([]ment, 0, n)
	ds.persons = make([]ment, 0, np)
	ds.others = make([]ment, 0, n-np)
	for i := range d.Entities {
		e := &d.Entities[i]
		if a := e.Actor; a != nil {
			ds.codes[i] = a.Code
			if ds.codes[i] == "" {
				ds.codes[i] = a.Country
			}
			ds.codes[i] = strings.ToUpper(strings.TrimSpace(ds.codes[i]))
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			mm := ment{m.Start, m.End, i}
			ds.ments = append(ds.ments, mm)
			if e.Type == "PERSON" {
				ds.persons = append(ds.persons, mm)
			} else if ds.codes[i] != "" {
				ds.others = append(ds.others, mm)
			}
		}
	}
	for _, l := range [][]ment{ds.ments, ds.persons, ds.others} {
		sort.Slice(l, func(a, b int) bool { return l[a].start < l[b].start })
	}
	for i, tm := range d.Times {
		if tm.Start >= 0 && tm.End <= len(d.Text) && tm.Start < tm.End {
			ds.times = append(ds.times, i)
		}
	}
	sort.SliceStable(ds.times, func(a, b int) bool { return d.Times[ds.times[a]].Start < d.Times[ds.times[b]].Start })
	for i, q := range d.Quotes {
		if q.Direct && q.Start >= 0 && q.End <= len(d.Text) && q.Start < q.End {
			ds.quotes = append(ds.quotes, i)
		}
	}
	sort.SliceStable(ds.quotes, func(a, b int) bool { return d.Quotes[ds.quotes[a]].Start < d.Quotes[ds.quotes[b]].Start })
	for i, p := range d.Places {
		if p.Start >= 0 && p.End <= len(d.Text) && p.Start < p.End {
			ds.places = append(ds.places, i)
		}
	}
	sort.SliceStable(ds.places, func(a, b int) bool { return d.Places[ds.places[a]].Start < d.Places[ds.places[b]].Start })
	ds.quoteEnds = make([]int, len(ds.quotes)) // the furthest end of quotations [0..k]
	for k, i := range ds.quotes {
		ds.quoteEnds[k] = d.Quotes[i].End
		if k > 0 && ds.quoteEnds[k-1] > ds.quoteEnds[k] {
			ds.quoteEnds[k] = ds.quoteEnds[k-1]
		}
	}
	return ds
}

// dateOf cuts a TIMEX3 or ISO 8601 value to YYYY-MM-DD or YYYY-MM; "" when
// it is neither.
func dateOf(v string) string {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' && digits(v[:4]) && digits(v[5:7]) && digits(v[8:10]) {
		return v[:10]
	}
	if len(v) >= 7 && v[4] == '-' && digits(v[:4]) && digits(v[5:7]) && (len(v) == 7 || v[7] < '0' || v[7] > '9') {
		return v[:7]
	}
	return ""
}

// ownedCompound reports the end of a compound that makes its head the
// named country's: "-led", "-flagged", "-owned".
func ownedCompound(rest string) bool {
	switch rest {
	case "-led", "-flagged", "-owned", "-registered", "-run":
		return true
	}
	return false
}

// yearOf is v when it is a year of four digits, else "".
func yearOf(v string) string {
	if len(v) != 4 {
		return ""
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return ""
		}
	}
	return v
}

// mark sets the entity, time and quote of every token of s.
func (ds *docState) mark(s *sentence) {
	if len(s.toks) == 0 {
		return
	}
	lo, hi := s.toks[0].start, s.toks[len(s.toks)-1].end
	find := func(start, end int) (int, int) { // tokens inside [start, end)
		a := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].start >= start })
		b := a
		for b < len(s.toks) && s.toks[b].end <= end {
			b++
		}
		return a, b
	}
	k := sort.Search(len(ds.ments), func(k int) bool { return ds.ments[k].start >= lo })
	for ; k < len(ds.ments) && ds.ments[k].start < hi; k++ {
		m := ds.ments[k]
		a, b := find(m.start, m.end)
		if a == b && a < len(s.toks) && s.toks[a].start == m.start && ownedCompound(s.toks[a].low[min(m.end-m.start, len(s.toks[a].low)):]) {
			b = a + 1 // "Saudi-led coalition", "a British-flagged tanker": theirs
		}
		for t := a; t < b; t++ {
			if s.toks[t].ent < 0 {
				s.toks[t].ent = m.ent
				s.toks[t].cls = wOther
			}
		}
	}
	k = sort.Search(len(ds.times), func(k int) bool { return ds.d.Times[ds.times[k]].Start >= lo })
	for ; k < len(ds.times) && ds.d.Times[ds.times[k]].Start < hi; k++ {
		i := ds.times[k]
		a, b := find(ds.d.Times[i].Start, ds.d.Times[i].End)
		for t := a; t < b; t++ {
			s.toks[t].time = i
		}
	}
	// quotations may open before the sentence: the few that reach into it
	k = sort.Search(len(ds.quotes), func(k int) bool { return ds.d.Quotes[ds.quotes[k]].Start >= hi })
	for k--; k >= 0; k-- {
		i := ds.quotes[k]
		q := &ds.d.Quotes[i]
		if q.End <= lo {
			if ds.quoteEnds[k] <= lo {
				break // no earlier quotation reaches this far
			}
			continue
		}
		a, b := find(max(q.Start, lo), min(q.End, hi))
		for t := a; t < b; t++ {
			if s.toks[t].quote < 0 {
				s.toks[t].quote = i
			}
		}
	}
	s.places = s.places[:0]
	k = sort.Search(len(ds.places), func(k int) bool { return ds.d.Places[ds.places[k]].Start >= lo })
	for ; k < len(ds.places) && ds.d.Places[ds.places[k]].Start < hi; k++ {
		if ds.d.Places[ds.places[k]].End <= hi {
			s.places = append(s.places, ds.places[k])
		}
	}
	// the actors and times of the sentence, in order, for the fallbacks
	s.actToks, s.timeToks = s.actToks[:0], s.timeToks[:0]
	s.sole, s.soleDone = "", false
	for j := range s.toks {
		t := &s.toks[j]
		if t.ent >= 0 && ds.codes[t.ent] != "" && (j == 0 || s.toks[j-1].ent != t.ent) {
			s.actToks = append(s.actToks, j)
		}
		if t.time >= 0 && (j == 0 || s.toks[j-1].time != t.time) {
			s.timeToks = append(s.timeToks, j)
		}
	}
}

// lastBefore is the latest mention in l starting before off that is not
// one of exclude and, when from >= 0, starts at or after from.
func (ds *docState) lastBefore(l []ment, off, from int, exclude map[int]bool) (ment, bool) {
	k := sort.Search(len(l), func(k int) bool { return l[k].start >= off })
	for k--; k >= 0; k-- {
		if from >= 0 && l[k].start < from {
			break
		}
		if !exclude[l[k].ent] {
			return l[k], true
		}
	}
	return ment{}, false
}

// entityByID is the index of the entity with id id.
func (ds *docState) entityByID(id string) (int, bool) {
	if ds.byID == nil {
		ds.byID = make(map[string]int, len(ds.d.Entities))
		for i := range ds.d.Entities {
			ds.byID[ds.d.Entities[i].ID] = i
		}
	}
	i, ok := ds.byID[id]
	return i, ok
}

// resolvePron resolves the pronoun at token i of s; plural is true for
// "they" and its kin, which resolve to the last pair of actors.
func (ds *docState) resolvePron(s *sentence, i int) (refs []ref, plural bool) {
	t := &s.toks[i]
	off := t.start
	subj := s.subjectPos(i)
	switch t.low {
	case "he", "him", "his", "she", "her", "himself", "herself":
		excl := map[int]bool{}
		for j := i + 1; j < len(s.toks) && j <= i+4; j++ { // "He and Qin"
			if s.toks[j].ent >= 0 {
				excl[s.toks[j].ent] = true
			}
		}
		if subj && (t.low == "he" || t.low == "she") {
			// a subject pronoun goes on with the person the last
			// clauses were about: "Biden told Xi ... He raised concerns"
			if r, ok := ds.lastSubject(off, s.idx-2, true, excl); ok {
				return []ref{r}, false
			}
		}
		if t.low == "him" || t.low == "her" && !subj && s.objectPos(i) {
			// an object is not the subject of its own clause: "Xi had
			// invited him"
			if r, ok := ds.lastSubject(off, s.idx, true, nil); ok {
				excl[r.ent] = true
			}
		}
		if m, ok := ds.lastBefore(ds.persons, off, ds.sentStart(s.idx-3), excl); ok && ds.codes[m.ent] != "" {
			return []ref{{ent: m.ent, code: ds.codes[m.ent], pos: -1}}, false
		}
	case "it", "its", "itself":
		if subj && t.low == "it" {
			if r, ok := ds.lastSubject(off, s.idx-1, false, nil); ok {
				return []ref{r}, false
			}
		}
		if m, ok := ds.lastBefore(ds.others, off, ds.sentStart(s.idx-2), nil); ok {
			return []ref{{ent: m.ent, code: ds.codes[m.ent], pos: -1}}, false
		}
	case "they", "them", "their", "themselves":
		if t.low == "they" {
			if sub, ok := s.pluralSubjectBefore(i); ok {
				return sub, true // "Members of the European Parliament said they"
			}
		}
		if g := ds.group(s.idx); len(g) > 1 {
			return g, true
		}
	case "i", "me", "my", "we", "us", "our", "myself", "ourselves":
		if t.quote >= 0 {
			if e, ok := ds.entityByID(ds.d.Quotes[t.quote].Speaker.Entity); ok && ds.codes[e] != "" {
				return []ref{{ent: e, code: ds.codes[e], pos: -1}}, false
			}
		}
	}
	return nil, false
}

// pluralSubjectBefore finds the clause before token i in its sentence whose
// subject is a plural common noun: "they" is those people ("Members of the
// European Parliament said they"), not the last pair of countries; its
// actors, if any.
func (s *sentence) pluralSubjectBefore(i int) ([]ref, bool) {
	for k := len(s.vgs) - 1; k >= 0; k-- {
		g := &s.vgs[k]
		if g.end > i || g.inf || g.ing || g.outer >= 0 {
			continue
		}
		j := s.skipBack(g.start - 1)
		if j < 0 || !s.npTok(j) {
			return nil, false
		}
		a := s.chunkLeft(j)
		if a < 0 || a < j && s.toks[a].cls != wDet && s.toks[a].cls != wOther {
			return nil, false
		}
		h := j
		for x := a; x <= j; x++ { // the head before an "of" phrase: "members of"
			if s.toks[x].low == "of" {
				h = x - 1
				break
			}
		}
		w := s.toks[h].low
		if s.toks[h].cls == wOther && s.toks[h].ent < 0 && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return s.subject(k).refs, true
		}
		return nil, false
	}
	return nil, false
}

// subjectPos reports a pronoun at token i right before a finite verb group:
// the subject of its clause.
func (s *sentence) subjectPos(i int) bool {
	j := s.nextSig(i)
	if j >= len(s.toks) {
		return false
	}
	k := s.toks[j].vgStart
	return k >= 0 && !s.vgs[k].inf
}

// objectPos reports a pronoun at token i that closes its phrase: "invited
// her", not "her government".
func (s *sentence) objectPos(i int) bool {
	j := i + 1
	return j >= len(s.toks) || !s.npTok(j) || s.toks[j].cls == wDet
}

func (ds *docState) sentStart(i int) int {
	if i < 0 {
		i = 0
	}
	if i >= len(ds.d.Sentences) {
		return -1
	}
	return ds.d.Sentences[i].Start
}

// byRole resolves "the spokesman" at token i to the last person holding
// such a role.
func (ds *docState) byRole(s *sentence, i int) (ref, bool) {
	w := s.toks[i].low
	k := sort.Search(len(ds.persons), func(k int) bool { return ds.persons[k].start >= s.toks[i].start })
	from := ds.sentStart(s.idx - 3)
	for k--; k >= 0 && ds.persons[k].start >= from; k-- {
		e := &ds.d.Entities[ds.persons[k].ent]
		if e.Actor != nil && ds.codes[ds.persons[k].ent] != "" && strings.Contains(strings.ToLower(e.Actor.Role), w) {
			return ref{ent: ds.persons[k].ent, code: ds.codes[ds.persons[k].ent], pos: -1}, true
		}
	}
	return ref{}, false
}

// country is the country part of an actor reference's code.
func (ds *docState) country(r ref) string {
	if r.ent >= 0 {
		if a := ds.d.Entities[r.ent].Actor; a != nil && a.Country != "" && !sectorCodes[strings.ToUpper(a.Country)] {
			return strings.ToUpper(a.Country)
		}
	}
	if len(r.code) >= 3 && !strings.HasPrefix(r.code, "IGO") && !sectorCodes[r.code[:3]] {
		return r.code[:3]
	}
	return ""
}

// guessed reports a reference whose country soleCountry supplied.
func (ds *docState) guessed(r ref) bool {
	return r.ent >= 0 && len(ds.codes[r.ent]) == 3 && sectorCodes[ds.codes[r.ent]] && r.code != ds.codes[r.ent]
}

// soleCountry is the one country the actors of sentence s belong to; ""
// when they are of none or of several.
func (s *sentence) soleCountry() string {
	if s.soleDone {
		return s.sole
	}
	s.soleDone = true
	c := ""
	for _, j := range s.actToks {
		e := s.toks[j].ent
		k := s.ds.country(ref{ent: e, code: s.ds.codes[e]})
		if k == "" {
			continue
		}
		if c != "" && c != k {
			return "" // s.sole stays ""
		}
		c = k
	}
	s.sole = c
	return c
}

// group is the last pair (or more) of actors seen together, when recent.
func (ds *docState) group(sent int) []ref {
	if sent-ds.grpSent > 3 {
		return nil
	}
	return ds.grp
}

func (ds *docState) setGroup(sent int, refs []ref) {
	if len(refs) < 2 {
		return
	}
	one := true // compatriots are no pair of sides: "Bessent and Greer"
	for _, r := range refs[1:] {
		one = one && ds.sameCountry(refs[0], r)
	}
	if one {
		return
	}
	g := make([]ref, 0, len(refs))
	persons := true
	for _, r := range refs {
		r.pos = -1
		g = append(g, r)
		persons = persons && r.ent >= 0 && ds.d.Entities[r.ent].Type == "PERSON"
	}
	ds.grp, ds.grpSent = g, sent
	if persons {
		ds.pgrp, ds.pgrpSent = g, sent
	}
}

// personGroup is the last pair (or more) of persons seen together: "the two
// leaders" are the two who met, not the countries they talked about.
func (ds *docState) personGroup(sent int) []ref {
	if sent-ds.pgrpSent > 8 {
		return nil
	}
	return ds.pgrp
}

// sameCountry reports two actors of one country, or one international
// organisation twice.
func (ds *docState) sameCountry(a, b ref) bool {
	c := ds.country(a)
	return c != "" && c == ds.country(b) || c == "" && a.code != "" && a.code == b.code && strings.HasPrefix(a.code, "IGO")
}

// internal reports a dyad within one country that its codes make internal:
// two different sectors ("ETHGOV" and "ETHREB", "USAGOV" and "USALEG").
func internal(a, b ref) bool {
	return len(a.code) >= 6 && len(b.code) >= 6 && a.code[:3] == b.code[:3] && a.code[3:6] != b.code[3:6]
}

// composed is the code of a verb group after its frames and modality.
type composed struct {
	code   string
	pat    *Pattern
	m      match
	core   int    // verb group whose pattern fired
	oblig  bool   // "must", "should": a demand by whoever says so
	framed bool   // the code went through a frame or modal
	via    string // the frames and modals it went through: "refuse>", "not>"
}

// compose codes verb group gi: its own best pattern, or the act of the
// group it governs through a frame, then its negation and modal.
func (s *sentence) compose(gi, depth int) (composed, bool) {
	g := &s.vgs[gi]
	own, hasOwn := s.matchAt(g.head, false, g.lemma)
	var r composed
	ok := false
	if g.inner >= 0 && depth < 4 {
		in, iok := s.compose(g.inner, depth+1)
		innerHead := s.vgs[g.inner].head
		switch {
		case hasOwn && own.end > innerHead:
			r, ok = composed{code: own.pat.Code, pat: own.pat, m: own, core: gi}, true
		case iok && g.frame.kind == frameDemand && g.lemma == "order" && len(g.ctrl) > 0 && in.code[:2] == "16":
			// "ordered the United States to close its consulate": the
			// closing is the orderer's act against the one ordered
			r, ok = in, true
			r.via = "order>" + in.via
		case iok:
			if c := g.frame.kind.apply(in.code); c != "" {
				r, ok = in, true
				r.code = c
				r.framed = r.framed || g.frame.kind != framePlain
				if c != in.code {
					r.via = frameWord(s, g) + ">" + in.via
				}
			}
		}
		if !ok && g.frame.kind == frameBlock {
			return r, false
		}
	}
	if !ok && hasOwn {
		r, ok = composed{code: own.pat.Code, pat: own.pat, m: own, core: gi}, true
	}
	if !ok {
		return r, false
	}
	s.use(r.m)
	if hasOwn && r.m.pat != own.pat {
		s.use(own)
	}
	if r.code == Discard {
		return r, false
	}
	if g.neg {
		// "would not meet their demands", "did not agree": a refusal; "did
		// not discuss the war", "did not attack", "had not reached an
		// agreement": nothing happened
		if r.pat.Achieve && !r.framed || !futureModal(g.modal) && r.code[:2] != "03" && !(r.framed && r.code[:2] == "12") {
			return r, false
		}
		c := refuseCode(r.code)
		if c == "" {
			return r, false
		}
		if c != r.code {
			r.via = "not>" + r.via
		}
		r.code, r.framed = c, true
	}
	switch g.modal {
	case "will", "would", "shall", "may", "might", "could", "can":
		if !g.perf && !g.neg { // "may have attacked" reports the act
			if c := intentCode(r.code); c != "" && c != r.code {
				r.code, r.framed = c, true
				r.via = g.modal + ">" + r.via
			}
		}
	case "must", "should", "ought":
		r.oblig = true
	}
	return r, true
}

// use marks the words of a match, and the rest of a noun phrase it ends
// inside ("cancelled a planned | visit"), as coded.
func (s *sentence) use(m match) {
	end := m.end
	if end > 0 && end < len(s.toks) && s.npTok(end-1) && s.npTok(end) && s.toks[end].ent < 0 {
		for end < len(s.toks) && s.npTok(end) && s.toks[end].ent < 0 {
			end++
		}
	}
	for k := m.start; k < end && k < len(s.toks); k++ {
		s.toks[k].used = true
	}
}

// code codes the verb groups and event nouns of the sentence, in order.
func (s *sentence) code() {
	for i := range s.toks {
		t := &s.toks[i]
		if t.vg >= 0 {
			if s.vgs[t.vg].outer < 0 {
				sub := s.subject(t.vg) // read in order: coordinated subjects become the group
				s.noteSubject(t.vg, sub)
				s.codeVG(t.vg)
			}
			continue
		}
		if !t.used && !t.verb && t.ent < 0 && t.cls == wOther {
			s.codeNoun(i)
		}
	}
}

// noteSubject records the actor a clause is about, for the pronouns after
// it: the subject of a clause that is no relative clause, infinitive or
// participle.
func (s *sentence) noteSubject(gi int, sub *np) {
	g := &s.vgs[gi]
	if g.inf || g.ing || sub == nil || len(sub.refs) != 1 || sub.refs[0].ent < 0 || s.relClause(gi) {
		return
	}
	r := sub.refs[0]
	s.ds.subjs = append(s.ds.subjs, subjRec{ent: r.ent, code: r.code, off: s.toks[g.head].start, sent: s.idx})
}

// frameChain finds the object-control frame in the chain from gi: "urged
// Iran to", "demanded that the United States", "Xi is invited to".
func (s *sentence) frameChain(gi int) (int, bool) {
	for k, n := gi, 0; k >= 0 && n < 5; k, n = s.vgs[k].inner, n+1 {
		g := &s.vgs[k]
		switch g.frame.kind {
		case frameRequest, frameDemand, frameInvite:
			if len(g.ctrl) > 0 || g.ctrlS || g.passive && g.inner >= 0 {
				return k, true
			}
		}
	}
	return -1, false
}

// mustPattern codes "X said Y must ..." when the act itself has no pattern;
// appealPattern and demandPattern "X urged (ordered) Y to ..." likewise.
var (
	mustPattern   = &Pattern{ID: "modal.must", Code: "100", Text: "must|should"}
	appealPattern = &Pattern{ID: "frame.request", Code: "020", Text: "%frame request"}
	demandPattern = &Pattern{ID: "frame.demand", Code: "100", Text: "%frame demand"}
)

// codeVG codes verb group gi (with the groups it governs) and emits its
// events.
func (s *sentence) codeVG(gi int) {
	if s.hypothetical(gi) {
		return
	}
	r, ok := s.compose(gi, 0)
	g := &s.vgs[gi]
	if !ok {
		switch {
		case g.neg:
			return
		case (g.modal == "must" || g.modal == "should" || g.modal == "ought") && !g.copula:
			// "should respect", not "should be partners"
			r = composed{code: mustPattern.Code, pat: mustPattern, core: gi, oblig: true, m: match{end: g.end}}
		case len(g.ctrl) > 0 && g.inner >= 0 && (g.frame.kind == frameRequest || g.frame.kind == frameDemand):
			// "the court ordered Israel to prevent ...": an appeal or demand
			// whatever the act
			p := appealPattern
			if g.frame.kind == frameDemand {
				p = demandPattern
			}
			r = composed{code: p.Code, pat: p, core: gi, m: match{end: g.end}, framed: true}
		default:
			return
		}
	}
	cg := &s.vgs[r.core]
	var src, tgt *np
	code := r.code
	srcAfter := false
	if fk, ok := s.frameChain(gi); ok {
		f := &s.vgs[fk]
		switch {
		case f.passive:
			src, tgt, srcAfter = s.agent(f.end), s.subject(fk), true
		case f.ctrlS:
			src, tgt = s.subject(fk), s.subject(f.inner)
		default:
			src, tgt = s.subject(fk), &np{refs: f.ctrl}
		}
	} else if r.pat.Claim && !r.framed {
		// "X said Y was abusing export controls": an accusation by the
		// speaker, when reported; said by no one, no event
		m := s.prevVG(gi)
		if m < 0 || s.relClause(gi) || !reportVerbs[s.vgs[m].lemma] || s.vgs[m].neg {
			return
		}
		src, tgt = s.subject(m), s.subject(gi)
		if tgt.empty() {
			return
		}
	} else if r.oblig {
		// "X said (that) Y must ...": the speaker demands it of Y; not a
		// relative clause ("partners who should cooperate")
		m := s.prevVG(gi)
		if m < 0 || s.relClause(gi) || !reportVerbs[s.vgs[m].lemma] && !s.thatBetween(s.vgs[m].end, g.start) {
			return
		}
		src, tgt = s.subject(m), s.subject(gi)
		if tgt.empty() {
			return // "Macron said Europe must do more": of whom, no actor
		}
		code = requestCode(code, true)
	} else if cg.passive && !r.framed {
		// an unnamed agent is looked for after a full passive ("is invited
		// ... by"), before a reduced one ("Washington sanctioned companies
		// accused of ...")
		src, tgt, srcAfter = s.agent(cg.end), s.subject(gi), cg.start < cg.head
	} else {
		src = s.subject(gi)
		if r.m.tgt != nil {
			tgt = r.m.tgt
		} else if r.pat.Topic {
			tgt = &np{}
		} else if in := s.inside(r.m); !in.empty() {
			tgt = in // "released five American prisoners"
		} else {
			// material acts take "on" for their target: "sanctions on X"
			tgt = s.object(r.m.end, motionVerbs[cg.lemma], code[:2] >= "14")
		}
	}
	if r.m.src != nil {
		src = r.m.src
	}
	if src != nil && src.none || tgt != nil && tgt.none {
		return // "the move was meant to protect", "would defend itself"
	}
	if src != nil && src.empty() && (src.crowd || src.inst != "") {
		// "thousands of people blocked streets in Hong Kong", "police in
		// Nairobi arrested 30 people"
		src = s.crowdPlace(src.inst)
	}
	if tgt != nil && tgt.empty() && (tgt.crowd || tgt.inst != "") && src != nil && !src.empty() {
		// a crowd acted on is of the place it is in, else of the country
		// acting on it: "police dispersed demonstrators in Lagos", "the
		// authorities jailed 52 members"
		t := s.crowdPlace(tgt.inst)
		if t.empty() {
			if c := s.ds.country(src.refs[0]); c != "" {
				t = &np{refs: []ref{{ent: -1, code: c + tgt.inst, pos: -1}}, crowd: tgt.crowd}
			}
		}
		tgt = t
	}
	if g.inf && g.outer < 0 && !r.framed {
		// a purpose clause takes the intent of its verb: "will travel to
		// Washington to meet Biden"
		if k := s.prevVG(gi); k >= 0 && futureModal(s.vgs[k].modal) {
			if c := intentCode(code); c != "" {
				code, r.framed = c, true
			}
		}
	}
	if r.pat.Pair && code == r.pat.Code && tgt.empty() && (src == nil || len(src.refs) < 2) {
		return // "the cabinet met on Sunday": no one else to meet
	}
	if p := r.pat; p.Crowd != "" && code == p.Code && src != nil && src.crowd {
		code = p.Crowd
	}
	rev := ""
	if !r.framed && !r.oblig {
		rev = r.pat.Rev
	}
	s.via = r.via
	if code != r.code && !strings.HasPrefix(r.pat.ID, "modal.") && !strings.HasPrefix(r.pat.ID, "frame.") {
		s.via = codeWord(r, g) + r.via // "must>", a crowd, a purpose clause
	}
	s.emit(code, r.pat, src, tgt, g.head, rev, srcAfter)
	s.via = ""
}

// codeNoun codes an event noun: "a rare trip to Beijing", "their meeting".
func (s *sentence) codeNoun(i int) {
	m, ok := s.matchAt(i, true, "")
	if !ok {
		return
	}
	src := m.src
	if src.empty() {
		if a := s.chunkLeft(i - 1); a >= 0 && a < i {
			s.possAny = true
			src = s.refsOf(a, i-1)
			s.possAny = false
		}
	}
	if src.empty() && m.pat.Gov && !s.nounModifier(i) {
		for k := len(s.vgs) - 1; k >= 0; k-- {
			if s.vgs[k].head < i && s.vgs[k].outer < 0 {
				if sub := s.subject(k); !sub.empty() {
					src = sub
					break
				}
			}
		}
	}
	s.use(m)
	if m.pat.Code == Discard {
		return
	}
	if m.tgt == nil && (src == nil || len(src.refs) < 2) {
		return // "a G20 summit": one party and no one to meet
	}
	if src.empty() {
		return // "a raid on Jenin": whose, the sentence does not say
	}
	code, rev := m.pat.Code, m.pat.Rev
	if k := s.governor(i); k >= 0 {
		// the clause the noun is in says whether it happened: "hope the
		// contacts will lead to a visit" (036), "did not discuss a visit"
		g := &s.vgs[k]
		switch {
		case g.neg || s.hypothetical(k):
			return
		case futureModal(g.modal) && !g.perf, s.intentFramed(k), s.readyFor(k):
			c := intentCode(code)
			if c == "" {
				return
			}
			if c != code {
				code, rev = c, ""
				s.via = "intent>"
				if g.modal != "" {
					s.via = g.modal + ">"
				}
			}
		}
	}
	s.emit(code, m.pat, src, m.tgt, i, rev, false)
	s.via = ""
}

// nounModifier reports an event noun at token i inside a phrase that
// qualifies another noun: "opposed French mediation in peace negotiations
// with Syria" says nothing of negotiating with Syria ("arrived for talks
// with Xi" does).
func (s *sentence) nounModifier(i int) bool {
	a := i
	for a > 0 && (s.toks[a-1].cls == wDet || s.toks[a-1].cls == wAdj || s.toks[a-1].cls == wOther && !s.toks[a-1].verb && s.toks[a-1].ent < 0 && a > i-3) {
		a--
	}
	if a < 2 {
		return false
	}
	switch s.toks[a-1].low {
	case "in", "on", "about", "over", "of", "into", "to":
	default:
		return false
	}
	p := &s.toks[a-2]
	return p.cls == wOther && !p.verb && p.vg < 0
}

// governor is the verb group of the clause token i is in: the last one
// before it in the sentence, or -1.
func (s *sentence) governor(i int) int {
	for k := len(s.vgs) - 1; k >= 0; k-- {
		if s.vgs[k].head < i {
			if i-s.vgs[k].end > 12 {
				return -1
			}
			return k
		}
	}
	return -1
}

// readyFor reports a copula with an intent adjective: "was ready for talks".
func (s *sentence) readyFor(k int) bool {
	g := &s.vgs[k]
	if !g.copula {
		return false
	}
	j := s.nextSig(g.head)
	if j >= len(s.toks) {
		return false
	}
	f, ok := s.c.dict.frames[s.toks[j].low]
	return ok && f.kind == frameIntent
}

// intentFramed reports a verb group governed by an intent frame or "hope":
// "agreed to hold a summit", "hope to pay a visit".
func (s *sentence) intentFramed(k int) bool {
	for n := 0; k >= 0 && n < 4; k, n = s.vgs[k].outer, n+1 {
		if o := s.vgs[k].outer; o >= 0 {
			switch s.vgs[o].frame.kind {
			case frameIntent, frameInvite, frameRequest, frameDemand, frameThreat:
				return true
			}
		}
	}
	return false
}

// emit writes the events of one coded act: one per source and target, both
// directions among coordinated sources with no target (or "each other");
// dyads of one country are re-read by unself, and one actor twice is
// dropped.
func (s *sentence) emit(code string, p *Pattern, src, tgt *np, anchor int, rev string, srcAfter bool) {
	if src.empty() && tgt.empty() {
		return
	}
	s.partnerPat = p.Partner
	defer func() { s.partnerPat = false }()
	var srcs, tgts []ref
	if src != nil {
		srcs = capRefs(src.refs)
	}
	if tgt != nil {
		tgts = capRefs(tgt.refs)
	}
	if len(srcs) > 1 && len(tgts) > 0 && mutual(code) {
		// "Trump and Liu He signed an agreement in the White House": a
		// compatriot of a signatory is where, not with whom
		keep := tgts[:0:0]
		for _, b := range tgts {
			own := false
			for _, a := range srcs {
				own = own || s.ds.sameCountry(a, b) && !internal(a, b)
			}
			if !own {
				keep = append(keep, b)
			}
		}
		tgts = keep
	}
	if len(srcs) > 1 && len(tgts) == 0 && (mutual(code) || s.reciprocal(anchor)) {
		for _, a := range srcs {
			for _, b := range srcs {
				if a != b {
					s.emitOne(code, p, a, b, anchor, false, b)
				}
			}
		}
		return
	}
	if len(srcs) == 0 {
		srcs = []ref{{ent: -1}}
	}
	if len(tgts) == 0 {
		tgts = []ref{{ent: -1}}
	}
	cross := src != nil && src.plur || tgt != nil && tgt.plur || len(srcs) > 1 && len(tgts) > 1
	if len(srcs) == 0 && tgt != nil && tgt.plur {
		// "business groups urged the two governments": neither of them
		// urged the other
		s.noFillFrom = tgts
		defer func() { s.noFillFrom = nil }()
	}
	for _, a0 := range srcs {
		for _, b0 := range tgts {
			if cross && s.ds.sameCountry(a0, b0) {
				continue // "they urged the two governments": not each itself
			}
			a, b := s.fill(code, a0, b0, anchor, srcAfter, srcs)
			if a.code == "" && b.code == "" {
				continue
			}
			if a.code == b.code {
				// a country guessed for one side from the other, the same
				// actor, is no guess: "Mitterand welcomed South African
				// leader de Klerk"
				if s.ds.guessed(a) {
					a.code = s.ds.codes[a.ent]
				} else if s.ds.guessed(b) {
					b.code = s.ds.codes[b.ent]
				}
			}
			if a.code == b.code && len(a.code) >= 6 && a.ent != b.ent {
				if r, ok := s.foreign(a, anchor, true, srcs); ok {
					b = r
				} else {
					continue // "he and his employer": one actor twice
				}
			}
			if s.ds.sameCountry(a, b) && !internal(a, b) {
				var ok bool
				if a, b, ok = s.unself(code, a, b, a0, anchor, srcAfter, srcs); !ok {
					continue
				}
			}
			single := len(srcs) == 1 && src != nil && !src.plur && a == a0 && b == b0
			s.emitOne(code, p, a, b, anchor, single, b)
			if rev != "" && a.code != "" && b.code != "" {
				s.emitOne(rev, p, b, a, anchor, false, b) // hosted where the visit went
			}
		}
	}
}

// reciprocal reports "each other" or "one another" soon after token i: "the
// two countries accused each other".
func (s *sentence) reciprocal(i int) bool {
	for k := i + 1; k+1 < len(s.toks) && k <= i+4; k++ {
		if s.toks[k].low == "each" && s.toks[k+1].low == "other" || s.toks[k].low == "one" && s.toks[k+1].low == "another" {
			return true
		}
	}
	return false
}

// mutual reports codes that, said of "X and Y" with no target, X and Y do
// to each other: they met, agreed, signed, cooperated, fought. Others they
// do side by side: "X and Y hosted talks".
func mutual(code string) bool {
	switch code {
	case "043", "045", "051", "052", "053", "055", "056":
		return false
	case "0841", "087", "0871", "161", "190", "193", "194", "196":
		return true
	}
	switch code[:2] {
	case "03", "04", "05", "06":
		return true
	}
	return false
}

func capRefs(r []ref) []ref {
	if len(r) > 6 {
		return r[:6]
	}
	return r
}

// fill completes a source or target left empty: a verbal act of one of the
// pair of actors last seen together is addressed to the other; else
// another actor named in the sentence: after the act for a target (before
// it for a source), else on the other side; an actor of another country
// first, and no mere location for a source; else, for a verbal act (or a
// "partner" pattern), the other country of the last pair. An actor on both
// sides with one code is no act at all (both come back empty).
func (s *sentence) fill(code string, a, b ref, anchor int, srcAfter bool, co []ref) (ref, ref) {
	if a.code != "" && b.code != "" {
		if a.ent != b.ent || a.ent < 0 {
			return a, b
		}
		if a.code == b.code {
			// one of a pair acting on the pair: "all of them were shot
			// down by Israel" is no act of Israel's on anyone else
			return ref{ent: -1}, ref{ent: -1}
		}
		b = ref{ent: -1} // "Palestinian police ... from Palestinian armed groups"
	}
	if a.code == "" && b.code == "" {
		return a, b
	}
	if b.code == "" {
		if r, ok := s.partner(code, a, co); ok {
			b = r // "he issued a warning": to the one he was talking to
		} else if r, ok := s.other(a, anchor, true, co); ok {
			b = r
		} else if r, ok := s.partnerCountry(code, a, co); ok {
			b = r // "China opposed the increases": the increases of the other
		} else if r, ok := s.partnerCountry("010", a, co); ok && s.partnerPat {
			b = r // "China had shown a lack of respect by retaliating"
		}
	} else {
		s.fillingSource = true
		if r, ok := s.other(b, anchor, srcAfter, s.noFillFrom); ok {
			a = r
		}
		s.fillingSource = false
	}
	return a, b
}

// unself re-reads a dyad whose two sides are of one country and not made
// internal by their codes: the side the sentence did not give (or else the
// target) becomes an actor of another country named in the sentence, or
// the other of the pair of countries last seen together for a verbal act.
// A visit within one's own country is no visit: ok is false, and so it is
// when nothing else is found for an act that is no statement.
func (s *sentence) unself(code string, a, b, a0 ref, anchor int, srcAfter bool, co []ref) (ref, ref, bool) {
	if a0.code == "" { // the source was filled in: find another
		s.fillingSource = true
		r, ok := s.foreign(b, anchor, srcAfter, nil)
		s.fillingSource = false
		if ok {
			return r, b, true
		}
	} else if r, ok := s.foreign(a, anchor, true, co); ok {
		return a, r, true
	}
	if r, ok := s.partnerCountry(code, a, co); ok && a0.code != "" {
		return a, r, true
	}
	switch code {
	case "042", "043":
		return a, b, false // "arrived in Shenzhen": home, not a visit
	}
	return a, b, true // internal: "Serb authorities" and "Albanians of Serbia"
}

// foreign is other restricted to actors of another country than x.
func (s *sentence) foreign(x ref, anchor int, after bool, co []ref) (ref, bool) {
	s.foreignOnly = true
	r, ok := s.other(x, anchor, after, co)
	s.foreignOnly = false
	return r, ok
}

// partnerCountry is partner by country: the other of the pair of countries
// last seen together, when a is of one of them and code a verbal act.
func (s *sentence) partnerCountry(code string, a ref, co []ref) (ref, bool) {
	r, ok := s.partnerCountry1(code, a)
	for _, c := range co { // "X and Y hosted talks": side by side
		if ok && s.ds.country(c) == s.ds.country(r) {
			return ref{}, false
		}
	}
	return r, ok
}

func (s *sentence) partnerCountry1(code string, a ref) (ref, bool) {
	if code[:2] > "05" && (code[:2] < "09" || code[:2] > "13") {
		return ref{}, false
	}
	if s.idx-s.ds.grpSent > 6 {
		return ref{}, false
	}
	g := s.ds.grp
	if len(g) != 2 {
		return ref{}, false
	}
	ac := s.ds.country(a)
	c0, c1 := s.ds.country(g[0]), s.ds.country(g[1])
	switch {
	case c0 == c1 || ac == "":
	case ac == c0:
		return g[1], true
	case ac == c1:
		return g[0], true
	}
	return ref{}, false
}

// other finds an actor of the sentence that is not x, looking after anchor
// first when after is set, before it otherwise; only of another country
// when s.foreignOnly is set, and no location when s.fillingSource is.
func (s *sentence) other(x ref, anchor int, after bool, co []ref) (ref, bool) {
	xc := s.ds.country(x)
	var cands []int
	ownA, ownB := -1, -1 // the phrase x is named in: "Israeli Prime Minister Netanyahu"
	if x.pos >= 0 && x.pos < len(s.toks) {
		ownA, ownB = s.chunkLeft(x.pos), s.chunkRight(x.pos)
	}
next:
	for _, j := range s.actToks {
		t := &s.toks[j]
		if t.ent == x.ent || j == x.pos || j < anchor-40 || j > anchor+40 {
			continue // an actor forty words away is in another clause, if not another sentence
		}
		if j >= ownA && j < ownB && ownA >= 0 && s.ds.country(ref{ent: t.ent, code: s.ds.codes[t.ent]}) == xc {
			continue
		}
		for _, c := range co { // "X and Y hosted talks": Y is no target of X
			if c.ent == t.ent && c.ent >= 0 {
				continue next
			}
		}
		cands = append(cands, j)
	}
	agentive := func(j int) bool { // "by top US lawmakers"
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if s.toks[k].low == "by" {
				return true
			}
			if !s.npTok(k) {
				return false
			}
		}
		return false
	}
	located := func(j int) bool { // "in Tbilisi": where, not whom
		return j > 0 && locPreps[s.toks[j-1].low] && s.toks[j-1].low != "on"
	}
	speaker := func(j int) bool { // "the Pentagon said", "said the Pentagon"
		e := s.chunkRight(j)
		if e < len(s.toks) && s.reportHead(e) {
			return true
		}
		p := s.prevSig(j)
		for p >= 0 && s.npTok(p) && !s.toks[p].verb {
			p = s.prevSig(p)
		}
		return p >= 0 && s.reportHead(p)
	}
	// the best candidate: another country that is not a mere location,
	// then another country where the act happens, then a compatriot, then
	// an agent or a speaker; nearest first on the preferred side
	rank := func(j int) int {
		e := s.toks[j].ent
		same := xc != "" && s.ds.country(ref{ent: e, code: s.ds.codes[e]}) == xc
		r := 0
		switch {
		case same && (located(j) || s.foreignOnly), s.fillingSource && located(j):
			return -1 // a place is no source: "a strike on its consulate in Damascus"
		case same:
			r = 2
		case located(j):
			r = 1
		}
		if agentive(j) || speaker(j) {
			r += 3
		}
		return r
	}
	best, bestR, bestD := -1, 1<<30, 1<<30
	for _, j := range cands {
		r := rank(j)
		if r < 0 {
			continue
		}
		d := j - anchor
		if !after {
			d = -d
		}
		if d < 0 {
			d = 1000 - d
		}
		if r < bestR || r == bestR && d < bestD {
			best, bestR, bestD = j, r, d
		}
	}
	if best >= 0 {
		e := s.toks[best].ent
		return ref{ent: e, code: s.ds.codes[e], pos: best}, true
	}
	return ref{}, false
}

// emitOne writes one event a -> b unless told already; its place is looked
// for around anchor and at where.
func (s *sentence) emitOne(code string, p *Pattern, a, b ref, anchor int, single bool, where ref) {
	info, ok := Lookup(code)
	if !ok || a.code == "" && b.code == "" {
		return
	}
	if a.ent >= 0 && a.ent == b.ent {
		return
	}
	ds := s.ds
	if b.code == "" && a.code != "" && strings.HasPrefix(code, "17") {
		// coercion of people no one names is of the country they are in
		// ("troops detained three men in Basra"), else of the coercer's own
		// ("riot police used tear gas on demonstrators")
		c := ""
		if in := s.crowdPlace(""); !in.empty() {
			c = ds.country(in.refs[0])
		}
		if c == "" {
			c = ds.country(a)
		}
		if len(c) == 3 {
			b = ref{ent: -1, code: c, pos: -1}
		}
	}
	date := s.date(anchor)
	k := evKey{a.code, b.code, code, date}
	if ds.seen[k] {
		return
	}
	if ds.seen == nil {
		ds.seen = map[evKey]bool{}
	}
	ds.seen[k] = true
	ev := document.Event{
		Source: a.code, Target: b.code, Cameo: code, Root: info.Root, Quad: info.Quad,
		Goldstein: info.Goldstein, Plover: document.Plover{Event: info.Plover, Mode: info.Mode},
		Date: date, Sentence: s.idx, Evidence: ds.d.SentenceText(s.idx), Rule: s.via + p.ID,
	}
	if a.ent >= 0 {
		ev.SourceEntity = ds.d.Entities[a.ent].ID
	}
	if b.ent >= 0 {
		ev.TargetEntity = ds.d.Entities[b.ent].ID
	}
	if code != "042" && code != "043" {
		where = ref{ent: -1} // only a visit happens at its target
	}
	if pl, ok := s.place(anchor, where); ok {
		ev.Place, ev.Lat, ev.Lon = pl.Name, pl.Lat, pl.Lon
	}
	ds.events = append(ds.events, ev)
	if single && a.ent >= 0 && b.ent >= 0 && ds.country(a) != ds.country(b) && code != "043" {
		// (a host is no party: "the summit hosted by South Korea")
		ds.setGroup(s.idx, []ref{a, b})
	}
}

// date is the date of the act at token anchor: the nearest date written
// within eight words of it that is not in the future of the publication
// and not the date of a reporting verb ("said on Tuesday"); else the
// publication date.
func (s *sentence) date(anchor int) string {
	best, bestD := "", 9
	for _, j := range s.timeToks {
		if j < anchor-8 {
			continue
		}
		if j > anchor+8 {
			break
		}
		t := &s.toks[j]
		tm := &s.ds.d.Times[t.time]
		if tm.Type != "DATE" && tm.Type != "TIME" {
			continue
		}
		v := dateOf(tm.Value)
		if v == "" && len(tm.Value) == 4 && j > 0 && (s.toks[j-1].low == "in" || s.toks[j-1].low == "during") && !strings.HasPrefix(s.ds.pub, tm.Value) && s.sameClause(j, anchor) {
			v = yearOf(tm.Value) // "after China suspended them in 2022"
		}
		if v == "" || s.ds.pub != "" && v > s.ds.pub && !strings.HasPrefix(s.ds.pub, v) {
			continue
		}
		if s.reportTime(j) && !s.reportHead(anchor) {
			continue
		}
		d := j - anchor
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = v, d
		}
	}
	if best == "" {
		return s.ds.pub
	}
	return best
}

// sameClause reports no comma, conjunction or other verb between tokens a
// and b: "after China suspended them in 2022", not "since the war in 2022,
// and agreed".
func (s *sentence) sameClause(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		t := &s.toks[k]
		if t.low == "," || t.cls == wConj || t.verb || t.cls == wSub {
			return false
		}
	}
	return true
}

// reportTime reports a time right after a reporting verb: "said Thursday".
func (s *sentence) reportTime(j int) bool {
	p := j - 1
	if p >= 0 && s.toks[p].cls == wPrep {
		p--
	}
	return p >= 0 && s.reportHead(p)
}

func (s *sentence) reportHead(i int) bool {
	t := &s.toks[i]
	return t.vg >= 0 && reportVerbs[s.vgs[t.vg].lemma]
}

// place is the place of the act at anchor: the nearest place named after
// "in", "at" or "near" close to it, else tgt when it is a place (the
// caller passes the destination of a visit).
func (s *sentence) place(anchor int, tgt ref) (document.Place, bool) {
	ps := s.ds.d.Places
	best, bestD := -1, 1<<30
	lo, hi := s.toks[max(0, anchor-8)].start, s.toks[min(len(s.toks)-1, anchor+16)].end
	for _, i := range s.places {
		p := &ps[i]
		if p.Start < lo || p.End > hi {
			continue
		}
		k := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].start >= p.Start })
		if k == 0 || k >= len(s.toks) {
			continue
		}
		switch s.toks[k-1].low {
		case "in", "at", "near", "outside", "inside":
		default:
			continue
		}
		d := k - anchor
		if d < 0 {
			d = -d
		}
		if d < bestD && (k > anchor && d <= 14 || d <= 6) {
			best, bestD = i, d
		}
	}
	if best >= 0 {
		return ps[best], true
	}
	if tgt.ent >= 0 && isPlaceType(s.ds.d.Entities[tgt.ent].Type) {
		id := s.ds.d.Entities[tgt.ent].ID
		for _, i := range s.places {
			if ps[i].Entity == id {
				return ps[i], true
			}
		}
	}
	return document.Place{}, false
}

// relClause reports a verb group whose subject is a relative pronoun.
func (s *sentence) relClause(gi int) bool {
	i := s.skipBack(s.vgs[gi].start - 1)
	return i >= 0 && (s.toks[i].cls == wRel || s.toks[i].low == "that")
}

// thatBetween reports "that" among tokens [a, b).
func (s *sentence) thatBetween(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.toks[k].low == "that" {
			return true
		}
	}
	return false
}

// hypothetical reports a verb group that codes no act: in a conditional
// clause ("if it is attacked"), or a gerund completing a noun ("the
// decision of sending troops").
func (s *sentence) hypothetical(gi int) bool {
	g := &s.vgs[gi]
	for k := g.start - 1; k >= 0 && k >= g.start-8; k-- {
		t := &s.toks[k]
		if condSubs[t.low] {
			return true
		}
		if t.vg >= 0 || t.cls == wSub || t.cls == wRel || isPunct(t, ";:") {
			break
		}
	}
	if g.ing && g.start >= 2 && s.toks[g.start-1].low == "of" && !ofAdjectives[s.toks[g.start-2].low] {
		return true
	}
	if g.ing && g.start >= 2 && gerundPreps[s.toks[g.start-1].low] {
		// "its involvement in killing", "a role in attacking": a noun's
		// complement, not an act
		if p := &s.toks[g.start-2]; p.cls == wOther && !p.verb && p.ent < 0 {
			return true
		}
	}
	if g.inf && g.outer < 0 {
		// the complement of a noun that does not assert it: "an attempt to
		// invade", "an invitation to visit", "an offer to meet"
		p := s.prevSig(g.start)
		if p >= 0 && s.toks[p].ent >= 0 { // "an attempt by China to invade"
			if a := s.chunkLeft(p); a > 1 && s.toks[a-1].low == "by" {
				p = a - 2
			}
		}
		if p >= 0 && !s.toks[p].verb && complementNouns[s.toks[p].low] && !assertingNouns[s.toks[p].low] {
			return true
		}
	}
	if k := s.prevVG(gi); k >= 0 && k == gi-1 && s.vgs[k].neg && (reportVerbs[s.vgs[k].lemma] || perceiveVerbs[s.vgs[k].lemma]) {
		return true // "did not believe there was", "did not say Russia attacked"
	}
	if g.ing && g.start >= 1 && s.toks[g.start-1].cls == wConj {
		// "accused India of crossing the line and attacking": as the
		// participle it is coordinated with
		if k := s.prevVG(gi); k >= 0 && s.vgs[k].ing && s.hypothetical(k) {
			return true
		}
	}
	if g.ing && g.start >= 1 {
		switch s.toks[g.start-1].low {
		case "against", "from", "without", "instead": // "warned China against supplying"
			return true
		}
	}
	// a clause completing a noun: "evidence that China is delivering"
	for k := g.start - 1; k >= 1 && k >= g.start-10; k-- {
		t := &s.toks[k]
		if t.low == "that" {
			return claimNouns[s.toks[k-1].low]
		}
		if t.vg >= 0 || t.cls == wSub || t.cls == wRel || isPunct(t, ";:,") {
			break
		}
	}
	return false
}

func futureModal(m string) bool {
	switch m {
	case "will", "would", "shall", "may", "might", "could", "can":
		return true
	}
	return false
}

// inside is the actors named among the words of a match after its anchor:
// the object a pattern spells out.
func (s *sentence) inside(m match) *np {
	for k := m.anchor + 1; k < m.end && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.ent >= 0 && s.ds.codes[t.ent] != "" {
			if k > 0 && s.toks[k-1].low == "by" {
				continue
			}
			end := s.chunkRight(k)
			return s.refsOf(k, end-1)
		}
	}
	return nil
}

// frameWord names the frame of verb group g for an event's rule: its verb,
// or the adjective of "is ready to".
func frameWord(s *sentence, g *vgroup) string {
	if g.copula {
		if j := s.nextSig(g.head); j < len(s.toks) {
			return s.toks[j].low
		}
	}
	return g.lemma
}

// codeWord says why the code of r changed after composing: a demand made
// with "must", or the intent of a purpose clause.
func codeWord(r composed, g *vgroup) string {
	switch {
	case r.oblig:
		return g.modal + ">"
	case g.inf:
		return "to>"
	}
	return ""
}

func isPlaceType(t string) bool { return t == "GPE" || t == "LOC" || t == "FAC" }

// partner is the other of the pair last seen together (see docState.group)
// when a is one of them and code is a verbal act: statements, appeals,
// intents, consultations, diplomacy, accusations, demands, refusals and
// threats are addressed to whom one is dealing with.
func (s *sentence) partner(code string, a ref, co []ref) (ref, bool) {
	if code[:2] > "05" && (code[:2] < "09" || code[:2] > "13") {
		return ref{}, false
	}
	g := s.ds.group(s.idx)
	if len(g) != 2 || a.ent < 0 {
		return ref{}, false
	}
	var p ref
	switch a.ent {
	case g[0].ent:
		p = g[1]
	case g[1].ent:
		p = g[0]
	default:
		return ref{}, false
	}
	for _, c := range co { // "X and Y hosted talks": side by side
		if c.ent == p.ent {
			return ref{}, false
		}
	}
	return p, p.ent >= 0
}
