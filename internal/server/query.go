package server

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/attache-news/attache/internal/store"
)

// Limits on what a query may ask for.
const (
	defaultLimit = 50
	maxLimit     = 500
	maxParamLen  = 500 // bytes of any one parameter value
	maxCodeLen   = 30  // bytes of an actor code
)

// badRequest is a client error: it becomes a 400 with its message.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error {
	return &badRequest{fmt.Sprintf(format, args...)}
}

// params reads one request's query string against the names an endpoint
// accepts. Every error is a badRequest naming the parameter.
type params struct {
	v   url.Values
	err error
}

// newParams checks that the query string parses, names only parameters in
// allowed, gives each at most once and keeps values to a sane size.
func newParams(raw string, allowed ...string) *params {
	p := &params{}
	v, err := url.ParseQuery(raw)
	if err != nil {
		p.err = badf("malformed query string: %v", err)
		return p
	}
	p.v = v
	names := make([]string, 0, len(v))
	for k := range v {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		ok := false
		for _, a := range allowed {
			if k == a {
				ok = true
				break
			}
		}
		if !ok {
			if len(allowed) == 0 {
				p.err = badf("unknown parameter %q: this endpoint takes none", clip(k))
			} else {
				p.err = badf("unknown parameter %q (accepted: %s)", clip(k), strings.Join(allowed, ", "))
			}
			return p
		}
		if len(v[k]) > 1 {
			p.err = badf("parameter %q given %d times; give it once", k, len(v[k]))
			return p
		}
		if len(v[k][0]) > maxParamLen {
			p.err = badf("parameter %q is %d bytes long; the limit is %d", k, len(v[k][0]), maxParamLen)
			return p
		}
		if !utf8.ValidString(v[k][0]) {
			p.err = badf("parameter %q is not valid UTF-8", k)
			return p
		}
	}
	return p
}

// clip shortens a name echoed in an error message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strings.ToValidUTF8(s, "?")
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// str is a free-text parameter, trimmed.
func (p *params) str(name string) string {
	return strings.TrimSpace(p.v.Get(name))
}

// code is an actor code or code prefix: letters and digits, upper-cased.
func (p *params) code(name string) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	c, err := parseCode(s)
	if err != nil {
		p.fail(badf("%s: %v", name, err))
	}
	return c
}

func parseCode(s string) (string, error) {
	if len(s) > maxCodeLen {
		return "", fmt.Errorf("actor code of %d characters; the limit is %d", len(s), maxCodeLen)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return "", fmt.Errorf("%q is not an actor code (letters and digits, like USA or CHNGOV)", clip(s))
		}
	}
	return strings.ToUpper(s), nil
}

// dyad is "A-B": two actor codes, either direction.
func (p *params) dyad(name string) [2]string {
	s := p.str(name)
	if s == "" {
		return [2]string{}
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok || a == "" || b == "" {
		p.fail(badf("%s: %q is not a dyad; want two actor codes joined by a dash, like USA-CHN", name, clip(s)))
		return [2]string{}
	}
	ca, err := parseCode(a)
	if err == nil {
		b, err = parseCode(b)
	}
	if err != nil {
		p.fail(badf("%s: %v", name, err))
		return [2]string{}
	}
	return [2]string{ca, b}
}

// cameo is a CAMEO code or code prefix: two to four digits.
func (p *params) cameo(name string) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	ok := len(s) >= 2 && len(s) <= 4
	for i := 0; ok && i < len(s); i++ {
		ok = s[i] >= '0' && s[i] <= '9'
	}
	if !ok {
		p.fail(badf("%s: %q is not a CAMEO code; want 2 to 4 digits, like 04 or 042", name, clip(s)))
		return ""
	}
	return s
}

// quad is a quad class, 1 to 4.
func (p *params) quad(name string) int {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 4 {
		p.fail(badf("%s: %q is not a quad class; want 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)", name, clip(s)))
		return 0
	}
	return n
}

// limit is a page size: 1 and up, capped at maxLimit; def when absent.
func (p *params) limit(name string, def int) int {
	s := p.str(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		p.fail(badf("%s: %q is not a positive whole number", name, clip(s)))
		return def
	}
	if n > maxLimit {
		n = maxLimit
	}
	return n
}

// dateRange reads from and to. A date (YYYY-MM-DD) as "to" includes that
// whole day; a date-time is taken as given. to must not be before from.
func (p *params) dateRange(fromName, toName string) (from, to time.Time) {
	from, _, errF := parseDate(p.str(fromName))
	if errF != nil {
		p.fail(badf("%s: %v", fromName, errF))
	}
	to, dayOnly, errT := parseDate(p.str(toName))
	if errT != nil {
		p.fail(badf("%s: %v", toName, errT))
	}
	if dayOnly {
		to = to.AddDate(0, 0, 1)
	}
	if errF == nil && errT == nil && !from.IsZero() && !to.IsZero() && to.Before(from) {
		p.fail(badf("%s (%s) is before %s (%s)", toName, p.str(toName), fromName, p.str(fromName)))
	}
	return from, to
}

