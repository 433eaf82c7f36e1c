package fetch_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-news/attache/internal/fetch"
)

const article = "<!doctype html><html><head><title>Talks</title></head><body><p>Ministers met.</p></body></html>"

// pngHeader is enough of a PNG file for http.DetectContentType.
var pngHeader = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")

// newServer starts a local HTTP server with every route the tests use.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT")
		fmt.Fprint(w, article)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusMovedPermanently)
	})
	// /chain/N redirects N more times, then serves the article.
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n <= 0 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, "/chain/"+strconv.Itoa(n-1), http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/article.html", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/status/{code}", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(r.PathValue("code"))
		http.Error(w, "no", code)
	})
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
		fmt.Fprint(w, article)
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>First paragraph.")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
		fmt.Fprint(w, "</p></body></html>")
	})
	// /size/N serves N bytes of text with a Content-Length.
	mux.HandleFunc("/size/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(n))
		w.Write(bytes.Repeat([]byte("a"), n))
	})
	// /chunked/N serves N bytes of text without a Content-Length.
	mux.HandleFunc("/chunked/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		w.Header().Set("Content-Type", "text/plain")
		for range n / 1000 {
			w.Write(bytes.Repeat([]byte("a"), 1000))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip not accepted", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gzipped(t, []byte(article)))
	})
	// /gzip-bomb is 1 MiB of text compressed to about 1 KiB.
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gzipped(t, bytes.Repeat([]byte("a"), 1<<20)))
	})
	// /type?ct=...&body=png|html serves the body with that Content-Type;
	// "none" sends no Content-Type at all.
	mux.HandleFunc("/type", func(w http.ResponseWriter, r *http.Request) {
		switch ct := r.URL.Query().Get("ct"); ct {
		case "none":
			w.Header()["Content-Type"] = nil
		default:
			w.Header().Set("Content-Type", ct)
		}
		switch r.URL.Query().Get("body") {
		case "png":
			w.Write(pngHeader)
		case "pdf":
			fmt.Fprint(w, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
		default:
			fmt.Fprint(w, article)
		}
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for _, k := range []string{"User-Agent", "Accept", "Accept-Language", "Accept-Encoding"} {
			fmt.Fprintf(w, "%s: %s\n", k, r.Header.Get(k))
		}
	})
	mux.HandleFunc("/echo/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "page "+r.PathValue("id"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func gzipped(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Error(err)
	}
	if err := zw.Close(); err != nil {
		t.Error(err)
	}
	return buf.Bytes()
}

func TestFetch(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name     string
		cfg      fetch.Config
		path     string
		wantURL  string // path of the final URL
		wantBody string // "" means the article
		wantCT   string
		wantLM   string
	}{
		{name: "html", path: "/article", wantURL: "/article", wantCT: "text/html; charset=utf-8", wantLM: "Wed, 21 Oct 2026 07:28:00 GMT"},
		{name: "redirect", path: "/old", wantURL: "/article", wantCT: "text/html; charset=utf-8", wantLM: "Wed, 21 Oct 2026 07:28:00 GMT"},
		{name: "redirects up to the limit", cfg: fetch.Config{MaxRedirects: 3}, path: "/chain/2", wantURL: "/article", wantCT: "text/html; charset=utf-8", wantLM: "Wed, 21 Oct 2026 07:28:00 GMT"},
		{name: "gzip", path: "/gzip", wantURL: "/gzip", wantCT: "text/html"},
		{name: "body at the size limit", cfg: fetch.Config{MaxBytes: 5000}, path: "/size/5000", wantURL: "/size/5000", wantBody: strings.Repeat("a", 5000), wantCT: "text/plain"},
		{name: "empty body", path: "/size/0", wantURL: "/size/0", wantBody: "-", wantCT: "text/plain"},
		{name: "json", path: "/type?ct=application/json", wantURL: "/type?ct=application/json", wantCT: "application/json"},
		{name: "xhtml", path: "/type?ct=application/xhtml%2Bxml", wantURL: "/type?ct=application/xhtml%2Bxml", wantCT: "application/xhtml+xml"},
		{name: "rss", path: "/type?ct=application/rss%2Bxml", wantURL: "/type?ct=application/rss%2Bxml", wantCT: "application/rss+xml"},
		{name: "text/plain", path: "/type?ct=text/plain", wantURL: "/type?ct=text/plain", wantCT: "text/plain"},
		{name: "octet-stream that sniffs as html", path: "/type?ct=application/octet-stream", wantURL: "/type?ct=application/octet-stream", wantCT: "application/octet-stream"},
		{name: "no content type, html body", path: "/type?ct=none", wantURL: "/type?ct=none", wantCT: ""},
		{name: "malformed content type, html body", path: "/type?ct=%3B%3B", wantURL: "/type?ct=%3B%3B", wantCT: ";;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Client = srv.Client()
			f := fetch.New(tt.cfg)
			page, err := f.Fetch(t.Context(), srv.URL+tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if want := srv.URL + tt.wantURL; page.URL != want {
				t.Errorf("URL = %q, want %q", page.URL, want)
			}
			want := tt.wantBody
			switch want {
			case "":
				want = article
			case "-":
				want = ""
			}
			if string(page.Body) != want {
				t.Errorf("Body = %.80q, want %.80q", page.Body, want)
			}
			if page.ContentType != tt.wantCT {
				t.Errorf("ContentType = %q, want %q", page.ContentType, tt.wantCT)
			}
			if page.LastModified != tt.wantLM {
				t.Errorf("LastModified = %q, want %q", page.LastModified, tt.wantLM)
			}
		})
	}
}

