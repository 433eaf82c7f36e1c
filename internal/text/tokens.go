package text

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word, number or punctuation mark: a half-open byte range
// [Start, End) into the text it was cut from.
type Token struct{ Start, End int }

// Tokens cuts text into tokens and returns their byte ranges, in order,
// non-overlapping and never empty. White space separates tokens and is in
// none. Inside a run of non-space characters the rules follow the Penn
// Treebank as CoNLL-2003 applies it:
//
//   - punctuation is a token of its own: `("Yes,"` -> `(` `"` `Yes` `,` `"`;
//     a run of full stops, `--` and the quotes “ and ” stay whole;
//   - words keep their inner hyphens, full stops, apostrophes, slashes and
//     ampersands: "rain-affected", "U.S.", "O'Neill", "AT&T", "1/2";
//   - numbers keep their separators: "1,200.50", "10:30", "1996-08-30";
//   - currency signs stand apart: "$1.2" -> "$" "1.2";
//   - a final full stop is cut off unless the word is an abbreviation or an
//     initial: "Inc.", "Sen.", "W.", "p.m." keep theirs;
//   - clitics are cut off: "don't" -> "do" "n't", "Blinken's" -> "Blinken" "'s".
//
// Text that is already tokenised (tokens joined by single spaces, as the
// CoNLL files are) comes back token for token. Tokens never panics and runs
// in time linear in the length of text; invalid UTF-8 bytes count as letters.
func Tokens(text string) []Token {
	out := make([]Token, 0, len(text)/5+1)
	return AppendTokens(out, text)
}

// AppendTokens is Tokens appending to dst, for callers that reuse a buffer.
func AppendTokens(dst []Token, text string) []Token {
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if tokClass[c] == tSpace {
				i++
				continue
			}
			j := i + 1
			for j < len(text) {
				c := text[j]
				if c < utf8.RuneSelf {
					if tokClass[c] == tSpace {
						break
					}
					j++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if isSpaceRune(r) {
					break
				}
				j += size
			}
			dst = chunk(dst, text, i, j)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpaceRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if tokClass[c] == tSpace {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if isSpaceRune(r) {
				break
			}
			j += size
		}
		dst = chunk(dst, text, i, j)
		i = j
	}
	return dst
}

// Byte classes for ASCII.
const (
	tWord  uint8 = iota // letters, digits and the characters words keep inside
	tSpace              // white space
	tPunct              // always a token of its own
	tOpen               // cut off at the start of a chunk: brackets, quotes, currency
	tClose              // cut off at the end of a chunk: brackets, quotes, , ; : ! ? %
)

var tokClass = func() (t [128]uint8) {
	for _, c := range " \t\n\r\v\f" {
		t[c] = tSpace
	}
	for c := 0; c < 32; c++ {
		if t[c] == tWord {
			t[c] = tSpace // other control characters separate too
		}
	}
	t[127] = tSpace
	for _, c := range `()[]{}";!?` {
		t[c] = tPunct
	}
	for _, c := range "$#`" {
		t[c] = tOpen
	}
	for _, c := range ",:%" {
		t[c] = tClose
	}
	return t
}()

// isSpaceRune reports whether a non-ASCII rune separates tokens.
func isSpaceRune(r rune) bool {
	return r == '\u200b' || r == '\ufeff' || unicode.IsSpace(r)
}

// punctRune reports whether a non-ASCII rune is punctuation that is always a
// token of its own: quotes, dashes, ellipses, brackets, currency signs.
func punctRune(r rune) bool {
	switch r {
	case '“', '”', '‘', '«', '»', '‹', '›', '„', '—', '―', '…', '£', '€', '¥', '¢', '₹', '₽', '¿', '¡', '·', '•':
		return true
	}
	return false
}

// maxAbbrev is the longest word looked up in the abbreviation table.
const maxAbbrev = 6

// chunk cuts the non-space run text[i:j] into tokens.
func chunk(dst []Token, text string, i, j int) []Token {
	// Fast path: a run of ASCII letters and digits is one token.
	k := i
	for k < j {
		c := text[k]
		if c >= utf8.RuneSelf || tokClass[c] != tWord || c == '\'' || c == '.' || c == '-' || c == '&' || c == '/' {
			break
		}
		k++
	}
	if k == j {
		return append(dst, Token{i, j})
	}
	// Trailing punctuation, cut off from the end and emitted last.
	var tail [16]Token
	nt := 0
	for j > i && nt < len(tail) {
		s, ok := trailing(text, i, j)
		if !ok {
			break
		}
		tail[nt] = Token{s, j}
		nt++
		j = s
	}
	dst = middle(dst, text, i, j)
	for n := nt - 1; n >= 0; n-- {
		dst = append(dst, tail[n])
	}
	return dst
}

