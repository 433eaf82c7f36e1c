package actor

import (
	"fmt"
	"sort"

	"github.com/attache-news/attache/document"
)

// addKnown completes the tagger's entities with what the organisation table
// knows: a MISC entity named like a known organisation becomes an ORG
// ("Asia-Pacific Economic Cooperation"); a known name the tagger missed
// ("state-run broadcaster CCTV") becomes a mention; and the entities of one
// organisation ("G20", "Group of 20") become one, named by its fullest form.
// Places that pointed at a merged entity follow it.
func (kb *KB) addKnown(d *document.Document) {
	kb.mu.RLock()
	defer kb.mu.RUnlock()
	// rowOf is the organisation an entity names, as the table's row: two
	// bodies with one code (State and Treasury Departments, USAGOV) stay two
	rowOf := func(e *document.Entity) string {
		for _, n := range names(e) {
			if r := lookup(kb.orgRow, n); r != "" {
				return r
			}
		}
		return ""
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type == "MISC" && rowOf(e) != "" || e.Type == "PERSON" && lookup(kb.orgRow, e.Name) != "" {
			e.Type = "ORG" // "Islamic Jihad" is no person
		}
	}
	// known names without a mention
	covered := func(s, e int) bool {
		for _, en := range d.Entities {
			for _, m := range en.Mentions {
				if m.Start < e && s < m.End {
					return true
				}
			}
		}
		return false
	}
	byCode := map[string]int{}
	for i := range d.Entities {
		if d.Entities[i].Type == "ORG" {
			if c := rowOf(&d.Entities[i]); c != "" {
				if _, ok := byCode[c]; !ok {
					byCode[c] = i
				}
			}
		}
	}
	type found struct {
		start int
		name  string
	}
	var hits []found
	end := 0
	kb.orgsIn(d.Text, func(s int, name string) bool {
		if len(name) >= 2 && s >= end { // the longest at a place; none inside another
			hits = append(hits, found{s, name})
			end = s + len(name)
		}
		return true
	})
	for _, h := range hits {
		s, name := h.start, h.name
		e := s + len(name)
		if covered(s, e) {
			continue
		}
		m := document.Mention{Start: s, End: e, Text: name}
		code := lookup(kb.orgRow, name)
		if k, ok := byCode[code]; ok {
			d.Entities[k].Mentions = append(d.Entities[k].Mentions, m)
			if len(name) > len(d.Entities[k].Name) {
				d.Entities[k].Name = name // the fullest form
			}
			continue
		}
		d.Entities = append(d.Entities, document.Entity{ID: nextID(d), Name: name, Type: "ORG", Mentions: []document.Mention{m}})
		byCode[code] = len(d.Entities) - 1
	}
	// one entity per organisation
	keep := d.Entities[:0:0]
	into := map[string]int{} // row -> index in keep
	renamed := map[string]string{}
	for _, e := range d.Entities {
		c := ""
		if e.Type == "ORG" {
			c = rowOf(&e)
		}
		if k, ok := into[c]; ok && c != "" {
			t := &keep[k]
			t.Mentions = append(t.Mentions, e.Mentions...)
			if len(e.Name) > len(t.Name) {
				t.Name = e.Name
			}
			renamed[e.ID] = t.ID
			continue
		}
		if c != "" {
			into[c] = len(keep)
		}
		keep = append(keep, e)
	}
	for i := range keep {
		sort.Slice(keep[i].Mentions, func(a, b int) bool { return keep[i].Mentions[a].Start < keep[i].Mentions[b].Start })
	}
	d.Entities = keep
	for i := range d.Places {
		if to, ok := renamed[d.Places[i].Entity]; ok {
			d.Places[i].Entity = to
		}
	}
}

// wordBoundary: text[s:e] is not part of a longer word.
func wordBoundary(text string, s, e int) bool {
	isWord := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	return (s == 0 || !isWord(text[s-1])) && (e == len(text) || !isWord(text[e]))
}

// nextID is an entity id not used in d.
func nextID(d *document.Document) string {
	used := map[string]bool{}
	for _, e := range d.Entities {
		used[e.ID] = true
	}
	for n := len(d.Entities) + 1; ; n++ {
		if id := fmt.Sprintf("e%d", n); !used[id] {
			return id
		}
	}
}
