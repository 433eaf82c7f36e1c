package geo

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/actor"
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
	key     string   // folded name looked up
	cands   []uint32 // gazetteer indexes, altBit for other names
	primary bool     // some candidate has the name as its own name
	within  []scope  // "X, Y": the places Y may be
	best    int      // index into cands; -1 when unresolved
	demonym bool     // resolved as a demonym to a country
	fac     bool     // only named as a facility
	cueDiv  bool     // "Washington state", "Hubei province": a division, not a town
	cueTown bool     // "the city of Washington": a town
}

type scope struct{ country, admin1 string }

type mentionRef struct {
	start, end int
	text       string
	entity     string
	topo       int
}

// Run fills d.Places: one Place per mention of every GPE, LOC and FAC entity
// that names a place the gazetteer knows, in text order. Entities of other
// types are used as evidence only (a NORP "Chinese" speaks for China). A name
// mentioned several times is resolved once for the whole document.
func (g *Gazetteer) Run(d *document.Document) {
	d.Places = nil
	var topos []*toponym
	byKey := map[string]int{}
	var refs []mentionRef
	demonymCountry := map[string]float64{}
	for _, e := range d.Entities {
		switch e.Type {
		case "GPE", "LOC", "FAC":
		case "NORP":
			if c := actor.CountryByDemonym(e.Name); c != nil {
				demonymCountry[c.ISO3] += wDemonym
			}
			continue
		default:
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			text := d.Text[m.Start:m.End]
			key, cands, within, dem, div := g.candidates(text, e.Name)
			if key == "" {
				continue
			}
			ti, ok := byKey[key]
			if !ok {
				ti = len(topos)
				byKey[key] = ti
				primary := slices.ContainsFunc(cands, func(x uint32) bool { return x&altBit == 0 })
				topos = append(topos, &toponym{key: key, cands: cands, best: -1, demonym: dem, fac: true, primary: primary})
			}
			t := topos[ti]
			if e.Type != "FAC" {
				t.fac = false
			}
			t.within = append(t.within, within...)
			t.within = append(t.within, g.qualifier(d.Text, m.End)...)
			div2, town := cues(d.Text, m.Start, m.End)
			t.cueDiv = t.cueDiv || div || div2
			t.cueTown = t.cueTown || town
			refs = append(refs, mentionRef{m.Start, m.End, text, e.ID, ti})
		}
	}
	if len(topos) == 0 {
		return
	}
	g.resolve(topos, demonymCountry)
	slices.SortStableFunc(refs, func(a, b mentionRef) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	for _, r := range refs {
		t := topos[r.topo]
		if t.best < 0 {
			continue
		}
		p := g.places[t.cands[t.best]&^altBit]
		if t.fac && !g.facilityOK(t.cands[t.best]) {
			continue
		}
		d.Places = append(d.Places, document.Place{Start: r.start, End: r.end, Text: r.text, Name: p.Name,
			Country: p.Country, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID(), Entity: r.entity})
	}
}

// facilityOK: a name tagged only as a facility is taken as a place when it is
// a country, division or region, or a city of 100,000 or more ("the White
// House" is not White House, Tennessee).
func (g *Gazetteer) facilityOK(x uint32) bool {
	if x&altBit != 0 {
		return false
	}
	p := g.places[x]
	return !strings.HasPrefix(p.Feature, "P") || p.Feature == "PCLI" || p.Population >= 100000
}

// candidates finds the places a mention may name: its text, else the text
// without a possessive, else the part before a comma ("Paris, Texas", the
// rest read as where), else the text without a last word saying it is a
// division ("Washington state": div), else the entity's name, else a
// demonym's country.
func (g *Gazetteer) candidates(text, entityName string) (key string, cands []uint32, within []scope, demonym, div bool) {
	try := func(s string) bool {
		k := fold(s)
		if l := g.names[k]; len(l) > 0 {
			key, cands = k, l[:min(len(l), maxCands)]
			return true
		}
		return false
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
		if i, ok := g.demonyms[fold(s)]; ok {
			return "\x00" + g.places[i].Country, []uint32{i}, nil, true, false
		}
	}
	return "", nil, nil, false, false
}

// scopes reads a qualifier ("Texas", "Tex.", "Ohio", "France") as the places
// it may be: first-level divisions and countries.
func (g *Gazetteer) scopes(s string) []scope {
	var out []scope
	k := fold(s)
	for _, l := range [][]uint32{g.names[k], g.quals[k]} {
		for _, x := range l {
			p := g.places[x&^altBit]
			switch {
			case p.Feature == "PCLI":
				out = append(out, scope{country: p.Country})
			case p.Feature == "ADM1" && p.Admin1 != "":
				out = append(out, scope{p.Country, p.Admin1})
			}
		}
	}
	return out
}

// qualifier reads ", Y" right after a mention: the place Y it says the
// mention is in, when Y is a division or country.
func (g *Gazetteer) qualifier(text string, end int) []scope {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return nil
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
		return nil
	}
	for k := len(ends) - 1; k >= 0; k-- {
		y := rest[:ends[k]]
		if s := g.scopes(y); len(s) > 0 {
			return s
		}
		if t, ok := strings.CutSuffix(y, "."); ok { // a sentence's full stop after "Texas"
			if s := g.scopes(t); len(s) > 0 {
				return s
			}
		}
	}
	return nil
}

// cues reads the words around a mention that say what kind of place it is.
func cues(text string, start, end int) (div, town bool) {
	after := text[end:]
	if w, ok := strings.CutPrefix(after, " "); ok {
		if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			w = w[:i]
		}
		switch strings.ToLower(w) {
		case "state", "province", "region", "governorate", "oblast", "prefecture", "island", "territory":
			div = true
		case "city":
			town = true
		}
	}
	before := strings.ToLower(text[max(0, start-16):start])
	for _, s := range []string{"city of ", "town of ", "village of "} {
		if strings.HasSuffix(before, s) {
			town = true
		}
	}
	return div, town
}