// trailing reports the start of a punctuation token ending at j that is cut
// off the end of text[i:j], if there is one.
func trailing(text string, i, j int) (int, bool) {
	c := text[j-1]
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if r == '’' { // closing quote or plural possessive; a clitic is kept for middle
			if j-size == i {
				return 0, false
			}
			return j - size, true
		}
		if punctRune(r) || r == '–' {
			if j-size == i {
				return 0, false // the whole chunk: middle emits it
			}
			return j - size, true
		}
		return 0, false
	}
	switch c {
	case ')', ']', '}', '"', ',', ';', ':', '!', '?', '%':
		if j-1 == i {
			return 0, false
		}
		if c == '%' && j-2 >= i && !isDigit(text[j-2]) {
			return 0, false // "100%" -> "100" "%", but a lone "%" stays
		}
		return j - 1, true
	case '\'':
		if j-1 == i {
			return 0, false
		}
		if text[j-2] == '\'' { // '' closing quote
			if j-2 == i {
				return 0, false
			}
			return j - 2, true
		}
		return j - 1, true
	case '.':
		if j-1 == i {
			return 0, false
		}
		// A run of dots is one token: "..."
		s := j - 1
		for s > i && text[s-1] == '.' {
			s--
		}
		if s < j-1 {
			if s == i {
				return 0, false
			}
			return s, true
		}
		if keepsStop(text[i:j-1]) || listNumber(text, i, j-1) {
			return 0, false
		}
		return j - 1, true
	}
	return 0, false
}

// keepsStop reports whether word, followed by a full stop, is an
// abbreviation or initial that keeps the stop: "U.S", "W", "Inc", "p.m".
func keepsStop(word string) bool {
	if word == "" {
		return false
	}
	n := 0     // letters
	dots := 0  // inner full stops
	other := 0 // anything else
	for k := 0; k < len(word); k++ {
		c := word[k]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			n++
		case c == '.':
			dots++
		case c == '-':
			other++
		default:
			return false
		}
	}
	if other > 0 {
		// "Lt.-Col", "St.-Pierre": an inner stop still marks an abbreviation.
		return dots > 0 && word[len(word)-1] != '.' && lettersEnd(word)
	}
	if dots > 0 {
		return word[len(word)-1] != '.' // "U.S", "p.m"
	}
	if n == 1 {
		return true // initial: "W."
	}
	if len(word) > maxAbbrev {
		return false
	}
	_, ok := abbrevStop[word]
	return ok
}

// listNumber reports whether text[i:k] is a number of one to three digits
// that opens a line, as the items of a numbered list and of a results table
// do: "1. Export subsidies", "3. Ekimov 1:07".
func listNumber(text string, i, k int) bool {
	if k-i > 3 {
		return false
	}
	for p := i; p < k; p++ {
		if !isDigit(text[p]) {
			return false
		}
	}
	for p := i - 1; p >= 0; p-- {
		switch text[p] {
		case ' ', '\t':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

func lettersEnd(word string) bool {
	c := word[len(word)-1]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// abbrevStop holds words that keep a following full stop. The table is
// case-sensitive: "No." keeps its stop, "no." at the end of a sentence does
// not.
var abbrevStop = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range []string{
		// titles and ranks
		"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Cmdr",
		"Gov", "Sen", "Rep", "Rev", "Fr", "Sr", "Jr", "Hon", "Pres", "Supt", "Insp", "Det", "Cpl", "Pvt",
		"Messrs", "Mme", "Mlle", "Msgr", "Brig", "Gens", "Sens", "Reps", "Atty", "Amb",
		// companies and organisations
		"Inc", "Corp", "Co", "Ltd", "Bros", "Cos", "Assn", "Dept", "Univ", "Bhd", "Pty", "Cie", "Plc",
		"Mfg", "Intl", "Natl", "Govt",
		// places
		"St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Hwy", "Pl", "Sq",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
		"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
		"Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
		// months and days
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		// other
		"No", "Nos", "Nr", "vs", "etc", "approx", "est", "Vol", "vol", "Fig", "fig", "ca", "cf", "Op",
		"Ch", "Art", "Sec", "Div", "Jnr", "Snr",
	} {
		m[w] = struct{}{}
	}
	return m
}()

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
}

// middle cuts text[i:j], whose trailing punctuation is already off, into
// tokens: leading punctuation, then words with their clitics split off.
func middle(dst []Token, text string, i, j int) []Token {
	for i < j {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:j])
			if punctRune(r) || r == '‘' {
				dst = append(dst, Token{i, i + size})
				i += size
				continue
			}
			if r == '’' && i+size < j && !isClitic2(text, i, j) {
				dst = append(dst, Token{i, i + size})
				i += size
				continue
			}
		} else {
			switch tokClass[c] {
			case tPunct, tOpen, tClose:
				k := i + 1
				if (c == '`' || c == '"') && k < j && text[k] == c {
					k++ // `` and ""
				}
				dst = append(dst, Token{i, k})
				i = k
				continue
			}
			switch c {
			case '\'':
				if !isClitic2(text, i, j) {
					k := i + 1
					if k < j && text[k] == '\'' {
						k++ // ''
					}
					dst = append(dst, Token{i, k})
					i = k
					continue
				}
			case '.':
				if i+1 < j && text[i+1] == '.' { // "..." at the start
					k := i + 1
					for k < j && text[k] == '.' {
						k++
					}
					dst = append(dst, Token{i, k})
					i = k
					continue
				}
			case '-':
				if i+1 < j && text[i+1] == '-' { // "--"
					k := i + 1
					for k < j && text[k] == '-' {
						k++
					}
					dst = append(dst, Token{i, k})
					i = k
					continue
				}
			}
		}
		k := wordEnd(text, i, j)
		dst = word(dst, text, i, k)
		i = k
	}
	return dst
}

