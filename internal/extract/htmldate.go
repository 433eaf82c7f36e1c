package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file finds a page's original publication date in its markup and
// text, for pages whose metadata does not name it (or names several). The
// evidence is read in the order of its reliability, the first stage that
// yields a date deciding:
//
//  1. a full date in the URL's path (/2023/06/18/, /2023-06-18-);
//  2. <meta> tags naming a publication date, in page order; a modified
//     date only when no other stage has one;
//  3. "datePublished" in JSON scripts, even malformed ones;
//  4. <abbr> elements of the old hAtom markup;
//  5. elements whose class, id or itemprop say date, time, publish, meta,
//     byline ..., and <footer>/<small>: the first whose text begins with a
//     date;
//  6. <title> and <h1>;
//  7. <time> elements: a pubdate or entry-date one, else the earliest;
//  8. timestamps (2023-06-18T21:31:00), dated paths and dates after
//     "Published", "Datum", "Stand" ... anywhere in the page;
//  9. short text runs of the page: the earliest date;
//  10. the most frequent full date of the page.
//
// Dates are written numerically (2023-06-18, 18.06.2023, 18/06/2023,
// 06/18/2023 when 18 cannot be a month, 18.06.23) or with month names in
// the major news languages (18 June 2023, June 18th, 2023, 18. Juni 2023,
// 18 de junio de 2023, 18 czerwca 2023, 18 июня 2023, 2023年6月18日). A date
// before 1995 or after today is no publication date.

// hdMinDay is the earliest publication date believed, as yyyymmdd.
const hdMinDay = 19950101

// hdMaxLen is how much of an element's text is read for its date, in
// runes: a date line, not a paragraph that mentions a date.
const hdMaxLen = 52

// htmlDate is the page's original publication date, read from its markup
// and text, in ISO 8601 as precise as the page gives it; "" when none.
func htmlDate(root *html.Node, pageURL string, loc *time.Location, pageOnly bool) string {
	if root == nil {
		return ""
	}
	f := hdFinder{maxDay: hdToday(), mdy: hdMonthFirst(loc), pageOnly: pageOnly}
	d := f.find(root, pageURL)
	if d == "" {
		return ""
	}
	return localise(d, loc)
}

// hdToday is tomorrow as yyyymmdd: the latest date a page can carry in
// some time zone.
func hdToday() int {
	t := time.Now().UTC().Add(24 * time.Hour)
	return t.Year()*10000 + int(t.Month())*100 + t.Day()
}

// hdMonthFirst tells whether numeric dates of the site read month first
// (US 06/10/2023 is June 10).
func hdMonthFirst(loc *time.Location) bool {
	return loc != nil && strings.HasPrefix(loc.String(), "America/") && !strings.Contains(loc.String(), "Sao_Paulo") &&
		!strings.Contains(loc.String(), "Buenos_Aires") && !strings.Contains(loc.String(), "Mexico") && !strings.Contains(loc.String(), "Bogota")
}

type hdFinder struct {
	maxDay   int  // latest day believed, yyyymmdd
	pageOnly bool // skip the URL, <meta> and JSON: the page's own words only
	mdy      bool // ambiguous numeric dates read month first

	metas, scripts, abbrs, dated, titles, times []*html.Node
	freeText                                    []*html.Node // text nodes of block and inline elements
	ogImage                                     string

	stage string // the stage that decided, for tests
}

// ok tells whether an ISO date (at least yyyy-mm-dd) is a plausible
// publication date.
func (f *hdFinder) ok(iso string) bool {
	if len(iso) < 10 {
		return false
	}
	y, e1 := strconv.Atoi(iso[0:4])
	m, e2 := strconv.Atoi(iso[5:7])
	d, e3 := strconv.Atoi(iso[8:10])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > ptDaysIn(y, m) {
		return false
	}
	day := y*10000 + m*100 + d
	return day >= hdMinDay && day <= f.maxDay
}

func (f *hdFinder) find(root *html.Node, pageURL string) string {
	// 1. the URL
	if f.pageOnly {
		f.collect(root)
		return f.fromPage(root, "")
	}
	if d := f.urlDate(pageURL); d != "" {
		f.stage = "url"
		return d
	}
	f.collect(root)
	// 2. <meta>
	d, reserve := f.metaDate()
	if d != "" {
		f.stage = "meta"
		return d
	}
	// 3. JSON
	if d := f.jsonDate(); d != "" {
		f.stage = "json"
		return d
	}
	return f.fromPage(root, reserve)
}

