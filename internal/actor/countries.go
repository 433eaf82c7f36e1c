// Package actor is attache's actor knowledge base and the resolution of
// entities to CAMEO-style actor codes: countries with their names, demonyms
// and capitals, and (as it grows) organisations and dated office holders.
//
// It consumes entity names and the text around their mentions; it produces
// document.Actor values. The tables are built from facts (see data/ and
// scripts/gen_countries.py) and embedded in the binary.
package actor

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// Country is one row of the country table.
type Country struct {
	ISO3, ISO2 string
	Name       string   // common English name: "United States"
	Official   string   // "United States of America"; "" when none differs
	Capital    string   // "Washington D.C."; "" when unknown
	Names      []string // other names: "US", "U.S.", "America"
	Demonyms   []string // adjective first: "American", "Americans"
}

//go:embed data/countries.tsv
var countriesTSV string

type countryIndex struct {
	all       []*Country
	byCode    map[string]*Country
	byName    map[string]*Country // folded names, official names, other names
	byDemonym map[string]*Country
	byCapital map[string]*Country
}

var countries = sync.OnceValue(func() *countryIndex {
	ix := &countryIndex{byCode: map[string]*Country{}, byName: map[string]*Country{},
		byDemonym: map[string]*Country{}, byCapital: map[string]*Country{}}
	for line := range strings.SplitSeq(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 7 {
			continue
		}
		c := &Country{ISO3: f[0], ISO2: f[1], Name: f[2], Official: f[3], Capital: f[4], Names: split(f[5]), Demonyms: split(f[6])}
		ix.all = append(ix.all, c)
		ix.byCode[c.ISO3] = c
		for _, n := range append([]string{c.Name, c.Official}, c.Names...) {
			addFirst(ix.byName, n, c)
		}
		for _, n := range c.Demonyms {
			addFirst(ix.byDemonym, n, c)
		}
		if c.Capital != "" {
			addFirst(ix.byCapital, c.Capital, c)
			if i := strings.IndexAny(c.Capital, " ,("); i > 0 && strings.HasSuffix(c.Capital, "D.C.") {
				addFirst(ix.byCapital, c.Capital[:i], c) // "Washington"
			}
		}
	}
	return ix
})

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// addFirst keeps the first country for a name: the table lists the main
// holder of a shared name first where it matters ("Congo").
func addFirst(m map[string]*Country, name string, c *Country) {
	k := fold(name)
	if k == "" {
		return
	}
	if _, ok := m[k]; !ok {
		m[k] = c
	}
}

// fold normalises a name for lookup: case, a leading "the", dots in
// abbreviations ("U.S." = "US").
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.ReplaceAll(s, ".", "")
}

// lookup is m[fold(name)], allocating nothing for an ASCII name.
func lookup[V any](m map[string]V, name string) V {
	var buf [64]byte
	return m[string(appendFold(buf[:0], name))]
}

// appendFold appends fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, fold(s)...)
		}
	}
	n := len(dst)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if bytes.HasPrefix(dst[n:], []byte("the ")) {
		dst = append(dst[:n], dst[n+4:]...)
	}
	k := n
	for _, c := range dst[n:] {
		if c != '.' {
			dst[k] = c
			k++
		}
	}
	return dst[:k]
}

// CountryByCode returns the country of an ISO 3166-1 alpha-3 code (or CAMEO's
// KSV), or nil.
func CountryByCode(code string) *Country { return countries().byCode[strings.ToUpper(code)] }

// CountryByName finds a country by its name or another name ("US",
// "Britain", "the Netherlands"), or nil.
func CountryByName(name string) *Country { return lookup(countries().byName, name) }

// CountryByDemonym finds a country by its adjective or people ("Chinese",
// "Americans"), or nil.
func CountryByDemonym(word string) *Country { return lookup(countries().byDemonym, word) }

// CountryByCapital finds a country by its capital ("Beijing", "Washington"),
// the metonymy of news ("Beijing said"), or nil.
func CountryByCapital(city string) *Country { return lookup(countries().byCapital, city) }

// Countries lists every country, in code order.
func Countries() []*Country { return countries().all }
