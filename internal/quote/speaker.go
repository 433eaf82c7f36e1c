package quote

import (
	"sort"
	"strings"
)

// speakerKind says how a speaker phrase names its speaker.
type speakerKind uint8

const (
	skName        speakerKind = iota // a proper name: "Matthew Miller", "CCTV"
	skDescription                    // "a senior US official", "sources"
	skDefinite                       // "the spokesman": a description pointing back to a name
	skPronoun                        // he, she, they ...
)

// phrase describes a speaker phrase.
type phrase struct {
	name   string
	s, e   int // bytes of the name (or the phrase) in the text
	kind   speakerKind
	plural bool
	head   string // lower-cased head word, possessive dropped
}

// speakerName reads the speaker phrase sp: the name it holds, or the
// description as written.
func (a *analyzer) speakerName(sp span) phrase {
	end := sp.j
	for k := sp.i; k < sp.j; k++ {
		if a.is(k, ",", "(", "—", ")") {
			end = k
			break
		}
	}
	for k := sp.i + 1; k < end; k++ {
		// "Stacey Plaskett of the Virgin Islands", "the director of the FBI"
		if a.is(k, "of", "for", "at", "from", "in", "with") && a.word(k-1) && a.toks[k-1].upper && !titles[a.toks[k-1].low] {
			end = k
			break
		}
	}
	for end > sp.i && !a.word(end-1) {
		end--
	}
	if end <= sp.i {
		return phrase{}
	}
	if end-sp.i == 1 && a.is(sp.i, "who") {
		// ", who said": the phrase before the comma names the speaker; the
		// span stays on "who" as written
		comma := sp.i - 1
		if ante := a.leftNP(cue{i: comma, j: comma + 1}, a.sentLo(sp.i)); !ante.empty() {
			p := a.speakerName(ante)
			p.s, p.e = a.toks[sp.i].s, a.toks[sp.i].e
			return p
		}
	}
	head := a.toks[end-1]
	hw := strings.TrimSuffix(strings.TrimSuffix(head.low, "'s"), "’s")
	p := phrase{head: hw}
	if end-sp.i == 1 && pronouns[head.low] {
		p.kind = skPronoun
		p.plural = head.low == "they" || head.low == "we"
		p.name, p.s, p.e = a.text[head.s:head.e], head.s, head.e
		return p
	}
	if head.upper && !(notNames[head.low] && end-sp.i == 1) {
		r := end - 1
		for r-1 >= sp.i && a.word(r-1) && (a.toks[r-1].upper && !notNames[a.toks[r-1].low] || particles[a.toks[r-1].low] && r-2 >= sp.i && a.toks[r-2].upper) {
			r--
		}
		n := r
		for k := r; k < end-1; k++ {
			if titles[a.toks[k].low] {
				n = k + 1
			}
		}
		p.kind = skName
		p.s, p.e = a.toks[n].s, head.e
		p.name = trimPossessive(a.text[p.s:p.e])
		p.plural = hasWord(a, span{sp.i, end}, "and")
		return p
	}
	p.kind = skDescription
	p.s, p.e = a.toks[sp.i].s, head.e
	p.name = trimPossessive(a.text[p.s:p.e])
	p.plural = pluralNoun(hw) || hasWord(a, span{sp.i, end}, "and")
	if end-sp.i <= 3 && a.is(sp.i, "the", "this", "that") && !p.plural {
		p.kind = skDefinite
	}
	return p
}

var particles = set("de", "da", "van", "von", "der", "del", "la", "le", "al", "bin", "ibn", "el", "du", "di", "of")

func hasWord(a *analyzer, sp span, w string) bool {
	for k := sp.i; k < sp.j; k++ {
		if a.toks[k].low == w {
			return true
		}
	}
	return false
}

func trimPossessive(s string) string {
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "’s")
}

func pluralNoun(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' {
		return w == "people" || w == "police" || w == "staff"
	}
	switch w {
	case "press", "congress", "boss", "campus", "status", "analysis", "us", "his", "this", "its", "news", "chairs":
		return false
	}
	return w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// mention is one entity mention, for linking speakers to entities.
