package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota + 1 // letters, with internal apostrophes and dotted initials ("U.S.", "p.m.")
	kNum                    // digits, with internal , . / : - between digits ("1,500", "7.5", "6/18/2023", "9:31")
	kPunct                  // any other single character that is not space
)

// token is one word, number or punctuation mark of the text.
type token struct {
	start, end int    // byte offsets into the text
	low        string // lower-cased text (ASCII folding only; other bytes kept)
	kind       uint8
	upper      bool // the first character is an upper-case letter
	space      bool // white space precedes the token
	nl         bool // a blank line (paragraph break) precedes the token
	lx         *lex // lexicon entry of low, nil when none
}

// tokenize splits text into tokens. It never fails: bytes that are not valid
// UTF-8 are punctuation tokens of their own.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	low := asciiLower(text) // tokens that are ASCII take their lower case from here, without allocating
	i := 0
	space, nl := true, true
	newlines := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' {
			if c == '\n' {
				newlines++
				if newlines >= 2 {
					nl = true
				}
			}
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				if r == '\u2029' {
					nl = true
				}
				i += size
				continue
			}
		}
		start := i
		var kind uint8
		switch {
		case isDigit(c):
			kind = kNum
			i = scanNumber(text, i)
			// "1990s", "18th", "2nd", "3rd", "10am": digits with a letter suffix.
			j := i
			for j < len(text) && isASCIILetter(text[j]) && j-i < 4 {
				j++
			}
			if j > i && (j == len(text) || !isWordByte(text[j])) {
				i = j
			}
		case isLetter(r):
			kind = kWord
			i = scanWord(text, i)
		default:
			kind = kPunct
			i += size
		}
		tk := token{start: start, end: i, kind: kind, space: space, nl: nl}
		if kind == kWord {
			tk.upper = unicode.IsUpper(r)
		}
		tk.low = low[start:i]
		for k := start; k < i; k++ {
			if text[k] >= utf8.RuneSelf {
				tk.low = lowerSlow(text[start:i])
				break
			}
		}
		if kind != kPunct || tk.low == "'" || tk.low == "’" {
			tk.lx = lexicon[tk.low]
		}
		toks = append(toks, tk)
		space, nl, newlines = false, false, 0
	}
	return toks
}

// scanNumber returns the end of the number starting at i: digits with single
// internal separators , . / : - each followed by a digit.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == '/' || c == ':' || c == '-') && i+1 < len(text) && isDigit(text[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// scanWord returns the end of the word starting at i: letters and digits,
// internal apostrophes ("o'clock", "don't"), and dotted initials ("U.S.",
// "p.m."), whose final dot is part of the word.
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isLetter(r) || r < utf8.RuneSelf && isDigit(byte(r)) {
			i += size
			continue
		}
		if r == '\'' || r == '’' {
			// an internal apostrophe followed by a letter, except the possessive 's
			j := i + size
			if j < len(text) && isASCIILetter(text[j]) {
				if (text[j] == 's' || text[j] == 'S') && (j+1 == len(text) || !isWordByte(text[j+1])) {
					break
				}
				i = j
				continue
			}
			break
		}
		if r == '.' && i+2 <= len(text) {
			// dotted initials: single letters separated by dots ("U.S.", "p.m.")
			if i-start == 1 && i+1 < len(text) && isASCIILetter(text[i+1]) && (i+2 == len(text) || text[i+2] == '.') {
				i += 2
				for i+2 <= len(text) && text[i] == '.' && i+1 < len(text) && isASCIILetter(text[i+1]) && (i+2 == len(text) || text[i+2] == '.') {
					i += 2
				}
				if i < len(text) && text[i] == '.' {
					i++
				}
				return i
			}
		}
		break
	}
	return i
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isWordByte(c byte) bool    { return isDigit(c) || isASCIILetter(c) || c >= utf8.RuneSelf }
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r)
}

// asciiLower folds the ASCII upper case of s, byte for byte, so that offsets
// into s are offsets into the result; it returns s itself when nothing changes.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	done := 0 // s[:done] is written
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[done:i])
			b.WriteByte(c + 'a' - 'A')
			done = i + 1
		}
	}
	b.WriteString(s[done:])
	return b.String()
}

// lowerSlow folds a token with non-ASCII characters: upper case and the
// typographic apostrophe, which becomes "'".
func lowerSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r == '’':
			b.WriteByte('\'')
		case r == utf8.RuneError:
			b.WriteString("\uFFFD")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
