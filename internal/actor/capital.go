package actor

import (
	"strconv"
	"strings"

	"github.com/attache-news/attache/document"
)

// A capital's name usually stands for its government ("Washington accused
// Beijing of spying"), and sometimes names the city ("protesters marched
// through Washington"). splitCapitals keeps the two apart where the text
// says which: the mentions with a city's words around them become an entity
// of their own, resolved to the country alone; the rest stay with the
// entity, which resolves to the government (USAGOV) when a mention acts as a
// subject ("Washington said").

// capitalUse is how one mention of a capital is used.
type capitalUse int

const (
	useUnclear capitalUse = iota
	useCity
	useGovernment
)

// cityBefore and cityAfter are words that make a capital's mention the city.
var (
	cityBefore = []string{"mayor of", "city of", "streets of", "residents of", "outskirts of", "suburbs of",
		"centre of", "center of", "downtown", "central", "marched through", "rallied in", "flooding in",
		"traffic in", "hotels in", "restaurants in", "neighbourhood of", "neighborhood of", "museum in"}
	cityAfter = []string{" city", " residents", " mayor", " police", " metro", " subway", " airport",
		" suburbs", " streets", " neighbourhood", " neighborhood", " hotel"}
)

// governmentAfter are words after a capital that make it act: a verb of
// saying or doing, a possessive.
var governmentAfter = newSet("said", "says", "say", "has", "had", "have", "is", "was", "will", "would",
	"should", "could", "may", "might", "must", "wants", "wanted", "accused", "accuses", "warned", "warns",
	"urged", "urges", "called", "calls", "insisted", "insists", "rejected", "rejects", "denied", "denies",
	"announced", "announces", "imposed", "imposes", "demanded", "demands", "condemned", "condemns",
	"agreed", "agrees", "refused", "refuses", "vowed", "vows", "responded", "retaliated", "hopes", "hoped",
	"threatened", "threatens", "protested", "sanctioned", "blamed", "blames", "expelled", "recalled",
	"summoned", "plans", "planned", "believes", "sees", "considers", "views", "did", "does", "and")

func newSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// use reads how the capital mentioned at m is used.
func use(text string, m document.Mention) capitalUse {
	pre := strings.ToLower(text[max(0, m.Start-40):m.Start])
	pre = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(pre, " "), " the"), " ")
	for _, w := range cityBefore {
		if strings.HasSuffix(pre, w) && (len(pre) == len(w) || !isLetterByte(pre[len(pre)-len(w)-1])) {
			return useCity
		}
	}
	post := strings.ToLower(text[m.End:min(len(text), m.End+30)])
	for _, w := range cityAfter {
		if strings.HasPrefix(post, w) && (len(post) == len(w) || !isLetterByte(post[len(w)])) {
			return useCity
		}
	}
	if strings.HasPrefix(post, "'s ") || strings.HasPrefix(post, "’s ") {
		return useGovernment
	}
	next := strings.Fields(post)
	if len(next) > 0 && governmentAfter[strings.Trim(next[0], ",.;:")] && !strings.HasPrefix(post, ",") {
		if next[0] == "and" { // "Washington and Beijing agreed": coordinated subjects, not "in Washington and Boston"
			if strings.HasSuffix(pre, " in") || strings.HasSuffix(pre, " to") || strings.HasSuffix(pre, " from") || strings.HasSuffix(pre, " at") {
				return useUnclear
			}
		}
		return useGovernment
	}
	return useUnclear
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// splitCapitals splits each capital entity whose mentions the text uses both
// as the city and otherwise, and reports, by entity id, the capitals that act
// as a government.
func splitCapitals(d *document.Document) map[string]bool {
	gov := map[string]bool{}
	n := len(d.Entities)
	for i := 0; i < n; i++ {
		e := &d.Entities[i]
		if e.Type != "GPE" || CountryByCapital(e.Name) == nil {
			continue
		}
		var city, rest []document.Mention
		acts := false
		for _, m := range e.Mentions {
			switch use(d.Text, m) {
			case useCity:
				city = append(city, m)
				continue
			case useGovernment:
				acts = true
			}
			rest = append(rest, m)
		}
		if len(city) > 0 && len(rest) > 0 {
			id := newEntityID(d)
			e.Mentions = rest
			d.Entities = append(d.Entities, document.Entity{ID: id, Name: e.Name, Type: "GPE", Mentions: city})
			e = &d.Entities[i] // the append may have moved it
			for j := range d.Places {
				p := &d.Places[j]
				if p.Entity == e.ID && inMentions(city, p.Start) {
					p.Entity = id
				}
			}
		}
		if acts && len(city) < len(e.Mentions)+len(city) {
			gov[e.ID] = true
		}
	}
	return gov
}

// newEntityID is an id no entity of d has.
func newEntityID(d *document.Document) string {
	used := map[string]bool{}
	for _, e := range d.Entities {
		used[e.ID] = true
	}
	for k := len(d.Entities) + 1; ; k++ {
		if id := "e" + strconv.Itoa(k); !used[id] {
			return id
		}
	}
}

func inMentions(ms []document.Mention, start int) bool {
	for _, m := range ms {
		if m.Start == start {
			return true
		}
	}
	return false
}
