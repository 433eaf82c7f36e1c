package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-news/attache/internal/store"
)

// page is an article page written for these tests.
func page(title, city, body string) string {
	return fmt.Sprintf(`<!doctype html><html><head><title>%s</title><meta name="author" content="Test Desk"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%s</h1><p class="dateline">%s</p>
<p>%s</p>
<p>The talks lasted several hours and ended with a short statement from both delegations, which promised to meet again before the end of the year.</p>
<p>Officials said working groups would continue to discuss the remaining questions over the coming weeks, and that a summit was not ruled out.</p>
</article><footer>Copyright the test desk</footer></body></html>`, title, title, city, body)
}

var pages = map[string]string{
	"/world/a1.html": page("Germany and France agree on rail link", "BERLIN", "Germany and France agreed on Tuesday to build a fast rail link between Berlin and Paris, the two governments said after a meeting of their transport ministers in Berlin."),
	"/world/a2.html": page("Japan and India hold talks on trade", "TOKYO", "Japan and India held talks on trade in Tokyo on Monday, with both sides saying they hoped to conclude an agreement on semiconductors within the year."),
	"/world/a3.html": page("Brazil offers aid after floods", "BRASILIA", "Brazil offered emergency aid to neighbouring Paraguay on Wednesday after floods forced thousands of people from their homes along the river."),
	"/world/a4.html": page("Egypt hosts ceasefire talks", "CAIRO", "Egypt hosted talks in Cairo on Thursday aimed at extending a ceasefire, with delegations from several countries attending the meeting at the foreign ministry."),
}

type feedServer struct {
	*httptest.Server
	mu    sync.Mutex
	etag  string
	items []string
	hits  map[string]int
	times map[string][]time.Time
}

