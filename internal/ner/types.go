package ner

import "strings"

// Entity types, as document.Entity.Type names them.
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	Fac    = "FAC"
	NORP   = "NORP"
	Event  = "EVENT"
	Misc   = "MISC"
)

// geoWords end the names of natural places, which are LOC, not GPE.
var geoWords = map[string]bool{
	"river": true, "sea": true, "ocean": true, "lake": true, "mountain": true, "mountains": true,
	"mount": true, "mt": true, "mt.": true, "valley": true, "island": true, "islands": true, "isles": true,
	"bay": true, "gulf": true, "strait": true, "straits": true, "desert": true, "peninsula": true,
	"coast": true, "canal": true, "channel": true, "hills": true, "forest": true, "plain": true,
	"plains": true, "basin": true, "delta": true, "glacier": true, "falls": true, "cape": true,
	"range": true, "ridge": true, "pass": true, "border": true, "region": true, "corridor": true,
}

// refineType maps a CoNLL type (index into typeNames) and the mention's
// text to an OntoNotes-style entity type: PER -> PERSON; ORG -> ORG;
// LOC -> GPE for countries, cities, states and other places with a
// government, LOC for natural and supranational regions, FAC for
// buildings; MISC -> NORP for nationalities, religions and political
// groups, EVENT for named events, else MISC.
func refineType(typ int, name string) string {
	switch typ {
	case 0:
		return Person
	case 1:
		return Org
	case 2:
		return locType(name)
	}
	return miscType(name)
}

func locType(name string) string {
	g := gaz()
	cats := g.categories(name)
	switch {
	case cats&(1<<gCountry|1<<gCity|1<<gRegion) != 0:
		return GPE
	case cats&(1<<gContinent) != 0:
		return Loc
	case cats&(1<<gFac) != 0:
		return Fac
	}
	first, last := firstLastWord(name)
	lf, ll := strings.ToLower(first), strings.ToLower(last)
	switch {
	case g.categories(last)&(1<<gFac) != 0 && first != last:
		return Fac
	case geoWords[ll] || geoWords[lf] && first != last:
		return Loc
	case strings.HasSuffix(ll, "land") && first != last: // "Eastern Highlands"-like regions stay GPE
	}
	return GPE
}

func miscType(name string) string {
	g := gaz()
	cats := g.categories(name)
	if cats&(1<<gNationality|1<<gGroup) != 0 {
		return NORP
	}
	if cats&(1<<gEvent) != 0 && cats&(1<<gTime) == 0 {
		return Event
	}
	first, last := firstLastWord(name)
	if first != last {
		if g.categories(last)&(1<<gEvent) != 0 {
			return Event
		}
		// "World War II", "the 1996 Olympics"
		if lc := g.categories(first); lc&(1<<gEvent) != 0 && isRoman(last) {
			return Event
		}
		if strings.HasPrefix(strings.ToLower(name), "world war") {
			return Event
		}
	}
	// "pro-Western", "anti-Israeli": a group by leaning is NORP only when
	// it names people; leave it MISC.
	return Misc
}

func firstLastWord(name string) (string, string) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return "", ""
	}
	return f[0], f[len(f)-1]
}

func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("IVXL", c) {
			return false
		}
	}
	return true
}

// Lowercase reports whether the embedded model saw word, in any case, as
// a lower-case word of its training text: a common word as well as a name
// ("city", "union", "reading"), as "Gainesville" is not.
func Lowercase(word string) bool {
	var buf [32]byte
	_, ok := Default().m.lowerWords[hashBytes(appendLower(buf[:0], word))]
	return ok
}