// parseDate reads YYYY-MM-DD, YYYY-MM, YYYY or RFC 3339. dayOnly is true
// for a plain date, whose end is the next day.
func parseDate(s string) (t time.Time, dayOnly bool, err error) {
	if s == "" {
		return time.Time{}, false, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1 || t.Year() > 9999 {
				break
			}
			return t, layout == "2006-01-02", nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%q is not a date; want YYYY-MM-DD or RFC 3339 (2023-06-18T21:31:00Z)", clip(s))
}

// cursor is an opaque paging cursor from a previous answer's "next".
func (p *params) cursor(name string) string {
	s := p.v.Get(name)
	if len(s) > 200 {
		p.fail(badf("%s: cursor too long; pass the \"next\" of the previous page as is", name))
		return ""
	}
	return s
}

// bucket is day, week or month.
func (p *params) bucket(name string) string {
	s := p.str(name)
	switch s {
	case "":
		return "week"
	case "day", "week", "month":
		return s
	}
	p.fail(badf("%s: %q; want day, week or month", name, clip(s)))
	return ""
}

// flag is a boolean: 1, true, yes; 0, false, no or absent.
func (p *params) flag(name string) bool {
	switch strings.ToLower(p.str(name)) {
	case "", "0", "false", "no":
		return false
	case "1", "true", "yes":
		return true
	}
	p.fail(badf("%s: %q; want 1 or 0", name, clip(p.str(name))))
	return false
}

// text is free text up to maxParamLen, with no control characters.
func (p *params) text(name string) string {
	s := p.str(name)
	for _, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7f {
			p.fail(badf("%s: control characters are not allowed", name))
			return ""
		}
	}
	return s
}

// eventParams are the names the event filters take.
var eventParams = []string{"actor", "dyad", "source", "target", "cameo", "quad", "from", "to", "place", "article"}

// eventQuery reads the event filters shared by events and timeline.
func (p *params) eventQuery() store.EventQuery {
	q := store.EventQuery{
		Actor:  p.code("actor"),
		Source: p.code("source"),
		Target: p.code("target"),
		Dyad:   p.dyad("dyad"),
		Cameo:  p.cameo("cameo"),
		Quad:   p.quad("quad"),
		Place:  p.text("place"),
	}
	q.Article = p.articleID("article")
	q.From, q.To = p.dateRange("from", "to")
	return q
}

// articleID is an article id: any text but control characters (a jsonl
// batch may give ids with spaces or slashes).
func (p *params) articleID(name string) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	if err := checkID(s); err != nil {
		p.fail(badf("%s: %v", name, err))
		return ""
	}
	return s
}

func checkID(s string) error {
	if s == "" || len(s) > 200 {
		return fmt.Errorf("id of %d bytes; want 1 to 200", len(s))
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return fmt.Errorf("%q is not an article id", clip(s))
		}
	}
	return nil
}

// parseEvents reads GET /api/v1/events.
func parseEvents(raw string) (store.EventQuery, error) {
	p := newParams(raw, append(eventParams, "distinct", "limit", "after")...)
	if p.err != nil {
		return store.EventQuery{}, p.err
	}
	q := p.eventQuery()
	q.Distinct = p.flag("distinct")
	q.Limit = p.limit("limit", 100)
	q.After = p.cursor("after")
	return q, p.err
}

// parseTimeline reads GET /api/v1/timeline.
func parseTimeline(raw string) (store.TimelineQuery, error) {
	p := newParams(raw, append(eventParams, "bucket")...)
	if p.err != nil {
		return store.TimelineQuery{}, p.err
	}
	q := store.TimelineQuery{EventQuery: p.eventQuery(), Bucket: p.bucket("bucket")}
	return q, p.err
}

// parseArticles reads GET /api/v1/articles.
func parseArticles(raw string) (store.ArticleQuery, error) {
	p := newParams(raw, "q", "from", "to", "site", "actor", "limit", "after")
	if p.err != nil {
		return store.ArticleQuery{}, p.err
	}
	q := store.ArticleQuery{
		Text:  p.text("q"),
		Site:  p.text("site"),
		Actor: p.code("actor"),
		Limit: p.limit("limit", defaultLimit),
		After: p.cursor("after"),
	}
	q.From, q.To = p.dateRange("from", "to")
	return q, p.err
}

// parseQuotes reads GET /api/v1/quotes.
func parseQuotes(raw string) (store.QuoteQuery, error) {
	p := newParams(raw, "speaker", "actor", "q", "from", "to", "limit", "after")
	if p.err != nil {
		return store.QuoteQuery{}, p.err
	}
	q := store.QuoteQuery{
		Speaker: p.text("speaker"),
		Actor:   p.code("actor"),
		Text:    p.text("q"),
		Limit:   p.limit("limit", defaultLimit),
		After:   p.cursor("after"),
	}
	q.From, q.To = p.dateRange("from", "to")
	return q, p.err
}
