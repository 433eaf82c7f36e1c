package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/araddon/dateparse"
	htmldate "github.com/markusmobius/go-htmldate"
)

// pickDate returns the publication date in ISO 8601, as precise as the page
// gives it ("2023-06-18", "2023-06-18T21:31:00", "2023-06-18T21:31:00-04:00"),
// or "". Structured metadata comes first, the page's text last.
func pickDate(m *pageMeta, doc *goquery.Document, pageURL string) string {
	cands := []string{
		m.ldString("datePublished"), m.ldString("dateCreated"),
		m.meta("article:published_time", "og:article:published_time", "article:published", "og:published_time",
			"datepublished", "published_time", "article.published", "parsely-pub-date", "sailthru.date",
			"publish-date", "publish_date", "publishdate", "pubdate", "date", "dc.date.issued", "dc.date",
			"dcterms.date", "dcterms.created", "dcterms.issued", "dc.date.created", "article_date_original", "original-publish-date",
			"cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time", "last-modified", "datemodified"),
		m.ldString("dateModified"),
	}
	for _, c := range cands {
		if v := normDate(c); v != "" {
			return v
		}
	}
	for _, v := range m.timeAttrs {
		if v := normDate(v); v != "" {
			return v
		}
	}
	if v := urlDate(pageURL); v != "" {
		return v
	}
	res, err := htmldate.FromDocument(doc.Nodes[0], htmldate.Options{
		URL: pageURL, UseOriginalDate: true, ExtractTime: true, SkipExtensiveSearch: true,
	})
	if err == nil && !res.DateTime.IsZero() {
		switch {
		case res.HasTimezone:
			return res.DateTime.Format(time.RFC3339)
		case res.HasTime:
			return res.DateTime.Format("2006-01-02T15:04:05")
		default:
			return res.DateTime.Format("2006-01-02")
		}
	}
	return ""
}

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

var urlDateRe = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_.]|$)`)

// urlDate reads /2023/06/18/ style dates in a URL.
func urlDate(u string) string {
	m := urlDateRe.FindStringSubmatch(u)
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