func TestFetchHTTPS(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, article)
	}))
	defer srv.Close()
	f := fetch.New(fetch.Config{Client: srv.Client()})
	page, err := f.Fetch(t.Context(), srv.URL+"/x")
	if err != nil {
		t.Fatal(err)
	}
	if string(page.Body) != article || page.URL != srv.URL+"/x" {
		t.Errorf("got %q from %q", page.Body, page.URL)
	}
}

func TestFetchErrors(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name    string
		cfg     fetch.Config
		path    string
		wantIs  error  // nil means no sentinel to check
		wantMsg string // the error text after "GET <srv.URL><path>"
	}{
		{name: "404", path: "/status/404", wantMsg: ": 404 Not Found"},
		{name: "500", path: "/status/500", wantMsg: ": 500 Internal Server Error"},
		{name: "304", path: "/status/304", wantMsg: ": 304 Not Modified"},
		{name: "too many redirects", cfg: fetch.Config{MaxRedirects: 3}, path: "/loop", wantIs: fetch.ErrTooManyRedirects,
			wantMsg: " -> " + srv.URL + "/loop: stopped after 3 redirects"},
		{name: "one redirect past the limit", cfg: fetch.Config{MaxRedirects: 3}, path: "/chain/3", wantIs: fetch.ErrTooManyRedirects,
			wantMsg: " -> " + srv.URL + "/chain/0: stopped after 3 redirects"},
		{name: "default redirect limit", path: "/loop", wantIs: fetch.ErrTooManyRedirects,
			wantMsg: " -> " + srv.URL + "/loop: stopped after 5 redirects"},
		{name: "no redirects allowed", cfg: fetch.Config{MaxRedirects: -1}, path: "/old", wantIs: fetch.ErrTooManyRedirects,
			wantMsg: ": stopped after 0 redirects"},
		{name: "redirect to ftp", path: "/to-ftp", wantIs: fetch.ErrScheme,
			wantMsg: `: redirect to ftp://example.com/article.html refused: unsupported URL scheme "ftp" (want http or https)`},
		{name: "redirect to file", path: "/to-file", wantIs: fetch.ErrScheme,
			wantMsg: `: redirect to file:///etc/passwd refused: unsupported URL scheme "file" (want http or https)`},
		{name: "timeout waiting for headers", cfg: fetch.Config{Timeout: 100 * time.Millisecond}, path: "/slow-headers", wantIs: context.DeadlineExceeded,
			wantMsg: ": timed out after 100ms: "},
		{name: "timeout reading body", cfg: fetch.Config{Timeout: 100 * time.Millisecond}, path: "/slow-body", wantIs: context.DeadlineExceeded,
			wantMsg: ": timed out after 100ms: reading body: "},
		{name: "too large, Content-Length", cfg: fetch.Config{MaxBytes: 4999}, path: "/size/5000", wantIs: fetch.ErrTooLarge,
			wantMsg: ": page larger than 4999 bytes"},
		{name: "too large, chunked", cfg: fetch.Config{MaxBytes: 4999}, path: "/chunked/5000", wantIs: fetch.ErrTooLarge,
			wantMsg: ": page larger than 4999 bytes"},
		{name: "too large after gunzip", cfg: fetch.Config{MaxBytes: 64 << 10}, path: "/gzip-bomb", wantIs: fetch.ErrTooLarge,
			wantMsg: ": page larger than 65536 bytes"},
		{name: "image", path: "/type?ct=image/png&body=png", wantIs: fetch.ErrNotArticle,
			wantMsg: `: content type "image/png" is not an article`},
		{name: "video", path: "/type?ct=video/mp4", wantIs: fetch.ErrNotArticle,
			wantMsg: `: content type "video/mp4" is not an article`},
		{name: "audio", path: "/type?ct=audio/mpeg", wantIs: fetch.ErrNotArticle,
			wantMsg: `: content type "audio/mpeg" is not an article`},
		{name: "zip", path: "/type?ct=application/zip", wantIs: fetch.ErrNotArticle,
			wantMsg: `: content type "application/zip" is not an article`},
		{name: "binary octet-stream", path: "/type?ct=application/octet-stream&body=png", wantIs: fetch.ErrNotArticle,
			wantMsg: `: content type "application/octet-stream" with a body that looks like "image/png" is not an article`},
		{name: "binary with no content type", path: "/type?ct=none&body=png", wantIs: fetch.ErrNotArticle,
			wantMsg: `: content type "" with a body that looks like "image/png" is not an article`},
		{name: "pdf", path: "/type?ct=application/pdf&body=pdf", wantIs: fetch.ErrNotArticle,
			wantMsg: `: content type "application/pdf" with a body that looks like "application/pdf" is not an article`},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Client = srv.Client()
			f := fetch.New(tt.cfg)
			start := time.Now()
			page, err := f.Fetch(t.Context(), srv.URL+tt.path)
			if err == nil {
				t.Fatalf("got a page of %d bytes from %s, want an error", len(page.Body), page.URL)
			}
			t.Log(err)
			if page != nil {
				t.Errorf("got a page with the error %v", err)
			}
			if want := "GET " + srv.URL + tt.path + tt.wantMsg; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q\nwant prefix %q", err, want)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.wantIs)
			}
			if tt.cfg.Timeout > 0 {
				if d := time.Since(start); d > tt.cfg.Timeout+2*time.Second {
					t.Errorf("took %v with a timeout of %v", d, tt.cfg.Timeout)
				}
			}
		})
	}
}

