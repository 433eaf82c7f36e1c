package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The last stages of htmlDate read the whole page as one text: its text,
// comments, scripts and attribute values, in page order.

// hdMaxFlat bounds the page text searched, in bytes.
const hdMaxFlat = 4 << 20

// flatText is the page's text, comments, script contents and attribute
// values, each on its own line.
func (f *hdFinder) flatText(root *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if b.Len() > hdMaxFlat {
			return
		}
		switch n.Type {
		case html.TextNode, html.CommentNode:
			b.WriteString(n.Data)
			b.WriteByte('\n')
		case html.ElementNode:
			if hdSkip(n) {
				return
			}
			for _, a := range n.Attr {
				if a.Val != "" && ptHasDigit(a.Val) {
					b.WriteString(a.Val)
					b.WriteByte('\n')
				}
			}
		}
		if depth > 512 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return b.String()
}

// hdYearAt tells whether s[i:i+4] is a plausible year (1995 to 2039)
// standing alone (no digit before or after).
func hdYearAt(s string, i int) bool {
	if i+4 > len(s) || (i > 0 && hdIsDigit(s[i-1])) || (i+4 < len(s) && hdIsDigit(s[i+4])) {
		return false
	}
	for k := i; k < i+4; k++ {
		if !hdIsDigit(s[k]) {
			return false
		}
	}
	return s[i:i+3] == "199" || s[i] == '2' && s[i+1] == '0' && s[i+2] <= '3'
}

// timestampDate is the first "2023-06-18T21:31:00" (any one character
// between date and time) of the page.
func (f *hdFinder) timestampDate(flat string) string {
	for i := 0; i+19 <= len(flat); i++ {
		if flat[i] != '-' || i < 4 || !hdYearAt(flat, i-4) {
			continue
		}
		y := i - 4
		m, j := hdNum(flat, i+1, 1, 2)
		if m < 0 || j >= len(flat) || flat[j] != '-' {
			continue
		}
		d, j := hdNum(flat, j+1, 1, 2)
		if d < 0 || j+9 > len(flat) {
			continue
		}
		t := flat[j+1 : j+9]
		if !(hdIsDigit(t[0]) && hdIsDigit(t[1]) && t[2] == ':' && hdIsDigit(t[3]) && hdIsDigit(t[4]) && t[5] == ':' && hdIsDigit(t[6]) && hdIsDigit(t[7])) {
			continue
		}
		iso := hdISO(atoi4(flat[y:]), m, d)
		if !f.ok(iso) {
			continue
		}
		// the time and zone as written
		end := j + 9
		for end < len(flat) && end < j+40 && strings.IndexByte("0123456789.:+-Z", flat[end]) >= 0 {
			end++
		}
		if v := normDate(iso + "T" + flat[j+1:end]); v != "" && v[:10] == iso {
			return v
		}
		return iso
	}
	return ""
}

func atoi4(s string) int {
	return int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
}

// numericAt reads a numeric date a<sep>b<sep>c beginning at s[i], where
// one of a and c is a 4-digit (or c a 2-digit) year; it returns the date
// and where it ends.
func (f *hdFinder) numericAt(s string, i int, twoDigitYear bool) (string, int) {
	if i > 0 && hdIsDigit(s[i-1]) {
		return "", i
	}
	a, j := hdNum(s, i, 1, 4)
	if a < 0 || j >= len(s) || strings.IndexByte("/.-", s[j]) < 0 {
		return "", i
	}
	na, sep := j-i, s[j]
	b, k := hdNum(s, j+1, 1, 2)
	if b < 0 || k >= len(s) || s[k] != sep {
		return "", i
	}
	c, e := hdNum(s, k+1, 2, 4)
	if c < 0 || (e < len(s) && hdIsDigit(s[e])) {
		return "", i
	}
	nc := e - k - 1
	var y, m, d int
	switch {
	case na == 4 && nc == 2:
		y, m, d = a, b, c
	case na <= 2 && nc == 4:
		y, m, d = c, b, a
	case na <= 2 && nc == 2 && twoDigitYear && sep != '-':
		y, m, d = 2000+c, b, a
	default:
		return "", i
	}
	if na <= 2 && sep == '/' && (m > 12 || f.mdy && d <= 12) {
		m, d = d, m
	}
	iso := hdISO(y, m, d)
	if !f.ok(iso) {
		return "", i
	}
	return iso, e
}

