package geo

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/actor"
	"github.com/attache-news/attache/internal/ner"
)

// Weights of the context in a candidate's score, on the prior's scale
// (log10 of population).
const (
	wCountry     = 1.5 // times the share of the article's other places in the candidate's country
	wAdmin1      = 3.0 // the article names another place in the candidate's first-level division
	wNear        = 3.0 // times the closeness of the nearest other place of the article
	wPattern     = 8.0 // "Paris, Texas": the text itself says where
	wDemonym     = 1.0 // weight of a demonym ("Chinese") as country evidence, per entity
	wKind        = 3.0 // times the share of the other picks that are countries (for a country), or divisions of its country (for a division)
	wCue         = 3.0 // "Washington state", "the city of Washington"
	maxCands     = 120 // candidates considered per name
	maxNearCands = 40  // candidates of another name considered for nearness
	wOtherCand   = 0.6 // nearness to a candidate another name has not picked counts this much
	nearKm       = 20  // closeness is 1 within this distance ...
	farKm        = 300 // ... and 0 beyond this one
)

// toponym is one distinct name of a document and its candidates.
type toponym struct {
	key             string   // folded name looked up
	first           int      // where its first mention starts
	wi              int      // index in its resolution window
	cands           []uint32 // gazetteer indexes, altBit for other names
	primary         bool     // some candidate has the name as its own name
	within          []scope  // "X, Y": the places Y may be
	best            int      // index into cands; -1 when unresolved
	demonym         bool     // resolved as a demonym to a country
	strong          bool     // named by a place mention (GPE, LOC, FAC, a qualifier): evidence for the others
	confirmed       bool     // named by another mention read as a place by its words: "in X", "X Police Department"
	personConfirmed bool     // ... by two mentions of a PERSON
	fac             bool     // only named as a facility
	cueDiv          bool     // "Washington state", "Hubei province": a division, not a town
	cueTown         bool     // "the city of Washington": a town
}

type scope struct{ country, admin1 string }

// placeDemonyms: a nationality is placed at its country. LGL annotates
// them as toponyms, GeoVirus does not, GeoWebNews leaves them out of its
// score; without them LGL's detection F1 falls from 0.836 to 0.800 and
// GeoVirus's rises from 0.873 to 0.917.
const placeDemonyms = true

// How a mention came to be read as a place.
const (
	kPlace   = iota // a GPE, LOC or FAC mention: a place by its type
	kWeak           // a name of another type that is, or opens with, a place's name
	kDemonym        // a nationality ("Sudanese"): its country
	kQual           // the untagged "Tex." of "Paris, Tex."
)

type mentionRef struct {
	start, end int
	text       string
	entity     string
	topo       int
	kind       int
	typ        string // the entity's type
	cue        bool   // "in X", "near X", "from X", "X, Texas"
	inst       bool   // the place opens an institution's name: "Gainesville Police Department"
	part       bool   // the place is a part of the mention
	seq        int    // its index in runState.refs, as added
}

// Run fills d.Places, in text order, with one Place per mention that names
// a place the gazetteer knows:
//
//   - every mention of a GPE, LOC or FAC entity, or the place it opens
//     ("Newark" of "Newark Live Bait") or names with a direction ("North
//     Texas");
//   - a country's demonym, a NORP mention ("Sudanese", "Palestinians"), or
//     one that opens a name ("Lebanese Army"), placed at the country;
//   - the state or country after a comma that qualifies a place ("Charleston,
//     W.Va."), tagged or not, and the place of a dateline in capitals
//     ("MONROE - ");
//   - a mention of another type (ORG, MISC, EVENT, FAC, PERSON) that is, or
//     opens with, a place's name, when the place is a country, state or
//     county, or a town the document gives reason to read as one: the same
//     name tagged as a place elsewhere, "in", "near" or "from" before it, a
//     state after it, an institution's name after it ("Gainesville Police
//     Department"), another mention of the name read so, or other places of
//     the article in its state or near it; not when the name is a common
//     word ("City", "Union"), an acronym of a town ("ABS"), another name of
//     a town ("Xinhua"), or opens a newspaper's or an airline's name. A
//     PERSON needs "in", "near", "from" or a state before or after it, and
//     no full name ending with it ("Ed Jackson" for "Jackson").
//
// The Place's Entity is the entity of the mention, or of a mention that
// overlaps an untagged qualifier or dateline ("" when none). A name
// mentioned several times is resolved once for the whole document, from the
// evidence of all the names read as places and of the demonyms.
func (g *Gazetteer) Run(d *document.Document) {
	d.Places = nil
	r := runStates.Get().(*runState)
	defer r.release()
	r.g, r.d = g, d
	ms := r.mentions.spans[:0]
	for i, e := range d.Entities {
		r.entity[e.ID] = i
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
				ms = append(ms, setSpan{m.Start, m.End, i})
			}
		}
	}
	r.mentions.set(ms)
	for _, e := range d.Entities {
		if e.Type == "NORP" {
			if c := actor.CountryByDemonym(e.Name); c != nil {
				r.demonymCountry[c.ISO3] += wDemonym
			}
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			r.mention(&e, m.Start, m.End)
		}
	}
	r.placedSpans()
	r.datelines()
	r.placedSpans()
	r.qualifiers()
	if len(r.topos) == 0 {
		return
	}
	refs := r.refs
	// A name read as a place by its words once is a place throughout; a
	// PERSON's name needs it twice ("stolen from Welch" is not enough).
	personCues := r.personCues[:0]
	for range r.topos {
		personCues = append(personCues, 0)
	}
	r.personCues = personCues
	for _, ref := range refs {
		switch {
		case ref.kind != kWeak || !ref.cue && !ref.inst:
		case ref.typ != "PERSON":
			r.topos[ref.topo].confirmed = true
		case !r.surname(ref.entity, ref.text):
			if personCues[ref.topo]++; personCues[ref.topo] >= 2 {
				r.topos[ref.topo].personConfirmed = true
			}
		}
	}
	g.resolve(r.topos, r.demonymCountry, &r.near)
	slices.SortFunc(refs, func(a, b mentionRef) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end
		}
		return a.seq - b.seq
	})
	last := 0
	places := r.places[:0]
	for _, ref := range refs {
		t := r.topos[ref.topo]
		if t.best < 0 || ref.start < last {
			continue
		}
		x := t.cands[t.best]
		p := g.place(x)
		switch ref.kind {
		case kPlace:
			if t.fac && !g.facilityOK(x) {
				continue
			}
		case kWeak:
			if !r.accept(ref, t, p) {
				continue
			}
		case kDemonym:
			if !placeDemonyms {
				continue
			}
		}
		last = ref.end
		places = append(places, document.Place{Start: ref.start, End: ref.end, Text: ref.text, Name: p.Name,
			Country: p.Country, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID(), Entity: ref.entity})
	}
	r.places = places
	if len(places) > 0 {
		d.Places = slices.Clone(places)
	}
}

