package geo

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// The index, data/gazetteer.idx, is the gazetteer made ahead from
// data/gazetteer.tsv (the source of truth) and the actor table, so that a
// process loads it in a millisecond rather than folding, hashing and
// sorting some 190,000 names. Regenerate it after changing either with
//
//	go generate ./internal/geo
//
// (TestIndexUpToDate fails while it is stale.)
//
// Every integer is a varint (encoding/binary's Uvarint; Varint where it may
// be negative), every string a length and its bytes. A place list is a
// string of entries, each a place's index times two, plus one when altBit
// is set. In order:
//
//	magic     indexMagic
//	codes     count, then the strings that are feature, country and
//	          division codes
//	places    count; the byte length of the records of each chunk of
//	          chunkSize places; the records, as a string: (id, name, lat,
//	          lon, feature, country, division, population) each, lat and lon
//	          in thousandths of a degree (encode checks that they are
//	          exact), the codes as indexes into codes
//	buckets   a string of 4-byte little-endian offsets into keys: of the
//	          records of each of the 1<<bucketBits buckets, and of their end
//	keys      a string of a record (folded name, place list) for each name,
//	          by bucket (the top bucketBits bits of keyHash), then by name
//	quals     count, then (folded name, place list) each, by name
//	demonyms  count, then (folded demonym, place index) each, by demonym
//	countries count, then (ISO3, place index) each, by ISO3
//
// Loading decodes the codes, the chunks' offsets and the three small maps;
// names are read in place, and places a chunk at a time, on first use.
//
//go:generate go test -run TestIndexUpToDate -update
const indexMagic = "attache gazetteer index 1\n"

const (
	chunkSize  = 256 // places decoded at a time
	bucketBits = 16  // 65,536 buckets of about three names each
)

// encode writes t as an index.
func encode(t *table) ([]byte, error) {
	w := writer(indexMagic)

	codes := map[string]int{}
	var codeList []string
	for _, p := range t.places {
		for _, c := range []string{p.Feature, p.Country, p.Admin1} {
			if _, ok := codes[c]; !ok {
				codes[c] = len(codeList)
				codeList = append(codeList, c)
			}
		}
	}
	w.num(len(codeList))
	for _, c := range codeList {
		w.str(c)
	}

	w.num(len(t.places))
	var recs writer
	start := 0
	for i, p := range t.places {
		lat, ok1 := milli(p.Lat)
		lon, ok2 := milli(p.Lon)
		if !ok1 || !ok2 || p.Population < 0 {
			return nil, fmt.Errorf("place %d (%s): %v, %v, population %d: not in thousandths of a degree, or negative",
				p.ID, p.Name, p.Lat, p.Lon, p.Population)
		}
		recs.int(p.ID)
		recs.str(p.Name)
		recs.int(int(lat))
		recs.int(int(lon))
		for _, c := range []string{p.Feature, p.Country, p.Admin1} {
			recs.num(codes[c])
		}
		recs.num(p.Population)
		if (i+1)%chunkSize == 0 || i+1 == len(t.places) {
			w.num(len(recs) - start)
			start = len(recs)
		}
	}
	w.str(string(recs))

	bucket := func(k string) int { return int(keyHash(k) >> (64 - bucketBits)) }
	names := slices.SortedFunc(maps.Keys(t.names), func(x, y string) int {
		if bx, by := bucket(x), bucket(y); bx != by {
			return bx - by
		}
		return strings.Compare(x, y)
	})
	var offsets []byte
	var keys writer
	for bk, i := 0, 0; bk <= 1<<bucketBits; bk++ {
		offsets = binary.LittleEndian.AppendUint32(offsets, uint32(len(keys)))
		for ; i < len(names) && bucket(names[i]) == bk; i++ {
			keys.str(names[i])
			keys.list(t.names[names[i]])
		}
	}
	w.str(string(offsets))
	w.str(string(keys))

	w.num(len(t.quals))
	for _, k := range slices.Sorted(maps.Keys(t.quals)) {
		w.str(k)
		w.list(t.quals[k])
	}
	for _, m := range []map[string]uint32{t.demonyms, t.country} {
		w.num(len(m))
		for _, k := range slices.Sorted(maps.Keys(m)) {
			w.str(k)
			w.num(int(m[k]))
		}
	}
	return w, nil
}

