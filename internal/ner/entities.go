package ner

import (
	"slices"
	"strconv"
	"strings"

	"github.com/attache-news/attache/document"
)

// Entities tags d.Text and fills d.Entities: the mentions clustered into
// entities, in the order of their first mention, with ids "e1", "e2", ...
// A shorter name joins a longer one of the same type that contains it
// ("Blinken" joins "Antony Blinken", "Qin" joins "Qin Gang"), an acronym
// joins the name it abbreviates, and the gazetteer's aliases of a country,
// city or organisation join each other ("US", "U.S.", "United States").
// The entity's name is its fullest form. Actor is left nil.
func (t *Tagger) Entities(d *document.Document) {
	ms := t.Tag(d.Text, d.Sentences)
	d.Entities = Cluster(d.Text, ms)
}

// group is a set of mentions with the same normalised name.
type group struct {
	key    string
	words  []string // lower case, without a leading "the"
	canon  string   // gazetteer's canonical name, or ""
	ms     []Mention
	typ    string // its mentions' type (the key holds it)
	parent int
}

// Cluster groups mentions of text into entities, as Entities does.
func Cluster(text string, ms []Mention) []document.Entity {
	if len(ms) == 0 {
		return nil
	}
	g := gaz()
	var groups []*group
	byKey := map[string]int{}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		name := text[m.Start:m.End]
		words := strings.Fields(strings.ToLower(name))
		if len(words) > 1 && words[0] == "the" {
			words = words[1:]
		}
		key := strings.Join(words, " ")
		canon := ""
		if m.Type != Person {
			if c := g.canonical(name); c != "" {
				canon = c
				key = "=" + strings.ToLower(c)
			}
		}
		// The same name with another type is another entity: the tagger's
		// second stage already made the types of one name agree where the
		// document allows, so a difference left is usually real
		// (Leicestershire the county and the cricket team).
		key = m.Type + ":" + key
		i, ok := byKey[key]
		if !ok {
			i = len(groups)
			byKey[key] = i
			groups = append(groups, &group{key: key, words: words, canon: canon, typ: m.Type, parent: i})
		}
		groups[i].ms = append(groups[i].ms, m)
	}
	find := func(i int) int {
		for groups[i].parent != i {
			groups[i].parent = groups[groups[i].parent].parent // path halving
			i = groups[i].parent
		}
		return i
	}
	// Shorter names join longer ones: longest first, so that a middle
	// form joins its full form before a short one looks for a home.
	order := make([]int, len(groups))
	size := make([]int, len(groups)) // mentions under each root
	for i := range order {
		order[i] = i
		size[i] = len(groups[i].ms)
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(groups[b].words) - len(groups[a].words) })
	// A group joins one that has its first word, or whose initials it is:
	// the groups by word and by initials, in the order above.
	rank := make([]int, len(groups))
	byWord := map[string][]int{}
	byInitials := map[string][]int{}
	for k, b := range order {
		rank[b] = k
		gb := groups[b]
		for j, w := range gb.words {
			if !slices.Contains(gb.words[:j], w) {
				byWord[w] = append(byWord[w], b)
			}
		}
		if in := initials(gb.words); len(in) >= 2 {
			byInitials[in] = append(byInitials[in], b)
		}
	}
	for _, a := range order {
		ga := groups[a]
		if ga.canon != "" || len(ga.words) == 0 {
			continue // the gazetteer already grouped its aliases
		}
		var acr []int
		if len(ga.words) == 1 && ga.typ != Person {
			acr = byInitials[strings.ReplaceAll(ga.words[0], ".", "")]
		}
		best, bestN := -1, 0
		seen := 0
		for b := range mergeRanked(byWord[ga.words[0]], acr, rank) {
			if seen++; seen > maxJoinCandidates {
				break
			}
			gb := groups[b]
			if b == a || len(gb.words) <= len(ga.words) || find(b) == find(a) {
				continue
			}
			if !joins(ga, gb) {
				continue
			}
			r := find(b)
			if n := size[r]; n > bestN {
				best, bestN = r, n
			}
		}
		if best >= 0 {
			ra := find(a)
			groups[ra].parent = best
			size[best] += size[ra]
		}
	}
	// Collect the entities.
	type ent struct {
		first int
		ms    []Mention
		gs    []*group
	}
	roots := map[int]*ent{}
	var ents []*ent
	for i, gr := range groups {
		r := find(i)
		e := roots[r]
		if e == nil {
			e = &ent{first: len(text)}
			roots[r] = e
			ents = append(ents, e)
		}
		e.ms = append(e.ms, gr.ms...)
		e.gs = append(e.gs, gr)
		e.first = min(e.first, gr.ms[0].Start)
	}
	slices.SortStableFunc(ents, func(a, b *ent) int { return a.first - b.first })
	out := make([]document.Entity, 0, len(ents))
	for k, e := range ents {
		slices.SortFunc(e.ms, func(a, b Mention) int { return a.Start - b.Start })
		types := map[string]int{}
		for _, m := range e.ms {
			types[m.Type]++
		}
		ent := document.Entity{ID: "e" + strconv.Itoa(k+1), Type: majority(types, e.ms)}
		ent.Name = fullest(text, e.ms, e.gs)
		for _, m := range e.ms {
			ent.Mentions = append(ent.Mentions, document.Mention{Start: m.Start, End: m.End, Text: text[m.Start:m.End]})
		}
		out = append(out, ent)
	}
	return out
}

