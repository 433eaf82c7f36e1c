package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // zones for localising UTC timestamps, on any machine

	"github.com/PuerkitoBio/goquery"
	"github.com/araddon/dateparse"
)

// Keys of <meta> tags that name the publication date itself.
var publishedKeys = []string{"article:published_time", "og:article:published_time", "article:published", "og:published_time",
	"datepublished", "published_time", "article.published", "parsely-pub-date", "publish-date", "publish_date",
	"publishdate", "pubdate", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created",
	"article_date_original", "original-publish-date", "cxenseparse:recs:publishtime"}

// Keys of <meta> tags that hold some date of the page, often the last change.
var otherDateKeys = []string{"date", "sailthru.date", "dc.date", "dcterms.date", "og:updated_time", "article:modified_time", "last-modified", "datemodified"}

// pickDate returns the publication date in ISO 8601, as precise as the page
// gives it ("2023-06-18", "2023-06-18T21:31:00", "2023-06-18T21:31:00-04:00"),
// or "".
//
// The dates the metadata names as the publication date come first. When
// they carry no time, htmlDate's reading of the whole page decides between
// them or replaces them with an earlier original date; when they disagree,
// its reading of the page's own words alone (not the metadata again). A
// date in the URL's archive path beats a later metadata date. Without
// publication metadata, htmlDate's date, then any other date of the page.
// UTC timestamps are moved to the publisher's time zone where the site's
// domain or language tells it, since readers and archives date an article
// by the day it was on the page there.
func pickDate(m *pageMeta, doc *goquery.Document, pageURL string, readText bool) string {
	loc := siteZone(hostOf(pageURL), pickLanguageTag(m))
	var strong []string // distinct days, first seen first
	for _, c := range append([]string{m.ldString("datePublished"), m.ldString("dateCreated")}, m.metaAll(publishedKeys...)...) {
		if v := localise(normDate(c), loc); v != "" && !slices.ContainsFunc(strong, func(s string) bool { return s[:10] == v[:10] }) {
			strong = append(strong, v)
		}
	}
	if ud := urlDate(pageURL, true); ud != "" && len(strong) > 0 && ud < strong[0][:10] {
		// a URL's date is fixed when the article is created; a later date in
		// the metadata is an update, or the next day in UTC
		return ud
	}
	if len(strong) == 1 && hasTime(strong[0]) {
		return strong[0]
	}
	hd := ""
	if readText {
		// when the metadata disagrees, only the page's own words decide
		hd = htmlDate(doc.Nodes[0], pageURL, loc, len(strong) > 1)
	}
	if len(strong) > 0 {
		if hd != "" {
			if i := slices.IndexFunc(strong, func(s string) bool { return s[:10] == hd[:10] }); i >= 0 {
				return strong[i]
			}
			if hd[:10] < strong[0][:10] {
				return hd
			}
		}
		return strong[0]
	}
	if hd != "" {
		return hd
	}
	for _, c := range append([]string{m.ldString("dateModified")}, m.metaAll(otherDateKeys...)...) {
		if v := localise(normDate(c), loc); v != "" {
			return v
		}
	}
	for _, v := range m.timeAttrs {
		if v := localise(normDate(v), loc); v != "" {
			return v
		}
	}
	return urlDate(pageURL, false)
}

func hasTime(iso string) bool { return len(iso) > 10 }

var isoDate = regexp.MustCompile(`^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?`)

// normDate reads a machine-written date (ISO 8601, RFC 1123 and the like)
// and writes it back in ISO 8601 keeping only what was given.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 {
		return ""
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		da, _ := strconv.Atoi(m[3])
		if !validYMD(y, mo, da) {
			return ""
		}
		out := m[1] + "-" + m[2] + "-" + m[3]
		if m[4] == "" {
			return out
		}
		h, _ := strconv.Atoi(m[4])
		mi, _ := strconv.Atoi(m[5])
		sec := m[6]
		if sec == "" {
			sec = "00"
		}
		if h > 23 || mi > 59 {
			return out
		}
		out += "T" + m[4] + ":" + m[5] + ":" + sec
		switch z := m[7]; {
		case z == "Z":
			out += "Z"
		case len(z) == 3:
			out += z + ":00"
		case len(z) == 5:
			out += z[:3] + ":" + z[3:]
		case len(z) == 6:
			out += z
		}
		return out
	}
	if !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	t, err := dateparse.ParseStrict(s)
	if err != nil || !validYMD(t.Year(), int(t.Month()), t.Day()) {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	if hasZone.MatchString(s) {
		return t.Format(time.RFC3339)
	}
	return t.Format("2006-01-02T15:04:05")
}

var hasZone = regexp.MustCompile(`(?i)(\b(?:GMT|UTC|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\s*$)`)

func validYMD(y, m, d int) bool {
	return y >= 1990 && y <= time.Now().Year()+1 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// localise moves a UTC timestamp ("...Z" or "...+00:00") to loc; other
// values, and midnight (a date written as a timestamp), are returned as
// they are.
func localise(iso string, loc *time.Location) string {
	if loc == nil || !(strings.HasSuffix(iso, "Z") || strings.HasSuffix(iso, "+00:00")) || strings.Contains(iso, "T00:00:00") {
		return iso
	}
	t, err := time.Parse(time.RFC3339, iso)
	if err != nil {
		return iso
	}
	return t.In(loc).Format(time.RFC3339)
}

var (
	urlDateRe       = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_.]|$)`)
	strictURLDateRe = regexp.MustCompile(`/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/`)
)

// urlDate reads /2023/06/18/ style dates in a URL; strict asks for slashes
// on both sides of the day, the form publishers' archives use.
func urlDate(u string, strict bool) string {
	re := urlDateRe
	if strict {
		re = strictURLDateRe
	}
	m := re.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if !validYMD(y, mo, d) {
		return ""
	}
	return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}
