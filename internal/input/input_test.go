package input

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// collect gathers every item of Items.
func collect(t *testing.T, args []string, o Options) []Item {
	t.Helper()
	var out []Item
	for it := range Items(context.Background(), args, o) {
		out = append(out, it.Decode()) // as the workers do
	}
	return out
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func inputs(items []Item) []string {
	var s []string
	for _, it := range items {
		s = append(s, it.Input)
	}
	return s
}

func TestItemsDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "Second file.")
	write(t, filepath.Join(dir, "a.txt"), "First file.")
	write(t, filepath.Join(dir, "sub", "c.html"), "<p>Third file.</p>")
	write(t, filepath.Join(dir, ".hidden"), "Left out.")
	write(t, filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main")
	target := filepath.Join(t.TempDir(), "target.txt")
	write(t, target, "Reached through a link.")
	if err := os.Symlink(target, filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "broken.txt")); err != nil {
		t.Fatal(err)
	}

	items := collect(t, []string{dir}, Options{})
	want := []string{"a.txt", "b.txt", "broken.txt", "link.txt", filepath.Join("sub", "c.html")}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if got := inputs(items); !slices.Equal(got, want) {
		t.Fatalf("inputs\n got %q\nwant %q", got, want)
	}
	for _, it := range items {
		broken := strings.HasSuffix(it.Input, "broken.txt")
		if broken != (it.Err != nil) {
			t.Errorf("%s: err = %v", it.Input, it.Err)
		}
		if broken {
			if !errors.Is(it.Err, fs.ErrNotExist) || !strings.Contains(it.Err.Error(), "broken.txt") {
				t.Errorf("broken link: err = %v, want not-exist naming the file", it.Err)
			}
			continue
		}
		if len(it.Src.Data) == 0 || it.Src.Input != it.Input || it.Batch {
			t.Errorf("%s: source %+v", it.Input, it.Src)
		}
	}
	if got := string(items[3].Src.Data); got != "Reached through a link." {
		t.Errorf("link read %q", got)
	}
}

func TestItemsFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write(t, good, "Some text.")
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(empty, ".only-hidden"), "x")
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name    string
		args    []string
		o       Options
		wantErr string // "" for a good item
		fetch   bool
	}{
		{"file", []string{good}, Options{}, "", false},
		{"missing file", []string{missing}, Options{}, missing + ": no such file or directory", false},
		{"empty folder", []string{empty}, Options{}, "no files in this folder", false},
		{"http", []string{"http://example.com/a"}, Options{}, "", true},
		{"https upper case", []string{"HTTPS://example.com/a"}, Options{}, "", true},
		{"ftp", []string{"ftp://example.com/a"}, Options{}, "only http and https URLs can be fetched", false},
		{"file URL", []string{"file:///etc/passwd"}, Options{}, "only http and https URLs can be fetched", false},
		{"URL as jsonl", []string{"https://example.com/a"}, Options{As: "jsonl"}, "not URLs", false},
		{"too large", []string{good}, Options{MaxBytes: 4}, "input too large", false},
		{"no standard input", []string{"-"}, Options{}, "no standard input", false},
		{"no args is standard input", nil, Options{}, "no standard input", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := collect(t, tt.args, tt.o)
			if len(items) != 1 {
				t.Fatalf("%d items, want 1: %+v", len(items), items)
			}
			it := items[0]
			if tt.wantErr == "" {
				if it.Err != nil {
					t.Fatalf("err = %v", it.Err)
				}
			} else if it.Err == nil || !strings.Contains(it.Err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one saying %q", it.Err, tt.wantErr)
			}
			if tt.fetch != (it.Fetch != "") {
				t.Errorf("Fetch = %q", it.Fetch)
			}
			if tt.name == "too large" && !errors.Is(it.Err, ErrTooLarge) {
				t.Errorf("err = %v, want ErrTooLarge", it.Err)
			}
		})
	}
}

func TestItemsOptions(t *testing.T) {
	o := Options{As: "page", URL: "https://example.com/story", Published: "2024-03-01", Stdin: strings.NewReader("Body text.")}
	items := collect(t, nil, o)
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("items %+v", items)
	}
	src := items[0].Src
	if src.Input != "-" || src.As != "page" || src.URL != o.URL || src.Published != o.Published || string(src.Data) != "Body text." {
		t.Errorf("source %+v", src)
	}
}

