package attache_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
)

// pipeline is built once, as the program does, and shared by every test.
var pipeline = attache.New(attache.Config{})

// raceEnabled: the race detector makes the biggest inputs too slow.
var raceEnabled = func() bool {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "-race" {
				return s.Value == "true"
			}
		}
	}
	return false
}()

func hostile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// analyze runs the pipeline and turns a panic into a test failure.
func analyze(t *testing.T, src attache.Source) (d *document.Document, err error) {
	t.Helper()
	defer func() {
		if v := recover(); v != nil {
			t.Fatalf("panic on %s: %v\n%s", src.Input, v, debug.Stack())
		}
	}()
	return pipeline.Analyze(context.Background(), src)
}

// invariants are what every Document must satisfy, whatever its input:
// Text valid UTF-8, spans in bounds and in order and not cutting characters, span
// texts equal to the text they cover, and no list missing in the JSON.
func invariants(t *testing.T, d *document.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Errorf("Text is not valid UTF-8")
	}
	for _, f := range []struct{ name, v string }{{"title", d.Title}, {"subtitle", d.Subtitle}, {"section", d.Section}, {"site", d.Site}, {"published", d.Published}} {
		if !utf8.ValidString(f.v) {
			t.Errorf("%s %q is not valid UTF-8", f.name, f.v)
		}
	}
	for _, a := range d.Authors {
		if !utf8.ValidString(a) {
			t.Errorf("author %q is not valid UTF-8", a)
		}
	}
	in := func(what string, start, end int, text *string) {
		t.Helper()
		switch {
		case start < 0 || end < start || end > len(d.Text):
			t.Errorf("%s [%d,%d) out of the text's %d bytes", what, start, end, len(d.Text))
		case !utf8.ValidString(d.Text[start:end]):
			t.Errorf("%s [%d,%d) cuts a character", what, start, end)
		case text != nil && d.Text[start:end] != *text:
			t.Errorf("%s [%d,%d) is %q, its text says %q", what, start, end, d.Text[start:end], *text)
		}
	}
	prev := 0
	for i, s := range d.Sentences {
		in(fmt.Sprint("sentence ", i), s.Start, s.End, nil)
		if s.Start < prev || s.End == s.Start {
			t.Errorf("sentence %d [%d,%d) is empty or overlaps the one before (ending at %d)", i, s.Start, s.End, prev)
		}
		prev = s.End
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			in("mention of "+e.ID, m.Start, m.End, &m.Text)
		}
	}
	for i, q := range d.Quotes {
		in(fmt.Sprint("quote ", i), q.Start, q.End, &q.Text)
	}
	for i, x := range d.Times {
		in(fmt.Sprint("time ", i), x.Start, x.End, &x.Text)
	}
	for i, p := range d.Places {
		in(fmt.Sprint("place ", i), p.Start, p.End, &p.Text)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatalf("the Document does not marshal: %v", err)
	}
	if bytes.Contains(b, []byte(":null")) {
		t.Errorf("null in the JSON: %.300s", b)
	}
}

// problems collects what a case finds wrong with a Document, so that a case
// can be marked as a known bug.
type problems []string

func (p *problems) add(format string, args ...any) { *p = append(*p, fmt.Sprintf(format, args...)) }

func (p *problems) hasWarning(d *document.Document, words ...string) {
	for _, w := range d.Warnings {
		ok := true
		for _, word := range words {
			ok = ok && strings.Contains(w, word)
		}
		if ok {
			return
		}
	}
	p.add("no warning saying %q among %q", words, d.Warnings)
}

func (p *problems) noWarnings(d *document.Document) {
	if len(d.Warnings) > 0 {
		p.add("warnings %q on a clean input", d.Warnings)
	}
}

func (p *problems) contains(what, s string, subs ...string) {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			p.add("%s does not hold %q: %.300q", what, sub, s)
		}
	}
}

