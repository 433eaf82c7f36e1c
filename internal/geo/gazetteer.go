package geo

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/internal/actor"
)

// Place is one row of the gazetteer.
type Place struct {
	ID         int     // GeoNames id; negative for attache's own rows (countries, regions, US states and counties)
	Name       string  // the gazetteer's name: "Paris", "Rapides Parish", "United States"
	Lat, Lon   float64 // degrees
	Country    string  // ISO 3166-1 alpha-3; "" for continents, oceans and areas of no one country
	Admin1     string  // GeoNames first-level division code ("TX", "11"); "" when unknown
	Feature    string  // GeoNames feature code: PPL, PPLC, PPLA.., ADM1, ADM2, PCLI, RGN, ISL, CONT ...
	Population int     // 0 when unknown (always for attache's own rows)
}

// GeonameID is the GeoNames id of the place, 0 for attache's own rows.
func (p Place) GeonameID() int { return max(p.ID, 0) }

//go:embed data/gazetteer.tsv
var gazetteerTSV string

// Gazetteer is a loaded gazetteer. It is read-only once built, and safe for
// concurrent use.
type Gazetteer struct {
	places   []Place
	prior    []float64           // static score of each place: population and kind
	names    map[string][]uint32 // folded name -> place indexes (altBit: matched by another name), best first
	quals    map[string][]uint32 // names read only as a qualifier ("Alexandria, La."): folded -> places
	demonyms map[string]uint32   // folded demonym -> index of the country's place
	country  map[string]uint32   // ISO3 -> index of the country's place

	filter []uint64 // a bit per name's hash: most names looked for are none

	buf   []byte   // load's scratch
	arena []uint32 // load's one-place name lists
}

const altBit = 1 << 31

// Default returns the embedded gazetteer, loaded on first use (about 40 MB
// of heap and a fraction of a second; a caller that needs a fast start can
// call it in the background).
func Default() *Gazetteer { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := load(gazetteerTSV)
	if err != nil {
		panic("geo: embedded gazetteer: " + err.Error()) // the build is broken, not the input
	}
	return g
})

// load reads the gazetteer's TSV; every name is a substring of text.
func load(text string) (*Gazetteer, error) {
	g := &Gazetteer{
		places:   make([]Place, 0, strings.Count(text, "\n")+300),
		names:    make(map[string][]uint32, 1<<18),
		quals:    map[string][]uint32{},
		demonyms: map[string]uint32{},
		country:  map[string]uint32{},
	}
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		n++
		if line == "" {
			continue
		}
		var f [9]string
		rest := line
		for i := range f {
			j := strings.IndexByte(rest, '\t')
			if j < 0 {
				if i != len(f)-1 {
					return nil, fmt.Errorf("line %d: %d fields, want %d", n, i+1, len(f))
				}
				f[i] = rest
				break
			}
			f[i], rest = rest[:j], rest[j+1:]
		}
		id, err1 := strconv.Atoi(f[0])
		lat, err2 := strconv.ParseFloat(f[3], 64)
		lon, err3 := strconv.ParseFloat(f[4], 64)
		pop, err4 := strconv.Atoi(f[8])
		if err := cmpErr(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		p := Place{ID: id, Name: f[1], Lat: lat, Lon: lon, Feature: f[5], Country: f[6], Admin1: f[7], Population: pop}
		i := uint32(len(g.places))
		g.places = append(g.places, p)
		g.add(p.Name, i)
		if f[2] != "" {
			for a := range strings.SplitSeq(f[2], "|") {
				if q, ok := strings.CutPrefix(a, "~"); ok {
					g.quals[fold(q)] = append(g.quals[fold(q)], i)
					continue
				}
				g.add(a, i|altBit)
			}
		}
		if p.Feature == "PCLI" {
			g.country[p.Country] = i
		}
	}
	g.addCountries()
	g.filter = make([]uint64, filterBits/64)
	for k := range g.names {
		h := filterHash(k)
		g.filter[h/64%uint64(len(g.filter))] |= 1 << (h % 64)
	}
	g.prior = make([]float64, len(g.places))
	for i, p := range g.places {
		g.prior[i] = prior(p)
	}
	for _, l := range g.names {
		if len(l) < 2 {
			continue
		}
		primary := slices.ContainsFunc(l, func(x uint32) bool { return x&altBit == 0 })
		slices.SortStableFunc(l, func(a, b uint32) int {
			sa, sb := g.score0(a, primary), g.score0(b, primary)
			if sa != sb {
				if sa > sb {
					return -1
				}
				return 1
			}
			return int(a&^altBit) - int(b&^altBit)
		})
	}
	return g, nil
}

func cmpErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// add indexes place i under name, once: a primary name wins over the same
// name given as another name.
func (g *Gazetteer) add(name string, i uint32) {
	var l []uint32
	var ok bool
	if clean(name) {
		l, ok = g.names[name]
	} else {
		g.buf = appendFold(g.buf[:0], name)
		if len(g.buf) == 0 {
			return
		}
		l, ok = g.names[string(g.buf)] // no copy for a look-up
		name = ""
	}
	for j, x := range l {
		if x&^altBit == i&^altBit {
			if x&altBit != 0 && i&altBit == 0 {
				l[j] = i
			}
			return
		}
	}
	if name == "" {
		name = string(g.buf)
	}
	if !ok {
		// most names have one place: their lists share an arena, each
		// capped at its length so that a second place copies it out
		if len(g.arena) == cap(g.arena) {
			g.arena = make([]uint32, 0, 1<<12)
		}
		g.arena = append(g.arena, i)
		n := len(g.arena)
		g.names[name] = g.arena[n-1 : n : n]
		return
	}
	g.names[name] = append(l, i)
}

// addCountries names the country rows from the actor table, and gives the
// countries without a centre point of their own their capital's point.
func (g *Gazetteer) addCountries() {
	for _, c := range actor.Countries() {
		i, ok := g.country[c.ISO3]
		if !ok {
			p, found := Place{}, false
			for _, x := range g.names[fold(c.Capital)] {
				if q := g.places[x&^altBit]; q.Country == c.ISO3 && strings.HasPrefix(q.Feature, "P") {
					p, found = q, true
					break
				}
			}
			if !found {
				continue
			}
			i = uint32(len(g.places))
			g.places = append(g.places, Place{ID: -100000 - len(g.places), Name: c.Name, Lat: p.Lat, Lon: p.Lon,
				Country: c.ISO3, Feature: "PCLI"})
			g.country[c.ISO3] = i
			g.add(c.Name, i)
		}
		for _, n := range append([]string{c.Name, c.Official}, c.Names...) {
			if g.hasOwnNonCountry(fold(n)) {
				continue // "West Bank" is a region of the table, not Palestine's centre
			}
			g.add(n, i)
		}
		for _, d := range c.Demonyms {
			if k := fold(d); k != "" {
				if _, dup := g.demonyms[k]; !dup {
					g.demonyms[k] = i
				}
			}
		}
	}
}

func (g *Gazetteer) hasOwnNonCountry(k string) bool {
	for _, x := range g.names[k] {
		if p := g.places[x&^altBit]; p.ID < 0 && p.Feature != "PCLI" {
			return true
		}
	}
	return false
}

// prior is a place's score before context, on a scale of log10(population):
// a country or continent ranks like a city of a hundred million, a state like
// one of six million, capitals and division seats above their size.
func prior(p Place) float64 {
	switch p.Feature {
	case "PCLI":
		return 8
	case "CONT":
		return 7.5
	case "ADM1":
		return 6.8
	case "ADM2":
		return 4.6
	}
	if p.Feature == "" || p.Feature[0] != 'P' { // regions, islands, seas of attache's table
		return 6.6
	}
	s := math.Log10(float64(max(p.Population, 1000)))
	switch p.Feature {
	case "PPLC":
		s += 2
	case "PPLA":
		s += 0.7
	case "PPLA2":
		s += 0.3
	case "PPLX":
		s -= 0.3 // a section of a city, rarely what a name means
	}
	return s
}

// altPenalty lowers places found by one of their other names, and
// altUnderPrimary more when another place has the name as its own name
// ("Berea" is an old name of Aleppo, and the name of towns in Ohio and Kentucky).
const (
	altPenalty      = 2
	altUnderPrimary = 1.5
)

