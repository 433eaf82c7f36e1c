package extract

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func testFinder() *hdFinder { return &hdFinder{maxDay: 20240630} }

func TestTextDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Published June 18, 2023", "2023-06-18"},
		{"Jun. 18th, 2023 at 9:31 pm EDT", "2023-06-18T21:31:00-04:00"},
		{"Sunday 18 June 2023", "2023-06-18"},
		{"18th of June, 2023", "2023-06-18"},
		{"Veröffentlicht am 18.06.2023, 21:31 Uhr", "2023-06-18T21:31:00"},
		{"Stand: 5. Juni 2023", "2023-06-05"},
		{"Publié le 18 juin 2023 à 21h31", "2023-06-18T21:31:00"},
		{"18 de junio de 2023", "2023-06-18"},
		{"18 de junho de 2023", "2023-06-18"},
		{"pubblicato il 18 giugno 2023", "2023-06-18"},
		{"18 juni 2023", "2023-06-18"},
		{"18 czerwca 2023", "2023-06-18"},
		{"18 июня 2023 г.", "2023-06-18"},
		{"18. června 2023", "2023-06-18"},
		{"18. kesäkuuta 2023", "2023-06-18"},
		{"18 Haziran 2023", "2023-06-18"},
		{"18 augusti 2023", "2023-08-18"},
		{"2023. június 18.", "2023-06-18"},
		{"2023年6月18日", "2023-06-18"},
		{"2023년 6월 18일", "2023-06-18"},
		{"2023-06-18", "2023-06-18"},
		{"2023/06/18 21:31", "2023-06-18T21:31:00"},
		{"18/06/2023", "2023-06-18"},
		{"06/18/2023", "2023-06-18"},
		{"18.06.23", "2023-06-18"},
		{"by Jane Doe | 3 comments | 02.01.2022", "2022-01-02"},
		// no date
		{"Version 1.2.3", ""},
		{"in 2023", ""},
		{"June 2023", ""},
		{"31.02.2023", ""},
		{"18.06.2031", ""},       // after today
		{"18 June 1990", ""},     // before 1995
		{"1.2.2023.123", ""},     // a longer numeric run
		{"18 Foo 2023", ""},      // no month
		{"tel. 12.06.20231", ""}, // digits run on
	} {
		if got := testFinder().textDate(c.in); got != c.want {
			t.Errorf("textDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextDateMonthFirst(t *testing.T) {
	f := testFinder()
	f.mdy = true
	if got := f.textDate("06/10/2023"); got != "2023-06-10" {
		t.Errorf("US 06/10/2023 = %q", got)
	}
	if got := testFinder().textDate("06/10/2023"); got != "2023-10-06" {
		t.Errorf("06/10/2023 = %q", got)
	}
}

func TestMonthNamesOneMonth(t *testing.T) {
	seen := map[string]int{}
	for i, names := range hdMonthNames {
		for _, n := range names {
			if m, ok := seen[n]; ok && m != i {
				t.Errorf("%q names months %d and %d", n, m+1, i+1)
			}
			if n != strings.ToLower(n) {
				t.Errorf("%q is not lower case", n)
			}
			seen[n] = i
		}
	}
}

func hdRun(t *testing.T, page, url string) (string, string) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	f := testFinder()
	d := f.find(root, url)
	return d, f.stage
}

func TestHTMLDateStages(t *testing.T) {
	for _, c := range []struct{ name, page, url, want, stage string }{
		{"url", `<p>Posted 3 March 2021</p>`, "https://example.org/2021/03/02/story", "2021-03-02", "url"},
		{"meta", `<head><meta property="article:published_time" content="2021-03-02T10:00:00+01:00"></head><p class="date">3 March 2021</p>`,
			"", "2021-03-02T10:00:00+01:00", "meta"},
		{"json", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-02T10:00:00Z",}</script>`,
			"", "2021-03-02T10:00:00Z", "json"},
		{"element", `<div class="article-meta">Von Erika Muster, 2. März 2021</div><p>Am 1. Januar 2020 begann es.</p>`,
			"", "2021-03-02", ""},
		{"time", `<article><time datetime="2021-03-04">gestern</time><time datetime="2021-03-02T08:00">vorgestern</time></article>`,
			"", "2021-03-02T08:00:00", "time"},
		{"pubdate", `<time datetime="2021-03-04">x</time><time pubdate datetime="2021-03-05">y</time>`, "", "2021-03-05", "time"},
		{"cue", `<div><b>Datum:</b> 02.03.2021</div>`, "", "2021-03-02", "cue"},
		{"free text", `<ul><li>Nachricht vom 02.03.2021</li><li>Nachricht vom 05.04.2021</li></ul>`, "", "2021-03-02", "free text"},
		{"modified only", `<meta property="article:modified_time" content="2021-03-09"><p>nothing else</p>`, "", "2021-03-09", "reserve"},
		{"modified later than text", `<meta property="article:modified_time" content="2021-03-09"><div class="date">2. März 2021</div>`,
			"", "2021-03-02", ""},
		{"future", `<div class="date">18.06.2031</div>`, "", "", "reserve"},
		{"old", `<div class="date">18.06.1992</div>`, "", "", "reserve"},
	} {
		got, stage := hdRun(t, c.page, c.url)
		if got != c.want || c.stage != "" && stage != c.stage {
			t.Errorf("%s: got %q (%s), want %q (%s)", c.name, got, stage, c.want, c.stage)
		}
	}
}

func TestHTMLDateLocalises(t *testing.T) {
	root, _ := html.Parse(strings.NewReader(`<meta name="pubdate" content="2021-03-02T23:30:00Z">`))
	loc, _ := time.LoadLocation("Europe/Berlin")
	if got := htmlDate(root, "", loc, false); got != "2021-03-03T00:30:00+01:00" {
		t.Errorf("got %q", got)
	}
}

func TestFrequentDate(t *testing.T) {
	f := testFinder()
	flat := "x 02.03.2021 y 02.03.2021 z 05.04.2021 /2020/01/01/a"
	if got := f.frequentDate(flat); got != "2020-01-01" { // dated paths first
		t.Errorf("got %q", got)
	}
	if got := f.frequentDate("x 05.04.2021 y 02.03.2021 z 02.03.2021 w 18 June 2022"); got != "2021-03-02" {
		t.Errorf("got %q", got)
	}
	if got := f.frequentDate("am 18. Juni 2022 und am 18. Juni 2022"); got != "2022-06-18" {
		t.Errorf("got %q", got)
	}
}

// FuzzTextDate: the readers of dates in text never panic, and what they
// return is an ISO date of the allowed range.
func FuzzTextDate(f *testing.F) {
	for _, s := range []string{"Published June 18, 2023 9:31 pm EDT", "18.06.2023, 21:31 Uhr", "2023年6月18日",
		"18 июня 2023", "2023-06-18T21:31:00.123+02:00", "/2023/06/18/", "Datum: 1.2.23", "20230618", "31/12/1999 12:00",
		"2023. június 18.", "", "0", "/1/1/1/", "2023-06-18T"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		hf := testFinder()
		for _, d := range []string{hf.textDate(s), hf.exprDate(s), hf.machineDate(s), hf.urlDate(s), hf.cueDate(s),
			hf.timestampDate(s), hf.frequentDate(s)} {
			if d != "" && (!hf.ok(d) || d[4] != '-' || d[7] != '-') {
				t.Fatalf("%q gave %q", s, d)
			}
		}
		for i := 0; i < len(s); i++ {
			hf.numericAt(s, i, true)
		}
	})
}

func BenchmarkHTMLDate(b *testing.B) {
	var page strings.Builder
	page.WriteString(`<html><head><title>A story</title></head><body><div class="nav">Home | News | Sport</div>`)
	for i := 0; i < 200; i++ {
		page.WriteString(`<div class="teaser"><h2>Another story</h2><p>Some words about it, 3 comments, 12 shares.</p><a href="/news/story-123">more</a></div>`)
	}
	page.WriteString(`<footer>© 2023 Example News</footer></body></html>`)
	root, _ := html.Parse(strings.NewReader(page.String()))
	b.ResetTimer()
	for b.Loop() {
		htmlDate(root, "https://example.org/news/story", nil, false)
	}
}