// writer appends an index's fields.
type writer []byte

func (w *writer) num(x int)    { *w = binary.AppendUvarint(*w, uint64(x)) }
func (w *writer) int(x int)    { *w = binary.AppendVarint(*w, int64(x)) }
func (w *writer) str(s string) { w.num(len(s)); *w = append(*w, s...) }

func (w *writer) list(l []uint32) {
	var s writer
	for _, x := range l {
		s.num(int(x&^altBit)<<1 | int(x>>31))
	}
	w.str(string(s))
}

// milli is v in thousandths, and whether that is exact: whether decode's
// float64(m)/1000 gives v back, to the bit. (Division rounds correctly, so it
// gives what strconv.ParseFloat gives for a decimal of three places or fewer.)
func milli(v float64) (m int64, exact bool) {
	m = int64(math.Round(v * 1000))
	return m, math.Float64bits(float64(m)/1000) == math.Float64bits(v)
}

// decode loads a gazetteer from an index, reading the index in place: its
// places' names and codes are substrings of ix.
func decode(ix string) (*Gazetteer, error) {
	s, ok := strings.CutPrefix(ix, indexMagic)
	if !ok {
		return nil, errors.New("not a gazetteer index of this version")
	}
	r := &reader{s: s}
	g := &Gazetteer{}
	g.codes = make([]string, r.count())
	for i := range g.codes {
		g.codes[i] = r.str()
	}

	g.n = r.count()
	g.chunks = make([]chunk, (g.n+chunkSize-1)/chunkSize)
	lens := make([]uint64, len(g.chunks))
	for i := range lens {
		lens[i] = r.uvarint()
	}
	recs := r.str()
	for i, n := range lens {
		if n > uint64(len(recs)) {
			return nil, errors.New("corrupt gazetteer index")
		}
		g.chunks[i].recs, recs = recs[:n], recs[n:]
	}

	g.buckets, g.keys = r.str(), r.str()
	if len(g.buckets) != (1<<bucketBits+1)*4 || le32(g.buckets, 1<<bucketBits) != len(g.keys) || recs != "" {
		return nil, errors.New("corrupt gazetteer index")
	}

	n := r.count()
	g.quals = make(map[string][]uint32, n)
	for range n {
		k, l := r.str(), entries(r.str())
		for _, x := range l {
			if int(x&^altBit) >= g.n {
				r.bad = true
			}
		}
		g.quals[k] = l
	}
	for _, m := range []*map[string]uint32{&g.demonyms, &g.country} {
		n := r.count()
		*m = make(map[string]uint32, n)
		for range n {
			k, x := r.str(), r.uvarint()
			if x >= uint64(g.n) {
				r.bad = true
			}
			(*m)[k] = uint32(x)
		}
	}
	if r.bad || r.s != "" {
		return nil, errors.New("corrupt gazetteer index")
	}
	g.countryKeys = make(map[string]string, len(g.country))
	for c := range g.country {
		g.countryKeys[c] = "\x00" + c
	}
	return g, nil
}

// A chunk is chunkSize places (fewer for the last one), decoded on first use.
type chunk struct {
	recs    string // their records in the index
	once    sync.Once
	decoded atomic.Bool // once has run: a quicker check than once.Do
	places  []Place
	prior   []float64 // prior(places[i])
}

// chunk returns chunk k, decoded.
func (g *Gazetteer) chunk(k uint32) *chunk {
	c := &g.chunks[k]
	if !c.decoded.Load() {
		c.once.Do(func() { c.decode(g.codes, min(chunkSize, g.n-int(k)*chunkSize)) })
	}
	return c
}

