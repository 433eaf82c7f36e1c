package ner

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Model is a trained tagger: one or two stages of feature weights over the
// same hashed features, their tag-transition weights, and the word lists
// the features consult. It is read-only once built.
type Model struct {
	stages int // 1, or 2 when a second pass reads the first's tags

	// Feature table: open addressing over the feature hashes.
	table  []entry
	keys   []uint64 // the full hash of each row's feature
	mask   uint64
	rows   []int16 // per row: stages × nTags weights
	stride int     // stages × nTags
	n      int     // features

	trans [2][nTags * nTags]int32 // [stage][prev*nTags+cur]

	lowerWords map[uint64]struct{} // words seen in lower case in the training text
	clusters   map[uint64]uint32   // word -> cluster path (bits, length in the top byte)
}

const modelMagic = "ATNER\x02"

// entry is a slot of the feature table, in 8 bytes so that the table
// stays in cache: the top 40 bits of a feature's hash (with the slot, which
// the low bits choose, they tell features apart) and its row number.
type entry uint64

const (
	rowBits = 24 // rows per model, at most 1<<rowBits - 1
	rowMask = 1<<rowBits - 1
)

func (e entry) tag() uint64 { return uint64(e) >> rowBits }
func (e entry) row() int    { return int(e&rowMask) - 1 }

func makeEntry(f uint64, row int) entry { return entry(f>>rowBits<<rowBits | uint64(row+1)) }

// offset returns where feature f's row starts in m.rows, or -1.
func (m *Model) offset(f uint64) int32 {
	if f == 0 {
		f = 1
	}
	i := f & m.mask
	t := f >> rowBits
	for {
		e := m.table[i]
		if e == 0 {
			return -1
		}
		if e.tag() == t {
			return int32(e.row() * m.stride)
		}
		i = (i + 1) & m.mask
	}
}

// row returns the weights of feature f, or nil.
func (m *Model) row(f uint64) []int16 {
	o := m.offset(f)
	if o < 0 {
		return nil
	}
	return m.rows[o : int(o)+m.stages*nTags]
}

// modelBuilder collects float weights before quantisation.
type modelBuilder struct {
	stages     int
	keys       []uint64
	weights    [][]float32 // [stage][feature*nTags + tag]
	trans      [2][nTags * nTags]float32
	lowerWords []uint64
	clusters   map[uint64]uint32
}

// build quantises the weights to int16, dropping features whose weights
// are all below minWeight (in units of the stage's largest weight / 32767).
func (b *modelBuilder) build(minWeight int) *Model {
	m := &Model{stages: b.stages}
	var scale [2]float64
	for s := 0; s < b.stages; s++ {
		mx := 0.0
		for _, w := range b.weights[s] {
			mx = max(mx, math.Abs(float64(w)))
		}
		for _, w := range b.trans[s] {
			mx = max(mx, math.Abs(float64(w)))
		}
		if mx == 0 {
			mx = 1
		}
		scale[s] = 32000 / mx
	}
	q := func(s int, w float32) int32 { return int32(math.Round(float64(w) * scale[s])) }
	order := make([]int, len(b.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		switch {
		case b.keys[x] < b.keys[y]:
			return -1
		case b.keys[x] > b.keys[y]:
			return 1
		}
		return 0
	})
	var keys []uint64
	var rows []int16
	for _, fi := range order {
		keep := false
		start := len(rows)
		for s := 0; s < b.stages; s++ {
			for t := 0; t < nTags; t++ {
				v := q(s, b.weights[s][fi*nTags+t])
				if v > 32767 {
					v = 32767
				} else if v < -32767 {
					v = -32767
				}
				if v >= int32(minWeight) || v <= -int32(minWeight) {
					keep = true
				} else {
					v = 0
				}
				rows = append(rows, int16(v))
			}
		}
		if !keep || b.keys[fi] == 0 {
			rows = rows[:start]
			continue
		}
		keys = append(keys, b.keys[fi])
	}
	for s := 0; s < b.stages; s++ {
		for i, w := range b.trans[s] {
			m.trans[s][i] = q(s, w)
		}
	}
	m.setTable(keys, rows)
	m.lowerWords = make(map[uint64]struct{}, len(b.lowerWords))
	for _, w := range b.lowerWords {
		m.lowerWords[w] = struct{}{}
	}
	m.clusters = b.clusters
	if m.clusters == nil {
		m.clusters = map[uint64]uint32{}
	}
	return m
}