func (p *problems) lacks(what, s string, subs ...string) {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			p.add("%s holds %q: %.300q", what, sub, s)
		}
	}
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(7, 11))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func nested(open, close string, depth int, inner string) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Deep page</title></head><body>")
	for range depth {
		b.WriteString(open)
	}
	b.WriteString(inner)
	for range depth {
		b.WriteString(close)
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

const deepPara = "The river rose by a metre overnight and the old footbridge was closed to walkers until further notice."

func TestHostile(t *testing.T) {
	// the models and tables load on first use; the time limits below are
	// about reading the inputs, so load them first
	if _, err := pipeline.Analyze(context.Background(), attache.Source{Data: []byte("Warm-up text in Paris on Monday."), As: "text"}); err != nil {
		t.Fatal(err)
	}
	oneLine := hostile(t, "one-line.txt")
	tests := []struct {
		name    string
		src     attache.Source
		err     string // the error a user should see; "" when a Document is due
		check   func(p *problems, d *document.Document)
		bug     string // a known bug, reported: the check's findings skip the case
		maxTime time.Duration
	}{
		{name: "empty", src: attache.Source{Data: hostile(t, "empty.txt")}, err: "empty input"},
		{name: "nil", src: attache.Source{}, err: "empty input"},
		{name: "whitespace", src: attache.Source{Data: hostile(t, "whitespace.txt")}, err: "empty input"},
		{name: "empty as text", src: attache.Source{Data: hostile(t, "whitespace.txt"), As: "text"}, err: "empty input"},
		{name: "random bytes", src: attache.Source{Data: randomBytes(64 << 10)}, err: "binary input"},
		{name: "PNG header", src: attache.Source{Data: hostile(t, "png-header.bin")}, err: "binary input"},
		{name: "random bytes as html", src: attache.Source{Data: randomBytes(64 << 10), As: "html"}},
		{name: "random bytes as page", src: attache.Source{Data: randomBytes(64 << 10), As: "page"}},
		{name: "10,000 nested divs", src: attache.Source{Data: nested("<div>", "</div>", 10000, "<p>"+deepPara+"</p>")}, maxTime: 10 * time.Second,
			check: func(p *problems, d *document.Document) {
				p.hasWarning(d, "nested", "flattened")
				p.contains("text", d.Text, deepPara)
			}},
		{name: "5,000 unclosed tags", src: attache.Source{Data: nested("<div><span><b><i><em>", "", 1000, "<p>"+deepPara)}, maxTime: 10 * time.Second,
			check: func(p *problems, d *document.Document) {
				p.hasWarning(d, "nested", "flattened")
				p.contains("text", d.Text, deepPara)
			}},
		{name: "invalid UTF-8 in text", src: attache.Source{Data: hostile(t, "invalid-utf8.txt")},
			check: func(p *problems, d *document.Document) {
				p.contains("text", d.Text, "Die Bürger von Kölnstadt", "Sprecherin später", "Tref\uFFFDfen")
				p.hasWarning(d, "invalid")
			}},
		{name: "invalid UTF-8 in HTML declared UTF-8", src: attache.Source{Data: hostile(t, "invalid-utf8.html")},
			check: func(p *problems, d *document.Document) {
				p.contains("title", d.Title, "Parkregeln in Kölnstadt")
				p.contains("text", d.Text, "Die Bürger von Kölnstadt", "Tref\uFFFDfen")
				p.hasWarning(d, "invalid")
			}},
		{name: "invalid UTF-8 in HTML, Content-Type UTF-8", src: attache.Source{Data: hostile(t, "invalid-utf8.html"), ContentType: "text/html; charset=UTF-8"},
			check: func(p *problems, d *document.Document) {
				p.contains("text", d.Text, "Die Bürger von Kölnstadt", "Tref\uFFFDfen")
				p.hasWarning(d, "invalid")
			}},
		{name: "Latin-1 text", src: attache.Source{Data: hostile(t, "latin1.txt")},
			check: func(p *problems, d *document.Document) {
				p.contains("text", d.Text, "The café on Rue Hélène served crème brûlée")
			}},
		{name: "UTF-16LE with BOM", src: attache.Source{Data: hostile(t, "utf16le.txt")},
			check: func(p *problems, d *document.Document) {
				p.contains("text", d.Text, "die Brücke zu erneuern", "Die Fähre fährt bis dahin stündlich.")
				p.lacks("text", d.Text, "\x00", "\uFEFF")
				p.noWarnings(d)
			}},
		{name: "UTF-16BE with BOM", src: attache.Source{Data: hostile(t, "utf16be.txt")},
			check: func(p *problems, d *document.Document) {
				p.contains("text", d.Text, "die Brücke zu erneuern", "Die Fähre fährt bis dahin stündlich.")
				p.lacks("text", d.Text, "\x00", "\uFEFF")
			}},
		{name: "windows-1252 page without charset", src: attache.Source{Data: hostile(t, "cp1252.html")},
			check: func(p *problems, d *document.Document) {
				if d.Title != "Café reopens on the corner" {
					p.add("title %q", d.Title)
				}
				p.contains("text", d.Text, "The café on the corner of Mill Street reopened on Monday – its owners said “we are back” and served crème brûlée", "family’s recipes")
				p.lacks("text", d.Text, "\uFFFD")
				p.noWarnings(d)
			}},
		{name: "German page", src: attache.Source{Data: hostile(t, "german.html")},
			check: func(p *problems, d *document.Document) {
				if d.Title != "Neue Brücke über die Saale soll 2027 fertig sein" || d.Language != "de" || d.Published != "2024-09-12T14:05:00+02:00" {
					p.add("title %q, language %q, published %q", d.Title, d.Language, d.Published)
				}
				p.contains("text", d.Text, "Der Stadtrat von Weißenfeld", "„Wir können nicht länger warten“, sagte", "zwischen den beiden Ufern pendelt.")
				p.lacks("text", d.Text, "Startseite", "Rechte vorbehalten")
				if n := strings.Count(d.Text, "\n\n"); n != 2 {
					p.add("%d paragraph breaks, want 2", n)
				}
				if len(d.Sentences) != 5 {
					p.add("%d sentences, want 5", len(d.Sentences))
				}
			}},
		{name: "Chinese page", src: attache.Source{Data: hostile(t, "chinese.html")},
			check: func(p *problems, d *document.Document) {
				if d.Title != "山城新图书馆周六开放" || d.Language != "zh" || d.Published != "2024-04-20T09:00:00+08:00" {
					p.add("title %q, language %q, published %q", d.Title, d.Language, d.Published)
				}
				p.contains("text", d.Text, "藏书约四十万册", "欢迎市民参加。")
				p.lacks("text", d.Text, "首页", "版权所有")
				if len(d.Sentences) < 5 {
					p.add("%d sentences, want 5 or more", len(d.Sentences))
				}
				if !strings.HasPrefix(d.Text, "山城市新建的中心图书馆") || strings.Count(d.Text, "\n\n") != 2 {
					p.add("body %q: want the three paragraphs, blank lines between them", d.Text)
				}
			}},
		{name: "only scripts and styles", src: attache.Source{Data: hostile(t, "scripts-only.html")},
			check: func(p *problems, d *document.Document) {
				if d.Text != "" {
					p.add("text %q, want none", d.Text)
				}
				p.hasWarning(d, "no article body")
			}},
		{name: "only scripts and styles, no noscript", src: attache.Source{Data: []byte(strings.ReplaceAll(string(hostile(t, "scripts-only.html")), "<noscript><style>.js-only { display: none; }</style></noscript>", ""))},
			check: func(p *problems, d *document.Document) {
				if d.Text != "" {
					p.add("text %q, want none", d.Text)
				}
				p.hasWarning(d, "no article body")
			}},
		{name: "one line", src: attache.Source{Data: oneLine},
			check: func(p *problems, d *document.Document) {
				if d.Text != string(oneLine) || len(d.Sentences) != 1 {
					p.add("text %q, %d sentences", d.Text, len(d.Sentences))
				}
				p.noWarnings(d)
			}},
		{name: "NUL bytes", src: attache.Source{Data: hostile(t, "nul.txt")}, err: "binary input"},
		{name: "NUL bytes as text", src: attache.Source{Data: hostile(t, "nul.txt"), As: "text"},
			check: func(p *problems, d *document.Document) {
				p.lacks("text", d.Text, "\x00")
				p.contains("text", d.Text, "reopened on Tuesday after a year of work.", "Traders said the new roof")
				p.hasWarning(d, "NUL")
			}},
		{name: "NUL bytes as page", src: attache.Source{Data: hostile(t, "nul.txt"), As: "page"},
			check: func(p *problems, d *document.Document) {
				p.lacks("text", d.Text, "\x00")
				p.contains("text", d.Text, "The market hall in Brügge reopened on Tuesday after a year of work.")
			}},
		{name: "a megabyte of one word", src: attache.Source{Data: bytes.Repeat([]byte("a"), 1<<20), As: "text"}, maxTime: 5 * time.Second},
		{name: "a megabyte of dots", src: attache.Source{Data: bytes.Repeat([]byte(". "), 1<<19), As: "text"}, maxTime: 5 * time.Second},
		{name: "a megabyte of <", src: attache.Source{Data: bytes.Repeat([]byte("<"), 1<<20), As: "html"}, maxTime: 10 * time.Second},
		{name: "UTF-8 BOM and CRLF", src: attache.Source{Data: []byte("\xef\xbb\xbfFirst line of the story.\r\n\r\nSecond paragraph here.\r\n")},
			check: func(p *problems, d *document.Document) {
				if d.Text != "First line of the story.\n\nSecond paragraph here." {
					p.add("text %q", d.Text)
				}
			}},
		{name: "unknown form", src: attache.Source{Data: []byte("x"), As: "pdf"}, err: `unknown input form "pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			d, err := analyze(t, tt.src)
			if took := time.Since(start); tt.maxTime > 0 && took > tt.maxTime && !raceEnabled {
				t.Errorf("took %v, want under %v", took, tt.maxTime)
			}
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					if tt.bug != "" {
						t.Skipf("known bug: %s (err %v)", tt.bug, err)
					}
					t.Fatalf("err %v, want one saying %q", err, tt.err)
				}
				if d != nil {
					t.Errorf("a Document with the error")
				}
				return
			}
			if err != nil {
				t.Fatalf("err %v, want a Document", err)
			}
			invariants(t, d)
			if tt.check == nil {
				return
			}
			var p problems
			tt.check(&p, d)
			if len(p) > 0 && tt.bug != "" {
				t.Skipf("known bug: %s:\n%s", tt.bug, strings.Join(p, "\n"))
			}
			for _, msg := range p {
				t.Error(msg)
			}
			if len(p) == 0 && tt.bug != "" {
				t.Errorf("the known bug %q no longer reproduces: remove the mark", tt.bug)
			}
		})
	}
}

// A 50 MB page is read within a minute, with a warning that it was too big
// for full extraction.
func TestHostileHugePage(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a 50 MB page: not with -short or -race")
	}
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>A very long page</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>A very long page</h1>")
	for i := 0; b.Len() < 50<<20; i++ {
		fmt.Fprintf(&b, "<div class=\"row r%d\"><p>Paragraph %d of the long page says the tide came in at dawn and the boats went out at noon.</p><span>note %d</span></div>\n", i%40, i, i)
	}
	b.WriteString("</article><footer>Footer text</footer></body></html>")
	size := b.Len()
	start := time.Now()
	d, err := analyze(t, attache.Source{Input: "huge.html", Data: b.Bytes()})
	took := time.Since(start)
	t.Logf("%d MB in %v", size>>20, took.Round(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if took > 60*time.Second {
		t.Errorf("took %v, want under a minute", took)
	}
	invariants(t, d)
	var p problems
	p.hasWarning(d, "50 MB", "over")
	p.contains("text", d.Text, "Paragraph 0 of the long page", "Paragraph 300000 of the long page")
	p.lacks("text", d.Text, "Footer text")
	if d.Title != "A very long page" {
		p.add("title %q", d.Title)
	}
	for _, msg := range p {
		t.Error(msg)
	}
}

// The same input gives the same Document, also when analysed concurrently
// through the one shared pipeline.
func TestHostileConcurrent(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "hostile", "*"))
	if err != nil || len(files) < 10 {
		t.Fatalf("fixtures: %v, %d files", err, len(files))
	}
	want := map[string]string{}
	for _, f := range files {
		want[f] = result(t, f)
	}
	done := make(chan struct{})
	for range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, f := range files {
				if got := result(t, f); got != want[f] {
					t.Errorf("%s: a second run differs:\n%s\n%s", f, got, want[f])
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}

func result(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return ""
	}
	d, err := pipeline.Analyze(context.Background(), attache.Source{Input: path, Data: b})
	if err != nil {
		return "error: " + err.Error()
	}
	j, _ := json.Marshal(d)
	return string(j)
}