// fromPage runs the stages that read the page's markup and text.
func (f *hdFinder) fromPage(root *html.Node, reserve string) string {
	// 4. <abbr>
	if d := f.abbrDate(); d != "" {
		f.stage = "abbr"
		return d
	}
	// 5. date elements, 6. title and h1
	for _, els := range [][]*html.Node{f.dated, f.titles} {
		for _, n := range els {
			for _, s := range []string{hdHeadText(n, hdMaxLen+8), attr(n, "title")} {
				if d := f.exprDate(s); d != "" {
					f.stage = "element " + hdDescribe(n) + " " + strconv.Quote(s)
					return d
				}
			}
		}
	}
	// 7. <time>
	if d := f.timeDate(); d != "" {
		f.stage = "time"
		return d
	}
	// 8. timestamps, og:image, announced dates
	flat := f.flatText(root)
	if d := f.timestampDate(flat); d != "" {
		f.stage = "timestamp"
		return d
	}
	if f.ogImage != "" {
		if d := f.urlDate(f.ogImage); d != "" {
			f.stage = "og:image"
			return d
		}
	}
	if d := f.cueDate(flat); d != "" {
		f.stage = "cue"
		return d
	}
	// 9. short text runs: the earliest
	best := ""
	for _, n := range f.freeText {
		if hdDigits(n.Data) < 4 {
			continue
		}
		s := cleanSpace(n.Data)
		if l := utf8.RuneCountInString(s); l <= 6 || l >= hdMaxLen {
			continue
		}
		if d := f.exprDate(s); d != "" && (best == "" || d[:10] < best[:10]) {
			best = d
		}
	}
	if best != "" {
		f.stage = "free text"
		return best
	}
	// 10. the most frequent date
	if d := f.frequentDate(flat); d != "" {
		f.stage = "frequent"
		return d
	}
	f.stage = "reserve"
	return reserve
}

// hdDescribe names an element for tests: div.class#id.
func hdDescribe(n *html.Node) string {
	s := n.Data
	if c := attr(n, "class"); c != "" {
		s += "." + c
	}
	if id := attr(n, "id"); id != "" {
		s += "#" + id
	}
	return s
}

// urlDate reads a full date in a URL: /2023/06/18/, /2023-06-18-, _2023_06_18.
func (f *hdFinder) urlDate(u string) string {
	for i := 1; i+4 <= len(u); i++ {
		if hdIsDigit(u[i-1]) || !hdIsDigit(u[i]) {
			continue
		}
		if d := f.ymdAt(u, i, "/_-", false); d != "" {
			return d
		}
	}
	return ""
}

// ymdAt reads yyyy<sep>m<sep>d at s[i:], the day not followed by a digit;
// seps are the separators allowed.
func (f *hdFinder) ymdAt(s string, i int, seps string, twoDigits bool) string {
	j := i
	y, j := hdNum(s, j, 4, 4)
	if y < 0 || j >= len(s) || !strings.ContainsRune(seps, rune(s[j])) {
		return ""
	}
	minD := 1
	if twoDigits {
		minD = 2
	}
	m, j := hdNum(s, j+1, minD, 2)
	if m < 0 || j >= len(s) || !strings.ContainsRune(seps, rune(s[j])) {
		return ""
	}
	d, j := hdNum(s, j+1, minD, 2)
	if d < 0 || (j < len(s) && hdIsDigit(s[j])) {
		return ""
	}
	iso := hdISO(y, m, d)
	if !f.ok(iso) {
		return ""
	}
	return iso
}

// hdNum reads a number of min to max digits at s[i:]; -1 when there is none
// or it runs longer.
func hdNum(s string, i, min, max int) (int, int) {
	v, j := 0, i
	for j < len(s) && hdIsDigit(s[j]) {
		if j-i == max {
			return -1, j
		}
		v = v*10 + int(s[j]-'0')
		j++
	}
	if j-i < min {
		return -1, j
	}
	return v, j
}

// hdDigits counts the ASCII digits of s, up to 4.
func hdDigits(s string) int {
	n := 0
	for i := 0; i < len(s) && n < 4; i++ {
		if hdIsDigit(s[i]) {
			n++
		}
	}
	return n
}