// score0 is the score of candidate x before context; primary tells whether
// some candidate of the same name has it as its own name.
func (g *Gazetteer) score0(x uint32, primary bool) float64 {
	s := g.prior[x&^altBit]
	if x&altBit != 0 {
		s -= altPenalty
		if primary {
			s -= altUnderPrimary
		}
	}
	return s
}

// filterBits is the size of the names filter: about 20 bits a name, so that
// few unknown names pass it.
const filterBits = 1 << 22

// filterHash is FNV-1a of a folded name.
func filterHash(k string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	return h
}

// mayHave reports whether the folded name k may be a name of the
// gazetteer; false is sure.
func (g *Gazetteer) mayHave(k string) bool {
	h := filterHash(k)
	return g.filter[h/64%uint64(len(g.filter))]&(1<<(h%64)) != 0
}

// Lookup returns the places a name may mean, best first by population and
// kind; nil when the name is unknown. Case, accents, dots and a leading "the"
// do not matter ("the U.S." = "US", "Sao Paulo" = "São Paulo").
func (g *Gazetteer) Lookup(name string) []Place {
	l := g.names[fold(name)]
	if len(l) == 0 {
		return nil
	}
	out := make([]Place, len(l))
	for i, x := range l {
		out[i] = g.places[x&^altBit]
	}
	return out
}

// Country returns the place of a country by its ISO 3166-1 alpha-3 code.
func (g *Gazetteer) Country(iso3 string) (Place, bool) {
	i, ok := g.country[strings.ToUpper(iso3)]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Len is the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.places) }

// fold normalises a name for lookup: lower case, Latin accents off, dots,
// commas and apostrophes out, hyphens as spaces, one space between words, no
// leading "the", and "St"/"Ft"/"Mt" spelt out.
func fold(s string) string {
	if clean(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)+4), s))
}

// appendFold appends fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	start := len(dst)
	space := true // drop leading spaces
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			dst = append(dst, c)
			space = false
			i++
			continue
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c+32)
			space = false
			i++
			continue
		case c == '.' || c == ',' || c == '\'' || c == '`':
			i++
			continue
		case c == '-' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ':
			continue
		case r == '‐' || r == '–' || r == '—' || unicode.IsSpace(r):
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		}
		if t, ok := latin[unicode.ToLower(r)]; ok {
			dst = append(dst, t...)
			space = false
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			space = false
		}
		// other symbols are dropped
	}
	if len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	out := dst[start:]
	if len(out) >= 4 && string(out[:4]) == "the " {
		dst = append(dst[:start], out[4:]...)
		out = dst[start:]
	}
	if len(out) > 3 && out[2] == ' ' {
		var long string
		switch string(out[:2]) {
		case "st":
			long = "saint"
		case "ft":
			long = "fort"
		case "mt":
			long = "mount"
		}
		if long != "" {
			rest := string(out[2:])
			dst = append(append(dst[:start], long...), rest...)
		}
	}
	return dst
}

// clean reports whether s is already folded: lower-case ASCII words with
// single spaces, and no abbreviation or "the" to rewrite.
func clean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && s[i-1] != ' ') {
			return false
		}
	}
	return !strings.HasPrefix(s, "the ") && !(len(s) > 3 && s[2] == ' ' && (s[:2] == "st" || s[:2] == "ft" || s[:2] == "mt"))
}

var latin = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ħ': "h"}
	for base, list := range map[string]string{
		"a": "àáâãäåāăąǎạảấầẩẫậắằẳẵặ",
		"c": "çćĉċč",
		"d": "ďḍ",
		"e": "èéêëēĕėęěẹẻẽếềểễệ",
		"g": "ĝğġģǧ",
		"h": "ĥḥ",
		"i": "ìíîïĩīĭįǐỉị",
		"j": "ĵ",
		"k": "ķǩ",
		"l": "ĺļľŀ",
		"n": "ñńņňṇ",
		"o": "òóôõöōŏőǒọỏốồổỗộớờởỡợơ",
		"r": "ŕŗř",
		"s": "śŝşšșṣ",
		"t": "ţťțṭ",
		"u": "ùúûüũūŭůűųǔụủứừửữựư",
		"w": "ŵ",
		"y": "ýÿŷỳỹ",
		"z": "źżžẓ",
	} {
		for _, r := range list {
			m[r] = base
		}
	}
	return m
}()