// decode decodes the n places of c, of the given codes.
func (c *chunk) decode(codes []string, n int) {
	r := reader{s: c.recs}
	c.places, c.prior = make([]Place, n), make([]float64, n)
	code := func() string {
		if x := r.uvarint(); x < uint64(len(codes)) {
			return codes[x]
		}
		r.bad = true
		return ""
	}
	for j := range c.places {
		p := &c.places[j]
		p.ID = int(r.varint())
		p.Name = r.str()
		p.Lat = float64(r.varint()) / 1000
		p.Lon = float64(r.varint()) / 1000
		p.Feature, p.Country, p.Admin1 = code(), code(), code()
		p.Population = int(r.uvarint())
		c.prior[j] = prior(*p)
	}
	if r.bad || r.s != "" {
		panic("geo: corrupt gazetteer index") // TestIndexUpToDate reads every record
	}
	c.decoded.Store(true)
}

// place returns place x (an index, or a place list entry).
func (g *Gazetteer) place(x uint32) *Place {
	i := x &^ altBit
	return &g.chunk(i / chunkSize).places[i%chunkSize]
}

// priorOf returns prior(*g.place(x)).
func (g *Gazetteer) priorOf(x uint32) float64 {
	i := x &^ altBit
	return g.chunk(i / chunkSize).prior[i%chunkSize]
}

// list returns the place list of the folded name k, as in the index; "" when
// the gazetteer does not know k.
func (g *Gazetteer) list(k string) string {
	_, l := find(g, k)
	return l
}

// find returns the folded name k as the index holds it (a string that
// costs no allocation) and its place list; "", "" when the gazetteer does
// not know k.
func find[S string | []byte](g *Gazetteer, k S) (key, list string) {
	b := int(keyHash(k) >> (64 - bucketBits))
	r := reader{s: g.keys[le32(g.buckets, b):le32(g.buckets, b+1)]}
	for r.s != "" {
		if key, l := r.str(), r.str(); key == string(k) {
			return key, l
		}
	}
	return "", ""
}

// named returns the places of the folded name k, best first; nil when the
// gazetteer does not know it.
func (g *Gazetteer) named(k string) []uint32 { return entries(g.list(k)) }

// keyHash is FNV-1a of a folded name.
func keyHash[S string | []byte](k S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	return h
}

// entries decodes a place list; nil when it is empty.
func entries(l string) []uint32 {
	if l == "" {
		return nil
	}
	out := make([]uint32, 0, listLen(l))
	for r := (reader{s: l}); r.s != ""; {
		out = append(out, r.entry())
	}
	return out
}

// listLen is the number of entries of a place list: of varints' last bytes.
func listLen(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		if l[i] < 0x80 {
			n++
		}
	}
	return n
}

// le32 is the i-th 4-byte little-endian integer of s.
func le32(s string, i int) int {
	s = s[4*i : 4*i+4]
	return int(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

// reader reads an index's fields in order; past its end or on a bad field
// it reads zeros and sets bad.
type reader struct {
	s   string
	bad bool
}

func (r *reader) uvarint() uint64 {
	var x uint64
	for i := 0; i < len(r.s) && i < binary.MaxVarintLen64; i++ {
		c := r.s[i]
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.s = r.s[i+1:]
			return x
		}
	}
	r.s, r.bad = "", true
	return 0
}

func (r *reader) varint() int64 {
	u := r.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

func (r *reader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.s)) {
		r.s, r.bad = "", true
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

// count reads a count of things of a byte or more each.
func (r *reader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.s)) {
		r.s, r.bad = "", true
		return 0
	}
	return int(n)
}

// entry reads a place list entry.
func (r *reader) entry() uint32 {
	x := r.uvarint()
	return uint32(x>>1) | uint32(x&1)<<31
}