// runState is one Run's working set.
type runState struct {
	g              *Gazetteer
	d              *document.Document
	topos          []*toponym
	byKey          map[string]int
	refs           []mentionRef
	demonymCountry map[string]float64
	mentions       spanSet        // every entity mention; value: the entity's index
	placed         spanSet        // the mentions read as places (not kWeak) so far
	entity         map[string]int // entity id -> index in d.Entities
	surnames       map[[2]string]bool
	support        supportIdx // built on first use
	looked         map[string]lookedUp
	cands          map[[2]string]candidatesOf

	// buffers kept from one Run to the next
	spare      []*toponym // the toponyms of earlier Runs, for reuse
	personCues []int
	places     []document.Place
	near       nearIdx
}

// runStates keeps runStates between Runs, so that a Run allocates little
// but its results.
var runStates = sync.Pool{New: func() any {
	return &runState{byKey: map[string]int{}, demonymCountry: map[string]float64{}, entity: map[string]int{},
		surnames: map[[2]string]bool{}, looked: map[string]lookedUp{}, cands: map[[2]string]candidatesOf{},
		support: supportIdx{inAdmin1: map[scope]int{}, at: map[*Place]int{}}}
}}

// release empties r, keeping its storage, and puts it back in runStates.
func (r *runState) release() {
	r.g, r.d = nil, nil
	for _, t := range r.topos {
		*t = toponym{within: t.within[:0]}
	}
	r.spare = append(r.spare, r.topos...)
	clear(r.topos)
	r.topos = r.topos[:0]
	clear(r.refs)
	r.refs = r.refs[:0]
	clear(r.places)
	r.places = r.places[:0]
	r.mentions.spans, r.placed.spans = r.mentions.spans[:0], r.placed.spans[:0]
	r.support.reset()
	r.near.reset()
	emptyMap(&r.byKey)
	emptyMap(&r.demonymCountry)
	emptyMap(&r.entity)
	emptyMap(&r.surnames)
	emptyMap(&r.looked)
	emptyMap(&r.cands)
	runStates.Put(r)
}

// emptyMap empties *m: a small map is cleared, for reuse, a large one
// dropped, as clearing it would cost its size at every Run.
func emptyMap[M ~map[K]V, K comparable, V any](m *M) {
	if len(*m) > 256 {
		*m = M{}
	} else {
		clear(*m)
	}
}

// spanSet answers which of a set of spans overlaps a range, in logarithmic
// time for spans that do not nest deeply.
type spanSet struct {
	spans  []setSpan // by start
	maxEnd []int     // maxEnd[i]: the largest end of spans[:i+1]
}

type setSpan struct{ start, end, val int }

// set makes s the set of spans, which it keeps. Spans that start together
// go in the order of their values, the order Run adds them in (entity by
// entity), so that overlap finds the last entity's.
func (s *spanSet) set(spans []setSpan) {
	slices.SortFunc(spans, func(a, b setSpan) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.val != b.val {
			return a.val - b.val
		}
		return a.end - b.end
	})
	s.spans = spans
	s.maxEnd = slices.Grow(s.maxEnd[:0], len(spans))[:len(spans)]
	for i, sp := range spans {
		s.maxEnd[i] = sp.end
		if i > 0 {
			s.maxEnd[i] = max(s.maxEnd[i], s.maxEnd[i-1])
		}
	}
}

// overlap returns the value of the span that overlaps [a, b) and starts
// last, and whether there is one.
func (s *spanSet) overlap(a, b int) (int, bool) {
	j, _ := slices.BinarySearchFunc(s.spans, b, func(sp setSpan, b int) int { return cmp.Compare(sp.start, b) })
	for j--; j >= 0 && s.maxEnd[j] > a; j-- {
		if s.spans[j].end > a {
			return s.spans[j].val, true
		}
	}
	return 0, false
}

// placedSpans makes r.placed the set of the mentions read as places so far.
func (r *runState) placedSpans() {
	sp := r.placed.spans[:0]
	for _, ref := range r.refs {
		if ref.kind != kWeak {
			sp = append(sp, setSpan{ref.start, ref.end, 0})
		}
	}
	r.placed.set(sp)
}

// entityAt returns the entity with a mention that overlaps [a, b), or nil.
func (r *runState) entityAt(a, b int) *document.Entity {
	if i, ok := r.mentions.overlap(a, b); ok {
		return &r.d.Entities[i]
	}
	return nil
}

// add records a mention text[start:end] of the toponym key with candidates
// cands, creating the toponym on first sight.
func (r *runState) add(ref mentionRef, key string, cands []uint32, within []scope, div bool) {
	ti, ok := r.byKey[key]
	if !ok {
		ti = len(r.topos)
		r.byKey[key] = ti
		primary := slices.ContainsFunc(cands, func(x uint32) bool { return x&altBit == 0 })
		var t *toponym
		if n := len(r.spare); n > 0 {
			t, r.spare = r.spare[n-1], r.spare[:n-1]
		} else {
			t = &toponym{}
		}
		t.key, t.cands, t.best, t.fac, t.primary = key, cands, -1, true, primary
		r.topos = append(r.topos, t)
	}
	t := r.topos[ti]
	switch ref.kind {
	case kPlace:
		t.strong = true
		if ref.typ != "FAC" {
			t.fac = false
		}
	case kQual:
		t.strong = true
		t.fac = false
	case kDemonym:
		t.demonym = true
	}
	text := r.d.Text
	if !ok || ref.start < t.first {
		t.first = ref.start
	}
	t.within = append(t.within, within...)
	t.within = append(t.within, r.g.qualifier(text, ref.end)...)
	div2, town := cues(text, ref.start, ref.end)
	t.cueDiv = t.cueDiv || div || div2
	t.cueTown = t.cueTown || town
	ref.topo = ti
	ref.seq = len(r.refs)
	ref.text = text[ref.start:ref.end]
	if !ref.cue {
		ref.cue = placeCue(text, ref.start, ref.end) || len(t.within) > 0 && ref.end < len(text) && strings.HasPrefix(text[ref.end:], ",")
	}
	r.refs = append(r.refs, ref)
}

