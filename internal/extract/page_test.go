package extract

import (
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// The golden files are rewritten with `go test -run Page ./internal/extract -update`.
// The flag may be declared by another test file of the package too, so it is
// looked up rather than declared twice.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files of testdata")
	}
}

func pageUpdate() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// pageGolden is what a testdata/page/<case>.golden.json holds.
type pageGolden struct {
	Title      string           `json:"title"`
	Subtitle   string           `json:"subtitle"`
	Published  string           `json:"published"`
	Section    string           `json:"section"`
	Site       string           `json:"site"`
	Authors    []string         `json:"authors"`
	Images     []document.Image `json:"images"`
	Paragraphs []string         `json:"paragraphs"`
	Warnings   []string         `json:"warnings"`
}

func pageGoldenOf(d *document.Document) pageGolden {
	g := pageGolden{
		Title: d.Title, Subtitle: d.Subtitle, Published: d.Published, Section: d.Section, Site: d.Site,
		Authors: d.Authors, Images: d.Images, Warnings: d.Warnings,
	}
	if d.Text != "" {
		g.Paragraphs = strings.Split(d.Text, "\n\n")
	}
	if g.Authors == nil {
		g.Authors = []string{}
	}
	if g.Images == nil {
		g.Images = []document.Image{}
	}
	if g.Paragraphs == nil {
		g.Paragraphs = []string{}
	}
	if g.Warnings == nil {
		g.Warnings = []string{}
	}
	return g
}

func pageCases(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "page", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no page fixtures: %v", err)
	}
	return files
}

func readPage(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPageGolden(t *testing.T) {
	for _, path := range pageCases(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			var d document.Document
			Page(readPage(t, path), &d)
			got := pageGoldenOf(&d)
			golden := strings.TrimSuffix(path, ".txt") + ".golden.json"
			if pageUpdate() {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			var want pageGolden
			if err := json.Unmarshal([]byte(readPage(t, golden)), &want); err != nil {
				t.Fatalf("%s: %v (run with -update to write it)", golden, err)
			}
			gv, wv := reflect.ValueOf(got), reflect.ValueOf(want)
			for i := 0; i < gv.NumField(); i++ {
				if !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
					g, _ := json.MarshalIndent(gv.Field(i).Interface(), "", "  ")
					w, _ := json.MarshalIndent(wv.Field(i).Interface(), "", "  ")
					t.Errorf("%s:\n got %s\nwant %s", gv.Type().Field(i).Name, g, w)
				}
			}
		})
	}
}