func hdIsDigit(c byte) bool { return c >= '0' && c <= '9' }

func hdISO(y, m, d int) string {
	return ptDate{y: y, mo: m, d: d}.String()
}

// hdSkip are the elements whose content is never read for a date.
func hdSkip(n *html.Node) bool {
	switch n.Data {
	case "object", "embed", "applet", "frame", "frameset", "noframes", "iframe", "label", "map", "math",
		"audio", "canvas", "datalist", "picture", "svg", "track", "video", "style", "template":
		return true
	case "div":
		id := attr(n, "id")
		return id == "wm-ipp-base" || id == "wm-ipp" // the Wayback Machine's banner
	}
	return false
}

// collect sorts the page's elements into the lists the stages read.
func (f *hdFinder) collect(root *html.Node) {
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode {
			if hdSkip(n) {
				return
			}
			switch n.Data {
			case "meta":
				f.metas = append(f.metas, n)
				if f.ogImage == "" && strings.EqualFold(attr(n, "property"), "og:image") {
					f.ogImage = attr(n, "content")
				}
			case "script":
				switch strings.ToLower(attr(n, "type")) {
				case "application/ld+json", "application/settings+json":
					f.scripts = append(f.scripts, n)
				}
				return
			case "abbr":
				f.abbrs = append(f.abbrs, n)
			case "time":
				f.times = append(f.times, n)
			case "title", "h1":
				f.titles = append(f.titles, n)
			}
			if hdDateElement(n) {
				f.dated = append(f.dated, n)
			}
			switch n.Data {
			case "div", "h2", "h3", "h4", "li", "p", "span", "time", "ul":
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode && len(c.Data) > 6 && ptHasDigit(c.Data) {
						f.freeText = append(f.freeText, c)
					}
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
}

// hdDateElement tells whether an element's names say it holds a date.
func hdDateElement(n *html.Node) bool {
	switch n.Data {
	case "footer", "small":
		return true
	case "html", "head", "body", "meta", "link", "script", "title", "br", "img", "input":
		return false
	}
	var id, class, itemprop string
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			id = a.Val
		case "class":
			class = a.Val
		case "itemprop":
			itemprop = a.Val
		}
	}
	if id == "" && class == "" && itemprop == "" {
		return false
	}
	// as go-htmldate and trafilatura: "date" and "meta" in any case of
	// their first letter, the other words in lower case
	for _, v := range [3]string{id, class, itemprop} {
		if strings.Contains(v, "date") || strings.Contains(v, "Date") || strings.Contains(v, "datum") || strings.Contains(v, "Datum") {
			return true
		}
	}
	for _, v := range [2]string{id, class} {
		if strings.Contains(v, "meta") || strings.Contains(v, "Meta") || strings.Contains(v, "time") ||
			strings.Contains(v, "publish") || strings.Contains(v, "footer") {
			return true
		}
	}
	for _, w := range hdClassWords {
		if strings.Contains(class, w) {
			return true
		}
	}
	return strings.Contains(id, "footer-info-lastmod")
}

var hdClassWords = []string{"info", "post_detail", "block-content", "byline", "subline", "posted", "submitted",
	"created-post", "publication", "author", "autor", "field-content", "fa-clock-o", "fa-calendar", "fecha", "parution"}

func hdHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hdHeadText is the beginning of n's text, whitespace collapsed, up to
// about max runes.
func hdHeadText(n *html.Node, max int) string {
	var b strings.Builder
	runes := 0
	space := false
	var walk func(n *html.Node, depth int) bool
	walk = func(n *html.Node, depth int) bool {
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if unicode.IsSpace(r) {
					space = true
					continue
				}
				if space && b.Len() > 0 {
					b.WriteByte(' ')
					runes++
				}
				space = false
				b.WriteRune(r)
				runes++
				if runes >= max {
					return false
				}
			}
		case html.ElementNode:
			if hdSkip(n) || n.Data == "script" || n.Data == "noscript" || depth > 64 {
				return true
			}
			switch n.Data {
			case "br", "p", "div", "li", "td", "tr", "h1", "h2", "h3", "h4", "h5", "h6":
				space = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	walk(n, 0)
	return b.String()
}

// exprDate reads the first date in a short text: a machine-written date
// (ISO 8601, RFC 1123) or a date as people write it.
func (f *hdFinder) exprDate(s string) string {
	if hdDigits(s) < 4 {
		return ""
	}
	s = cleanSpace(s)
	if utf8.RuneCountInString(s) > hdMaxLen {
		r := []rune(s)
		s = string(r[:hdMaxLen])
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if hdIsDigit(s[i]) {
			digits++
		}
	}
	if digits < 4 || digits > 18 {
		return ""
	}
	if len(s) >= 8 && hdIsDigit(s[0]) && hdIsDigit(s[1]) && hdIsDigit(s[2]) && hdIsDigit(s[3]) {
		if d := normDate(s); d != "" && f.ok(d) {
			return d
		}
	}
	return f.textDate(s)
}

// machineDate reads a date from an attribute: ISO 8601 and the like first,
// then as text.
func (f *hdFinder) machineDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d := normDate(s); d != "" && f.ok(d) {
		return d
	}
	if len(s) > 64 {
		return ""
	}
	return f.exprDate(s)
}

// textDate finds the first date written in s, with the time of day that
// follows it.
func (f *hdFinder) textDate(s string) string {
	var buf [3 * hdMaxLen]ptTok
	toks, _ := ptTokenize(strings.ToLower(s), buf[:0])
	for i := range toks {
		var dt ptDate
		n := f.matchDate(toks, i, &dt)
		if n == 0 {
			continue
		}
		iso := hdISO(dt.y, dt.mo, dt.d)
		if !f.ok(iso) {
			continue
		}
		k := i + n
		for skip := 0; skip < 3 && k < len(toks); skip++ {
			t := toks[k]
			if t.kind == 'p' && strings.Contains(",-|/·•–—(@", t.s) || t.kind == 'w' && hdTimeFiller[t.s] {
				k++
				continue
			}
			break
		}
		if m := ptMatchTime(toks, k, &dt); m > 0 {
			k += m
			if k < len(toks) && (toks[k].s == "uhr" || toks[k].s == "h") {
				k++
			}
			for k < len(toks) && toks[k].kind == 'p' && (toks[k].s == "(" || toks[k].s == ",") {
				k++
			}
			ptMatchZone(toks, k, &dt)
		}
		return dt.String()
	}
	return ""
}

// hdTimeFiller are the words between a date and its time.
var hdTimeFiller = map[string]bool{"at": true, "um": true, "à": true, "a": true, "alle": true, "ore": true, "las": true,
	"om": true, "kl": true, "klo": true, "klockan": true, "o": true, "godz": true, "в": true, "saat": true, "às": true, "uhr": false}

// matchDate matches a date at toks[i:] and returns the tokens it used.
func (f *hdFinder) matchDate(toks []ptTok, i int, dt *ptDate) int {
	at := func(k int) ptTok {
		if k < len(toks) {
			return toks[k]
		}
		return ptTok{}
	}
	if i > 0 && toks[i-1].kind == 'n' {
		return 0
	}
	t := toks[i]
	switch t.kind {
	case 'n':
		// 2023-06-18, 2023/06/18, 2023.06.18
		if t.n == 4 && ptIsSep(at(i+1)) && at(i+2).kind == 'n' && at(i+2).n <= 2 &&
			at(i+3).s == at(i+1).s && at(i+4).kind == 'n' && at(i+4).n <= 2 && !hdMoreDigits(at(i+5), at(i+6)) {
			if ptSetDate(dt, t.v, at(i+2).v, at(i+4).v) {
				return 5
			}
			return 0
		}
		// 2023年6月18日, 2023년 6월 18일
		if t.n == 4 && (at(i+1).s == "年" || at(i+1).s == "년") && at(i+2).kind == 'n' && at(i+2).n <= 2 &&
			(at(i+3).s == "月" || at(i+3).s == "월") && at(i+4).kind == 'n' && at(i+4).n <= 2 {
			if ptSetDate(dt, t.v, at(i+2).v, at(i+4).v) {
				if at(i+5).s == "日" || at(i+5).s == "일" {
					return 6
				}
				return 5
			}
			return 0
		}
		// 2023. június 18. (Hungarian)
		if t.n == 4 && at(i+1).s == "." && at(i+2).kind == 'w' && at(i+3).kind == 'n' && at(i+3).n <= 2 {
			if m, ok := hdMonths[at(i+2).s]; ok && ptSetDate(dt, t.v, m, at(i+3).v) {
				return 4
			}
		}
		// 18.06.2023, 18/06/2023, 18-06-2023, 06/18/2023, 18.06.23
		if t.n <= 2 && ptIsSep(at(i+1)) && at(i+2).kind == 'n' && at(i+2).n <= 2 && at(i+3).s == at(i+1).s &&
			at(i+4).kind == 'n' && (at(i+4).n == 4 || at(i+4).n == 2 && at(i+1).s != "-") && !hdMoreDigits(at(i+5), at(i+6)) {
			y := at(i + 4).v
			if at(i+4).n == 2 {
				y += 2000
			}
			d, m := t.v, at(i+2).v
			if at(i+1).s == "/" && (m > 12 || f.mdy && d <= 12) {
				d, m = m, d
			}
			if ptSetDate(dt, y, m, d) {
				return 5
			}
			return 0
		}
	}
	// 18 June 2023, 18. Juni 2023, June 18, 2023
	return ptWordDate(toks, i, dt, hdMonths)
}