func TestItemsJSONL(t *testing.T) {
	batch := "\xef\xbb\xbf" + `{"id": "a", "text": "First."}` + "\r\n" +
		"\n" +
		`{"id": 17, "html": "<p>Second.</p>", "url": "https://example.com/2", "published": "2023-01-02"}` + "\n" +
		`{"id": "c", "text": "Third", ` + "\n" +
		`{"id": "d", "url": "https://example.com/d"}` + "\n" +
		`{"id": "e", "text": "", "html": ""}` + "\n" +
		`{"text": "No id."}` + "\n" +
		`{"id": true, "text": "Odd id."}` + "\n" +
		`{"id": "h", "text": "Read as a page.", "as": "page"}` + "\n" +
		`{"id": null, "text": "Null id."}`
	type want struct {
		input, id, as, data, url, published, err string
	}
	wants := []want{
		{input: "a", id: "a", as: "text", data: "First.", url: "https://default.example/", published: "2020-05-05"},
		{input: "17", id: "17", as: "html", data: "<p>Second.</p>", url: "https://example.com/2", published: "2023-01-02"},
		{input: "-:4", err: "-:4: bad JSON line"},
		{input: "d", err: `-:5: line has neither "text" nor "html"`},
		{input: "e", err: `-:6: line has neither "text" nor "html"`},
		{input: "-:7", id: "", as: "text", data: "No id.", url: "https://default.example/", published: "2020-05-05"},
		{input: "-:8", err: `"id" must be a string or a number`},
		{input: "h", id: "h", as: "page", data: "Read as a page.", url: "https://default.example/", published: "2020-05-05"},
		{input: "-:10", id: "", as: "text", data: "Null id.", url: "https://default.example/", published: "2020-05-05"},
	}
	for _, as := range []string{"jsonl", "auto"} {
		t.Run(as, func(t *testing.T) {
			o := Options{As: as, URL: "https://default.example/", Published: "2020-05-05", Stdin: strings.NewReader(batch)}
			items := collect(t, []string{"-"}, o)
			if len(items) != len(wants) {
				t.Fatalf("%d items, want %d: %q", len(items), len(wants), inputs(items))
			}
			for i, w := range wants {
				it := items[i]
				if !it.Batch {
					t.Errorf("item %d: not marked Batch", i)
				}
				if it.Input != w.input {
					t.Errorf("item %d: Input %q, want %q", i, it.Input, w.input)
				}
				if w.err != "" {
					if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) {
						t.Errorf("item %d: err %v, want %q", i, it.Err, w.err)
					}
					continue
				}
				if it.Err != nil {
					t.Errorf("item %d: err %v", i, it.Err)
					continue
				}
				s := it.Src
				got := want{input: s.Input, id: s.ID, as: s.As, data: string(s.Data), url: s.URL, published: s.Published}
				if got != w {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, got, w)
				}
			}
		})
	}
}

// A line over the size limit is an error in its place; the lines after it
// are still read.
func TestItemsJSONLLongLine(t *testing.T) {
	long := `{"id": "big", "text": "` + strings.Repeat("x", 300<<10) + `"}`
	batch := `{"id": "a", "text": "Short."}` + "\n" + long + "\n" + `{"id": "c", "text": "After."}` + "\n"
	items := collect(t, nil, Options{As: "jsonl", MaxBytes: 100 << 10, Stdin: strings.NewReader(batch)})
	if got := inputs(items); !slices.Equal(got, []string{"a", "-:2", "c"}) {
		t.Fatalf("inputs %q", got)
	}
	if !errors.Is(items[1].Err, ErrTooLarge) || items[0].Err != nil || items[2].Err != nil {
		t.Errorf("errors: %v, %v, %v", items[0].Err, items[1].Err, items[2].Err)
	}
	if string(items[2].Src.Data) != "After." {
		t.Errorf("line after the long one: %q", items[2].Src.Data)
	}
}

// auto reads a whole file as one article unless its first line is a jsonl
// object with "text" or "html".
func TestItemsAutoNotJSONL(t *testing.T) {
	for _, in := range []string{
		`{"name": "a JSON object without text"}` + "\n",
		"{curly braces open this paragraph} and more words.\n" + `{"text": "x"}`,
		"<p>A page</p>\n",
	} {
		items := collect(t, nil, Options{Stdin: strings.NewReader(in)})
		if len(items) != 1 || items[0].Err != nil || string(items[0].Src.Data) != in || items[0].Batch {
			t.Errorf("%q: items %+v", in, items)
		}
	}
}

// Items stops reading when the consumer stops.
func TestItemsStop(t *testing.T) {
	batch := strings.Repeat(`{"text": "x"}`+"\n", 100)
	n := 0
	for range Items(context.Background(), nil, Options{As: "jsonl", Stdin: strings.NewReader(batch)}) {
		n++
		if n == 3 {
			break
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for it := range Items(ctx, []string{"a", "b"}, Options{}) {
		t.Errorf("cancelled context yielded %+v", it)
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"http://a.example/": true, "https://a.example/": true, "HTTP://A.EXAMPLE/": true, "Https://a.example": true,
		"ftp://a.example/": false, "http:/a": false, "https": false, "news/http://x": false, "-": false, "": false,
	} {
		if got := IsURL(in); got != want {
			t.Errorf("IsURL(%q) = %v", in, got)
		}
	}
}