func newFeedServer(t *testing.T, atom bool) *feedServer {
	fs := &feedServer{etag: `"v1"`, items: []string{"/world/a1.html", "/world/a2.html", "/world/a3.html"}, hits: map[string]int{}, times: map[string][]time.Time{}}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		defer fs.mu.Unlock()
		fs.hits[r.URL.Path]++
		fs.times["all"] = append(fs.times["all"], time.Now())
		if !strings.HasPrefix(r.UserAgent(), "attache/") {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		if r.URL.Path == "/feed" {
			if r.Header.Get("If-None-Match") == fs.etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", fs.etag)
			w.Header().Set("Last-Modified", "Thu, 06 Jul 2023 10:00:00 GMT")
			var b strings.Builder
			if atom {
				w.Header().Set("Content-Type", "application/atom+xml")
				b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>`)
				for i, it := range fs.items {
					fmt.Fprintf(&b, `<entry><title>Item %d</title><link href="%s"/><id>%s</id><updated>2023-07-0%dT08:00:00Z</updated></entry>`, i, it, it, i+1)
				}
				b.WriteString(`</feed>`)
			} else {
				w.Header().Set("Content-Type", "application/rss+xml")
				b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>World</title><link>/</link><description>news</description>`)
				for i, it := range fs.items {
					fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s</link><pubDate>Mon, 0%d Jul 2023 08:00:00 GMT</pubDate></item>`, i, fs.URL+it, i+1)
				}
				b.WriteString(`</channel></rss>`)
			}
			fmt.Fprint(w, b.String())
			return
		}
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, p)
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) hit(path string) int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.hits[path]
}

func TestFeed(t *testing.T) {
	for _, atom := range []bool{false, true} {
		t.Run(fmt.Sprint("atom=", atom), func(t *testing.T) {
			srv := newFeedServer(t, atom)
			s := openStore(t)
			var errs []string
			cfg := Config{Store: s, Pipeline: pipeline(), HostDelay: 10 * time.Millisecond,
				Error: func(in string, err error) { errs = append(errs, err.Error()) }}
			feed := srv.URL + "/feed"
			ctx := context.Background()

			st, err := Run(ctx, cfg, []string{feed})
			if err != nil || st.Added != 3 || st.Feeds != 1 || st.Failed != 0 {
				t.Fatalf("first poll: %+v, %v %v; want 3 added", st, err, errs)
			}
			for _, p := range []string{"/world/a1.html", "/world/a2.html", "/world/a3.html"} {
				if srv.hit(p) != 1 {
					t.Errorf("%s fetched %d times; want once", p, srv.hit(p))
				}
			}
			fst, _ := s.Feed(ctx, feed)
			if fst.ETag != `"v1"` || fst.LastModified == "" || fst.Items != 3 || fst.Checked.IsZero() {
				t.Errorf("feed state after the first poll = %+v", fst)
			}
			as, _ := s.Articles(ctx, storeArticles("Germany"))
			if len(as) != 1 || as[0].URL != srv.URL+"/world/a1.html" || as[0].Title != "Germany and France agree on rail link" {
				t.Errorf("the rail article = %+v", as)
			}

			// nothing new: 304, no page fetched
			st, err = Run(ctx, cfg, []string{feed})
			if err != nil || st.Unchanged != 1 || st.Read != 0 || srv.hit("/world/a1.html") != 1 {
				t.Errorf("second poll: %+v, %v; want the feed unchanged and no page fetched", st, err)
			}

			// one new item: only its page is fetched
			srv.mu.Lock()
			srv.etag = `"v2"`
			srv.items = append(srv.items, "/world/a4.html")
			srv.mu.Unlock()
			st, err = Run(ctx, cfg, []string{feed})
			if err != nil || st.Added != 1 || st.Skipped != 3 || srv.hit("/world/a1.html") != 1 || srv.hit("/world/a4.html") != 1 {
				t.Errorf("third poll: %+v, %v; want 1 added, 3 skipped without fetching", st, err)
			}
			if fst, _ := s.Feed(ctx, feed); fst.ETag != `"v2"` || fst.Items != 4 {
				t.Errorf("feed state after the third poll = %+v", fst)
			}
		})
	}
}

func TestPolite(t *testing.T) {
	srv := newFeedServer(t, false)
	s := openStore(t)
	const delay = 150 * time.Millisecond
	cfg := Config{Store: s, Pipeline: pipeline(), HostDelay: delay, Workers: 4}
	if _, err := Run(context.Background(), cfg, []string{srv.URL + "/feed"}); err != nil {
		t.Fatal(err)
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	ts := srv.times["all"]
	if len(ts) != 4 {
		t.Fatalf("%d requests; want the feed and 3 pages", len(ts))
	}
	for i := 1; i < len(ts); i++ {
		if gap := ts[i].Sub(ts[i-1]); gap < delay-20*time.Millisecond {
			t.Errorf("request %d came %v after the one before; want at least %v", i, gap, delay)
		}
	}
}

func TestURLPage(t *testing.T) {
	srv := newFeedServer(t, false)
	s := openStore(t)
	cfg := Config{Store: s, Pipeline: pipeline(), HostDelay: -1}
	st, err := Run(context.Background(), cfg, []string{srv.URL + "/world/a2.html", srv.URL + "/missing"})
	if err != nil || st.Added != 1 || st.Failed != 1 || st.Feeds != 0 {
		t.Errorf("a page and a 404: %+v, %v; want 1 added, 1 failed", st, err)
	}
}

func storeArticles(text string) store.ArticleQuery { return store.ArticleQuery{Text: text} }

// FuzzFeed: any body a server sends is a feed, a page, or an error.
func FuzzFeed(f *testing.F) {
	f.Add("application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><item><link>https://a.example/1</link></item></channel></rss>`)
	f.Add("application/atom+xml", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/x"/></entry></feed>`)
	f.Add("text/html", `<html><body><p>page</p></body></html>`)
	f.Add("", `<rss><channel><item><link>`)
	f.Fuzz(func(t *testing.T, contentType, body string) {
		if isFeed(contentType, []byte(body)) {
			parseFeed([]byte(body))
		}
	})
}