// isClitic2 reports whether the apostrophe at text[i] opens a clitic or an
// abbreviated year that is a token with it: "'s", "'re", "'ve", "'ll", "'d",
// "'m", "'96", "'90s".
func isClitic2(text string, i, j int) bool {
	size := 1
	if text[i] >= utf8.RuneSelf {
		size = len("’")
	}
	k := i + size
	if k >= j {
		return false
	}
	if isDigit(text[k]) {
		return true
	}
	rest := j - k
	switch {
	case rest == 1:
		c := text[k] | 0x20
		return c == 's' || c == 'd' || c == 'm' || c == 't'
	case rest == 2:
		a, b := text[k]|0x20, text[k+1]|0x20
		return a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l'
	}
	return false
}

// wordEnd returns the end of the word starting at text[i], within j: the
// word runs to the next character that is always a token of its own, a
// comma or colon not between digits, or a "--" or "...".
func wordEnd(text string, i, j int) int {
	k := i
	for k < j {
		c := text[k]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[k:j])
			if k > i && (punctRune(r) || r == '‘') {
				return k
			}
			k += size
			continue
		}
		switch tokClass[c] {
		case tPunct:
			if k > i {
				return k
			}
		case tOpen:
			if k > i && (c != '$' || !isLetterByte(text[k-1])) {
				return k
			}
			if c == '$' && k > i && k+1 < j && isDigit(text[k+1]) {
				return k + 1 // "US$40" -> "US$" "40"
			}
		case tClose:
			if k > i && !(k+1 < j && isDigit(text[k-1]) && isDigit(text[k+1])) {
				return k
			}
		}
		if k > i {
			switch c {
			case '.':
				if k+1 < j && text[k+1] == '.' {
					return k
				}
			case '-':
				if k+1 < j && text[k+1] == '-' {
					return k
				}
			}
		}
		k++
	}
	return k
}

// word emits text[i:k], one word, splitting off a final clitic:
// "don't" -> "do" "n't", "Blinken's" -> "Blinken" "'s".
func word(dst []Token, text string, i, k int) []Token {
	if c := cliticStart(text, i, k); c > i {
		return append(dst, Token{i, c}, Token{c, k})
	}
	return append(dst, Token{i, k})
}

// cliticStart returns where a final clitic of text[i:k] starts, or i.
func cliticStart(text string, i, k int) int {
	for a := k - 2; a > i && a >= k-5; a-- {
		size := 0
		switch {
		case text[a] == '\'':
			size = 1
		case text[a] == 0xe2 && a+3 <= k && text[a+1] == 0x80 && text[a+2] == 0x99: // ’
			size = 3
		default:
			continue
		}
		rest := text[a+size : k]
		if !isCliticWord(rest) {
			return i
		}
		if rest[0]|0x20 == 't' { // n't
			if a-1 > i && text[a-1]|0x20 == 'n' {
				return a - 1
			}
			return i
		}
		return a
	}
	return i
}

func isCliticWord(s string) bool {
	switch len(s) {
	case 1:
		c := s[0] | 0x20
		return c == 's' || c == 'd' || c == 'm' || c == 't'
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		return a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l'
	}
	return false
}
