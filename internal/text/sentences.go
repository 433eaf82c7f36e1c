package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// Sentences splits body text into sentences and returns their half-open byte
// spans into text: in order, non-overlapping, never empty, each trimmed of
// surrounding whitespace. Every byte of text that is not whitespace lies in
// some span. A blank line ("\n", optional spaces, "\n") or a paragraph
// separator (U+2029) always ends a sentence; a single newline counts as a
// space. It never panics, whatever the input, and runs in linear time.
func Sentences(text string) []document.Span {
	s := segmenter{text: text, start: -1}
	s.out = make([]document.Span, 0, min(len(text)/128+1, 1024))
	s.run()
	return s.out
}

// Byte classes for the ASCII fast path of the scan.
const (
	cOther   uint8 = iota // punctuation and symbols
	cWord                 // letters and digits
	cSpace                // horizontal whitespace and \r, \v, \f
	cNewline              // \n
	cTerm                 // . ! ?
	cHigh                 // first byte of a multi-byte (or invalid) sequence
)

var class = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = cHigh
	}
	for _, c := range " \t\r\v\f" {
		t[c] = cSpace
	}
	for c := '0'; c <= 'z'; c++ {
		if c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c {
			t[c] = cWord
		}
	}
	t['\n'] = cNewline
	t['.'], t['!'], t['?'] = cTerm, cTerm, cTerm
	return t
}()

// maxWord bounds how far the scan looks back for the word before a full
// stop; a longer "word" (a URL, binary junk) is never an abbreviation.
const maxWord = 48

type segmenter struct {
	text  string
	start int  // first byte of the open sentence; -1 when none is open
	word  bool // the open sentence holds a letter or digit
	out   []document.Span
}

func (s *segmenter) run() {
	t := s.text
	i := 0
	for i < len(t) {
		c := t[i]
		switch class[c] {
		case cWord:
			if s.start < 0 {
				s.start = i
			}
			s.word = true
			i++
		case cOther:
			if s.start < 0 {
				s.start = i
			}
			i++
		case cSpace:
			i++
		case cNewline:
			j, nl := skipSpace(t, i)
			if nl >= 2 {
				s.emit(i)
			}
			i = j
		case cTerm:
			i = s.terminator(i, 1)
		default:
			r, size := utf8.DecodeRuneInString(t[i:])
			switch {
			case r == utf8.RuneError && size <= 1:
				if s.start < 0 {
					s.start = i
				}
				s.word = true
			case isTerminator(r):
				i = s.terminator(i, size)
				continue
			case r == '\u2029': // paragraph separator
				s.emit(i)
			case unicode.IsSpace(r):
			default:
				if s.start < 0 {
					s.start = i
				}
				s.word = true
			}
			i += size
		}
	}
	s.emit(len(t))
}

