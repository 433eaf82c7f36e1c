package store

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/attache-news/attache/document"
)

// ContentHash is the content hash under which a Document is stored: the
// SHA-256, in hex, of its URL, title, publication date and text. It is
// computed on the extracted article, not the raw input, so that a page
// fetched again with a new advertisement or timestamp around the same
// article hashes the same; the URL is part of it, so that the same wire
// story on two sites is two articles (the second a near-duplicate of the
// first) rather than one.
func ContentHash(d *document.Document) string {
	h := sha256.New()
	for _, s := range []string{d.URL, d.Title, d.Published, d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Near-duplicate detection: MinHash signatures over word shingles, banded
// for locality-sensitive hashing. Two texts whose shingle sets have Jaccard
// similarity J share at least one band with probability 1-(1-J^Rows)^Bands:
// 0.98 at J=0.6, 0.02 at J=0.2.
const (
	Shingle      = 5  // words per shingle
	Bands        = 20 // LSH bands
	Rows         = 4  // signature values per band
	MinShingles  = 8  // texts with fewer shingles are not compared
	NearDupFloor = 0.6
)

// MinHash is the signature of text: Bands*Rows minimum hash values over its
// shingles of Shingle lower-cased words. It is nil for texts with fewer than
// MinShingles shingles, which are too short to judge.
func MinHash(text string) []uint64 {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	n := len(words) - Shingle + 1
	if n < MinShingles {
		return nil
	}
	hs := make([]uint64, n)
	h := fnv.New64a()
	for i := range n {
		h.Reset()
		for _, w := range words[i : i+Shingle] {
			h.Write([]byte(strings.ToLower(w)))
			h.Write([]byte{' '})
		}
		hs[i] = h.Sum64()
	}
	sig := make([]uint64, Bands*Rows)
	for k := range sig {
		sig[k] = ^uint64(0)
		a, b := seeds[k][0]|1, seeds[k][1]
		for _, x := range hs {
			if v := mix(x*a + b); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// BandKeys are the LSH keys of a signature, one per band, to look up and
// store: two signatures that agree on all Rows values of a band share its key.
func BandKeys(sig []uint64) []int64 {
	if len(sig) != Bands*Rows {
		return nil
	}
	keys := make([]int64, Bands)
	for b := range Bands {
		v := uint64(b) * 0x9e3779b97f4a7c15
		for _, x := range sig[b*Rows : (b+1)*Rows] {
			v = mix(v ^ x)
		}
		keys[b] = int64(v)
	}
	return keys
}

// Similarity estimates the Jaccard similarity of the texts of two
// signatures: the share of positions where they agree.
func Similarity(a, b []uint64) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// mix is splitmix64's finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// seeds are the fixed parameters of the hash functions: the stored
// signatures depend on them, so they never change.
var seeds = func() (s [Bands * Rows][2]uint64) {
	x := uint64(0x243f6a8885a308d3) // digits of pi
	for i := range s {
		for j := range 2 {
			x += 0x9e3779b97f4a7c15
			s[i][j] = mix(x)
		}
	}
	return s
}()

// EncodeSignature packs a signature into bytes for storage.
func EncodeSignature(sig []uint64) []byte {
	b := make([]byte, 8*len(sig))
	for i, v := range sig {
		for j := range 8 {
			b[8*i+j] = byte(v >> (8 * j))
		}
	}
	return b
}

// DecodeSignature unpacks EncodeSignature's bytes; nil when malformed.
func DecodeSignature(b []byte) []uint64 {
	if len(b) == 0 || len(b)%8 != 0 {
		return nil
	}
	sig := make([]uint64, len(b)/8)
	for i := range sig {
		for j := range 8 {
			sig[i] |= uint64(b[8*i+j]) << (8 * j)
		}
	}
	return sig
}
