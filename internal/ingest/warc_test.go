package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/internal/input"
)

// warcRecord is one record as a WARC writer lays it out.
func warcRecord(typ, uri, contentType, block string) string {
	h := fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Date: 2023-07-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%x>\r\n", typ, len(block)*7919+len(uri))
	if uri != "" {
		h += "WARC-Target-URI: " + uri + "\r\n"
	}
	h += fmt.Sprintf("Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	return h + block + "\r\n\r\n"
}

func httpResponse(status, contentType string, headers, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%s\r\n%s", status, contentType, headers, body)
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func chunked(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(len(s), 100)
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	return b.String() + "0\r\n\r\n"
}

// testWARC is a small crawl: an info record, a request, two article
// pages (one gzip-encoded and chunked), a 404, a redirect and an image.
func testWARC() []string {
	return []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: attache test\r\nformat: WARC File Format 1.0\r\n"),
		warcRecord("request", "https://news.example/world/a1.html", "application/http; msgtype=request", "GET /world/a1.html HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		warcRecord("response", "https://news.example/world/a1.html", "application/http; msgtype=response",
			httpResponse("200 OK", "text/html; charset=utf-8", "", pages["/world/a1.html"])),
		warcRecord("response", "https://news.example/world/a2.html", "application/http; msgtype=response",
			httpResponse("200 OK", "text/html", "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked(gzipped(pages["/world/a2.html"])))),
		warcRecord("response", "https://news.example/gone", "application/http; msgtype=response",
			httpResponse("404 Not Found", "text/html", "", "<html><body>gone</body></html>")),
		warcRecord("response", "https://news.example/old", "application/http; msgtype=response",
			httpResponse("301 Moved Permanently", "text/html", "Location: /world/a1.html\r\n", "")),
		warcRecord("response", "https://news.example/logo.png", "application/http; msgtype=response",
			httpResponse("200 OK", "image/png", "", "\x89PNG\r\n\x1a\n....")),
	}
}

func writeWARC(t *testing.T, name string, gz bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	var b bytes.Buffer
	for _, r := range testWARC() {
		if gz {
			b.WriteString(gzipped(r)) // one gzip member per record, as Common Crawl writes them
		} else {
			b.WriteString(r)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestWARCReader(t *testing.T) {
	for _, gz := range []bool{false, true} {
		path := writeWARC(t, "crawl.warc", gz)
		f, _ := os.Open(path)
		defer f.Close()
		r, err := NewWARCReader(f, 0)
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("gz=%v: %v", gz, err)
			}
			types = append(types, rec.Type())
			if rec.Header.Get("WARC-Target-URI") == "https://news.example/world/a2.html" {
				status, _, body, err := rec.Page()
				if err != nil || status != 200 || string(body) != pages["/world/a2.html"] {
					t.Errorf("a2's page: %d %v %.60q", status, err, body)
				}
			}
		}
		if got := strings.Join(types, " "); got != "warcinfo request response response response response response" {
			t.Errorf("gz=%v: records %s", gz, got)
		}
	}
	if _, err := NewWARCReader(strings.NewReader("<html>not a warc</html>"), 0); err != ErrNotWARC {
		t.Errorf("an HTML file read as WARC: %v", err)
	}
}

func TestWARCIngest(t *testing.T) {
	s := openStore(t)
	var errs []string
	cfg := Config{Store: s, Pipeline: pipeline(), Error: func(in string, err error) { errs = append(errs, err.Error()) }}
	path := writeWARC(t, "CC-NEWS-20230706.warc.gz", true)
	st, err := Run(context.Background(), cfg, []string{path})
	if err != nil || st.Added != 2 || st.Failed != 0 || st.Read != 2 {
		t.Fatalf("WARC ingest: %+v, %v %v; want the 2 article pages", st, err, errs)
	}
	as, err := s.Articles(context.Background(), storeArticles("Japan"))
	if err != nil || len(as) != 1 || as[0].URL != "https://news.example/world/a2.html" || as[0].Title != "Japan and India hold talks on trade" {
		t.Errorf("the Japan article: %+v, %v", as, err)
	}
	// a WARC file is recognised by its content too, whatever its name
	data, _ := os.ReadFile(path)
	other := filepath.Join(t.TempDir(), "crawl.bin")
	os.WriteFile(other, data, 0o644)
	if !isWARCFile(other) {
		t.Errorf("a gzipped WARC named crawl.bin is not recognised")
	}
	if st, _ := Run(context.Background(), cfg, []string{other}); st.Skipped != 2 {
		t.Errorf("the same crawl again: %+v; want 2 skipped", st)
	}
	// a folder of WARC files and a page
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.warc.gz"), data, 0o644)
	os.WriteFile(filepath.Join(dir, "b.html"), []byte(pages["/world/a3.html"]), 0o644)
	if st, err := Run(context.Background(), Config{Store: openStore(t), Pipeline: pipeline()}, []string{dir}); err != nil || st.Added != 3 || st.Failed != 0 {
		t.Errorf("a folder with a WARC file and a page: %+v, %v; want 3 added", st, err)
	}
	// from standard input with --as warc
	f, _ := os.Open(path)
	defer f.Close()
	if st, err := Run(context.Background(), Config{Store: openStore(t), Pipeline: pipeline(), Input: input.Options{As: "warc", Stdin: f}}, []string{"-"}); err != nil || st.Added != 2 {
		t.Errorf("WARC from standard input: %+v, %v", st, err)
	}
	// truncated: the records before the cut are read, the cut is an error
	cut := filepath.Join(t.TempDir(), "cut.warc")
	raw := strings.Join(testWARC(), "")
	os.WriteFile(cut, []byte(raw[:len(raw)-200]), 0o644)
	errs = nil
	st, _ = Run(context.Background(), Config{Store: openStore(t), Pipeline: pipeline(), Error: cfg.Error}, []string{cut})
	if st.Added != 2 || st.Failed != 1 {
		t.Errorf("truncated WARC: %+v %v; want 2 added, 1 failed", st, errs)
	}
}

// FuzzWARC: any bytes give records or an error, never a panic, and bounded
// work.
func FuzzWARC(f *testing.F) {
	for _, r := range testWARC() {
		f.Add([]byte(r))
	}
	f.Add([]byte(gzipped(testWARC()[2])))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\n folded\r\nA: b\r\n c\r\nContent-Length: -1\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewWARCReader(bytes.NewReader(data), 1<<16)
		if err != nil {
			return
		}
		for range 100 {
			rec, err := r.Next()
			if err != nil {
				return
			}
			if rec.Block != nil && int64(len(rec.Block)) > 1<<16 {
				t.Fatalf("block of %d bytes over the limit", len(rec.Block))
			}
			rec.Page()
		}
	})
}