// mention reads one mention of entity e, text[start:end].
func (r *runState) mention(e *document.Entity, start, end int) {
	g := r.g
	text := r.d.Text[start:end]
	ref := mentionRef{start: start, end: end, entity: e.ID, typ: e.Type}
	switch e.Type {
	case "GPE", "LOC", "FAC":
		ref.kind = kPlace
		if key, cands, within, dem, div := r.candidates(text, e.Name); key != "" {
			if dem {
				ref.kind = kDemonym
			}
			r.add(ref, key, cands, within, div)
			return
		}
		// "North Texas", "South Los Angeles": the place, over the whole span.
		if rest, ok := cutDirection(text); ok {
			if key, cands := r.lookupKey(rest); key != "" {
				r.add(ref, key, cands, nil, false)
				return
			}
		}
		ref.kind = kWeak
		r.parts(ref, text)
	case "NORP":
		ref.kind = kDemonym
		for _, s := range []string{text, e.Name} {
			if i, ok := g.demonym(s); ok {
				r.add(ref, g.demonymKey(i), []uint32{i}, nil, false)
				return
			}
		}
		ref.kind = kWeak
		r.parts(ref, text)
	default: // ORG, MISC, EVENT, PERSON, ...
		ref.kind = kWeak
		if strings.IndexByte(text, '$') >= 0 || strings.Contains(text, "€") || strings.Contains(text, "£") {
			return // "US$"
		}
		name := strings.TrimSuffix(trimPossessive(text), ".")
		if key, cands := r.lookupKey(name); key != "" {
			r.add(ref, key, cands, nil, false)
			return
		}
		if rest, ok := cutDirection(name); ok { // "Downtown Greer"
			if key, cands := r.lookupOwn(rest); key != "" {
				r.add(ref, key, cands, nil, false)
				return
			}
		}
		if e.Type != "PERSON" {
			r.parts(ref, text)
		} else {
			r.party(ref, text)
		}
	}
}

// parts finds places inside a name that is not one as a whole: the parts of
// a hyphenated compound ("Fargo-Moorhead", "Egyptian-US", "Sligo-based"),
// else the longest run of up to four words that opens it and names a place
// ("Gainesville Police Department", "Kanawha County Commission").
func (r *runState) parts(ref mentionRef, text string) {
	g := r.g
	base := ref.start
	ref.part = true
	if r.party(ref, text) {
		return
	}
	if strings.IndexByte(text, ' ') < 0 && strings.IndexByte(text, '-') >= 0 {
		off := 0
		for _, p := range strings.Split(text, "-") {
			a := off
			off += len(p) + 1
			if len(p) < 2 || p == "based" {
				continue
			}
			sub := ref
			sub.start, sub.end = base+a, base+a+len(p)
			if i, ok := g.demonym(p); ok {
				sub.kind = kDemonym
				r.add(sub, g.demonymKey(i), []uint32{i}, nil, false)
				continue
			}
			if key, cands := r.lookupKey(p); key != "" {
				if ref.typ == "GPE" || ref.typ == "LOC" {
					sub.kind = kPlace // "Fargo-Moorhead": places both
				}
				r.add(sub, key, cands, nil, false)
			}
		}
		return
	}
	var buf [maxPrefixWords + 1]int
	words := wordEnds(text, buf[:0])
	for k := min(maxPrefixWords, len(words)-1); k >= 1; k-- {
		head, rest := text[:words[k-1]], strings.TrimSpace(text[words[k-1]:])
		if strings.HasPrefix(rest, "&") || strings.HasPrefix(rest, "and ") || !endsInLetter(head) {
			continue // "Stevens & Wilkinson", "Smith and Sons": people's names
		}
		if notPlaceAfter(rest) {
			continue // "The Miami Herald", "Continental Airlines"
		}
		if k == 1 {
			if _, dir := cutDirection(head + " x"); dir {
				continue // "West Side Taco Bell"
			}
			if i, ok := g.demonym(head); ok { // "Lebanese Army", "Canadian Coast Guard"
				sub := ref
				sub.end, sub.kind = base+len(head), kDemonym
				r.add(sub, g.demonymKey(i), []uint32{i}, nil, false)
				return
			}
		}
		if key, cands := r.lookupOwn(head); key != "" {
			sub := ref
			sub.end = base + len(head)
			sub.inst = institution(rest)
			r.add(sub, key, cands, nil, false)
			return
		}
	}
}

// endsInLetter reports whether s ends in a letter or a full stop ("St.").
func endsInLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || unicode.IsLetter(r)
}

// notPlaceAfter reports whether rest, the words after a place's name inside
// a longer name, make the name one that does not speak of the place: a
// newspaper, an airline.
func notPlaceAfter(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	return notPlaceWords.has(w)
}

var notPlaceWords = newWordSet("times", "herald", "register", "star", "news", "daily", "post", "journal", "tribune",
	"gazette", "chronicle", "examiner", "courier", "sun", "airlines", "airways")

// party reads "D-Calif.", "R-Elbow Lake", "DFL-Minneapolis": a
// legislator's party and home, a state or a town or county, and reports
// whether text is so written.
func (r *runState) party(ref mentionRef, text string) bool {
	party, home, ok := strings.Cut(text, "-")
	if !ok || len(home) < 2 || party != "D" && party != "R" && party != "I" && party != "DFL" {
		return false
	}
	sub := ref
	sub.start, sub.cue, sub.part = ref.start+len(party)+1, true, true
	if c := r.g.qualCands(home); len(c) > 0 {
		sub.kind = kQual
		r.add(sub, "\x01"+fold(home), c, nil, false)
	} else if key, cands := r.lookupKey(home); key != "" {
		sub.kind = kPlace
		r.add(sub, key, cands, nil, false)
	}
	return true
}

// maxPrefixWords is the longest place name looked for at the start of a
// longer name.
const maxPrefixWords = 4

// wordEnds appends to ends the end offsets of the space-separated words of
// s, as many as ends has room for.
func wordEnds(s string, ends []int) []int {
	for i := 0; i < len(s) && len(ends) < cap(ends); i++ {
		if s[i] == ' ' && i > 0 && s[i-1] != ' ' {
			ends = append(ends, i)
		}
	}
	if len(s) > 0 && s[len(s)-1] != ' ' && len(ends) < cap(ends) {
		ends = append(ends, len(s))
	}
	return ends
}

