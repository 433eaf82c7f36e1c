package server

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestParseEvents(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	q, err := parseEvents("actor=usa&dyad=USA-chn&cameo=042&quad=1&from=2023-01-01&to=2023-01-31&place=Beijing&limit=20&after=17")
	if err != nil {
		t.Fatal(err)
	}
	if q.Actor != "USA" || q.Dyad != [2]string{"USA", "CHN"} || q.Cameo != "042" || q.Quad != 1 || q.Place != "Beijing" || q.Limit != 20 || q.After != "17" {
		t.Errorf("got %+v", q)
	}
	if !q.From.Equal(day("2023-01-01")) || !q.To.Equal(day("2023-02-01")) {
		t.Errorf("dates: from %v to %v; want to to include 31 January", q.From, q.To)
	}
	q, err = parseEvents("to=2023-01-31T12:00:00Z&limit=100000")
	if err != nil {
		t.Fatal(err)
	}
	if q.To.Hour() != 12 || q.Limit != maxLimit {
		t.Errorf("to %v limit %d; want a time taken as given and the cap %d", q.To, q.Limit, maxLimit)
	}
	q, _ = parseEvents("")
	if q.Limit != 100 {
		t.Errorf("default limit %d", q.Limit)
	}
}

func TestParseRejects(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{"from=yesterday", `from: "yesterday" is not a date`},
		{"from=2023-13-01", "not a date"},
		{"from=2023-02-01&to=2023-01-01", "is before from"},
		{"limit=0", "not a positive whole number"},
		{"limit=-3", "not a positive whole number"},
		{"limit=ten", "not a positive whole number"},
		{"dyad=USA", "not a dyad"},
		{"dyad=USA-", "not a dyad"},
		{"dyad=US A-CHN", "not an actor code"},
		{"actor=US%27--", "not an actor code"},
		{"cameo=4", "not a CAMEO code"},
		{"cameo=0a", "not a CAMEO code"},
		{"quad=5", "not a quad class"},
		{"colour=red", `unknown parameter "colour"`},
		{"actor=USA&actor=CHN", "given 2 times"},
		{"place=" + strings.Repeat("x", 600), "the limit is 500"},
		{"place=%ff", "not valid UTF-8"},
		{"place=a%00b", "control characters"},
		{"a=%zz", "malformed query string"},
		{"after=" + strings.Repeat("9", 300), "cursor too long"},
	} {
		_, err := parseEvents(tc.query)
		var bad *badRequest
		if !errors.As(err, &bad) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.60s: got %v, want a bad request saying %q", tc.query, err, tc.want)
		}
	}
	if _, err := parseTimeline("bucket=year"); err == nil || !strings.Contains(err.Error(), "want day, week or month") {
		t.Errorf("bucket=year: %v", err)
	}
	if _, err := parseArticles("limit=5&cameo=04"); err == nil || !strings.Contains(err.Error(), `unknown parameter "cameo"`) {
		t.Errorf("articles with cameo: %v", err)
	}
}

// Any query string parses to a query or a bad request, never a panic nor
// another kind of error, and what it accepts is within the limits.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"", "actor=USA", "dyad=USA-CHN&from=2023-01-01&to=2023-12-31&limit=5", "cameo=042&quad=2",
		"bucket=month&dyad=usa-chn", "q=%22military+hotline%22&site=x&after=abc", "from=2023-06-18T21:31:00Z",
		"limit=99999999999999999999", "a=%zz", "to=0000-01-01", "from=9999-12-31T23:59:59+14:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		check := func(name string, err error) {
			var bad *badRequest
			if err != nil && !errors.As(err, &bad) {
				t.Fatalf("%s(%q): %T %v, want a badRequest", name, raw, err, err)
			}
		}
		q, err := parseEvents(raw)
		check("events", err)
		if err == nil {
			if q.Limit < 1 || q.Limit > maxLimit {
				t.Fatalf("limit %d", q.Limit)
			}
			for _, c := range []string{q.Actor, q.Source, q.Target, q.Dyad[0], q.Dyad[1]} {
				if _, err := parseCode(c); err != nil {
					t.Fatalf("code %q passed: %v", c, err)
				}
			}
			if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
				t.Fatalf("to before from passed")
			}
		}
		_, err = parseTimeline(raw)
		check("timeline", err)
		_, err = parseArticles(raw)
		check("articles", err)
		_, err = parseQuotes(raw)
		check("quotes", err)
		if _, perr := url.ParseQuery(raw); perr != nil && err == nil {
			t.Fatalf("a malformed query string passed")
		}
	})
}