type mention struct {
	s, e int
	ent  int // index into analyzer.ents
}

func (a *analyzer) mentions() []mention {
	n := 0
	for i := range a.ents {
		n += len(a.ents[i].Mentions)
	}
	ms := make([]mention, 0, n)
	for i, e := range a.ents {
		for _, m := range e.Mentions {
			if m.End > m.Start && m.Start >= 0 && m.End <= len(a.text) {
				ms = append(ms, mention{m.Start, m.End, i})
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].s < ms[j].s })
	return ms
}

// entityIn finds the entity a mention of which overlaps bytes [s, e),
// preferring a person, then the mention nearest the end (the head).
func (a *analyzer) entityIn(ms []mention, s, e int) int {
	best, bestScore := -1, -1
	k := sort.Search(len(ms), func(i int) bool { return ms[i].s >= e })
	for i := k - 1; i >= 0 && i >= k-40; i-- {
		m := ms[i]
		if m.e <= s {
			continue
		}
		score := 1
		switch a.ents[m.ent].Type {
		case "PERSON":
			score = 4
		case "ORG", "NORP", "GPE":
			score = 2
		}
		if m.e >= e-1 {
			score += 2
		}
		if score > bestScore {
			best, bestScore = m.ent, score
		}
	}
	return best
}

// reachesHead: a mention of entity e ends at byte offset end.
func (a *analyzer) reachesHead(ms []mention, e, end int) bool {
	for _, m := range a.ents[e].Mentions {
		if m.End == end {
			return true
		}
	}
	return false
}

// lastPerson is the person entity mentioned last before byte offset at.
func (a *analyzer) lastPerson(ms []mention, at, after int) int {
	k := sort.Search(len(ms), func(i int) bool { return ms[i].s >= at })
	for i := k - 1; i >= 0 && ms[i].s >= after; i-- {
		if a.ents[ms[i].ent].Type == "PERSON" && ms[i].e <= at {
			return ms[i].ent
		}
	}
	return -1
}

// resolved is a speaker as finally given.
type resolved struct {
	name   string
	s, e   int
	entity int // index into ents, -1 when none
	kind   speakerKind
	plural bool
	head   string
	at     int // byte offset of the speaker phrase
	para   int
}

// resolve names every draft's speaker: pronouns and "the spokesman" point
// back to the last fitting speaker or person, continuations take their
// paragraph's speaker, and speakers are linked to entities.
func (a *analyzer) resolve(ds []draft) {
	if len(ds) == 0 {
		return
	}
	ms := a.mentions()
	res := make([]resolved, len(ds))
	byID := map[int]int{}
	for i := range ds {
		if ds[i].id >= 0 {
			byID[ds[i].id] = i
		}
	}
	// speakers in the order they appear, for pronouns
	for i := range ds {
		q := &ds[i]
		r := resolved{entity: -1, at: q.start, para: q.para}
		switch {
		case !q.spk.empty():
			p := a.speakerName(q.spk)
			r = resolved{name: p.name, s: p.s, e: p.e, entity: -1, kind: p.kind, plural: p.plural, head: p.head, at: p.s, para: a.toks[q.spk.i].para}
			if p.name == "" {
				break
			}
			switch p.kind {
			case skName:
				r.entity = a.entityIn(ms, p.s, p.e)
			case skDescription:
				// "a senior US official" is not the entity "US": only a
				// mention that reaches the head word names the speaker
				if e := a.entityIn(ms, p.s, p.e); e >= 0 && a.reachesHead(ms, e, p.e) {
					r.entity = e
				}
			case skPronoun:
				if ante, ok := a.antecedent(res, ds, i, r, ms); ok {
					r.name, r.entity, r.plural = ante.name, ante.entity, ante.plural
				}
			case skDefinite:
				if ante, ok := a.described(res, i, r); ok {
					r.name, r.entity = ante.name, ante.entity
				} else {
					r.entity = a.entityIn(ms, p.s, p.e)
				}
			}
		case q.inherit >= 0:
			if k, ok := byID[q.inherit]; ok && k < i {
				r = res[k]
				r.at, r.para = q.start, q.para
			}
		}
		res[i] = r
		q.name = r.name
		if r.name != "" {
			q.nameSpan = [2]int{r.s, r.e}
		}
		if r.entity >= 0 {
			q.entity = a.ents[r.entity].ID
			if r.kind == skPronoun || r.kind == skDefinite {
				q.name = a.ents[r.entity].Name
			}
		}
	}
}

