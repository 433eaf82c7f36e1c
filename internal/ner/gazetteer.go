package ner

import (
	"strings"
	"sync"

	"github.com/attache-news/attache/internal/text"
)

// Gazetteer categories. A token's gazetteer bits hold, for each category,
// its position (B, I, L or U) in a phrase of that category.
const (
	gCountry = iota
	gCity
	gRegion
	gContinent
	gNationality
	gGroup
	gFirst
	gTitle
	gOrgSuffix
	gOrgWord
	gFac
	gEvent
	gTime
	gOrg
	nGaz
)

const maxGazLen = 6 // tokens

// Positions in a gazetteer phrase.
const (
	posB = iota
	posI
	posL
	posU
)

// gazetteer maps the hash of a lower-case token sequence to the categories
// it belongs to, and a country alias to its canonical name.
type gazetteer struct {
	phrases map[uint64]uint16 // phrase hash -> category bits; 0 for a phrase's proper prefixes
	canon   map[uint64]string // phrase hash -> canonical name (countries, cities, known organisations)
}

var gaz = sync.OnceValue(buildGazetteer)

func buildGazetteer() *gazetteer {
	g := &gazetteer{phrases: map[uint64]uint16{}, canon: map[uint64]string{}}
	lines := func(s string) []string { return strings.Split(s, "\n") }
	addAliases := func(s string, cat int, canon bool) {
		for _, line := range lines(s) {
			names := strings.Split(line, "|")
			for _, n := range names {
				h := g.add(n, cat)
				if canon && h != 0 {
					if _, ok := g.canon[h]; !ok {
						g.canon[h] = names[0]
					}
				}
			}
		}
	}
	addAliases(countryNames, gCountry, true)
	addAliases(cityNames, gCity, true)
	addAliases(regionNames, gRegion, true)
	addAliases(continentNames, gContinent, true)
	addAliases(nationalityNames, gNationality, false)
	addAliases(groupNames, gGroup, false)
	addAliases(knownOrgs, gOrg, true)
	for _, n := range strings.Fields(firstNames) {
		g.add(n, gFirst)
	}
	for _, s := range []struct {
		list string
		cat  int
	}{{personTitles, gTitle}, {orgSuffixes, gOrgSuffix}, {orgWords, gOrgWord}, {facWords, gFac}, {eventWords, gEvent}, {timeWords, gTime}} {
		for _, n := range lines(s.list) {
			g.add(n, s.cat)
		}
	}
	// Plurals of nationalities and groups: "Americans", "Democrats".
	for _, list := range []struct {
		s   string
		cat int
	}{{nationalityNames, gNationality}, {groupNames, gGroup}} {
		for _, line := range lines(list.s) {
			for _, n := range strings.Split(line, "|") {
				if strings.HasSuffix(n, "ese") || strings.HasSuffix(n, "ish") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "ss") {
					continue
				}
				g.add(n+"s", list.cat)
			}
		}
	}
	return g
}

// phraseHash hashes a phrase's lower-case tokens as the tagger does.
func phraseHash(s string) (uint64, int) {
	toks := text.Tokens(s)
	h := uint64(gazSeed)
	var buf []byte
	for _, t := range toks {
		buf = appendLower(buf[:0], s[t.Start:t.End])
		h = mix(h, hashBytes(buf))
	}
	return h, len(toks)
}

const gazSeed = 0x5bd1e995

func (g *gazetteer) add(name string, cat int) uint64 {
	name = strings.TrimSpace(name)
	if name == "" {
		return 0
	}
	h, n := phraseHash(name)
	if n == 0 || n > maxGazLen {
		return 0
	}
	g.phrases[h] |= 1 << cat
	// Each proper prefix is a key too, so that a scan can stop at the first
	// run of tokens that begins no phrase.
	toks := text.Tokens(name)
	p := uint64(gazSeed)
	var buf []byte
	for _, t := range toks[:n-1] {
		buf = appendLower(buf[:0], name[t.Start:t.End])
		p = mix(p, hashBytes(buf))
		g.phrases[p] |= 0
	}
	return h
}

// lookup returns the categories of the phrase with the given token hashes.
func (g *gazetteer) lookup(lowHashes []uint64) uint16 {
	h := uint64(gazSeed)
	for _, x := range lowHashes {
		h = mix(h, x)
	}
	return g.phrases[h]
}

// categories returns the categories of a whole name, as written.
func (g *gazetteer) categories(name string) uint16 {
	h, _ := phraseHash(name)
	return g.phrases[h]
}

// canonical returns the canonical name of a country, city, region or known
// organisation, or "".
func (g *gazetteer) canonical(name string) string {
	h, _ := phraseHash(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	return g.canon[h]
}