// emit closes the open sentence at end, trimming trailing whitespace.
func (s *segmenter) emit(end int) {
	start := s.start
	if start < 0 {
		return
	}
	s.start, s.word = -1, false
	for end > start {
		r, size := utf8.DecodeLastRuneInString(s.text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	if end > start {
		s.out = append(s.out, document.Span{Start: start, End: end})
	}
}

// terminator handles the terminator of size bytes at i and returns where the
// scan resumes. It takes in the whole run of terminators and closing quotes
// or brackets ("?!", "...", `."`, ".)") and decides from what follows it
// whether the run ends the sentence.
func (s *segmenter) terminator(i, size int) int {
	t := s.text
	if s.start < 0 {
		s.start = i
	}
	first, _ := utf8.DecodeRuneInString(t[i:])
	cjk := isCJKTerminator(first)
	single := first == '.'                       // the run holds one full stop and no other terminator
	quoted := false                              // the run holds a closing quote
	bracketed := false                           // the run holds a closing bracket
	asks := first != '.' && first != '…' && !cjk // the run holds ! or ?
	j := i + size
scan:
	for j < len(t) {
		c := t[j]
		if c < utf8.RuneSelf {
			switch c {
			case '.':
				single = false
				j++
			case '!', '?':
				single, asks = false, true
				j++
			case '"', '\'':
				quoted = true
				j++
			case ')', ']', '}':
				bracketed = true
				j++
			case ' ':
				k := frenchClose(t, j)
				if k < 0 {
					break scan
				}
				quoted = true
				j = k
			default:
				break scan
			}
			continue
		}
		r, sz := utf8.DecodeRuneInString(t[j:])
		switch {
		case isTerminator(r):
			single = false
			asks = asks || r != '…' && !isCJKTerminator(r)
			cjk = cjk || isCJKTerminator(r)
			j += sz
		case isCloser(r):
			if isBracket(r) {
				bracketed = true
			} else {
				quoted = true
			}
			j += sz
		case r == '\u00a0' || r == '\u202f':
			k := frenchClose(t, j)
			if k < 0 {
				break scan
			}
			quoted = true
			j = k
		default:
			break scan
		}
	}
	if j >= len(t) {
		s.emit(j)
		return j
	}
	if !s.word {
		return j // a sentence needs a word: `"... The` is one sentence
	}
	if cjk {
		// 「…。」と: a Japanese quotation particle continues the sentence.
		if r, _ := utf8.DecodeRuneInString(t[j:]); (quoted || bracketed) && (r == 'と' || r == 'っ') {
			return j
		}
		s.emit(j)
		return j
	}
	if r, _ := utf8.DecodeRuneInString(t[j:]); !isSpace(r) {
		return j // "3.5", "U.S.-based", "example.com"
	}
	k, nl := skipSpace(t, j)
	if nl >= 2 || k >= len(t) {
		s.emit(j)
		return k
	}
	if quoted && asks && attribution(t, k) {
		return k // `"Is anybody there?" Graham asked.`
	}
	if s.breaks(i, k, single && !quoted, nl > 0) {
		s.emit(j)
	}
	return k
}

// attribution reports whether the text at k is a speaker and a speech verb
// after a quotation: "Graham asked", "Mr. Smith said", "Sen. Jo Lee added".
func attribution(t string, k int) bool {
	for n := 0; n < 4 && k < len(t); n++ {
		w := nextWord(t, k)
		if w == "" {
			return false
		}
		if speechVerbs[w] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		k += len(w)
		if k < len(t) && t[k] == '.' {
			k++
		}
		if k >= len(t) || t[k] != ' ' {
			return false
		}
		k++
	}
	return false
}

// frenchClose reports the end of " »" (French spacing before a closing
// guillemet) at j, or -1 when j does not start one. A guillemet directly
// followed by a letter opens a German quotation instead: ". »Komm".
func frenchClose(t string, j int) int {
	for n := 0; n < 2 && j < len(t); n++ {
		r, sz := utf8.DecodeRuneInString(t[j:])
		if r != ' ' && r != '\u00a0' && r != '\u202f' {
			break
		}
		j += sz
	}
	r, sz := utf8.DecodeRuneInString(t[j:])
	if r != '»' {
		return -1
	}
	j += sz
	if r, _ := utf8.DecodeRuneInString(t[j:]); j < len(t) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return -1
	}
	return j
}

// breaks decides whether the terminator run starting at i, followed by
// whitespace and then the text at k, ends a sentence. dot says the run holds
// a single full stop, maybe with closing brackets, which may belong to an
// abbreviation; nl says the whitespace held a newline.
func (s *segmenter) breaks(i, k int, dot, nl bool) bool {
	t := s.text
	p := k
	opened := false // the next sentence would open with a quote
	for n := 0; n < 4 && p < len(t); n++ {
		r, sz := utf8.DecodeRuneInString(t[p:])
		if !isOpener(r) && !(n > 0 && (r == '.' || r == '…')) { // `"...I think`
			break
		}
		opened = opened || isQuote(r)
		p += sz
	}
	if p >= len(t) {
		return true
	}
	r, sz := utf8.DecodeRuneInString(t[p:])
	if isDash(r) {
		if nl {
			return true // a list item on its own line
		}
		// Decide by the word after the dash: "said. -- Jane Doe, London
		// newsroom" but "said. — and then".
		for n := 0; n < 8 && p < len(t); n++ {
			if r, sz = utf8.DecodeRuneInString(t[p:]); r != ' ' && !isDash(r) {
				break
			}
			p += sz
		}
		if p >= len(t) {
			return true
		}
		if r, sz = utf8.DecodeRuneInString(t[p:]); !unicode.IsLetter(r) {
			return false
		}
	}
	switch {
	case unicode.IsLower(r):
		// Lowercase continues the sentence (`"We will win!" she said`),
		// unless it opens a name like "iPhone" or "eBay".
		if next, _ := utf8.DecodeRuneInString(t[p+sz:]); !unicode.IsUpper(next) {
			return false
		}
	case isContinuation(r):
		return false // "Ltd. ,", ". . ."
	}
	if !dot {
		return true
	}
	return !s.abbreviation(i, p, r, opened)
}

// abbreviation reports whether the full stop at i belongs to a word that is
// not the end of a sentence, given that the next word starts at p with r,
// after an opening quote when opened.
func (s *segmenter) abbreviation(i, p int, r rune, opened bool) bool {
	t := s.text
	ws := i
	for ws > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:ws])
		if isSpace(r) {
			break
		}
		ws -= size
		if i-ws > maxWord {
			return false
		}
	}
	w := t[ws:i]
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		w = w[size:]
	}
	if w == "" {
		return false
	}
	digit := '0' <= r && r <= '9'
	switch lookup(w) {
	case kPrefix:
		return true
	case kNumbered:
		return digit
	case kSuffix:
		return !opened && !s.opensSentence(p)
	case kDate:
		if next := nextWord(t, p); lookup(next) == kDate || monthNames[strings.ToLower(next)] {
			return true // "Thurs. March 4", "Fri. Nov. 3"
		}
		return !opened && !unicode.IsUpper(r)
	}
	if fr, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsLetter(fr) {
		return !s.opensSentence(p) // an initial: "George W. Bush", "J. K. Rowling"
	}
	if dotted(w) {
		return !opened && !s.opensSentence(p) // "U.S. Senate", but "the U.S. The trip"
	}
	if allDigits(w) {
		if len(w) <= 3 && s.lineStart(ws) {
			return true // a numbered list item: "1. Introduction"
		}
		if len(w) <= 2 && months[nextWord(t, p)] {
			return true // a German ordinal date: "am 3. Oktober"
		}
	}
	return false
}

