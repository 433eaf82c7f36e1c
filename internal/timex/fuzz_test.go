package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// checkTimes asserts the invariants of Find's output on any input.
func checkTimes(t *testing.T, text string, ts []document.Time) {
	t.Helper()
	prev := 0
	for i, x := range ts {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("time %d span %d:%d out of order or bounds (prev end %d, len %d)", i, x.Start, x.End, prev, len(text))
		}
		prev = x.End
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("time %d text %q, span holds %q", i, x.Text, text[x.Start:x.End])
		}
		switch x.Type {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			t.Fatalf("time %d %q: type %q", i, x.Text, x.Type)
		}
		if !wellFormed(x.Value) {
			t.Fatalf("time %d %q: value %q", i, x.Text, x.Value)
		}
		if utf8.ValidString(text) && !utf8.ValidString(x.Text) {
			t.Fatalf("time %d %q cuts a character", i, x.Text)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The talks on Sunday lasted seven and a half hours.",
		"Sept. 30, 1998, and Oct. 2; 2023-06-18; 6/18/23; 18.06.2023",
		"the 1990s, the '80s, the 20th century, fiscal 1989, mid-1996",
		"last Friday at 9:31 p.m., noon Thursday, 10am, 0930 GMT",
		"nearly five years ago, the past three months, the next several months",
		"every other week, twice a year, each Thursday, Tuesday nights",
		"the year-earlier third quarter; this year's first half; Q3 2022",
		"nineteen ninety-six, two thousand and one, the year two thousand",
		"\xff\xfe June \x00 18 ,, 2023 -- - -1990- $1990 #2000",
		"Christmas Eve, New Year's Day, Thanksgiving, Easter",
		"a a a a the the last last next next early late mid-",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1687123860))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var pub time.Time
		if unix != 0 {
			pub = time.Unix(unix%(1<<36), 0).UTC()
		}
		ts := Find(text, pub)
		checkTimes(t, text, ts)
	})
}

// Run over odd sentence spans (none, overlapping, out of bounds) and odd
// publication dates must neither panic nor break the invariants.
func TestRunRobust(t *testing.T) {
	text := "The ministers met on Sunday. They will meet again on Monday, June 19.\n\nTalks lasted two days."
	spans := [][]document.Span{
		nil,
		{},
		{{Start: 0, End: 28}, {Start: 29, End: 70}, {Start: 72, End: len(text)}},
		{{Start: 0, End: len(text)}},
		{{Start: 50, End: 10}, {Start: 0, End: 5000}},
	}
	for _, pub := range []string{"", "2023-06-18", "2023-06-18T21:31:00+08:00", "garbage", "2023-13-45", "1998"} {
		for _, ss := range spans {
			d := &document.Document{Text: text, Published: pub, Sentences: ss}
			Run(d)
			checkTimes(t, text, d.Times)
			if len(d.Times) != 3 {
				t.Errorf("published %q, sentences %v: %s", pub, ss, render(d.Times))
			}
		}
	}
	d := &document.Document{Text: text, Published: "2023-06-18T21:31:00+08:00"}
	Run(d)
	if got := render(d.Times); got != "Sunday=DATE:2023-06-18; Monday, June 19=DATE:2023-06-19; two days=DURATION:P2D" {
		t.Errorf("got %s", got)
	}
}

// Without a publication date, relative expressions get what can be known.
func TestNoPublicationDate(t *testing.T) {
	got := render(Find("He arrived yesterday, met her on June 18 and left last year; he is here now and will stay on Sunday for two weeks.", time.Time{}))
	want := "yesterday=DATE:PAST_REF; June 18=DATE:XXXX-06-18; last year=DATE:PAST_REF; now=DATE:PRESENT_REF; Sunday=DATE:XXXX-WXX-7; two weeks=DURATION:P2W"
	if got != want {
		t.Errorf("\n got: %s\nwant: %s", got, want)
	}
}

// The same input gives the same output, whatever ran before.
func TestDeterministic(t *testing.T) {
	text := strings.Repeat("Officials met on Friday, a year after talks in the third quarter of 2022 failed. ", 20)
	a := render(Find(text, june18))
	Find("Something else on Monday at noon.", june18)
	if b := render(Find(text, june18)); a != b {
		t.Errorf("two runs differ:\n%s\n%s", a, b)
	}
}

// Pathological inputs run in time linear in their length.
func TestLinear(t *testing.T) {
	for _, unit := range []string{"hundred ", "Friday ", "1998 ", "the past ", "a ", "twenty-", "nearly ", "\"", "June 18, "} {
		small := strings.Repeat(unit, 2000)
		big := strings.Repeat(unit, 40000)
		t0 := time.Now()
		Find(small, june18)
		d1 := time.Since(t0)
		t0 = time.Now()
		Find(big, june18)
		d2 := time.Since(t0)
		if d2 > 100*d1+500*time.Millisecond { // quadratic would be 400 times
			t.Errorf("%q: 20x the input took %v against %v", unit, d2, d1)
		}
	}
}