// setTable builds the open-addressing table over sorted keys and their rows.
func (m *Model) setTable(keys []uint64, rows []int16) {
	m.n = len(keys)
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	if len(keys) >= rowMask {
		panic(fmt.Sprintf("ner: %d features, more than a table holds", len(keys)))
	}
	m.table = make([]entry, size)
	m.mask = uint64(size - 1)
	m.rows = rows
	m.stride = m.stages * nTags
	m.keys = make([]uint64, len(keys))
	for r, k := range keys {
		if k == 0 {
			k = 1
		}
		m.keys[r] = k
		i := k & m.mask
		for m.table[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = makeEntry(k, r)
	}
}

// Features is the number of features the model holds.
func (m *Model) Features() int { return m.n }

// MarshalBinary writes the model in its compact form: sorted feature keys
// as deltas, each row as a bit mask of non-zero weights and their values,
// all as varints, then deflated.
func (m *Model) MarshalBinary() ([]byte, error) {
	var raw []byte
	raw = append(raw, modelMagic...)
	raw = binary.AppendUvarint(raw, uint64(m.stages))
	raw = binary.AppendUvarint(raw, uint64(m.n))
	type kr struct {
		key uint64
		row int32
	}
	all := make([]kr, 0, m.n)
	for r, k := range m.keys {
		all = append(all, kr{k, int32(r)})
	}
	slices.SortFunc(all, func(a, b kr) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	prev := uint64(0)
	for _, e := range all {
		raw = binary.AppendUvarint(raw, e.key-prev)
		prev = e.key
	}
	stride := m.stride
	for _, e := range all {
		row := m.rows[int(e.row)*stride : int(e.row+1)*stride]
		var bits uint64
		for t, v := range row {
			if v != 0 {
				bits |= 1 << t
			}
		}
		raw = binary.AppendUvarint(raw, bits)
		for _, v := range row {
			if v != 0 {
				raw = binary.AppendVarint(raw, int64(v))
			}
		}
	}
	for s := 0; s < m.stages; s++ {
		for _, v := range m.trans[s] {
			raw = binary.AppendVarint(raw, int64(v))
		}
	}
	raw = appendSortedKeys(raw, mapKeys(m.lowerWords))
	ck := mapKeys(m.clusters)
	raw = appendSortedKeys(raw, ck)
	for _, k := range ck {
		raw = binary.AppendUvarint(raw, uint64(m.clusters[k]))
	}
	var out bytes.Buffer
	w, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(raw); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func mapKeys[V any](m map[uint64]V) []uint64 {
	ks := make([]uint64, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func appendSortedKeys(raw []byte, ks []uint64) []byte {
	raw = binary.AppendUvarint(raw, uint64(len(ks)))
	prev := uint64(0)
	for _, k := range ks {
		raw = binary.AppendUvarint(raw, k-prev)
		prev = k
	}
	return raw
}

var errModel = errors.New("ner: bad model data")

// LoadModel reads a model written by MarshalBinary.
func LoadModel(data []byte) (*Model, error) {
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(data)))
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(modelMagic)) {
		return nil, errModel
	}
	r := reader{b: raw[len(modelMagic):]}
	m := &Model{stages: int(r.uvarint())}
	n := int(r.uvarint())
	if r.err != nil || m.stages < 1 || m.stages > 2 || n < 0 || n > len(raw) {
		return nil, errModel
	}
	keys := make([]uint64, n)
	prev := uint64(0)
	for i := range keys {
		prev += r.uvarint()
		keys[i] = prev
	}
	stride := m.stages * nTags
	rows := make([]int16, n*stride)
	for i := 0; i < n; i++ {
		bits := r.uvarint()
		for t := 0; t < stride; t++ {
			if bits&(1<<t) != 0 {
				rows[i*stride+t] = int16(r.varint())
			}
		}
	}
	for s := 0; s < m.stages; s++ {
		for i := range m.trans[s] {
			m.trans[s][i] = int32(r.varint())
		}
	}
	lw := r.sortedKeys()
	m.lowerWords = make(map[uint64]struct{}, len(lw))
	for _, k := range lw {
		m.lowerWords[k] = struct{}{}
	}
	ck := r.sortedKeys()
	m.clusters = make(map[uint64]uint32, len(ck))
	for _, k := range ck {
		m.clusters[k] = uint32(r.uvarint())
	}
	if r.err != nil {
		return nil, r.err
	}
	m.setTable(keys, rows)
	return m, nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errModel
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errModel
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) sortedKeys() []uint64 {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errModel
		return nil
	}
	ks := make([]uint64, n)
	prev := uint64(0)
	for i := range ks {
		prev += r.uvarint()
		ks[i] = prev
	}
	return ks
}