// lineStart reports whether the word at ws is the first on its line or in
// its sentence.
func (s *segmenter) lineStart(ws int) bool {
	if ws == s.start {
		return true
	}
	for n := 0; n < 16 && ws > 0; n++ {
		switch s.text[ws-1] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			ws--
		default:
			return false
		}
	}
	return ws == 0
}

// opensSentence reports whether the word at p is a common sentence opener
// ("The", "He", "But") standing alone: not an initial ("A." in "J. A.
// Smith"), an abbreviation ("No.1") or part of a compound ("Under-Secretary").
func (s *segmenter) opensSentence(p int) bool {
	w := nextWord(s.text, p)
	if w == "" || !starters[w] {
		return false
	}
	e := p + len(w)
	return e >= len(s.text) || s.text[e] != '.' && s.text[e] != '-'
}

// nextWord returns the run of letters at p, or "" when it is longer than
// any word in the lists.
func nextWord(t string, p int) string {
	e := p
	for e < len(t) && e-p <= 12 {
		r, size := utf8.DecodeRuneInString(t[e:])
		if !unicode.IsLetter(r) {
			return t[p:e]
		}
		e += size
	}
	if e >= len(t) && e-p <= 12 {
		return t[p:e]
	}
	return ""
}

// dotted reports whether w is an acronym with inner full stops, letters in
// groups of one or two: "U.S", "a.m", "Ph.D", "EE.UU", "S.p.A".
func dotted(w string) bool {
	groups, n := 0, 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			groups++
			n = 0
		case unicode.IsLetter(r):
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return groups > 0 && n > 0
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// skipSpace returns the end of the whitespace at i and how many newlines it
// holds; a paragraph separator counts as two.
func skipSpace(t string, i int) (int, int) {
	nl := 0
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			switch class[c] {
			case cNewline:
				nl++
			case cSpace:
			default:
				return i, nl
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if r == '\u2029' {
			nl += 2
		} else if !isSpace(r) {
			return i, nl
		}
		i += size
	}
	return i, nl
}

// isSpace is unicode.IsSpace; utf8.RuneError (an invalid byte) is not space.
func isSpace(r rune) bool {
	if 0 <= r && r < utf8.RuneSelf {
		return class[r] == cSpace || class[r] == cNewline
	}
	return unicode.IsSpace(r)
}

// isTerminator reports the non-ASCII sentence terminators.
func isTerminator(r rune) bool {
	switch r {
	case '…', '‼', '⁇', '⁈', '⁉', '؟', '۔', '।', '॥', '።', '፧':
		return true
	}
	return isCJKTerminator(r)
}

// isCJKTerminator reports the terminators that end a sentence without a
// following space.
func isCJKTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '｡':
		return true
	}
	return false
}

// isCloser reports the non-ASCII closing quotes and brackets that stay with
// the sentence they follow. “ and « close German and Swiss quotations.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '“', '»', '«', '›', '‹', '」', '』', '）', '】', '〉', '》', '〕', '］', '｝', '〗':
		return true
	}
	return false
}

// isOpener reports the quotes and brackets that may open a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '„', '‚', '«', '»', '‹', '›', '¿', '¡', '「', '『', '（', '【', '〈', '《':
		return true
	}
	return false
}

// isContinuation reports punctuation that cannot open a sentence.
func isContinuation(r rune) bool {
	switch r {
	case ',', ';', ':', '.', ')', ']', '}', '%', '&', '…', '、', '，':
		return true
	}
	return false
}

// isQuote reports the quotation marks among the openers.
func isQuote(r rune) bool {
	switch r {
	case '(', '[', '{', '¿', '¡', '「', '『', '（', '【', '〈', '《':
		return false
	}
	return isOpener(r)
}

// isBracket reports the closing brackets among the closers.
func isBracket(r rune) bool {
	switch r {
	case '」', '』', '）', '】', '〉', '》', '〕', '］', '｝', '〗':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '•', '*', '·':
		return true
	}
	return false
}