func TestFetchStatusError(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/gone", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := fetch.New(fetch.Config{Client: srv.Client()})

	_, err := f.Fetch(t.Context(), srv.URL+"/moved")
	want := "GET " + srv.URL + "/moved -> " + srv.URL + "/gone: 410 Gone"
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v, want %q", err, want)
	}
	var se *fetch.StatusError
	if !errors.As(err, &se) || se.Code != http.StatusGone {
		t.Errorf("errors.As(%v, *StatusError) gave %+v", err, se)
	}
}

// tripwire is a transport that fails the test if any request reaches it.
type tripwire struct{ t *testing.T }

func (tw tripwire) RoundTrip(r *http.Request) (*http.Response, error) {
	tw.t.Errorf("network used for %s", r.URL)
	return nil, errors.New("tripwire")
}

func TestFetchRefusesWithoutNetwork(t *testing.T) {
	f := fetch.New(fetch.Config{Client: &http.Client{Transport: tripwire{t}}})
	tests := []struct {
		url     string
		wantIs  error
		wantMsg string
	}{
		{"file:///etc/passwd", fetch.ErrScheme, `GET file:///etc/passwd: unsupported URL scheme "file" (want http or https)`},
		{"ftp://example.com/a.html", fetch.ErrScheme, `GET ftp://example.com/a.html: unsupported URL scheme "ftp" (want http or https)`},
		{"FTP://example.com/a.html", fetch.ErrScheme, `GET FTP://example.com/a.html: unsupported URL scheme "ftp" (want http or https)`},
		{"javascript:alert(1)", fetch.ErrScheme, `GET javascript:alert(1): unsupported URL scheme "javascript" (want http or https)`},
		{"data:text/html,<p>hi</p>", fetch.ErrScheme, `GET data:text/html,<p>hi</p>: unsupported URL scheme "data" (want http or https)`},
		{"gopher://example.com/1", fetch.ErrScheme, `GET gopher://example.com/1: unsupported URL scheme "gopher" (want http or https)`},
		{"mailto:desk@example.com", fetch.ErrScheme, `GET mailto:desk@example.com: unsupported URL scheme "mailto" (want http or https)`},
		{"example.com/news/1", fetch.ErrScheme, `GET example.com/news/1: URL has no scheme (want http or https)`},
		{"//example.com/news/1", fetch.ErrScheme, `GET //example.com/news/1: URL has no scheme (want http or https)`},
		{"", fetch.ErrScheme, `GET "": URL has no scheme (want http or https)`},
		{"http:///news/1", fetch.ErrInvalidURL, `GET http:///news/1: URL has no host`},
		{"https://", fetch.ErrInvalidURL, `GET https://: URL has no host`},
		{"http:example.com", fetch.ErrInvalidURL, `GET http:example.com: URL has no host`},
		{"http://:80/x", fetch.ErrInvalidURL, `GET http://:80/x: URL has no host`},
		{"http://exa mple.com/", fetch.ErrInvalidURL, `GET "http://exa mple.com/": invalid URL: invalid character " " in host name`},
		{"ftp://reporter:s3cret@example.com/", fetch.ErrScheme, `GET ftp://reporter:xxxxx@example.com/: unsupported URL scheme "ftp"`},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			page, err := f.Fetch(t.Context(), tt.url)
			if err == nil {
				t.Fatalf("got a page from %s, want an error", page.URL)
			}
			t.Log(err)
			if !strings.HasPrefix(err.Error(), tt.wantMsg) {
				t.Errorf("error = %q\nwant prefix %q", err, tt.wantMsg)
			}
			if !errors.Is(err, tt.wantIs) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.wantIs)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error %q shows the password", err)
			}
		})
	}
}

