package ner

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes: a template's id mixed with hashes of the
// strings it looks at. The arithmetic is fixed, so a model trained on one
// machine means the same on every other.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix combines two hashes; it is not symmetric.
func mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 + b
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	return h
}

// hashBytes is FNV-1a of b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashString is FNV-1a of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// appendLower appends the lower-case form of s to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			dst = append(dst, c)
			i++
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// lowerString is the lower-case form of s, as the gazetteers are keyed.
func lowerString(s string) string { return string(appendLower(nil, s)) }

// Capitalisation classes of a token.
const (
	capNone  uint8 = iota // no letters
	capLower              // all lower case
	capInit               // upper-case first letter, some lower case after
	capAll                // upper-case letters only, at least one
	capMixed              // lower-case first letter, some upper case after: "iPhone"
)

// shapeOf appends the word's long shape (letters as X/x, digits as d, other
// characters as themselves; runs longer than two cut to two) to long and
// its short shape (every run cut to one) to short, and returns the
// capitalisation class and whether the word has a digit.
func shapeOf(long, short []byte, s string) ([]byte, []byte, uint8, bool) {
	var prev byte
	run := 0
	upper, lower, first := 0, 0, byte(0)
	digit := false
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		var k byte
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				k = 'X'
				upper++
			case 'a' <= c && c <= 'z':
				k = 'x'
				lower++
			case '0' <= c && c <= '9':
				k = 'd'
				digit = true
			default:
				k = c
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsUpper(r):
				k = 'X'
				upper++
			case unicode.IsLetter(r):
				k = 'x'
				lower++
			case unicode.IsDigit(r):
				k = 'd'
				digit = true
			default:
				k = 'o'
			}
			i += size
		}
		if first == 0 && (k == 'X' || k == 'x') {
			first = k
		}
		n++
		if k == prev {
			run++
		} else {
			run = 1
			prev = k
			short = append(short, k)
		}
		if run <= 2 && len(long) < 64 {
			long = append(long, k)
		}
	}
	var cls uint8
	switch {
	case upper == 0 && lower == 0:
		cls = capNone
	case upper == 0:
		cls = capLower
	case lower == 0:
		cls = capAll
	case first == 'X':
		cls = capInit
	default:
		cls = capMixed
	}
	return long, short, cls, digit
}
