package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is a token's class.
type kind uint8

const (
	kWord   kind = iota // letters and digits, with inner apostrophes, hyphens and dots
	kPunct              // one punctuation rune, or a dash run
	kQuote              // a double quotation mark: ", “, ”, „, «, », or '' / ``
	kSingle             // a single quotation mark standing alone: ', ‘, ’
	kTag                // inline markup such as <tweet ...>, kept out of the prose
)

// tok is one token of the text. Offsets are bytes into the text.
type tok struct {
	s, e  int
	low   string // lower-cased text of a word; the rune itself for punctuation
	para  int    // paragraph number; a newline starts a new paragraph
	seg   int    // index of the quoted segment the token lies in, -1 outside
	k     kind
	upper bool // a word starting with an upper-case letter
	sent  bool // the token opens a sentence of Document.Sentences
}

// tokenize appends the tokens of text to toks. It never fails: bytes that
// are not UTF-8 become one-rune punctuation tokens.
func tokenize(toks []tok, text string) []tok {
	toks = slices.Grow(toks, len(text)/5+1) // news runs at about five bytes a token
	lowText, odd := lowerText(text)
	para := 0
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' || r == '\u2029':
			if len(toks) > 0 && toks[len(toks)-1].para == para {
				para++
			}
			i += n
		case unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b' || r == '\ufeff':
			i += n
		case r == '<' && tagEnd(text, i) > 0:
			e := tagEnd(text, i)
			toks = append(toks, tok{s: i, e: e, k: kTag, low: "<>", para: para, seg: -1})
			i = e
		case isWordRune(r):
			e := wordEnd(text, i)
			low := lowText[i:e]
			for len(odd) > 0 && odd[0] < i {
				odd = odd[1:]
			}
			if len(odd) > 0 && odd[0] < e {
				low = strings.ToLower(text[i:e]) // a letter whose lower case is longer or shorter
			}
			t := tok{s: i, e: e, k: kWord, low: low, para: para, seg: -1}
			t.upper = unicode.IsUpper(r)
			toks = append(toks, t)
			i = e
		case r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '‟':
			toks = append(toks, tok{s: i, e: i + n, k: kQuote, low: text[i : i+n], para: para, seg: -1})
			i += n
		case (r == '\'' || r == '`') && i+1 < len(text) && text[i+1] == text[i]:
			toks = append(toks, tok{s: i, e: i + 2, k: kQuote, low: text[i : i+2], para: para, seg: -1})
			i += 2
		case r == '\'' || r == '‘' || r == '’' || r == '`':
			toks = append(toks, tok{s: i, e: i + n, k: kSingle, low: text[i : i+n], para: para, seg: -1})
			i += n
		case r == '-' || r == '—' || r == '–' || r == '―':
			e := i + n
			for e < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[e:])
				if r2 != '-' && r2 != '—' && r2 != '–' && r2 != '―' {
					break
				}
				e += n2
			}
			toks = append(toks, tok{s: i, e: e, k: kPunct, low: "—", para: para, seg: -1})
			i = e
		default:
			low := text[i : i+n]
			if r == utf8.RuneError {
				low = "?"
			}
			toks = append(toks, tok{s: i, e: i + n, k: kPunct, low: low, para: para, seg: -1})
			i += n
		}
	}
	return toks
}

// lowerText lower-cases text in one allocation, keeping every byte offset:
// a letter whose lower case has another length is kept as it is, and its
// offset is listed in odd.
func lowerText(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text))
	var odd []int
	done := 0 // text[:done] is written
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(text[done:i])
				b.WriteByte(c + 'a' - 'A')
				done = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b.WriteString(text[done:i])
			b.WriteRune(l)
			done = i + n
		} else if l != r {
			odd = append(odd, i)
		}
		i += n
	}
	b.WriteString(text[done:])
	return b.String(), odd
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '$' || c == '%' || c == '#' || c == '@'
	}
	return t
}()

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by one apostrophe, hyphen, dot, slash or ampersand between them,
// plus a final dot for abbreviations ("Mr.", "U.S.", "H.").
func wordEnd(text string, i int) int {
	e := i
	for e < len(text) {
		if c := text[e]; c < utf8.RuneSelf && asciiWord[c] {
			e++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[e:])
		if isWordRune(r) || unicode.IsMark(r) {
			e += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' || r == '/' || r == '‐' {
			if e+n < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[e+n:])
				if isWordRune(r2) && !(r == '-' && e+n+1 < len(text) && text[e+n] == '-') {
					e += n
					continue
				}
			}
		}
		break
	}
	if e < len(text) && text[e] == '.' && abbreviation(text[i:e]) {
		e++
	}
	return e
}

// abbreviation reports whether a word followed by a full stop keeps it.
func abbreviation(w string) bool {
	if strings.Contains(w, ".") { // U.S, p.m
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) { // initials
		return true
	}
	return abbrevs[lower(w)]
}

var abbrevs = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
	"adm", "cmdr", "prof", "rev", "st", "jr", "sr", "mt", "ft", "pres", "sec", "atty", "supt", "insp",
	"jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
	"vs", "no", "messrs", "mmes", "ald", "del", "amb", "hon", "lieut", "cpl", "pvt", "sgt", "det", "dept")