// majority is the most frequent type, ties going to the longest mention's.
// (A group holds one type; an entity may join groups of different types
// only through the gazetteer's aliases.)
func majority(types map[string]int, ms []Mention) string {
	longest := ms[0]
	for _, m := range ms {
		if m.End-m.Start > longest.End-longest.Start {
			longest = m
		}
	}
	best, bestN := longest.Type, types[longest.Type]
	for _, t := range []string{Person, Org, GPE, Loc, Fac, NORP, Event, Misc} {
		if types[t] > bestN {
			best, bestN = t, types[t]
		}
	}
	return best
}

// joins reports whether the shorter group a names the same thing as b.
func joins(a, b *group) bool {
	if a.typ != b.typ {
		return false
	}
	switch a.typ {
	case Person, Org, Fac, Event, Misc, Loc, GPE:
	default:
		return false
	}
	// An acronym of the longer name: "EU" for "European Union".
	if len(a.words) == 1 && a.typ != Person && isAcronymOf(a.words[0], b.words) {
		return true
	}
	if a.typ == NORP {
		return false
	}
	// A contiguous part of the longer name: "Blinken", "Qin", "Northrop".
	for i := 0; i+len(a.words) <= len(b.words); i++ {
		if slices.Equal(b.words[i:i+len(a.words)], a.words) {
			if a.typ != Person && i != 0 && len(a.words) == 1 && isFunctionWord(a.words[0]) {
				return false
			}
			if a.typ == Person || i == 0 {
				return true
			}
			// an organisation's or place's later word joins only when it is
			// not a generic one: "Bank" does not join "World Bank"
			return !generic(a.words[0])
		}
	}
	return false
}

func isAcronymOf(acr string, words []string) bool {
	acr = strings.ReplaceAll(acr, ".", "")
	return len(acr) >= 2 && initials(words) == acr
}

// initials are the first letters of a name's words but its function words.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if isFunctionWord(w) {
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// maxJoinCandidates bounds the longer names a shorter one is compared with,
// so that a text of many thousands of names that share a word clusters in
// linear time; an article has a few dozen.
const maxJoinCandidates = 1000

// mergeRanked yields the groups of a and b, each in rank order, in rank
// order and once each.
func mergeRanked(a, b []int, rank []int) func(func(int) bool) {
	return func(yield func(int) bool) {
		i, j := 0, 0
		for i < len(a) || j < len(b) {
			var x int
			switch {
			case j == len(b) || i < len(a) && rank[a[i]] < rank[b[j]]:
				x = a[i]
				i++
			case i == len(a) || rank[b[j]] < rank[a[i]]:
				x = b[j]
				j++
			default: // the same group in both
				x = a[i]
				i++
				j++
			}
			if !yield(x) {
				return
			}
		}
	}
}

func isFunctionWord(w string) bool {
	switch w {
	case "of", "and", "the", "for", "in", "on", "de", "du", "des", "la", "le", "&", "-":
		return true
	}
	return false
}

// generic reports an organisation or place word that names no one thing.
func generic(w string) bool {
	c := gaz().categories(w)
	return c&(1<<gOrgWord|1<<gOrgSuffix|1<<gFac|1<<gEvent) != 0 || isFunctionWord(w)
}

// fullest is the entity's name: the gazetteer's canonical name when one is
// known, else the longest mention, the first of equals.
func fullest(text string, ms []Mention, gs []*group) string {
	best := ""
	for _, m := range ms {
		s := strings.Join(strings.Fields(text[m.Start:m.End]), " ")
		if len(strings.Fields(s)) > len(strings.Fields(best)) ||
			len(strings.Fields(s)) == len(strings.Fields(best)) && len(s) > len(best) {
			best = s
		}
	}
	for _, g := range gs {
		if g.canon != "" && len(strings.Fields(g.canon)) >= len(strings.Fields(best)) {
			return g.canon
		}
	}
	return best
}