// hdMoreDigits tells whether a date's last number goes on as a longer
// numeric run (1.2.2023.4, 2023-06-18-7 are no dates); a time ("18.06.2023
// 21.31") and a sentence end are fine.
func hdMoreDigits(sep, next ptTok) bool {
	return (sep.s == "." || sep.s == "-" || sep.s == "/") && next.kind == 'n' && next.n >= 3
}

// metaDate reads <meta> tags in page order: the first publication date, and
// a reserve (a modified date, a date in og:url) for when nothing else has
// one.
func (f *hdFinder) metaDate() (string, string) {
	reserve := ""
	setReserve := func(d string) {
		if d != "" && reserve == "" {
			reserve = d
		}
	}
	for _, n := range f.metas {
		var name, property, itemprop, pubdate, httpEquiv, content, datetime string
		for _, a := range n.Attr {
			v := strings.TrimSpace(a.Val)
			switch a.Key {
			case "name":
				name = strings.ToLower(v)
			case "property":
				property = strings.ToLower(v)
			case "itemprop":
				itemprop = strings.ToLower(v)
			case "pubdate":
				pubdate = strings.ToLower(v)
			case "http-equiv":
				httpEquiv = strings.ToLower(v)
			case "content":
				content = v
			case "datetime":
				datetime = v
			}
		}
		if content == "" && datetime == "" {
			continue
		}
		switch {
		case name != "" && content != "":
			switch {
			case name == "og:url":
				setReserve(f.urlDate(content))
			case hdPublishedNames[name]:
				if d := f.machineDate(content); d != "" {
					return d, reserve
				}
			case hdModifiedNames[name]:
				setReserve(f.machineDate(content))
			}
		case property != "" && content != "":
			switch {
			case hdPublishedNames[property]:
				if d := f.machineDate(content); d != "" {
					return d, reserve
				}
			case hdModifiedNames[property]:
				setReserve(f.machineDate(content))
			}
		case itemprop != "":
			switch itemprop {
			case "datecreated", "datepublished", "pubyear":
				v := datetime
				if v == "" {
					v = content
				}
				if d := f.machineDate(v); d != "" {
					return d, reserve
				}
			}
		case pubdate == "pubdate":
			if d := f.machineDate(content); d != "" {
				return d, reserve
			}
		case httpEquiv == "date" && content != "":
			if d := f.machineDate(content); d != "" {
				return d, reserve
			}
		case httpEquiv == "last-modified" && content != "":
			setReserve(f.machineDate(content))
		}
	}
	return "", reserve
}