// tagEnd returns the end of an inline markup tag starting at i ("<tweet
// id=...>", "</p>"), or 0 when the '<' does not open one.
func tagEnd(text string, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	c := text[i+1]
	if !(c == '/' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return 0
	}
	for j := i + 1; j < len(text) && j < i+600; j++ {
		switch text[j] {
		case '>':
			return j + 1
		case '\n', '<':
			return 0
		}
	}
	return 0
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// segment is one stretch of quoted text between a pair of double marks. A
// quotation whose paragraph ends without a closing mark and whose next
// paragraph opens with a mark continues there, as one segment.
type segment struct {
	open, close int // token indices of the marks; close is the last token inside when unclosed
	closed      bool
	start, end  int // byte span of the content, trimmed of spaces
	words       int // words inside
}

// pairQuotes finds the quoted segments and marks their tokens. A quotation
// nested in one of another style ("... “nested” ...") stays inside it.
func pairQuotes(text string, toks []tok) []segment {
	var segs []segment
	open := -1
	nested := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if open >= 0 && i > 0 && t.para != toks[i-1].para {
			if t.k == kQuote && isOpenMark(t.low) && i-1 > open && style(t.low) == style(toks[open].low) {
				nested = 0
				continue // the mark that reopens a quotation running on into a new paragraph
			}
			segs = appendSeg(text, toks, segs, open, i-1, false) // the paragraph ended with it open
			open, nested = -1, 0
		}
		if t.k != kQuote {
			continue
		}
		canOpen, canClose := isOpener(text, toks, i), isCloser(text, toks, i)
		switch {
		case open < 0:
			if canOpen || !canClose || t.low == "”" && (i == 0 || toks[i-1].para != t.para) {
				open = i // a closing curly mark opening a paragraph is used as an opening one
			}
		case style(t.low) != style(toks[open].low) && canOpen && !canClose:
			nested++
		case nested > 0 && style(t.low) != style(toks[open].low) && canClose:
			nested--
		case canClose || !canOpen:
			segs = appendSeg(text, toks, segs, open, i, true)
			open, nested = -1, 0
		default:
			open = i // an opening mark inside an open quotation: the first mark was stray
		}
	}
	if open >= 0 {
		segs = appendSeg(text, toks, segs, open, len(toks)-1, false)
	}
	return segs
}

// style groups the marks that pair with each other.
func style(m string) byte {
	switch m {
	case "\"":
		return 's'
	case "''", "``":
		return 'a'
	}
	return 'c'
}

func isOpenMark(m string) bool {
	return m == "\"" || m == "“" || m == "„" || m == "«" || m == "''" || m == "``" || m == "‟"
}

// isOpener: a mark that may open a quotation: a curly opening mark, or a
// straight one after a space, a bracket or a dash and before a non-space.
func isOpener(text string, toks []tok, i int) bool {
	m := toks[i].low
	switch m {
	case "“", "„", "«", "``", "‟":
		return true
	case "”", "»":
		return false
	}
	before := toks[i].s == 0 || spaceOrOpen(text[:toks[i].s])
	after := toks[i].e < len(text) && !spaceAt(text, toks[i].e)
	return before && after
}

// isCloser: a mark that may close a quotation.
func isCloser(text string, toks []tok, i int) bool {
	m := toks[i].low
	switch m {
	case "”", "»":
		return true
	case "“", "„", "«", "``", "‟":
		// a curly opening mark used as a closing one: after a non-space, before a space
		return toks[i].s > 0 && !spaceOrOpen(text[:toks[i].s]) && (toks[i].e >= len(text) || spaceAt(text, toks[i].e))
	}
	before := toks[i].s > 0 && !spaceOrOpen(text[:toks[i].s])
	after := toks[i].e >= len(text) || spaceAt(text, toks[i].e) || punctAt(text, toks[i].e)
	return before || after && !before && toks[i].s > 0 && !spaceAt(text, toks[i].s-1)
}

func spaceOrOpen(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:>", r)
}

func spaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

func punctAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsPunct(r) || r == '<'
}

// appendSeg records the segment from the mark at open to the mark (or last
// content token) at close.
func appendSeg(text string, toks []tok, segs []segment, open, close int, closed bool) []segment {
	cs, ce := toks[open].e, toks[close].s
	if !closed {
		ce = toks[close].e
	}
	if ce < cs {
		ce = cs
	}
	// trim spaces
	for cs < ce {
		r, n := utf8.DecodeRuneInString(text[cs:ce])
		if !unicode.IsSpace(r) {
			break
		}
		cs += n
	}
	for ce > cs {
		r, n := utf8.DecodeLastRuneInString(text[cs:ce])
		if !unicode.IsSpace(r) {
			break
		}
		ce -= n
	}
	idx := len(segs)
	words := 0
	last := close
	if !closed {
		last = close + 1
	}
	for j := open + 1; j < last; j++ {
		toks[j].seg = idx
		if toks[j].k == kWord {
			words++
		}
	}
	toks[open].seg = idx
	if closed {
		toks[close].seg = idx
	}
	return append(segs, segment{open: open, close: close, closed: closed, start: cs, end: ce, words: words})
}