// antecedent finds who "he" or "they" is: the last speaker before, when it
// fits in number and is near; else the last person named before.
func (a *analyzer) antecedent(res []resolved, ds []draft, i int, r resolved, ms []mention) (resolved, bool) {
	for k := i - 1; k >= 0 && i-k <= 60; k-- {
		p := res[k]
		if p.name == "" || p.kind == skPronoun && p.name == a.text[p.s:p.e] {
			continue
		}
		if r.para-p.para > 3 {
			break
		}
		if p.plural != r.plural {
			continue
		}
		if p.at > r.at && k < i-1 {
			continue
		}
		return p, true
	}
	if r.plural {
		return resolved{}, false
	}
	if e := a.lastPerson(ms, r.s, max(0, r.s-3000)); e >= 0 {
		return resolved{name: a.ents[e].Name, entity: e}, true
	}
	if len(ms) == 0 {
		if n, s, e := a.lastName(r.s); n != "" {
			return resolved{name: n, s: s, e: e, entity: -1}, true
		}
	}
	return resolved{}, false
}

// described finds the named speaker "the spokesman" refers to: an earlier
// speaker whose phrase holds the same noun, or "spokesman Matthew Miller"
// earlier in the text.
func (a *analyzer) described(res []resolved, i int, r resolved) (resolved, bool) {
	for k := i - 1; k >= 0 && i-k <= 60; k-- {
		if p := res[k]; p.kind == skName && p.name != "" && a.near(p.s, p.e, r.head) {
			return p, true
		}
	}
	return resolved{}, false
}

// near: the word w is written within a few words of bytes [s, e), where a
// name's title or role is ("spokesman Li Wei", "Li Wei, a spokesman").
func (a *analyzer) near(s, e int, w string) bool {
	k := sort.Search(len(a.toks), func(i int) bool { return a.toks[i].e > s })
	for m := max(0, k-8); m < len(a.toks) && m < k+14 && a.toks[m].s < e+80; m++ {
		if a.toks[m].low == w || strings.TrimSuffix(a.toks[m].low, "'s") == w {
			return true
		}
	}
	return false
}

// lastName finds, without entities, the last name-like run of capitalised
// words (two or more, or one after a title) before byte offset at, within
// the two sentences before it.
func (a *analyzer) lastName(at int) (string, int, int) {
	k := sort.Search(len(a.toks), func(i int) bool { return a.toks[i].s >= at })
	if k == 0 {
		return "", 0, 0
	}
	lo := a.sents[a.sentOf[k-1]].i
	if s := a.sentOf[k-1]; s > 0 {
		lo = a.sents[s-1].i
	}
	lo = max(lo, k-window)
	for j := k - 1; j >= lo; j-- {
		if !a.word(j) || !a.toks[j].upper || notNames[a.toks[j].low] || titles[a.toks[j].low] || a.toks[j].seg >= 0 {
			continue
		}
		i := j
		for i-1 >= lo && a.word(i-1) && a.toks[i-1].upper && !notNames[a.toks[i-1].low] && a.toks[i-1].seg < 0 {
			i--
		}
		n := i
		title := false
		for m := i; m < j; m++ {
			if titles[a.toks[m].low] {
				n, title = m+1, true
			}
		}
		if j-n >= 1 || title || a.is(i-1, "mr.", "mrs.", "ms.", "dr.") {
			return trimPossessive(a.text[a.toks[n].s:a.toks[j].e]), a.toks[n].s, a.toks[j].e
		}
		j = i
	}
	return "", 0, 0
}