// TestPageSeed checks the metadata the seed's expected.json asks for.
func TestPageSeed(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "examples", "seed")
	raw, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("seed article not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	exp, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("seed expectations not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Metadata struct {
			Must struct {
				Title          string   `json:"title"`
				Subtitle       string   `json:"subtitle"`
				Published      string   `json:"published"`
				ImageCaption   string   `json:"image_caption"`
				ImageCredit    string   `json:"image_credit"`
				TextStartsWith string   `json:"text_starts_with"`
				TextEndsWith   string   `json:"text_ends_with"`
				TextExcludes   []string `json:"text_excludes"`
			} `json:"must"`
			Should struct {
				Section string `json:"section"`
			} `json:"should"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal(exp, &want); err != nil {
		t.Fatal(err)
	}
	must := want.Metadata.Must
	var d document.Document
	Page(string(raw), &d)
	check := func(item string, ok bool, got any) {
		t.Helper()
		if !ok {
			t.Errorf("%s: got %q", item, got)
		}
	}
	check("title", d.Title == must.Title, d.Title)
	check("subtitle", d.Subtitle == must.Subtitle, d.Subtitle)
	check("published", must.Published != "" && strings.HasPrefix(d.Published, must.Published), d.Published)
	imageOK := false
	for _, im := range d.Images {
		if im.Caption == must.ImageCaption && im.Credit == must.ImageCredit {
			imageOK = true
		}
	}
	check("image_caption/image_credit", imageOK, d.Images)
	check("one image for the twice-printed caption", len(d.Images) == 1, d.Images)
	check("text_starts_with", strings.HasPrefix(d.Text, must.TextStartsWith), ptHead(d.Text))
	check("text_ends_with", strings.HasSuffix(d.Text, must.TextEndsWith), ptTail(d.Text))
	for _, x := range must.TextExcludes {
		check("text_excludes "+x, !strings.Contains(d.Text, x), x)
	}
	if s := want.Metadata.Should.Section; s != "" {
		check("should.section", d.Section == s, d.Section)
	}
	check("LooksLikePage", LooksLikePage(string(raw)), "false")
	check("paragraphs", !strings.Contains(d.Text, "\n\n\n"), "three newlines")
}

func ptHead(s string) string { return s[:min(len(s), 80)] }
func ptTail(s string) string { return s[max(0, len(s)-80):] }

func TestLooksLikePage(t *testing.T) {
	for _, path := range pageCases(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		want := name != "plain" // plain.txt is clean body text
		if got := LooksLikePage(readPage(t, path)); got != want {
			t.Errorf("%s: LooksLikePage = %v, want %v", name, got, want)
		}
	}
	prose := []struct{ name, text string }{
		{"clean body", `The council met on Tuesday to discuss the budget for the coming year, which includes money for roads and schools.

Members argued for more than three hours about how much to spend on repairs to the old town hall.

In the end they agreed to postpone a decision until the next meeting, when new cost estimates will be available.

Residents who attended said they were frustrated by the delay but hoped for a clear answer next month.`},
		{"one paragraph", "Scientists said on Monday that the glacier had retreated by almost a kilometre in ten years, faster than any of their models had predicted."},
		{"short headline-less", "Meeting moved to Thursday.\nPlease bring the reports."},
		{"wrapped prose", "The river rose by two metres overnight and the bridge on the\nmain road was closed to traffic until engineers could check it.\n\nShops near the water moved their stock to upper floors, and the\ncouncil handed out sandbags at the fire station.\n"},
		{"headline and prose", "Library to close for repairs\n\nThe library will close at the end of the month for repairs, the city said.\n\nIt is expected to reopen in the spring."},
		{"empty", ""},
	}
	for _, c := range prose {
		if LooksLikePage(c.text) {
			t.Errorf("%s: LooksLikePage = true, want false", c.name)
		}
	}
}

// TestPageRobust covers inputs at the edges.
func TestPageRobust(t *testing.T) {
	cases := []struct {
		name, in              string
		title, text, subtitle string
		warn                  bool
	}{
		{name: "empty", in: "", warn: true},
		{name: "blank", in: " \n\t\r\n\u00a0\n", warn: true},
		{name: "one prose line", in: "The cat sat on the mat all afternoon.", text: "The cat sat on the mat all afternoon."},
		{name: "one headline", in: "Storm closes schools across the region", title: "Storm closes schools across the region", warn: true},
		{name: "only boilerplate", in: "Share\nFacebook\nTwitter\n\nAdvertisement\n\nSubscribe to our newsletter\n© 2024 Example Times", warn: true},
		{name: "body only", in: "First paragraph of the story, which is long enough.\n\nSecond paragraph, also long enough to count.",
			text: "First paragraph of the story, which is long enough.\n\nSecond paragraph, also long enough to count."},
		{name: "short first paragraph", in: "Hello all.\n\nThe meeting moved to Thursday because the room was booked.",
			text: "Hello all.\n\nThe meeting moved to Thursday because the room was booked."},
		{name: "tabs and nbsp", in: "Storm\u00a0closes schools\tacross the region\n\nHeavy  snow\u00a0fell overnight and\tall schools in the region were closed on Monday.",
			title: "Storm closes schools across the region", text: "Heavy snow fell overnight and all schools in the region were closed on Monday."},
		{name: "invisible characters", in: "\ufeffStorm closes schools across the region\n\nHeavy snow\u200b fell overnight and schools were closed on Monday morning.",
			title: "Storm closes schools across the region", text: "Heavy snow fell overnight and schools were closed on Monday morning."},
		{name: "hard wrapped", in: "Heavy snow fell overnight across the northern region, and all\nschools were closed on Monday while crews cleared the roads and\nrailway lines.\n\nThe weather service said more snow was expected later in the week.",
			text: "Heavy snow fell overnight across the northern region, and all schools were closed on Monday while crews cleared the roads and railway lines.\n\nThe weather service said more snow was expected later in the week."},
		{name: "paragraph per line", in: "Heavy snow fell overnight across the northern region, and all schools were closed on Monday.\nThe weather service said more snow was expected later in the week.\nCrews worked through the night.",
			text: "Heavy snow fell overnight across the northern region, and all schools were closed on Monday.\n\nThe weather service said more snow was expected later in the week.\n\nCrews worked through the night."},
		{name: "one paragraph signed off", in: "Storm closes schools across the region\n\nHeavy snow fell overnight and all schools in the region were closed on Monday. — AFP",
			title: "Storm closes schools across the region", text: "Heavy snow fell overnight and all schools in the region were closed on Monday."},
		{name: "unicode line breaks", in: "Storm closes schools across the region\u2029Heavy snow fell overnight and schools were closed on Monday.\u2028Roads were icy.",
			title: "Storm closes schools across the region", text: "Heavy snow fell overnight and schools were closed on Monday.\n\nRoads were icy."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var d document.Document
			Page(c.in, &d)
			if d.Title != c.title {
				t.Errorf("title = %q, want %q", d.Title, c.title)
			}
			if d.Subtitle != c.subtitle {
				t.Errorf("subtitle = %q, want %q", d.Subtitle, c.subtitle)
			}
			if d.Text != c.text {
				t.Errorf("text = %q, want %q", d.Text, c.text)
			}
			warned := false
			for _, w := range d.Warnings {
				warned = warned || w == "page: no body found"
			}
			if warned != c.warn {
				t.Errorf("warnings = %q, want no-body warning %v", d.Warnings, c.warn)
			}
		})
	}
}

func TestPageInvalidUTF8(t *testing.T) {
	in := "Storm closes schools \xff\xfe across the region\n\nHeavy snow fell overnight and schools were closed \xc3 on Monday."
	var d document.Document
	Page(in, &d)
	if d.Title != "Storm closes schools \uFFFD across the region" {
		t.Errorf("title = %q", d.Title)
	}
	if d.Text != "Heavy snow fell overnight and schools were closed \uFFFD on Monday." {
		t.Errorf("text = %q", d.Text)
	}
	if !utf8.ValidString(d.Text) || len(d.Warnings) == 0 || !strings.Contains(d.Warnings[0], "UTF-8") {
		t.Errorf("warnings = %q", d.Warnings)
	}
}

// TestPageLineEndings: Windows and old Mac line endings, trailing spaces and
// tabs read the same as plain newlines.
func TestPageLineEndings(t *testing.T) {
	for _, path := range pageCases(t) {
		text := readPage(t, path)
		var want document.Document
		Page(text, &want)
		variants := map[string]string{
			"crlf":     strings.ReplaceAll(text, "\n", "\r\n"),
			"cr":       strings.ReplaceAll(text, "\n", "\r"),
			"trailing": strings.ReplaceAll(text, "\n", " \t\n"),
			"nbsp":     strings.ReplaceAll(text, "\n", "\u00a0\n\u00a0"),
		}
		for name, v := range variants {
			var got document.Document
			Page(v, &got)
			if !reflect.DeepEqual(pageGoldenOf(&got), pageGoldenOf(&want)) {
				t.Errorf("%s/%s: differs from the \\n version:\n%+v\n%+v", filepath.Base(path), name, pageGoldenOf(&got), pageGoldenOf(&want))
			}
		}
	}
}

// TestPageDeterministic runs each fixture twice.
func TestPageDeterministic(t *testing.T) {
	for _, path := range pageCases(t) {
		text := readPage(t, path)
		var a, b document.Document
		Page(text, &a)
		Page(text, &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two runs differ", path)
		}
	}
}

// TestPageKeepsCallerFields: what Page does not find stays as the caller set it.
func TestPageKeepsCallerFields(t *testing.T) {
	d := document.Document{Published: "2020-01-02", Site: "example.org", URL: "https://example.org/a"}
	Page("Heavy snow fell overnight and schools were closed on Monday.", &d)
	if d.Published != "2020-01-02" || d.Site != "example.org" || d.URL != "https://example.org/a" {
		t.Errorf("caller fields changed: %+v", d)
	}
	Page("x", nil) // no panic
}

func TestPageDateLine(t *testing.T) {
	cases := []struct {
		in, want string
		kind     ptDateKind
	}{
		{"Published: Sun 18 Jun 2023, 9:31 PM", "2023-06-18T21:31:00", ptDatePublished},
		{"Updated June 18, 2023 9:31 PM EDT", "2023-06-18T21:31:00-04:00", ptDateUpdated},
		{"June 18, 2023 at 3:04 p.m. ET", "2023-06-18T15:04:00-04:00", ptDateBare},
		{"January 18, 2023 at 3:04 p.m. ET", "2023-01-18T15:04:00-05:00", ptDateBare},
		{"2023-06-18 21:31", "2023-06-18T21:31:00", ptDateBare},
		{"2023-06-18T21:31:00Z", "2023-06-18T21:31:00+00:00", ptDateBare},
		{"2023-06-18T21:31:00.000+08:00", "2023-06-18T21:31:00+08:00", ptDateBare},
		{"18/06/2023", "2023-06-18", ptDateBare},
		{"06/18/2023", "2023-06-18", ptDateBare},
		{"Sunday, June 18, 2023", "2023-06-18", ptDateBare},
		{"Last updated: 19 June 2023 08:15 BST", "2023-06-19T08:15:00+01:00", ptDateUpdated},
		{"Posted on March 3, 2023", "2023-03-03", ptDatePublished},
		{"18 June 2023", "2023-06-18", ptDateBare},
		{"Sun 18 Jun 2023 21.31 GMT", "2023-06-18T21:31:00+00:00", ptDateBare},
		{"June 18, 2023 9:31 PM GMT+8 Updated 2 hours ago", "2023-06-18T21:31:00+08:00", ptDateBare},
		{"Published 17 June 2023 | Updated 18 June 2023", "2023-06-17", ptDatePublished},
		{"Updated 18 June 2023 | Published 17 June 2023", "2023-06-17", ptDatePublished},
		{"Veröffentlicht am 18.06.2023, 21:31 Uhr", "2023-06-18T21:31:00", ptDatePublished},
		{"Sonntag, 18. Juni 2023, 21:31 Uhr MESZ", "2023-06-18T21:31:00+02:00", ptDateBare},
		{"Publié le 18 juin 2023 à 21h31", "2023-06-18T21:31:00", ptDatePublished},
		{"Mis à jour le 19 juin 2023 à 08h15", "2023-06-19T08:15:00", ptDateUpdated},
		{"18 de junio de 2023, 21:31 CEST", "2023-06-18T21:31:00+02:00", ptDateBare},
		{"Jun. 18th, 2023 12:05 am", "2023-06-18T00:05:00", ptDateBare},
		{"12:30 IST, 18 June 2023", "2023-06-18T12:30:00+05:30", ptDateBare},
		{"29 February 2024", "2024-02-29", ptDateBare},
		{"Updated 9:31 PM EDT, Sun June 18, 2023", "2023-06-18T21:31:00-04:00", ptDateUpdated},
		{"18 Jun 2023 09:31PM", "2023-06-18T21:31:00", ptDateBare},
		{"November 5, 2023 1:30 a.m. PT", "2023-11-05T01:30:00-08:00", ptDateBare},
	}
	for _, c := range cases {
		dt, kind, st := ptParseDateLine(c.in)
		if st != ptDateLine || dt.String() != c.want || kind != c.kind {
			t.Errorf("%q: got %q kind %d status %d, want %q kind %d", c.in, dt.String(), kind, st, c.want, c.kind)
		}
	}
	not := []string{
		"The talks began on June 18, 2023 in Beijing.",
		"29 February 2023",
		"31/31/2023",
		"2023",
		"June 2023",
		"Updated 2 hours ago",
		"25:61",
		"Room 18/06/2023 booked",
		"Published: yesterday",
	}
	for _, s := range not {
		if _, _, st := ptParseDateLine(s); st == ptDateLine {
			t.Errorf("%q: read as a date line", s)
		}
	}
	if _, _, st := ptParseDateLine("Updated 2 hours ago"); st != ptRelativeDate {
		t.Errorf("relative date not recognised")
	}
}

func TestPageByline(t *testing.T) {
	cases := []struct {
		in   string
		want []string // nil: not a byline
	}{
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"By JANE DOE, Reuters", []string{"Jane Doe"}},
		{"Jane Doe | Reuters", []string{"Jane Doe"}},
		{"Written by Mary-Ann O'Neil", []string{"Mary-Ann O'Neil"}},
		{"By Jane Doe in Beijing and John Roe in Washington", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe, John Roe and Ana de la Cruz", []string{"Jane Doe", "John Roe", "Ana de la Cruz"}},
		{"By Jane Doe, Staff Writer", []string{"Jane Doe"}},
		{"Von Anna Schmidt, Berlin", []string{"Anna Schmidt"}},
		{"Par Claire Martin", []string{"Claire Martin"}},
		{"By Reuters", []string{}},
		{"By JANE DOE and JOHN ROE Associated Press", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe, Reuters | Updated 2 hours ago", []string{"Jane Doe"}},
		{"By Jane Doe | June 18, 2023", []string{"Jane Doe"}},
		{"By Sunday, the talks had stalled.", nil},
		{"By the end of the week prices had doubled", nil},
		{"Von den zwanzig Teilnehmern kamen zwölf", nil},
		{"Jane Doe and John Roe", nil},
		{"Reporting by Jane Doe; Editing by John Roe", nil},
	}
	for _, c := range cases {
		var info ptInfo
		ok := ptReadByline(c.in, strings.ToLower(c.in), &info)
		if ok != (c.want != nil) {
			t.Errorf("%q: byline = %v", c.in, ok)
			continue
		}
		if ok && !(len(info.names) == 0 && len(c.want) == 0) && !reflect.DeepEqual(info.names, c.want) {
			t.Errorf("%q: names %q, want %q", c.in, info.names, c.want)
		}
	}
}

func TestPageLines(t *testing.T) {
	cases := []struct {
		in      string
		kind    ptKind
		caption string
		credit  string
	}{
		{"Antony Blinken meets officials in the capital. — Reuters", ptCaption, "Antony Blinken meets officials in the capital.", "Reuters"},
		{"Rescuers search the rubble on Tuesday - AFP", ptCaption, "Rescuers search the rubble on Tuesday", "AFP"},
		{"Rescuers search the rubble on Tuesday. (Photo: AP)", ptCaption, "Rescuers search the rubble on Tuesday.", "AP"},
		{"A ship leaves port on Monday. REUTERS/Jane Doe", ptCaption, "A ship leaves port on Monday.", "REUTERS/Jane Doe"},
		{"A ship leaves port on Monday. Photograph: Jane Doe/AP", ptCaption, "A ship leaves port on Monday.", "Jane Doe/AP"},
		{"Image caption, Protesters outside the ministry", ptCaption, "Protesters outside the ministry", ""},
		{"Image source, Getty Images", ptCreditBefore, "", "Getty Images"},
		{"Photo: Getty Images", ptCreditAfter, "", "Getty Images"},
		{"Image credit: NASA", ptCreditAfter, "", "NASA"},
		{"(AP Photo/Jane Doe)", ptCreditAfter, "", "AP Photo/Jane Doe"},
		{"FILE PHOTO: A ferry in port, May 2, 2023. REUTERS/Jane Doe/File Photo", ptCaption, "A ferry in port, May 2, 2023.", "REUTERS/Jane Doe/File Photo"},
		{"  • Follow us on", ptBoiler, "", ""},
		{"google-news", ptBoiler, "", ""},
		{"Share Facebook Twitter Email", ptBoiler, "", ""},
		{"Advertisement - Scroll to continue", ptBoiler, "", ""},
		{"Read more: Why the river keeps rising", ptBoiler, "", ""},
		{"5 min read", ptBoiler, "", ""},
		{"1 of 5", ptBoiler, "", ""},
		{"12 Comments", ptBoiler, "", ""},
		{"Reporting by Jane Doe; Editing by John Roe", ptStop, "", ""},
		{"(Reporting by Jane Doe)", ptStop, "", ""},
		{"© 2023 Example News. All rights reserved.", ptStop, "", ""},
		{"(c) 2023 Example News", ptStop, "", ""},
		{"More news from World", ptStop, "", ""},
		{"Home > World > Asia", ptCrumb, "", ""},
		{"Share prices fell sharply on Monday after the announcement.", ptText, "", ""},
		{"Follow the money, the investigators were told.", ptText, "", ""},
		{"Copyright law in Europe is changing.", ptText, "", ""},
		{"\"It is over,\" she said. - Jane Doe", ptText, "", ""},
		{"Subscribers to the service rose by ten percent.", ptText, "", ""},
	}
	for _, c := range cases {
		var info ptInfo
		kind, _ := ptClassify(ptClean(c.in), &info)
		if kind != c.kind || info.caption != c.caption || info.credit != c.credit {
			t.Errorf("%q: kind %d caption %q credit %q, want %d %q %q", c.in, kind, info.caption, info.credit, c.kind, c.caption, c.credit)
		}
	}
}

// TestPageLong: 50 MB inputs finish within seconds (a tenth of the size under
// the race detector, which is some ten times slower).
func TestPageLong(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	mb := 50
	if ptRace {
		mb = 5
	}
	unit := readPage(t, filepath.Join("testdata", "page", "usnews.txt"))
	for _, c := range []struct {
		name, text string
	}{
		{"articles", strings.Repeat(unit+"\n", mb<<20/len(unit))},
		{"one line", strings.Repeat("word ", mb<<20/5)},
		{"short lines", strings.Repeat("A.\n", mb<<20/3)},
		{"short paragraphs", strings.Repeat("Yes.\n\n", mb<<20/6)},
		{"blank lines", strings.Repeat("\r\n", mb<<20/2)},
	} {
		start := time.Now()
		var d document.Document
		Page(c.text, &d)
		LooksLikePage(c.text)
		took := time.Since(start)
		t.Logf("%s: %d MB in %v", c.name, len(c.text)>>20, took)
		if took > 60*time.Second {
			t.Errorf("%s: %v is too long", c.name, took)
		}
		if (d.Text == "") != (c.name == "blank lines") {
			t.Errorf("%s: body %d bytes", c.name, len(d.Text))
		}
	}
}

func BenchmarkPage(b *testing.B) {
	var pages []string
	if raw, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "examples", "seed", "article.txt")); err == nil {
		pages = append(pages, string(raw))
	}
	for _, path := range pageCases(b) {
		pages = append(pages, readPage(b, path))
	}
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			var d document.Document
			Page(p, &d)
		}
	}
}

// TestPagePublished: published beats updated, the header beats the trailer.
func TestPagePublished(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"updated first", "Storm closes schools across the region\nUpdated June 19, 2023 8:00 AM EDT\nPublished June 18, 2023 9:31 PM EDT\n\nHeavy snow fell overnight and all schools were closed on Monday.", "2023-06-18T21:31:00-04:00"},
		{"trailer date", "Storm closes schools across the region\nUpdated June 19, 2023\n\nHeavy snow fell overnight and all schools were closed on Monday.\n\nMore news from World\nJune 3, 2021", "2023-06-19"},
		{"byline date", "Storm closes schools across the region\nBy Jane Doe | June 18, 2023\n\nHeavy snow fell overnight and all schools were closed on Monday.", "2023-06-18"},
	}
	for _, c := range cases {
		var d document.Document
		Page(c.in, &d)
		if d.Published != c.want {
			t.Errorf("%s: published %q, want %q", c.name, d.Published, c.want)
		}
	}
}