// lookupKey returns the folded name and its candidates, or "" when the
// gazetteer does not know s as a name.
func (g *Gazetteer) lookupKey(s string) (string, []uint32) {
	var buf [64]byte
	key, l := find(g, appendFold(buf[:0], s))
	if l == "" {
		return "", nil
	}
	cands := entries(l)
	return key, cands[:min(len(cands), maxCands)]
}

// demonymKey is the toponym key of a demonym of country place i.
func (g *Gazetteer) demonymKey(i uint32) string {
	c := g.place(i).Country
	if k, ok := g.countryKeys[c]; ok {
		return k
	}
	return "\x00" + c
}

// demonym returns the country place of the demonym s, folded.
func (g *Gazetteer) demonym(s string) (uint32, bool) {
	var buf [64]byte
	i, ok := g.demonyms[string(appendFold(buf[:0], s))]
	return i, ok
}

// lookupKey is g.lookupKey, remembered for the document: names recur.
func (r *runState) lookupKey(s string) (string, []uint32) {
	if v, ok := r.looked[s]; ok {
		return v.key, v.cands
	}
	key, cands := r.g.lookupKey(s)
	r.looked[s] = lookedUp{key, cands}
	return key, cands
}

type lookedUp struct {
	key   string
	cands []uint32
}

// lookupOwn is lookupKey for a name that some place has as its own name,
// not only as another name ("Dublin City" is another name of Dublin).
func (r *runState) lookupOwn(s string) (string, []uint32) {
	key, cands := r.lookupKey(s)
	if !slices.ContainsFunc(cands, func(x uint32) bool { return x&altBit == 0 }) {
		return "", nil
	}
	return key, cands
}

// candidates is g.candidates, remembered for the document.
func (r *runState) candidates(text, entityName string) (key string, cands []uint32, within []scope, demonym, div bool) {
	k := [2]string{text, entityName}
	if v, ok := r.cands[k]; ok {
		return v.key, v.cands, v.within, v.demonym, v.div
	}
	key, cands, within, demonym, div = r.g.candidates(text, entityName)
	r.cands[k] = candidatesOf{key, cands, within, demonym, div}
	return
}

type candidatesOf struct {
	key     string
	cands   []uint32
	within  []scope
	demonym bool
	div     bool
}

func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			return t
		}
	}
	return s
}

// cutDirection returns s without a first word of direction or extent
// ("North", "Southern", "Greater", "Downtown"), and whether it had one.
func cutDirection(s string) (string, bool) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, false
	}
	if directionWords.has(s[:i]) {
		return strings.TrimSpace(s[i+1:]), true
	}
	return s, false
}

var directionWords = newWordSet("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
	"southeastern", "southwestern", "central", "upper", "lower", "greater", "metro",
	"downtown", "n.", "s.", "e.", "w.")