// cueDate is the first numeric date of the page that follows a word
// saying what it is: "Published: 18.06.2023", "Datum 18.06.2023", "Stand:
// 18.06.2023", "posted on 6/18/2023".
func (f *hdFinder) cueDate(flat string) string {
	for i := 0; i < len(flat); i++ {
		if !hdIsDigit(flat[i]) || (i > 0 && hdIsDigit(flat[i-1])) {
			continue
		}
		d, _ := f.numericAt(flat, i, true)
		if d == "" {
			continue
		}
		from := i - 40
		if from < 0 {
			from = 0
		}
		for from < i && !utf8.RuneStart(flat[from]) {
			from++
		}
		if hdCue(strings.ToLower(flat[from:i])) {
			return d
		}
	}
	return ""
}

// hdCue tells whether the text before a date ends with a word announcing
// it.
func hdCue(before string) bool {
	s := strings.TrimRight(before, " :\u00a0\n\t\r")
	for _, w := range []string{"updated", "last-modified", "published", "posted", " on", "datum", "stand", "veröffentlicht am",
		"publié le", "mis à jour le", "publicado el", "actualizado el", "pubblicato il", "aggiornato il", "gepubliceerd op",
		"opublikowano", "güncelleme tarihi", "yayınlanma tarihi", "yayımlanma tarihi"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	// "date" and up to 20 characters that are neither digits nor quotes
	if k := strings.LastIndex(s, "date"); k >= 0 && len(s)-k-4 <= 20 && !strings.ContainsAny(s[k:], "0123456789\"") {
		return true
	}
	return false
}

// frequentDate is the page's most frequent full date, the earliest of
// equally frequent ones, of the first kind of date the page has: dated
// paths (/2023/06/18/), year-first dates, day-first dates, 20230618,
// two-digit years, dates with month names.
func (f *hdFinder) frequentDate(flat string) string {
	const kinds = 6
	var counts [kinds]map[string]int
	add := func(k int, d string) {
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][d]++
	}
	var toks [64]ptTok
	for i := 0; i < len(flat); i++ {
		c := flat[i]
		if !hdIsDigit(c) || (i > 0 && hdIsDigit(flat[i-1])) {
			continue
		}
		if hdYearAt(flat, i) {
			// /2023/06/18 followed by 0, 1 or /
			if i > 0 && flat[i-1] == '/' && i+11 <= len(flat) && flat[i+4] == '/' && flat[i+7] == '/' {
				if d := f.ymdAt(flat, i, "/", true); d != "" && (i+10 == len(flat) || strings.IndexByte("01/", flat[i+10]) >= 0) {
					add(0, d)
				}
			}
			if i > 0 {
				if d := f.ymdAt(flat, i, "/.-", true); d != "" && i+10 <= len(flat) && flat[i+4] == flat[i+7] {
					add(1, d)
				}
			}
			// a month name before the year: "18 June 2023", "June 18, 2023"
			from := i - 28
			if from < 0 {
				from = 0
			}
			for from < i && !utf8.RuneStart(flat[from]) {
				from++
			}
			if w := flat[from : i+4]; strings.ContainsFunc(w[:len(w)-4], hdIsLetterRune) {
				t, _ := ptTokenize(strings.ToLower(w), toks[:0])
				for k := range t {
					var dt ptDate
					if n := f.matchDate(t, k, &dt); n > 0 && k+n == len(t) {
						if d := hdISO(dt.y, dt.mo, dt.d); f.ok(d) {
							add(5, d)
						}
						break
					}
				}
			}
		}
		// 20230618
		if v, _ := hdNum(flat, i, 8, 8); v > 0 {
			{
				if d := hdISO(v/10000, v/100%100, v%100); f.ok(d) {
					add(3, d)
				}
			}
		}
		if d, _ := f.numericAt(flat, i, false); d != "" {
			if _, e := hdNum(flat, i, 1, 4); e-i <= 2 {
				add(2, d)
			}
		} else if d, _ := f.numericAt(flat, i, true); d != "" {
			add(4, d)
		}
	}
	for _, m := range counts {
		best, n := "", 0
		for d, c := range m {
			if c > n || c == n && d < best {
				best, n = d, c
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

func hdIsLetterRune(r rune) bool { return r > 127 || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
