package geo

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/attache-news/attache/internal/actor"
)

// table is the gazetteer as read from data/gazetteer.tsv and the actor
// table: what encode writes into the index that Default loads.
type table struct {
	places   []Place
	names    map[string][]uint32 // folded name -> place indexes (altBit: matched by another name), best first
	quals    map[string][]uint32 // names read only as a qualifier ("Alexandria, La."): folded -> places
	demonyms map[string]uint32   // folded demonym -> index of the country's place
	country  map[string]uint32   // ISO3 -> index of the country's place

	buf   []byte   // scratch
	arena []uint32 // one-place name lists
}

// parseTSV reads the gazetteer's TSV; every name is a substring of text.
func parseTSV(text string) (*table, error) {
	t := &table{
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
		i := uint32(len(t.places))
		t.places = append(t.places, p)
		t.add(p.Name, i)
		if f[2] != "" {
			for a := range strings.SplitSeq(f[2], "|") {
				if q, ok := strings.CutPrefix(a, "~"); ok {
					t.quals[fold(q)] = append(t.quals[fold(q)], i)
					continue
				}
				t.add(a, i|altBit)
			}
		}
		if p.Feature == "PCLI" {
			t.country[p.Country] = i
		}
	}
	t.addCountries()
	priors := make([]float64, len(t.places))
	for i, p := range t.places {
		priors[i] = prior(p)
	}
	for _, l := range t.names {
		if len(l) < 2 {
			continue
		}
		primary := slices.ContainsFunc(l, func(x uint32) bool { return x&altBit == 0 })
		slices.SortStableFunc(l, func(a, b uint32) int {
			sa, sb := score0(priors[a&^altBit], a, primary), score0(priors[b&^altBit], b, primary)
			if sa != sb {
				if sa > sb {
					return -1
				}
				return 1
			}
			return int(a&^altBit) - int(b&^altBit)
		})
	}
	return t, nil
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
func (t *table) add(name string, i uint32) {
	var l []uint32
	var ok bool
	if clean(name) {
		l, ok = t.names[name]
	} else {
		t.buf = appendFold(t.buf[:0], name)
		if len(t.buf) == 0 {
			return
		}
		l, ok = t.names[string(t.buf)] // no copy for a look-up
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
		name = string(t.buf)
	}
	if !ok {
		// most names have one place: their lists share an arena, each
		// capped at its length so that a second place copies it out
		if len(t.arena) == cap(t.arena) {
			t.arena = make([]uint32, 0, 1<<12)
		}
		t.arena = append(t.arena, i)
		n := len(t.arena)
		t.names[name] = t.arena[n-1 : n : n]
		return
	}
	t.names[name] = append(l, i)
}

// addCountries names the country rows from the actor table, and gives the
// countries without a centre point of their own their capital's point.
func (t *table) addCountries() {
	for _, c := range actor.Countries() {
		i, ok := t.country[c.ISO3]
		if !ok {
			p, found := Place{}, false
			for _, x := range t.names[fold(c.Capital)] {
				if q := t.places[x&^altBit]; q.Country == c.ISO3 && strings.HasPrefix(q.Feature, "P") {
					p, found = q, true
					break
				}
			}
			if !found {
				continue
			}
			i = uint32(len(t.places))
			t.places = append(t.places, Place{ID: -100000 - len(t.places), Name: c.Name, Lat: p.Lat, Lon: p.Lon,
				Country: c.ISO3, Feature: "PCLI"})
			t.country[c.ISO3] = i
			t.add(c.Name, i)
		}
		for _, n := range append([]string{c.Name, c.Official}, c.Names...) {
			if t.hasOwnNonCountry(fold(n)) {
				continue // "West Bank" is a region of the table, not Palestine's centre
			}
			t.add(n, i)
		}
		for _, d := range c.Demonyms {
			if k := fold(d); k != "" {
				if _, dup := t.demonyms[k]; !dup {
					t.demonyms[k] = i
				}
			}
		}
	}
}

func (t *table) hasOwnNonCountry(k string) bool {
	for _, x := range t.names[k] {
		if p := t.places[x&^altBit]; p.ID < 0 && p.Feature != "PCLI" {
			return true
		}
	}
	return false
}
