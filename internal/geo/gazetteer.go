package geo

import (
	_ "embed"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
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

//go:embed data/gazetteer.idx
var gazetteerIndex string

// Gazetteer is a loaded gazetteer. It is read-only once built, and safe for
// concurrent use. It reads its places and names from the index (index.go)
// as they are looked for.
type Gazetteer struct {
	n        int                 // the number of places
	codes    []string            // the places' feature, country and division codes
	chunks   []chunk             // the places, chunkSize to a chunk
	buckets  string              // the name records' hash buckets: their offsets in keys
	keys     string              // the name records
	quals    map[string][]uint32 // names read only as a qualifier ("Alexandria, La."): folded -> places
	demonyms map[string]uint32   // folded demonym -> index of the country's place
	country  map[string]uint32   // ISO3 -> index of the country's place

	countryKeys map[string]string // ISO3 -> "\x00" + ISO3, a demonym's toponym key
}

// A place list entry is a place's index, with altBit set when the place has
// the name as one of its other names.
const altBit = 1 << 31

// Default returns the embedded gazetteer, loaded on first use (in a
// millisecond or two: the index is made ahead, and its places decoded as
// they are used, up to some 15 MB of heap).
func Default() *Gazetteer { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := decode(gazetteerIndex)
	if err != nil {
		panic("geo: embedded gazetteer: " + err.Error()) // the build is broken, not the input
	}
	return g
})

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

// score0 is the score of candidate x, of the given prior, before context;
// primary tells whether some candidate of the same name has it as its own
// name.
func score0(prior float64, x uint32, primary bool) float64 {
	s := prior
	if x&altBit != 0 {
		s -= altPenalty
		if primary {
			s -= altUnderPrimary
		}
	}
	return s
}

// Lookup returns the places a name may mean, best first by population and
// kind; nil when the name is unknown. Case, accents, dots and a leading "the"
// do not matter ("the U.S." = "US", "Sao Paulo" = "São Paulo").
func (g *Gazetteer) Lookup(name string) []Place {
	l := g.list(fold(name))
	if l == "" {
		return nil
	}
	out := make([]Place, 0, listLen(l))
	for r := (reader{s: l}); r.s != ""; {
		out = append(out, *g.place(r.entry()))
	}
	return out
}

// Country returns the place of a country by its ISO 3166-1 alpha-3 code.
func (g *Gazetteer) Country(iso3 string) (Place, bool) {
	i, ok := g.country[strings.ToUpper(iso3)]
	if !ok {
		return Place{}, false
	}
	return *g.place(i), true
}

// Len is the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return g.n }

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