func TestFetchHeaders(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name   string
		cfg    fetch.Config
		wantUA string // prefix
	}{
		{name: "default user agent", wantUA: "attache/"},
		{name: "own user agent", cfg: fetch.Config{UserAgent: "test-bot/1.0"}, wantUA: "test-bot/1.0\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Client = srv.Client()
			page, err := fetch.New(tt.cfg).Fetch(t.Context(), srv.URL+"/headers")
			if err != nil {
				t.Fatal(err)
			}
			got := string(page.Body)
			for _, want := range []string{
				"User-Agent: " + tt.wantUA,
				"Accept: text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5\n",
				"Accept-Language: en\n",
				"Accept-Encoding: gzip\n",
			} {
				if !strings.Contains(got, want) {
					t.Errorf("request headers\n%s\nlack %q", got, want)
				}
			}
			if tt.cfg.UserAgent == "" && !strings.Contains(got, "(+https://github.com/attache-news/attache)\n") {
				t.Errorf("default User-Agent lacks the project URL:\n%s", got)
			}
		})
	}
}

func TestFetchCanceled(t *testing.T) {
	srv := newServer(t)
	f := fetch.New(fetch.Config{Client: srv.Client()})
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := f.Fetch(ctx, srv.URL+"/slow-headers")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
	if err != nil && strings.Contains(err.Error(), "timed out") {
		t.Errorf("a canceled fetch is reported as a timeout: %v", err)
	}
}

func TestFetchConcurrent(t *testing.T) {
	srv := newServer(t)
	f := fetch.New(fetch.Config{Client: srv.Client(), MaxRedirects: 2, MaxBytes: 4096})
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			var path, want string
			switch i % 3 {
			case 0:
				path, want = "/echo/"+strconv.Itoa(i), "page "+strconv.Itoa(i)
			case 1:
				path, want = "/chain/1", article
			case 2:
				path = "/loop" // must fail on its own limit, not disturb the others
			}
			page, err := f.Fetch(t.Context(), srv.URL+path)
			if want == "" {
				if !errors.Is(err, fetch.ErrTooManyRedirects) {
					t.Errorf("%s: error = %v, want too many redirects", path, err)
				}
				return
			}
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return
			}
			if string(page.Body) != want {
				t.Errorf("%s: body = %q, want %q", path, page.Body, want)
			}
		})
	}
	wg.Wait()
}

// offline is a transport that records the URLs that reach it and fails them.
type offline struct {
	mu   sync.Mutex
	seen []string
}

func (o *offline) RoundTrip(r *http.Request) (*http.Response, error) {
	o.mu.Lock()
	o.seen = append(o.seen, r.URL.String())
	o.mu.Unlock()
	return nil, errors.New("offline")
}

// FuzzFetchURL checks that any input fails cleanly without a network: no
// panic, an error that starts with "GET ", and only absolute http(s) URLs with
// a host reach the transport.
func FuzzFetchURL(f *testing.F) {
	for _, s := range []string{
		"https://example.com/news/1", "file:///etc/passwd", "javascript:alert(1)",
		"example.com", "http:///x", "http://[::1]:80/", "  https://example.com  ",
		"http://exa mple.com/", "ftp://u:p@h/", "%zz", "http://%41/", "\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		tr := &offline{}
		page, err := fetch.New(fetch.Config{Client: &http.Client{Transport: tr}}).Fetch(t.Context(), raw)
		if err == nil || page != nil {
			t.Fatalf("Fetch(%q) = %v, %v; want only an error", raw, page, err)
		}
		if !strings.HasPrefix(err.Error(), "GET ") {
			t.Errorf("error %q does not start with GET", err)
		}
		for _, s := range tr.seen {
			if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
				t.Errorf("Fetch(%q) sent a request for %q", raw, s)
			}
		}
	})
}
