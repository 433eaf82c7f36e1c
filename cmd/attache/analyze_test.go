package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/fetch"
	"github.com/attache-news/attache/internal/input"
)

// Fixtures written for these tests.
const (
	articleText = `The city council approved a new budget for the public library on Monday evening.

Under the plan, the main branch will open on Sundays from June, and two smaller branches will extend their hours on weekday evenings.

Council members said the extra cost would be met by savings in the parks department.`

	pageText = `Harbour town votes to rebuild its old sea wall

Residents backed a three-year plan after two winters of flooding along the quay

Published: 14 March 2024, 09:15 GMT

Share on Facebook
Share on X
Email this story

Voters in the harbour town of Kelmouth approved a plan on Wednesday to rebuild the sea wall that has guarded the quay since the nineteenth century.

The council said work would begin in the autumn and take three years, with the road along the front closed in stages so that shops can stay open.

"We have waited long enough," said the mayor, Ruth Halloran, who had campaigned for the repairs since the storms of 2022.

Engineers will raise the wall by half a metre and add gates that can be shut when high tides are forecast.

More news from World
`

	pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rail line reopens after landslide | Valley Courier</title>
<meta property="og:title" content="Rail line reopens after landslide">
<meta property="article:published_time" content="2024-05-02T08:30:00+01:00">
<meta name="author" content="Tomas Berg">
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Rail line reopens after landslide</h1>
<p class="byline">By Tomas Berg</p>
<p>Trains returned to the valley line on Thursday morning, six weeks after a landslide buried the track near the village of Ostby under tons of mud and rock.</p>
<p>The rail operator said the first service left on time and carried more than two hundred passengers, many of them commuters who had relied on replacement buses since March.</p>
<p>Crews worked through the night for most of April to clear the cutting and build a new retaining wall above the line, the operator said in a statement.</p>
<p>Local officials said they would ask the national government for money to survey other slopes along the route before next winter.</p>
</article>
<footer><p>Copyright Valley Courier. All rights reserved.</p></footer>
</body>
</html>
`
	// an article without any date, for --published
	undatedText = `Volunteers planted four hundred trees along the river path over the weekend, the parks trust said.`
)

// fixtures writes the test inputs into a new folder and returns it.
func fixtures(t *testing.T) string {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"article.txt":         articleText,
		"page.txt":            pageText,
		"page.html":           pageHTML,
		"undated.txt":         undatedText,
		"batch/03-page.html":  pageHTML,
		"batch/01-text.txt":   articleText,
		"batch/02-page.txt":   pageText,
		"batch/more/04.txt":   undatedText,
		"batch/.DS_Store":     "\x00\x00\x00\x01Bud1",
		"lines.jsonl":         jsonlBatch,
		"lines-sniffed.jsonl": jsonlBatch,
	})
	return dir
}

const jsonlBatch = `{"id": "one", "text": "The first line of the batch. It has two sentences."}
{"id": "two", "html": "<html><body><article><p>The second line is a small web page with one paragraph of text in it, long enough to count as a body.</p></article></body></html>", "url": "https://example.com/two"}
{"id": "three", "text": "The third line has a date of its own.", "published": "2021-07-04"}
`

// paras are the body paragraphs each fixture must yield.
var (
	articleParas = strings.Split(articleText, "\n\n")
	pageParas    = []string{
		"Voters in the harbour town of Kelmouth approved a plan on Wednesday to rebuild the sea wall that has guarded the quay since the nineteenth century.",
		"The council said work would begin in the autumn and take three years, with the road along the front closed in stages so that shops can stay open.",
		`"We have waited long enough," said the mayor, Ruth Halloran, who had campaigned for the repairs since the storms of 2022.`,
		"Engineers will raise the wall by half a metre and add gates that can be shut when high tides are forecast.",
	}
	htmlParas = []string{
		"Trains returned to the valley line on Thursday morning, six weeks after a landslide buried the track near the village of Ostby under tons of mud and rock.",
		"The rail operator said the first service left on time and carried more than two hundred passengers, many of them commuters who had relied on replacement buses since March.",
		"Crews worked through the night for most of April to clear the cutting and build a new retaining wall above the line, the operator said in a statement.",
		"Local officials said they would ask the national government for money to survey other slopes along the route before next winter.",
	}
)

func checkArticle(t *testing.T, d *document.Document) {
	t.Helper()
	if d.Text != articleText {
		t.Errorf("text %q, want the file as it is", d.Text)
	}
	if d.Title != "" || len(d.Sentences) != 3 {
		t.Errorf("title %q, %d sentences", d.Title, len(d.Sentences))
	}
}

func checkPage(t *testing.T, d *document.Document) {
	t.Helper()
	if got := strings.Split(d.Text, "\n\n"); !slices.Equal(got, pageParas) {
		t.Errorf("body paragraphs\n got %q\nwant %q", got, pageParas)
	}
	if d.Title != "Harbour town votes to rebuild its old sea wall" {
		t.Errorf("title %q", d.Title)
	}
	if d.Subtitle != "Residents backed a three-year plan after two winters of flooding along the quay" {
		t.Errorf("subtitle %q", d.Subtitle)
	}
	if !strings.HasPrefix(d.Published, "2024-03-14T09:15") {
		t.Errorf("published %q", d.Published)
	}
	for _, junk := range []string{"Share on", "Email this story", "More news from", "Published:"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("body keeps %q", junk)
		}
	}
}

func checkHTML(t *testing.T, d *document.Document) {
	t.Helper()
	if got := strings.Split(d.Text, "\n\n"); !slices.Equal(got, htmlParas) {
		t.Errorf("body paragraphs\n got %q\nwant %q", got, htmlParas)
	}
	if d.Title != "Rail line reopens after landslide" || d.Published != "2024-05-02T08:30:00+01:00" || !slices.Equal(d.Authors, []string{"Tomas Berg"}) {
		t.Errorf("title %q, published %q, authors %q", d.Title, d.Published, d.Authors)
	}
	for _, junk := range []string{"Home", "Copyright", "By Tomas Berg"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("body keeps %q", junk)
		}
	}
}

func TestAnalyze(t *testing.T) {
	dir := fixtures(t)
	at := func(name string) string { return filepath.Join(dir, name) }
	docs := func(recs []record) []*document.Document {
		var ds []*document.Document
		for _, r := range recs {
			ds = append(ds, r.Doc)
		}
		return ds
	}
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		format string // json or jsonl: how to read the output
		check  func(t *testing.T, recs []record, stderr string)
	}{
		{"text file", []string{"analyze", at("article.txt")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			d := recs[0].Doc
			checkArticle(t, d)
			if d.Input != at("article.txt") || len(d.ID) != 16 || d.URL != "" || d.Published != "" {
				t.Errorf("input %q, id %q, url %q, published %q", d.Input, d.ID, d.URL, d.Published)
			}
		}},
		{"text file as text", []string{"analyze", "--as", "text", at("page.txt")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			d := recs[0].Doc
			if !strings.HasPrefix(d.Text, "Harbour town votes") || !strings.Contains(d.Text, "Share on Facebook") || d.Title != "" {
				t.Errorf("--as text must keep the whole input as the body: title %q, text %.80q", d.Title, d.Text)
			}
		}},
		{"page text sniffed", []string{"analyze", at("page.txt")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			checkPage(t, recs[0].Doc)
		}},
		{"page text as page", []string{"analyze", "--as=page", at("page.txt")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			checkPage(t, recs[0].Doc)
		}},
		{"html sniffed", []string{"analyze", at("page.html")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			checkHTML(t, recs[0].Doc)
		}},
		{"html as html", []string{"analyze", "--as", "html", at("page.html")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			checkHTML(t, recs[0].Doc)
		}},
		{"directory", []string{"analyze", at("batch")}, "", 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			ds := docs(recs)
			want := []string{at("batch/01-text.txt"), at("batch/02-page.txt"), at("batch/03-page.html"), at("batch/more/04.txt")}
			var got []string
			for _, d := range ds {
				got = append(got, d.Input)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("inputs\n got %q\nwant %q", got, want)
			}
			checkArticle(t, ds[0])
			checkPage(t, ds[1])
			checkHTML(t, ds[2])
		}},
		{"standard input", []string{"analyze", "-"}, pageText, 0, "json", func(t *testing.T, recs []record, _ string) {
			checkPage(t, recs[0].Doc)
			if recs[0].Doc.Input != "-" {
				t.Errorf("input %q", recs[0].Doc.Input)
			}
		}},
		{"no INPUT reads standard input", []string{"analyze"}, pageHTML, 0, "json", func(t *testing.T, recs []record, _ string) {
			checkHTML(t, recs[0].Doc)
			if recs[0].Doc.Input != "-" {
				t.Errorf("input %q", recs[0].Doc.Input)
			}
		}},
		{"jsonl batch", []string{"analyze", "--as", "jsonl", "--workers", "3"}, jsonlBatch, 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			ds := docs(recs)
			var ids []string
			for _, d := range ds {
				ids = append(ids, d.ID+"/"+d.Input)
			}
			if !slices.Equal(ids, []string{"one/one", "two/two", "three/three"}) {
				t.Fatalf("ids %q", ids)
			}
			if ds[0].Text != "The first line of the batch. It has two sentences." || len(ds[0].Sentences) != 2 {
				t.Errorf("line one: %q, %d sentences", ds[0].Text, len(ds[0].Sentences))
			}
			if ds[1].URL != "https://example.com/two" || !strings.HasPrefix(ds[1].Text, "The second line is a small web page") || strings.Contains(ds[1].Text, "<") {
				t.Errorf("line two: url %q, text %q", ds[1].URL, ds[1].Text)
			}
			if ds[2].Published != "2021-07-04" {
				t.Errorf("line three: published %q", ds[2].Published)
			}
		}},
		{"jsonl file sniffed", []string{"analyze", at("lines-sniffed.jsonl")}, "", 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			if len(recs) != 3 || recs[0].Doc.ID != "one" || recs[2].Doc.ID != "three" {
				t.Errorf("a jsonl file read with --as auto must print jsonl, one Document per line: %d records", len(recs))
			}
		}},
		{"jsonl with --format json", []string{"analyze", "--format", "json", "--as", "jsonl", at("lines.jsonl")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			if len(recs) != 3 {
				t.Errorf("%d records", len(recs))
			}
		}},
		{"one input, --format jsonl", []string{"analyze", "--format", "jsonl", at("article.txt")}, "", 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			checkArticle(t, recs[0].Doc)
		}},
		{"several inputs default to jsonl", []string{"analyze", at("article.txt"), at("page.html")}, "", 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			checkArticle(t, recs[0].Doc)
			checkHTML(t, recs[1].Doc)
		}},
		{"several inputs, --format json", []string{"analyze", "--format=json", at("article.txt"), at("page.txt")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			checkArticle(t, recs[0].Doc)
			checkPage(t, recs[1].Doc)
		}},
		{"flags after inputs", []string{"analyze", at("article.txt"), "--format", "jsonl", at("page.txt"), "--as", "text"}, "", 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			if len(recs) != 2 || !strings.HasPrefix(recs[1].Doc.Text, "Harbour town") {
				t.Errorf("flags after the inputs were not applied: %d records", len(recs))
			}
		}},
		{"published when the input has none", []string{"analyze", "--published", "2023-06-18", at("undated.txt"), at("page.txt")}, "", 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			if got := recs[0].Doc.Published; got != "2023-06-18" {
				t.Errorf("undated: published %q, want the flag's", got)
			}
			if got := recs[1].Doc.Published; !strings.HasPrefix(got, "2024-03-14") {
				t.Errorf("dated page: published %q, want its own date", got)
			}
		}},
		{"published RFC 3339", []string{"analyze", "--published=2023-06-18T21:31:00+02:00", at("undated.txt")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			if got := recs[0].Doc.Published; got != "2023-06-18T21:31:00+02:00" {
				t.Errorf("published %q", got)
			}
		}},
		{"published for jsonl lines without one", []string{"analyze", "--as", "jsonl", "--published", "2020-01-01", at("lines.jsonl")}, "", 0, "jsonl", func(t *testing.T, recs []record, _ string) {
			if recs[0].Doc.Published != "2020-01-01" || recs[2].Doc.Published != "2021-07-04" {
				t.Errorf("published %q, %q", recs[0].Doc.Published, recs[2].Doc.Published)
			}
		}},
		{"url", []string{"analyze", "--url", "https://news.example/2024/03/sea-wall", at("page.txt")}, "", 0, "json", func(t *testing.T, recs []record, _ string) {
			d := recs[0].Doc
			if d.URL != "https://news.example/2024/03/sea-wall" {
				t.Errorf("url %q", d.URL)
			}
			// the id is the hash of the URL, not of the content
			_, out, _ := cli(t, strings.NewReader(articleText), "analyze", "--url", d.URL)
			if other := decodeOutput(t, out, "json"); other[0].Doc.ID != d.ID {
				t.Errorf("same URL, ids %q and %q", d.ID, other[0].Doc.ID)
			}
		}},
		{"missing file among good ones", []string{"analyze", at("article.txt"), at("missing.txt"), at("page.html")}, "", 1, "jsonl", func(t *testing.T, recs []record, stderr string) {
			if len(recs) != 3 {
				t.Fatalf("%d records, want 3", len(recs))
			}
			checkArticle(t, recs[0].Doc)
			checkHTML(t, recs[2].Doc)
			if r := recs[1]; r.Doc != nil || r.ID != at("missing.txt") || !strings.Contains(r.Error, "no such file") {
				t.Errorf("record in place of the missing file: %+v", r)
			}
			if !strings.Contains(stderr, at("missing.txt")+": no such file or directory") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"missing file alone, json", []string{"analyze", at("missing.txt")}, "", 1, "json", func(t *testing.T, recs []record, stderr string) {
			if len(recs) != 0 || !strings.Contains(stderr, "missing.txt: no such file or directory") {
				t.Errorf("records %+v, stderr %q", recs, stderr)
			}
		}},
		{"bad jsonl lines", []string{"analyze", "--as", "jsonl"}, `{"id": "a", "text": "Good line."}
{"id": "b", "text": "Broken line.
{"id": "c"}
{"id": "d", "text": "", "html": ""}

{"id": "e", "text": "Good again."}
`, 1, "jsonl", func(t *testing.T, recs []record, stderr string) {
			var got []string
			for _, r := range recs {
				if r.Doc != nil {
					got = append(got, "doc "+r.Doc.ID)
				} else {
					got = append(got, "error "+r.ID)
				}
			}
			if want := []string{"doc a", "error -:2", "error c", "error d", "doc e"}; !slices.Equal(got, want) {
				t.Fatalf("records %q, want %q", got, want)
			}
			if !strings.Contains(recs[1].Error, "bad JSON line") || !strings.Contains(recs[2].Error, `neither "text" nor "html"`) {
				t.Errorf("errors %q, %q", recs[1].Error, recs[2].Error)
			}
			if strings.Count(stderr, "\n") != 3 || !strings.Contains(stderr, "-:2: bad JSON line") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"non-http scheme", []string{"analyze", "ftp://files.example/story.html", at("article.txt")}, "", 1, "jsonl", func(t *testing.T, recs []record, stderr string) {
			if recs[0].Doc != nil || !strings.Contains(recs[0].Error, "only http and https") || recs[1].Doc == nil {
				t.Errorf("records %+v", recs)
			}
			if !strings.Contains(stderr, "ftp://files.example/story.html: only http and https") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"empty standard input", []string{"analyze"}, "", 1, "json", func(t *testing.T, recs []record, stderr string) {
			if len(recs) != 0 || !strings.Contains(stderr, "-: empty input") {
				t.Errorf("records %+v, stderr %q", recs, stderr)
			}
		}},
		{"binary file", []string{"analyze", at("batch/.DS_Store")}, "", 1, "json", func(t *testing.T, recs []record, stderr string) {
			if !strings.Contains(stderr, "binary input") {
				t.Errorf("stderr %q", stderr)
			}
		}},
		{"empty folder", []string{"analyze", t.TempDir()}, "", 1, "jsonl", func(t *testing.T, recs []record, stderr string) {
			if len(recs) != 1 || !strings.Contains(recs[0].Error, "no files in this folder") {
				t.Errorf("records %+v, stderr %q", recs, stderr)
			}
		}},
		{"-- ends the flags", []string{"analyze", "--as", "text", "--", "-"}, "Plain text here.", 0, "json", func(t *testing.T, recs []record, _ string) {
			if recs[0].Doc.Text != "Plain text here." {
				t.Errorf("text %q", recs[0].Doc.Text)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := cli(t, strings.NewReader(tt.stdin), tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if code == 0 && stderr != "" {
				t.Errorf("stderr on success: %q", stderr)
			}
			recs := decodeOutput(t, out, tt.format)
			if tt.format == "json" && strings.HasPrefix(out, "{\"") {
				t.Errorf("--format json must indent: %.100q", out)
			}
			if tt.code == 0 && len(recs) == 0 {
				t.Fatalf("no output")
			}
			for _, r := range recs {
				if tt.code == 0 && r.Doc == nil {
					t.Fatalf("error record on success: %+v", r)
				}
			}
			tt.check(t, recs, stderr)
		})
	}
}

// Analysing the same input twice gives the same Document.
func TestAnalyzeDeterministic(t *testing.T) {
	dir := fixtures(t)
	_, a, _ := cli(t, nil, "analyze", "--workers", "1", filepath.Join(dir, "batch"))
	_, b, _ := cli(t, nil, "analyze", "--workers", "4", filepath.Join(dir, "batch"))
	if a != b || a == "" {
		t.Errorf("two runs differ:\n%s\n%s", a, b)
	}
}

func TestAnalyzeBadFlags(t *testing.T) {
	file := filepath.Join(fixtures(t), "article.txt")
	tests := []struct {
		args []string
		want string // on stderr
	}{
		{[]string{"--as", "xml", file}, `--as "xml": want auto, html, text, page or jsonl`},
		{[]string{"--format", "yaml", file}, `--format "yaml": want json or jsonl`},
		{[]string{"--format", "yaml", file, file}, `--format "yaml"`},
		{[]string{"--published", "yesterday", file}, `--published "yesterday": want RFC 3339 or YYYY-MM-DD`},
		{[]string{"--published", "2023-13-45", file}, `--published "2023-13-45"`},
		{[]string{"--published", "18/06/2023", file}, `--published "18/06/2023"`},
		{[]string{"--nope", file}, "flag provided but not defined: -nope"},
		{[]string{file, "--nope"}, "flag provided but not defined: -nope"},
		{[]string{"--workers", "many", file}, `invalid value "many" for flag -workers`},
		{[]string{file, "--format"}, "flag needs an argument: -format"},
		{[]string{"--dictionaries", "/nowhere", file}, "--dictionaries: dictionaries: open /nowhere"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[:len(tt.args)-1], " "), func(t *testing.T) {
			code, out, stderr := cli(t, nil, append([]string{"analyze"}, tt.args...)...)
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q, want %q", stderr, tt.want)
			}
		})
	}
	t.Run("help", func(t *testing.T) {
		code, _, stderr := cli(t, nil, "analyze", "-h")
		if code != 0 || !strings.Contains(stderr, "usage: attache analyze") || !strings.Contains(stderr, "-published") {
			t.Errorf("exit status %d, stderr %q", code, stderr)
		}
	})
}

func TestAnalyzeHTTP(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/news/rail", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pageHTML)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/rail", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/photo.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte("\xff\xd8\xff\xe0 not really a picture"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	file := filepath.Join(fixtures(t), "article.txt")

	code, out, stderr := cli(t, nil, "analyze", srv.URL+"/news/rail", srv.URL+"/gone", file, srv.URL+"/moved", srv.URL+"/photo.jpg")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	recs := decodeOutput(t, out, "jsonl")
	if len(recs) != 5 {
		t.Fatalf("%d records, want 5:\n%s", len(recs), out)
	}
	if d := recs[0].Doc; d == nil {
		t.Errorf("page: %+v", recs[0])
	} else {
		checkHTML(t, d)
		if d.Input != srv.URL+"/news/rail" || d.URL != srv.URL+"/news/rail" {
			t.Errorf("input %q, url %q", d.Input, d.URL)
		}
	}
	if r := recs[1]; r.Doc != nil || r.ID != srv.URL+"/gone" || !strings.Contains(r.Error, "404") {
		t.Errorf("404: %+v", r)
	}
	if recs[2].Doc == nil {
		t.Errorf("file after the 404: %+v", recs[2])
	}
	if d := recs[3].Doc; d == nil || d.Input != srv.URL+"/moved" || d.URL != srv.URL+"/news/rail" {
		t.Errorf("redirect: %+v", recs[3])
	}
	if r := recs[4]; r.Doc != nil || !strings.Contains(r.Error, "not an article") {
		t.Errorf("image: %+v", r)
	}
	if !strings.Contains(stderr, "/gone: 404") || strings.Count(stderr, "\n") != 2 {
		t.Errorf("stderr %q", stderr)
	}

	// one URL: json, and --url names the page
	code, out, _ = cli(t, nil, "analyze", "--url", "https://courier.example/rail", srv.URL+"/news/rail")
	if recs := decodeOutput(t, out, "json"); code != 0 || len(recs) != 1 || recs[0].Doc.URL != "https://courier.example/rail" {
		t.Errorf("--url with a URL: exit %d, %+v", code, recs)
	}
}

func TestCommands(t *testing.T) {
	tests := []struct {
		args         []string
		code         int
		stdout, errs string
	}{
		{[]string{"version"}, 0, "attache " + version + "\n", ""},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{nil, 2, "", "usage: attache COMMAND"},
		{[]string{"help"}, 0, "", "analyze"},
		{[]string{"--help"}, 0, "", "version"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.args), func(t *testing.T) {
			code, out, stderr := cli(t, nil, tt.args...)
			if code != tt.code || out != tt.stdout || !strings.Contains(stderr, tt.errs) {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
			}
		})
	}
}

// A failing standard output stops the run with status 1; it is not taken
// for success.
func TestAnalyzeWriteError(t *testing.T) {
	dir := fixtures(t)
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"small output", []string{"analyze", filepath.Join(dir, "article.txt")}},
		{"long batch", []string{"analyze", "--as", "jsonl"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var errb strings.Builder
			stdin := strings.NewReader(strings.Repeat(`{"text": "A line of text."}`+"\n", 5000))
			code := run(tt.args, stdin, failWriter{}, &errb)
			if code != 1 || !strings.Contains(errb.String(), "disk full") {
				t.Errorf("exit %d, stderr %q", code, errb.String())
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

type panicStage struct{}

func (panicStage) Name() string { return "boom" }
func (panicStage) Run(_ context.Context, d *document.Document) error {
	_ = d.Text[len(d.Text)+1:] // a bug in a stage
	return nil
}

// A panic on one input becomes that input's error.
func TestAnalyzeItemPanic(t *testing.T) {
	p := attache.New(attache.Config{Stages: []attache.Stage{panicStage{}}})
	it := input.Item{Input: "x.txt", Src: attache.Source{Input: "x.txt", As: "text", Data: []byte("Some text.")}}
	r := analyzeItem(context.Background(), p, fetch.New(fetch.Config{}), it)
	if r.Err == nil || r.Doc != nil || !strings.Contains(r.Err.Error(), "x.txt: internal error at") || !strings.Contains(r.Err.Error(), "slice bounds out of range") {
		t.Fatalf("result %+v", r)
	}
	if !strings.Contains(r.Err.Error(), "panicStage.Run") {
		t.Errorf("the error does not say where: %v", r.Err)
	}
}