// hdPublishedNames are <meta> names and properties of a publication (or
// creation) date.
var hdPublishedNames = hdSet("analyticsattributes.articledate", "article.created", "article_date_original",
	"article:post_date", "article.published", "article:published", "article:published_date", "article:published_time",
	"article:publicationdate", "bt:pubdate", "citation_date", "citation_publication_date", "content_create_date",
	"created", "cxenseparse:recs:publishtime", "date", "date_created", "date_published", "datecreated", "dateposted",
	"datepublished", "dc.date", "dc.created", "dc.date.created", "dc.date.issued", "dc.date.publication",
	"dcsext.articlefirstpublished", "dcterms.created", "dcterms.date", "dcterms.issued", "dc:created", "dc:date",
	"displaydate", "doc_date", "field-name-post-date", "mediator_published_time", "og:article:published",
	"og:article:published_time", "og:datepublished", "og:pubdate", "og:publish_date", "og:published_time",
	"og:question:published_time", "og:regdate", "originalpublicationdate", "parsely-pub-date", "pdate", "ptime",
	"pubdate", "publishdate", "publish_date", "publish_time", "publish-date", "published-date", "published_date",
	"published_time", "publisheddate", "publication_date", "rbpubdate", "release_date", "rnews:datepublished",
	"sailthru.date", "shareaholic:article_published_time", "timestamp", "twt-published-at", "video:release_date",
	"vr:published_time", "original-publish-date", "article_date", "publication-date", "sort_date", "firstpublishedat")

// hdModifiedNames are <meta> names and properties of a last change.
var hdModifiedNames = hdSet("article:modified", "article:modified_date", "article:modified_time", "article:post_modified",
	"bt:moddate", "datemodified", "dc.modified", "dcterms.modified", "lastmodified", "modified_time", "modificationdate",
	"og:article:modified_time", "og:modified_time", "og:updated_time", "revision_date", "updated_time", "lastdate",
	"lastmod", "last-modified", "modified", "utime")

func hdSet(keys ...string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// jsonDate finds "datePublished": "2023-06-18..." in JSON scripts, read as
// text so that broken JSON counts too.
func (f *hdFinder) jsonDate() string {
	for _, n := range f.scripts {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		s := b.String()
		for from := 0; ; {
			i := strings.Index(s[from:], `"datePublished"`)
			if i < 0 {
				break
			}
			j := from + i + len(`"datePublished"`)
			from = j
			for j < len(s) && (s[j] == ' ' || s[j] == ':' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			if j >= len(s) || s[j] != '"' {
				continue
			}
			end := strings.IndexByte(s[j+1:], '"')
			if end < 0 || end > 64 {
				continue
			}
			if d := normDate(s[j+1 : j+1+end]); d != "" && f.ok(d) {
				return d
			}
		}
	}
	return ""
}

// abbrDate reads <abbr> dates: Facebook's data-utime (the earliest) and the
// hAtom "published" class.
func (f *hdFinder) abbrDate() string {
	best := ""
	for _, n := range f.abbrs {
		if u := attr(n, "data-utime"); u != "" {
			if v, err := strconv.ParseInt(u, 10, 64); err == nil && v > 0 && v < 1<<40 {
				d := time.Unix(v, 0).UTC().Format("2006-01-02")
				if f.ok(d) && (best == "" || d < best) {
					best = d
				}
			}
			continue
		}
		switch attr(n, "class") {
		case "published", "date-published", "time-published":
			if d := f.machineDate(attr(n, "title")); d != "" {
				return d
			}
			if d := f.exprDate(hdHeadText(n, hdMaxLen+8)); d != "" && (best == "" || d[:10] < best[:10]) {
				best = d
			}
		}
	}
	if best != "" {
		return best
	}
	for _, n := range f.abbrs {
		if d := f.exprDate(hdHeadText(n, hdMaxLen+8)); d != "" {
			return d
		}
	}
	return ""
}

// timeDate reads <time> elements: one marked pubdate or entry-date
// decides, else the earliest.
func (f *hdFinder) timeDate() string {
	best := ""
	for _, n := range f.times {
		dt := attr(n, "datetime")
		if utf8.RuneCountInString(dt) > 6 {
			class := attr(n, "class")
			if hdHasAttr(n, "pubdate") || strings.HasPrefix(class, "entry-date") || strings.HasPrefix(class, "entry-time") {
				if d := f.machineDate(dt); d != "" {
					return d
				}
			}
			if d := f.machineDate(dt); d != "" && (best == "" || d[:10] < best[:10]) {
				best = d
			}
			continue
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil && c.Type != html.ElementNode; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		if s := cleanSpace(b.String()); utf8.RuneCountInString(s) > 6 {
			if d := f.exprDate(s); d != "" && (best == "" || d[:10] < best[:10]) {
				best = d
			}
		}
	}
	return best
}