// institution reports whether rest, the words after a place's name inside a
// longer name, begin an institution of the place: "Police Department",
// "County Commission", "City Council", "High School".
func institution(rest string) bool {
	w := strings.TrimLeftFunc(rest, unicode.IsSpace) // the first word
	if w == "" {
		return false
	}
	if i := strings.IndexFunc(w, unicode.IsSpace); i >= 0 {
		w = w[:i]
	}
	return institutionWords.has(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
}

var institutionWords = newWordSet("police", "county", "city", "town", "township", "village", "fire", "sheriff",
	"school", "schools", "public", "high", "middle", "elementary", "board", "council", "commission", "department",
	"chamber", "hospital", "airport", "library", "regional", "municipal", "housing", "community", "memorial",
	"district", "parks", "transit", "courthouse", "mayor", "area", "metropolitan", "general", "health",
	"emergency", "water", "utilities", "zoning", "planning", "historical", "museum", "rescue", "ems",
	"convention", "visitors", "zoo", "jail", "detention", "state")

// placeCue reports a preposition of place right before text[start:end]:
// "in", "near", "from", "outside".
func placeCue(text string, start, end int) bool {
	before := lowerNonASCII(text[max(0, start-12):start])
	for _, w := range placeCues {
		if hasLowerSuffix(before, w) {
			if i := len(before) - len(w); i == 0 || before[i-1] == ' ' || before[i-1] == '\n' {
				return true
			}
		}
	}
	return false
}

// placeCues are the words that put a place after them.
var placeCues = []string{"in ", "near ", "from ", "outside ", "downtown ", "north of ", "south of ", "east of ", "west of ", "throughout ", "across "}

// datelines adds the place of each dateline the tagger did not read as
// one: a name in capitals opening the text, a line or a sentence, before a
// dash or an agency ("MONROE -", "RIDGE FARM, Ill. (AP) -").
func (r *runState) datelines() {
	text := r.d.Text
	nl := -1
	for i := 0; i < len(text); i = nextOpening(text, i, &nl) {
		if text[i] < 'A' || text[i] > 'Z' {
			continue
		}
		j := i
		letters := 0
		for j < len(text) && j-i < maxDateline {
			c := text[j]
			if c >= 'A' && c <= 'Z' {
				letters++
			} else if c != ' ' && c != '.' && c != '\'' && c != '-' {
				break
			}
			if c == '-' && j+1 < len(text) && text[j+1] == ' ' {
				break // the dash after the name
			}
			j++
		}
		name := strings.TrimRight(text[i:j], " -")
		end := i + len(name)
		if letters < 3 || end == i || !datelineEnd(text, end) || r.covered(i, end) {
			continue
		}
		key, cands := r.lookupOwn(name)
		if key == "" {
			continue
		}
		ref := mentionRef{start: i, end: end, kind: kPlace, typ: "GPE"}
		if e := r.entityAt(i, end); e != nil {
			ref.entity = e.ID
		}
		r.add(ref, key, cands, nil, false)
	}
}

// nextOpening returns where the next line or sentence after text[i]
// begins: after a line break or ". "; len(text) when none does. nl caches
// the next line break at or after i+1 (-1: not looked for yet), so that a
// text without line breaks is still read in linear time.
func nextOpening(text string, i int, nl *int) int {
	if *nl < i+1 {
		*nl = strings.IndexByte(text[i+1:], '\n')
		if *nl < 0 {
			*nl = len(text)
		} else {
			*nl += i + 1
		}
	}
	end := min(*nl+1, len(text)) // just after the line break
	if d := strings.Index(text[i+1:end], ". "); d >= 0 {
		return i + 1 + d + 2
	}
	return end
}

// maxDateline is the longest dateline place, in bytes.
const maxDateline = 40

// datelineEnd reports whether a dateline's place may end at text[end]: a
// dash follows, or an agency in brackets, or ", " and a state or country
// before one of those.
func datelineEnd(text string, end int) bool {
	rest := text[end:]
	if q, ok := strings.CutPrefix(rest, ", "); ok {
		k := strings.IndexAny(q, " (—–")
		if k < 0 || k > 12 {
			return false
		}
		rest = q[k:]
	}
	for _, p := range []string{" - ", " -- ", " — ", " – ", "— ", "—", " (AP)", " (Reuters)", " (AFP)", " (CNN)"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// qualifiers adds the untagged qualifier after each place mention: the
// "Tex." of "Paris, Tex.", when it is a state or country.
func (r *runState) qualifiers() {
	g := r.g
	text := r.d.Text
	n := len(r.refs)
	done := map[[2]int]bool{}
	for i := 0; i < n; i++ {
		ref := r.refs[i]
		if ref.kind == kDemonym {
			continue
		}
		a, b, cands := g.qualifierSpan(text, ref.end)
		if len(cands) == 0 || r.covered(a, b) {
			continue
		}
		if done[[2]int{a, b}] {
			continue
		}
		done[[2]int{a, b}] = true
		q := mentionRef{start: a, end: b, kind: kQual}
		if e := r.entityAt(a, b); e != nil {
			q.entity, q.typ = e.ID, e.Type
		}
		r.add(q, "\x01"+fold(text[a:b]), cands, nil, false)
	}
}

// covered reports whether some mention read as a place overlaps [a, b).
func (r *runState) covered(a, b int) bool {
	_, ok := r.placed.overlap(a, b)
	return ok
}

// accept decides whether a mention of another type than a place's, ref,
// names the place p its toponym t resolved to.
func (r *runState) accept(ref mentionRef, t *toponym, p *Place) bool {
	text := ref.text
	big := p.Feature == "PCLI" || p.Feature == "ADM1"
	town := strings.HasPrefix(p.Feature, "P")
	if ref.typ == "PERSON" {
		if p.Feature == "ADM2" && strings.Contains(text, " ") {
			return true // "Henry County"
		}
		return (ref.cue || t.confirmed || t.personConfirmed) && !r.surname(ref.entity, text) &&
			(t.strong || !commonWord(text) && t.cands[t.best]&altBit == 0)
	}
	if !big && strings.ToUpper(text) == text {
		return false // an acronym: "ABS", "FAO", "SWAT"
	}
	if t.strong {
		return true
	}
	if t.cands[t.best]&altBit != 0 && !big || commonWord(text) {
		return false // "Xinhua" is an old name of a village; "City", "Union", "Bureau" are words
	}
	if town && !t.confirmed && numbered(r.d.Text, ref.end) {
		return false // "Pack 122"
	}
	switch {
	case !town, ref.cue, ref.inst, t.confirmed:
		return true
	}
	return r.supported(t, p)
}

// commonWord reports whether a name of one word, but for a leading "The",
// is also a common word: "City", "Union", "Supreme".
func commonWord(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")
	if strings.Contains(name, " ") {
		return false
	}
	if commonNames.has(name) {
		return true
	}
	return ner.Lowercase(name)
}

// wordSet is a set of lower-case words.
type wordSet map[string]bool

func newWordSet(words ...string) wordSet {
	m := wordSet{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// has reports whether w, in any case, is in the set, without an allocation.
func (m wordSet) has(w string) bool {
	var b [24]byte
	if len(w) > len(b) {
		return false
	}
	n := copy(b[:], w)
	for i := range n {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return m[string(b[:n])]
}

// commonNames are words ner.Lowercase does not know that open the names of
// courts, bodies and companies.
var commonNames = newWordSet("supreme", "superior", "federal", "national", "royal", "united", "emerald", "liberty",
	"harmony", "victory", "providence")

// numbered reports whether a number follows text[:end]: "Pack 122".
func numbered(text string, end int) bool {
	rest := text[end:]
	return len(rest) > 1 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9'
}

// surname reports whether entity id has a mention of two words or more
// that ends with name: "Michael Jackson" for "Jackson" ("Greer Station"
// does not make "Greer" a person).
func (r *runState) surname(id, name string) bool {
	k := [2]string{id, name}
	if v, ok := r.surnames[k]; ok {
		return v
	}
	v := false
	if i, ok := r.entity[id]; ok {
		for _, m := range r.d.Entities[i].Mentions {
			t := strings.TrimSpace(m.Text)
			if _, dir := cutDirection(t); !dir && t != name && strings.HasSuffix(t, " "+name) {
				v = true
				break
			}
		}
	}
	r.surnames[k] = v
	return v
}

// supported reports whether the places of the article's place mentions
// speak for p: one lies in its first-level division, or near it.
func (r *runState) supported(t *toponym, p *Place) bool {
	if !r.support.built {
		r.support.built = true
		for _, u := range r.topos {
			if !u.strong || u.best < 0 {
				continue
			}
			q := r.g.place(u.cands[u.best])
			r.support.at[q]++
			if q.Admin1 != "" {
				r.support.inAdmin1[scope{q.Country, q.Admin1}]++
			}
			if local(q) {
				r.support.byLat = append(r.support.byLat, q)
			}
		}
		slices.SortFunc(r.support.byLat, func(a, b *Place) int { return cmp.Compare(a.Lat, b.Lat) })
	}
	ix := &r.support
	if p.Admin1 != "" && ix.inAdmin1[scope{p.Country, p.Admin1}] > ix.at[p] {
		return true // another place in its division
	}
	const dLat = supportKm / 111.0
	i, _ := slices.BinarySearchFunc(ix.byLat, p.Lat-dLat, func(q *Place, lat float64) int { return cmp.Compare(q.Lat, lat) })
	for _, q := range ix.byLat[i:] {
		if q.Lat > p.Lat+dLat {
			break
		}
		if q != p && distanceKm(p.Lat, p.Lon, q.Lat, q.Lon) <= supportKm {
			return true
		}
	}
	return false
}

// supportIdx holds the picks of the place mentions, for supported.
type supportIdx struct {
	built    bool
	inAdmin1 map[scope]int  // picks in each first-level division
	at       map[*Place]int // picks of each place
	byLat    []*Place       // the towns and counties picked, by latitude
}

func (ix *supportIdx) reset() {
	ix.built = false
	emptyMap(&ix.inAdmin1)
	emptyMap(&ix.at)
	clear(ix.byLat)
	ix.byLat = ix.byLat[:0]
}

// supportKm: a town this close to a place of the article is read as a place.
const supportKm = 50

// facilityOK: a name tagged only as a facility is taken as a place when it is
// a country, division or region, or a city of 100,000 or more ("the White
// House" is not White House, Tennessee).
func (g *Gazetteer) facilityOK(x uint32) bool {
	if x&altBit != 0 {
		return false
	}
	p := g.place(x)
	return !strings.HasPrefix(p.Feature, "P") || p.Feature == "PCLI" || p.Population >= 100000
}

// candidates finds the places a mention may name: its text, else the text
// without a possessive, else the part before a comma ("Paris, Texas", the
// rest read as where), else the text without a last word saying it is a
// division ("Washington state": div), else the entity's name, else a
// demonym's country.
func (g *Gazetteer) candidates(text, entityName string) (key string, cands []uint32, within []scope, demonym, div bool) {
	try := func(s string) bool {
		key, cands = g.lookupKey(s)
		return key != ""
	}
	if try(text) {
		return
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if s, ok := strings.CutSuffix(text, suf); ok && try(s) {
			return
		}
	}
	if head, tail, ok := strings.Cut(text, ","); ok && try(head) {
		within = g.scopes(tail)
		return
	}
	if i := strings.LastIndexByte(text, ' '); i > 0 {
		switch strings.ToLower(text[i+1:]) {
		case "state", "province", "region", "governorate", "oblast", "prefecture", "island", "territory":
			if try(text[:i]) { // "Washington state", "Hubei Province"
				div = true
				return
			}
		}
	}
	if entityName != "" && entityName != text && try(entityName) {
		return
	}
	for _, s := range []string{text, entityName} {
		if i, ok := g.demonym(s); ok {
			return g.demonymKey(i), []uint32{i}, nil, true, false
		}
	}
	return "", nil, nil, false, false
}

// scopes reads a qualifier ("Texas", "Tex.", "Ohio", "France") as the places
// it may be: first-level divisions and countries.
func (g *Gazetteer) scopes(s string) []scope {
	var out []scope
	for _, x := range g.qualCands(s) {
		p := g.place(x)
		if p.Feature == "PCLI" {
			out = append(out, scope{country: p.Country})
		} else {
			out = append(out, scope{p.Country, p.Admin1})
		}
	}
	return out
}

// qualCands are the first-level divisions (with a code) and countries a
// qualifier may name, by name or by an abbreviation read only as a
// qualifier.
func (g *Gazetteer) qualCands(s string) []uint32 {
	var out []uint32
	var buf [64]byte
	k := appendFold(buf[:0], s)
	qual := func(x uint32) {
		p := g.place(x)
		if p.Feature == "PCLI" || p.Feature == "ADM1" && p.Admin1 != "" {
			out = append(out, x)
		}
	}
	_, l := find(g, k)
	for r := (reader{s: l}); r.s != ""; {
		qual(r.entry())
	}
	for _, x := range g.quals[string(k)] {
		qual(x)
	}
	return out
}

// qualifier reads ", Y" right after a mention: the place Y it says the
// mention is in, when Y is a division or country.
func (g *Gazetteer) qualifier(text string, end int) []scope {
	a, b, _ := g.qualifierSpan(text, end)
	if a == b {
		return nil
	}
	return g.scopes(text[a:b])
}

// qualifierSpan finds ", Y" right after text[:end], where Y is a division or
// country: Y's span and the places it may be; a == b when there is none.
func (g *Gazetteer) qualifierSpan(text string, end int) (a, b int, cands []uint32) {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return 0, 0, nil
	}
	rest = rest[2:]
	// up to three words, longest first: "New South Wales", "N.Y.", "Tex."
	var ends []int
	for i, words := 0, 0; i <= len(rest) && words < 3; i++ {
		if i == len(rest) || rest[i] == ' ' || rest[i] == ',' || rest[i] == ';' || rest[i] == ')' || rest[i] == '\n' {
			if i > 0 {
				ends = append(ends, i)
			}
			words++
			if i == len(rest) || rest[i] != ' ' {
				break
			}
		}
	}
	if len(ends) == 0 || rest[0] < 'A' || rest[0] > 'Z' {
		return 0, 0, nil
	}
	a = end + 2
	for k := len(ends) - 1; k >= 0; k-- {
		y := rest[:ends[k]]
		if !endsInLetter(y) {
			continue // "W.Va. -"
		}
		if c := g.qualCands(y); len(c) > 0 {
			return a, a + len(y), c
		}
		if t, ok := strings.CutSuffix(y, "."); ok { // a sentence's full stop after "Texas"
			if c := g.qualCands(t); len(c) > 0 {
				return a, a + len(t), c
			}
		}
	}
	return 0, 0, nil
}

// cues reads the words around a mention that say what kind of place it is.
func cues(text string, start, end int) (div, town bool) {
	after := text[end:]
	if w, ok := strings.CutPrefix(after, " "); ok {
		if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			w = w[:i]
		}
		switch w = lowerNonASCII(w); {
		case divisionWords.has(w):
			div = true
		case len(w) == 4 && hasLowerSuffix(w, "city"):
			town = true
		}
	}
	before := lowerNonASCII(text[max(0, start-16):start])
	for _, s := range []string{"city of ", "town of ", "village of "} {
		if hasLowerSuffix(before, s) {
			town = true
		}
	}
	return div, town
}

var divisionWords = newWordSet("state", "province", "region", "governorate", "oblast", "prefecture", "island", "territory")

// lowerNonASCII is strings.ToLower(s) when s is not ASCII, else s: what
// hasLowerSuffix and wordSet.has, which read ASCII in any case, need.
func lowerNonASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// hasLowerSuffix reports whether s ends with suffix, a lower-case ASCII
// string, in any case of ASCII letters.
func hasLowerSuffix(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

// resolve picks each toponym's candidate by the prior and the evidence of the
// other toponyms, a few passes, the least ambiguous first. A document of more
// than resolveWindow names (no article; a feed pasted as one text) is
// resolved in windows of that many, by first mention, so that the work stays
// linear in its length.
//
// ix is scratch space, kept between calls.
func (g *Gazetteer) resolve(topos []*toponym, demonymCountry map[string]float64, ix *nearIdx) {
	if len(topos) > resolveWindow {
		topos = slices.Clone(topos)
		slices.SortStableFunc(topos, func(a, b *toponym) int { return a.first - b.first })
	}
	for start := 0; start < len(topos); start += resolveWindow {
		g.resolveWindow(topos[start:min(len(topos), start+resolveWindow)], demonymCountry, ix)
	}
}

// resolveWindow is the most names resolved together.
const resolveWindow = 64

func (g *Gazetteer) resolveWindow(topos []*toponym, demonymCountry map[string]float64, ix *nearIdx) {
	ix.index(g, topos)
	order := ix.order
	slices.SortStableFunc(order, func(a, b int) int { return len(topos[a].cands) - len(topos[b].cands) })
	ix.evidence(demonymCountry)
	for _, t := range topos {
		t.best = g.pick(t, false, topos, ix)
	}
	for _, t := range topos {
		if t.best >= 0 {
			ix.count(g, t.cands[t.best], 1)
		}
	}
	for pass := 0; pass < 4; pass++ {
		changed := false
		for _, i := range order {
			t := topos[i]
			if b := g.pick(t, true, topos, ix); b != t.best {
				if t.best >= 0 {
					ix.count(g, t.cands[t.best], -1)
				}
				if b >= 0 {
					ix.count(g, t.cands[b], 1)
				}
				t.best, changed = b, true
			}
		}
		if !changed {
			break
		}
	}
}

// nearPoint is a candidate of a toponym that nearness reads: a town or
// county among its first maxNearCands.
type nearPoint struct {
	p  *Place
	u  int // the toponym, an index into the window
	ci int // the candidate, an index into its cands
}

// nearIdx holds the near points of a window's toponyms, by latitude, and
// which of them are close to each candidate, as pick asks. Its storage is
// kept from one window, and one Run, to the next.
type nearIdx struct {
	pts   []nearPoint // by latitude
	base  []int       // base[u]: where the candidates of toponym u start in spans
	spans []hitSpan   // the near points close to each candidate: hits[lo:hi]
	hits  []nearHit

	order []int // scratch of resolveWindow

	// The evidence of the window's current picks, for pick, which takes
	// out that of the toponym it picks for. All counts are whole numbers
	// (wDemonym is 1), so that taking one out gives what counting without
	// it gives, to the bit.
	countries map[string]float64 // picks and demonyms by country
	total     float64            // the sum of countries
	admin1    map[scope]int      // picks in each division ...
	picked    map[uint32]int     // ... and of each place there
	nKind     map[scope]int      // picks by kind: {"", "PCLI"} countries, {country, "ADM1"} divisions
	nPicked   int                // toponyms with a pick
}

// evidence starts the window's evidence: the demonyms, no picks.
func (ix *nearIdx) evidence(demonymCountry map[string]float64) {
	clear(ix.countries)
	clear(ix.admin1)
	clear(ix.picked)
	clear(ix.nKind)
	ix.total, ix.nPicked = 0, 0
	for c, w := range demonymCountry {
		ix.countries[c] += w
		ix.total += w
	}
}

// count adds (n = 1) or takes out (n = -1) a pick, x, to the evidence.
func (ix *nearIdx) count(g *Gazetteer, x uint32, n int) {
	p := g.place(x)
	if p.Country != "" {
		ix.countries[p.Country] += float64(n)
		ix.total += float64(n)
	}
	if counted(p) {
		ix.admin1[scope{p.Country, p.Admin1}] += n
		ix.picked[x&^altBit] += n
	}
	switch p.Feature {
	case "PCLI":
		ix.nKind[scope{"", "PCLI"}] += n
	case "ADM1":
		ix.nKind[scope{p.Country, "ADM1"}] += n
	}
	ix.nPicked += n
}

// counted reports whether a pick counts in its division's evidence.
func counted(p *Place) bool { return p.Admin1 != "" && (p.Feature == "ADM1" || local(p)) }

// hitSpan is where a candidate's hits are in nearIdx.hits; lo < 0 until
// they are computed.
type hitSpan struct{ lo, hi int32 }

// index makes ix the index of a window's toponyms.
func (ix *nearIdx) index(g *Gazetteer, topos []*toponym) {
	if ix.countries == nil {
		ix.countries, ix.admin1, ix.picked, ix.nKind = map[string]float64{}, map[scope]int{}, map[uint32]int{}, map[scope]int{}
	}
	ix.pts, ix.base, ix.spans, ix.hits, ix.order = ix.pts[:0], ix.base[:0], ix.spans[:0], ix.hits[:0], ix.order[:0]
	for u, t := range topos {
		t.wi = u
		ix.base = append(ix.base, len(ix.spans))
		for range t.cands {
			ix.spans = append(ix.spans, hitSpan{-1, -1})
		}
		for ci, x := range t.cands[:min(len(t.cands), maxNearCands)] {
			if q := g.place(x); local(q) {
				ix.pts = append(ix.pts, nearPoint{q, u, ci})
			}
		}
		ix.order = append(ix.order, u)
	}
	// by latitude, else in the order of their toponyms and candidates
	slices.SortFunc(ix.pts, func(a, b nearPoint) int {
		if c := cmp.Compare(a.p.Lat, b.p.Lat); c != 0 {
			return c
		}
		if a.u != b.u {
			return a.u - b.u
		}
		return a.ci - b.ci
	})
}

// reset empties ix, keeping its storage.
func (ix *nearIdx) reset() {
	emptyMap(&ix.countries)
	emptyMap(&ix.admin1)
	emptyMap(&ix.picked)
	emptyMap(&ix.nKind)
}

// local reports whether a place is a point for nearness: a town or a county.
func local(p *Place) bool { return strings.HasPrefix(p.Feature, "P") || p.Feature == "ADM2" }

// pick scores t's candidates; with evidence (not in the first pass, when
// only the prior and the text's qualifiers count) the other toponyms' picks
// count too.
//
// Evidence from another toponym u: the country and division of u's current
// pick, and nearness to u's pick or, at a discount, to any of u's other
// candidates (two ambiguous names near each other, a Huntsville and a Walker
// County, settle each other).
func (g *Gazetteer) pick(t *toponym, evidence bool, topos []*toponym, ix *nearIdx) int {
	if len(t.cands) == 0 {
		return -1
	}
	// the evidence of the window, but for t's own pick (in the first pass,
	// the demonyms alone)
	total, nPicked := ix.total, 0
	var own *Place
	ownX := uint32(0)
	if evidence {
		nPicked = ix.nPicked
		if t.best >= 0 {
			ownX = t.cands[t.best]
			own = g.place(ownX)
			nPicked--
			if own.Country != "" {
				total--
			}
		}
	}
	best, bestScore := -1, math.Inf(-1)
	for ci, x := range t.cands {
		p := g.place(x)
		s := score0(g.priorOf(x), x, t.primary)
		for _, w := range t.within {
			if w.country == p.Country && (w.admin1 == "" || w.admin1 == p.Admin1) {
				s += wPattern
				break
			}
		}
		if total > 0 && p.Country != "" {
			c := ix.countries[p.Country]
			if own != nil && own.Country == p.Country {
				c--
			}
			s += wCountry * c / total
		}
		if evidence && p.Admin1 != "" {
			in, at := ix.admin1[scope{p.Country, p.Admin1}], ix.picked[x&^altBit]
			if own != nil && counted(own) {
				if own.Country == p.Country && own.Admin1 == p.Admin1 {
					in--
				}
				if ownX&^altBit == x&^altBit {
					at--
				}
			}
			if in > at {
				s += wAdmin1 // another place in its division; the place itself named otherwise does not count
			}
		}
		kind := 0.0
		switch {
		case nPicked == 0:
		case p.Feature == "PCLI":
			n := ix.nKind[scope{"", "PCLI"}]
			if own != nil && own.Feature == "PCLI" {
				n--
			}
			kind = wKind * float64(n) / float64(nPicked)
		case p.Feature == "ADM1":
			n := ix.nKind[scope{p.Country, "ADM1"}]
			if own != nil && own.Feature == "ADM1" && own.Country == p.Country {
				n--
			}
			kind = wKind * float64(n) / float64(nPicked)
		}
		cue := 0.0
		if t.cueDiv && !local(p) || t.cueTown && strings.HasPrefix(p.Feature, "P") {
			cue = wCue
		}
		if nPicked > 0 && (local(p) || p.Feature == "ADM1" || p.Feature == "PCLI") {
			// nearness is at most 1: a candidate that cannot beat the best
			// with it is not worth the look
			if s+wNear+kind+cue+1e-9 <= bestScore {
				continue
			}
			s += wNear * nearness(t, ci, p, topos, ix)
		}
		s += kind
		s += cue
		if s > bestScore {
			best, bestScore = ci, s
		}
	}
	return best
}

// nearness is the closeness of p, candidate ci of toponym t, to the nearest
// place other toponyms with a pick may be: 1 for the current pick of one
// within nearKm, less for farther ones and for candidates not picked.
// A division or country is near what lies in it.
func nearness(t *toponym, ci int, p *Place, topos []*toponym, ix *nearIdx) float64 {
	hits := ix.hitsOf(t, ci, p)
	c := 0.0
	for _, h := range hits {
		pt := &ix.pts[h.pt]
		u := topos[pt.u]
		if u == t || u.best < 0 {
			continue
		}
		w := 1.0
		if pt.ci != u.best {
			w = wOtherCand
		}
		c = max(c, w*h.c)
	}
	return c
}

// nearHit is a near point that is close to a candidate: its index in pts
// and the closeness.
type nearHit struct {
	pt int
	c  float64
}

// hitsOf returns the near points close to p, candidate ci of toponym t,
// computing them on first use in the window.
func (ix *nearIdx) hitsOf(t *toponym, ci int, p *Place) []nearHit {
	sp := &ix.spans[ix.base[t.wi]+ci]
	if sp.lo >= 0 {
		return ix.hits[sp.lo:sp.hi]
	}
	lo := len(ix.hits)
	add := func(i int, c float64) {
		if c > 0 && ix.pts[i].p != p {
			ix.hits = append(ix.hits, nearHit{i, c})
		}
	}
	switch p.Feature {
	case "ADM1", "PCLI":
		for i := range ix.pts {
			q := ix.pts[i].p
			if q.Country == p.Country && (p.Feature == "PCLI" || q.Admin1 == p.Admin1) {
				add(i, 1)
			}
		}
	default:
		// farKm is under 3 degrees of latitude
		cosLat := math.Cos(p.Lat * math.Pi / 180)
		lo, _ := slices.BinarySearchFunc(ix.pts, p.Lat-3, func(pt nearPoint, lat float64) int { return cmp.Compare(pt.p.Lat, lat) })
		for i := lo; i < len(ix.pts); i++ {
			q := ix.pts[i].p
			if q.Lat > p.Lat+3 {
				break
			}
			if math.Abs(p.Lon-q.Lon)*cosLat > 3.5 && math.Abs(p.Lon-q.Lon) < 180 {
				continue
			}
			if h := haversine(p.Lat, p.Lon, q.Lat, q.Lon); h <= farHaversine {
				add(i, closeness(haversineKm(h)))
			}
		}
	}
	sp.lo, sp.hi = int32(lo), int32(len(ix.hits))
	return ix.hits[lo:]
}

func closeness(km float64) float64 {
	switch {
	case km <= nearKm:
		return 1
	case km >= farKm:
		return 0
	}
	return 1 - math.Log(km/nearKm)/logFarNear
}

var logFarNear = math.Log(farKm / nearKm)

// distanceKm is the great-circle distance, as the evaluation measures it.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	return haversineKm(haversine(lat1, lon1, lat2, lon2))
}

// haversine is the haversine of the angle between two points, which grows
// with their distance.
func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	sp, sl := math.Sin(dp/2), math.Sin(dl/2)
	return sp*sp + math.Cos(p1)*math.Cos(p2)*sl*sl
}

// haversineKm is the distance of a haversine.
func haversineKm(h float64) float64 {
	const r = earthKm
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// earthKm is the Earth's mean radius.
const earthKm = 6371.0088

// farHaversine is the haversine of farKm, and a margin over rounding: two
// points of a greater haversine are farther than farKm by distanceKm too,
// of closeness 0.
var farHaversine = func() float64 {
	s := math.Sin(farKm / 2 / earthKm)
	return s * s * (1 + 1e-6)
}()