// resolve picks each toponym's candidate by the prior and the evidence of the
// other toponyms, a few passes, the least ambiguous first.
func (g *Gazetteer) resolve(topos []*toponym, demonymCountry map[string]float64) {
	order := make([]int, len(topos))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(topos[a].cands) - len(topos[b].cands) })
	for _, t := range topos {
		t.best = g.pick(t, nil, topos, demonymCountry)
	}
	for pass := 0; pass < 4; pass++ {
		changed := false
		for _, i := range order {
			t := topos[i]
			if b := g.pick(t, t, topos, demonymCountry); b != t.best {
				t.best, changed = b, true
			}
		}
		if !changed {
			break
		}
	}
}

// local reports whether a place is a point for nearness: a town or a county.
func local(p *Place) bool { return strings.HasPrefix(p.Feature, "P") || p.Feature == "ADM2" }

// pick scores t's candidates; self (t, or nil in the first pass, when only
// the prior and the text's qualifiers count) is left out of the evidence.
//
// Evidence from another toponym u: the country and division of u's current
// pick, and nearness to u's pick or, at a discount, to any of u's other
// candidates (two ambiguous names near each other, a Huntsville and a Walker
// County, settle each other).
func (g *Gazetteer) pick(t, self *toponym, topos []*toponym, demonymCountry map[string]float64) int {
	if len(t.cands) == 0 {
		return -1
	}
	countries := map[string]float64{}
	total := 0.0
	for c, w := range demonymCountry {
		countries[c] += w
		total += w
	}
	admin1 := map[scope][]uint32{} // divisions of the other picks, and the picks
	var others []*toponym
	nKind := map[scope]float64{} // other picks by kind: {"", "PCLI"} countries, {country, "ADM1"} divisions
	nPicked := 0.0
	if self != nil {
		for _, u := range topos {
			if u == self || u.best < 0 || u.key == t.key {
				continue
			}
			others = append(others, u)
			p := &g.places[u.cands[u.best]&^altBit]
			if p.Country != "" {
				countries[p.Country]++
				total++
			}
			if p.Admin1 != "" && (p.Feature == "ADM1" || local(p)) {
				k := scope{p.Country, p.Admin1}
				admin1[k] = append(admin1[k], u.cands[u.best]&^altBit)
			}
			switch p.Feature {
			case "PCLI":
				nKind[scope{"", "PCLI"}]++
			case "ADM1":
				nKind[scope{p.Country, "ADM1"}]++
			}
			nPicked++
		}
	}
	best, bestScore := -1, math.Inf(-1)
	for ci, x := range t.cands {
		p := &g.places[x&^altBit]
		s := g.score0(x, t.primary)
		for _, w := range t.within {
			if w.country == p.Country && (w.admin1 == "" || w.admin1 == p.Admin1) {
				s += wPattern
				break
			}
		}
		if total > 0 && p.Country != "" {
			s += wCountry * countries[p.Country] / total
		}
		if p.Admin1 != "" && slices.ContainsFunc(admin1[scope{p.Country, p.Admin1}], func(y uint32) bool { return y != x&^altBit }) {
			s += wAdmin1 // another place in its division; the place itself named otherwise does not count
		}
		if len(others) > 0 && (local(p) || p.Feature == "ADM1" || p.Feature == "PCLI") {
			s += wNear * g.nearness(p, others)
		}
		switch {
		case nPicked == 0:
		case p.Feature == "PCLI":
			s += wKind * nKind[scope{"", "PCLI"}] / nPicked
		case p.Feature == "ADM1":
			s += wKind * nKind[scope{p.Country, "ADM1"}] / nPicked
		}
		if t.cueDiv && !local(p) || t.cueTown && strings.HasPrefix(p.Feature, "P") {
			s += wCue
		}
		if s > bestScore {
			best, bestScore = ci, s
		}
	}
	return best
}

// nearness is the closeness of p to the nearest place other toponyms may
// be: 1 for the current pick of one within nearKm, less for farther ones and
// for candidates not picked. A division or country is near what lies in it.
func (g *Gazetteer) nearness(p *Place, others []*toponym) float64 {
	c := 0.0
	cosLat := math.Cos(p.Lat * math.Pi / 180)
	for _, u := range others {
		for ci, x := range u.cands[:min(len(u.cands), maxNearCands)] {
			w := 1.0
			if ci != u.best {
				w = wOtherCand
				if c >= w {
					continue // cannot beat what we have
				}
			}
			q := &g.places[x&^altBit]
			if !local(q) || q == p {
				continue
			}
			switch p.Feature {
			case "ADM1":
				if q.Country == p.Country && q.Admin1 == p.Admin1 {
					c = max(c, w)
				}
				continue
			case "PCLI":
				if q.Country == p.Country {
					c = max(c, w)
				}
				continue
			}
			// a cheap bound first: farKm is under 3 degrees of latitude
			dlat := math.Abs(p.Lat - q.Lat)
			if dlat > 3 || math.Abs(p.Lon-q.Lon)*cosLat > 3.5 && math.Abs(p.Lon-q.Lon) < 180 {
				continue
			}
			c = max(c, w*closeness(distanceKm(p.Lat, p.Lon, q.Lat, q.Lon)))
		}
	}
	return c
}

func closeness(km float64) float64 {
	switch {
	case km <= nearKm:
		return 1
	case km >= farKm:
		return 0
	}
	return 1 - math.Log(km/nearKm)/math.Log(farKm/nearKm)
}

// distanceKm is the great-circle distance, as the evaluation measures it.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}
