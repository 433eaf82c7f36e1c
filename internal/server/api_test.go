package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/store"
	"github.com/attache-news/attache/internal/store/sqlite"
)

// shared is one test server over the demo corpus for the read-only tests.
var shared = struct {
	once sync.Once
	ts   *testServer
}{}

func demoServer(t testing.TB) *testServer {
	shared.once.Do(func() {
		// the server outlives the test that made it: the process ends it
		shared.ts = newTestServer(&keep{TB: t}, "")
	})
	if shared.ts == nil {
		t.Fatal("the demo server did not start")
	}
	return shared.ts
}

// keep is a testing.TB whose cleanups and temporary folders last until
// TestMain ends, so that one test's server serves the others.
type keep struct{ testing.TB }

func (k *keep) Cleanup(f func()) { atExit = append(atExit, f) }
func (k *keep) TempDir() string {
	d, err := os.MkdirTemp("", "attache-server-test-")
	if err != nil {
		k.Fatal(err)
	}
	atExit = append(atExit, func() { os.RemoveAll(d) })
	return d
}

// atExit runs after all tests, last added first.
var atExit []func()

func TestMain(m *testing.M) {
	code := m.Run()
	for i := len(atExit) - 1; i >= 0; i-- {
		atExit[i]()
	}
	os.Exit(code)
}

func TestAPIReads(t *testing.T) {
	ts := demoServer(t)

	var health map[string]string
	if code := ts.get(t, "/healthz", &health); code != 200 || health["status"] != "ok" {
		t.Errorf("healthz: %d %v", code, health)
	}
	var st store.Stats
	if ts.get(t, "/api/v1/stats", &st); st.Articles < 40 || st.Events < 100 {
		t.Errorf("stats %+v: the demo corpus is not all there", st)
	}

	// a dyad matches either direction; pages follow one another
	type events struct {
		Events []store.EventRow `json:"events"`
		Next   string           `json:"next"`
	}
	var all events
	ts.get(t, "/api/v1/events?dyad=USA-CHN&limit=500", &all)
	dirs := map[bool]int{}
	for _, e := range all.Events {
		ab := strings.HasPrefix(e.Source, "USA") && strings.HasPrefix(e.Target, "CHN")
		ba := strings.HasPrefix(e.Source, "CHN") && strings.HasPrefix(e.Target, "USA")
		if !ab && !ba {
			t.Errorf("event %d %s -> %s under dyad USA-CHN", e.ID, e.Source, e.Target)
		}
		dirs[ab]++
	}
	if dirs[true] == 0 || dirs[false] == 0 {
		t.Errorf("USA-CHN events by direction %v: want both", dirs)
	}
	if all.Next != "" {
		t.Errorf("the last page has next %q", all.Next)
	}
	seen := map[int64]bool{}
	after, pages := "", 0
	for {
		var p events
		ts.get(t, "/api/v1/events?dyad=USA-CHN&limit=7&after="+after, &p)
		pages++
		for _, e := range p.Events {
			if seen[e.ID] {
				t.Fatalf("event %d on two pages", e.ID)
			}
			seen[e.ID] = true
		}
		if p.Next == "" || pages > 100 {
			break
		}
		after = p.Next
	}
	if len(seen) != len(all.Events) {
		t.Errorf("paging by 7 gave %d events in %d pages; one page of 500 gave %d", len(seen), pages, len(all.Events))
	}

	var tl struct {
		Bucket  string         `json:"bucket"`
		Buckets []store.Bucket `json:"buckets"`
	}
	ts.get(t, "/api/v1/timeline?dyad=USA-CHN&bucket=month&from=2023-01-01&to=2023-12-31", &tl)
	if tl.Bucket != "month" || len(tl.Buckets) == 0 {
		t.Errorf("timeline: %+v", tl)
	}
	for _, b := range tl.Buckets {
		if !strings.HasPrefix(b.Start, "2023-") || b.Cooperative+b.Conflictual > b.Events {
			t.Errorf("bucket %+v", b)
		}
	}

	var arts struct {
		Articles []store.ArticleSummary `json:"articles"`
	}
	ts.get(t, "/api/v1/articles?q=hotline", &arts)
	if len(arts.Articles) == 0 || !strings.Contains(arts.Articles[0].Snippet, "<mark>") {
		t.Fatalf("search hotline: %+v", arts.Articles)
	}
	var doc struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	if code := ts.get(t, "/api/v1/articles/"+arts.Articles[0].ID, &doc); code != 200 || doc.ID != arts.Articles[0].ID || doc.Text == "" {
		t.Errorf("article %s: %d %q", arts.Articles[0].ID, code, doc.ID)
	}

	var actor store.ActorPage
	if code := ts.get(t, "/api/v1/actors/chn", &actor); code != 200 || actor.Code != "CHN" || actor.Events == 0 || len(actor.Partners) == 0 {
		t.Errorf("actor chn: %d %+v", code, actor)
	}
	var quotes struct {
		Quotes []store.QuoteRow `json:"quotes"`
	}
	ts.get(t, "/api/v1/quotes?speaker=xi", &quotes)
	for _, q := range quotes.Quotes {
		if !strings.Contains(strings.ToLower(q.Speaker.Name), "xi") {
			t.Errorf("quote of %q under speaker=xi", q.Speaker.Name)
		}
	}
	if len(quotes.Quotes) == 0 {
		t.Error("no quotes of Xi in the demo")
	}

	// the UI pages and assets
	for _, p := range []string{"/", "/events?dyad=USA-CHN", "/search?q=x", "/article/abc", "/actor/USA", "/static/app.js", "/static/vendor/uPlot.iife.min.js"} {
		resp, err := http.Get(ts.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %s", p, resp.Status)
		}
	}
}

// Malformed requests get a 4xx with a JSON message saying what is wrong,
// never a 500.
func TestAPIRejects(t *testing.T) {
	ts := demoServer(t)
	for _, tc := range []struct {
		method, path, ctype, body string
		status                    int
		want                      string
	}{
		{"GET", "/api/v1/events?from=last+week", "", "", 400, "not a date"},
		{"GET", "/api/v1/events?limit=0", "", "", 400, "positive whole number"},
		{"GET", "/api/v1/events?dyad=USACHN", "", "", 400, "not a dyad"},
		{"GET", "/api/v1/events?colour=red", "", "", 400, "unknown parameter"},
		{"GET", "/api/v1/events?after=abc", "", "", 400, "cursor"},
		{"GET", "/api/v1/events?after=-5", "", "", 400, "cursor"},
		{"GET", "/api/v1/articles?after=%00", "", "", 400, ""},
		{"GET", "/api/v1/articles?q=%22unbalanced", "", "", 400, ""},
		{"GET", "/api/v1/articles?q=AND+OR+NOT", "", "", 400, ""},
		{"GET", "/api/v1/articles?q=a*b:c^", "", "", 400, ""},
		{"GET", "/api/v1/timeline?bucket=decade", "", "", 400, "want day, week or month"},
		{"GET", "/api/v1/quotes?from=2024-01-01&to=2023-01-01", "", "", 400, "is before"},
		{"GET", "/api/v1/articles/no-such-article", "", "", 404, "no article"},
		{"GET", "/api/v1/actors/ZZZXXX", "", "", 404, "no actor"},
		{"GET", "/api/v1/actors/a.b", "", "", 400, "not an actor code"},
		{"GET", "/api/v1/stats?x=1", "", "", 400, "takes none"},
		{"GET", "/api/v1/nothing", "", "", 404, "no such endpoint"},
		{"DELETE", "/api/v1/events", "", "", 405, "not allowed"},
		{"GET", "/api/v1/analyze", "", "", 405, "use POST"},
		{"POST", "/api/v1/analyze", "", "some text", 415, "Content-Type"},
		{"POST", "/api/v1/analyze", "application/x-www-form-urlencoded", "a=b", 415, "not accepted"},
		{"POST", "/api/v1/analyze", "image/png", "\x89PNG", 415, "not accepted"},
		{"POST", "/api/v1/analyze", "application/json", `{"text": 5}`, 400, "not the JSON expected"},
		{"POST", "/api/v1/analyze", "application/json", `{"text": "a", "html": "<p>b</p>"}`, 400, "exactly one"},
		{"POST", "/api/v1/analyze", "application/json", `{"txt": "a"}`, 400, "unknown field"},
		{"POST", "/api/v1/analyze", "application/json", `{"text": "Talks went on.", "published": "soon"}`, 400, "not a date"},
		{"POST", "/api/v1/analyze", "application/json", `{"text": "a"} {"text": "b"}`, 400, "more than one"},
		{"POST", "/api/v1/analyze", "application/json", `{"text": "  "}`, 422, "empty"},
		{"POST", "/api/v1/analyze", "text/plain", "", 400, "empty body"},
		{"POST", "/api/v1/analyze", "text/plain", "a\x00\x00\x00b\x00\x00\x00", 422, "not text"},
		{"POST", "/api/v1/analyze?store=maybe", "text/plain", "Talks.", 400, "want 1 or 0"},
		{"POST", "/api/v1/analyze", "text/html", strings.Repeat("<p>news</p>", 1<<20), 413, "over the limit"},
	} {
		req, _ := http.NewRequest(tc.method, ts.URL+tc.path, strings.NewReader(tc.body))
		if tc.ctype != "" {
			req.Header.Set("Content-Type", tc.ctype)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e struct {
			Error string `json:"error"`
		}
		if err := json.Unmarshal(b, &e); err != nil || e.Error == "" {
			t.Errorf("%s %.60s: %s: answer is not a JSON error: %.200s", tc.method, tc.path, resp.Status, b)
			continue
		}
		if resp.StatusCode != tc.status || !strings.Contains(e.Error, tc.want) {
			t.Errorf("%s %.60s: %d %q; want %d saying %q", tc.method, tc.path, resp.StatusCode, e.Error, tc.status, tc.want)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %.60s: Content-Type %q", tc.method, tc.path, ct)
		}
	}
}

// Write requests need the token when one is set; the stored article can be
// read back.
func TestAPIAnalyzeToken(t *testing.T) {
	ts := newTestServer(t, "s3cret")
	post := func(auth, path string) *http.Response {
		body := `{"text": "Japan and South Korea agreed on Monday to resume regular talks between their leaders.", "published": "2023-03-16"}`
		req, _ := http.NewRequest("POST", ts.URL+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	for _, auth := range []string{"", "Bearer wrong", "s3cret", "Basic czNjcmV0"} {
		resp := post(auth, "/api/v1/analyze")
		resp.Body.Close()
		if resp.StatusCode != 401 {
			t.Errorf("Authorization %q: %s, want 401", auth, resp.Status)
		}
	}
	resp := post("Bearer s3cret", "/api/v1/analyze?store=1")
	var d struct {
		ID     string `json:"id"`
		Events []any  `json:"events"`
	}
	json.NewDecoder(resp.Body).Decode(&d)
	resp.Body.Close()
	if resp.StatusCode != 201 || d.ID == "" || resp.Header.Get("Location") != "/api/v1/articles/"+d.ID {
		t.Fatalf("store: %s, id %q, Location %q", resp.Status, d.ID, resp.Header.Get("Location"))
	}
	resp = post("Bearer s3cret", "/api/v1/analyze?store=1")
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("storing the same article again: %s, want 200 (nothing added)", resp.Status)
	}
	if code := ts.get(t, "/api/v1/articles/"+d.ID, nil); code != 200 {
		t.Errorf("the stored article answers %d", code)
	}
	// reads need no token
	if code := ts.get(t, "/api/v1/stats", nil); code != 200 {
		t.Errorf("stats with a token set: %d", code)
	}
	// a raw page
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/analyze", bytes.NewReader([]byte("<html><head><title>Talks</title></head><body><article><h1>Leaders meet</h1><p>The leaders of Japan and South Korea met in Tokyo on Thursday and agreed to restore visits.</p></article></body></html>")))
	req.Header.Set("Content-Type", "text/html; charset=utf-8")
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("raw HTML: %s", resp.Status)
	}
}

// Any query string on any read endpoint gets a 2xx or a 4xx, never a 5xx,
// from the real handler over the real store.
func FuzzAPIQuery(f *testing.F) {
	for _, s := range []string{
		"dyad=USA-CHN", "q=hotline", "q=%22a", "q=NEAR(a+b)", "q=*", "q=a+OR", "after=1", "after=99999999999999999999",
		"speaker=Xi&limit=3", "cameo=04&quad=1&from=2023-01-01", "place=Beijing", "actor=usa&bucket=day", "site=%25", "q=%27",
	} {
		f.Add(uint8(0), s)
	}
	ts := demoServer(f)
	paths := []string{"/api/v1/events", "/api/v1/articles", "/api/v1/timeline", "/api/v1/quotes"}
	f.Fuzz(func(t *testing.T, which uint8, raw string) {
		path := paths[int(which)%len(paths)]
		req := httptest.NewRequest("GET", "/x", nil)
		req.URL.Path = path
		req.URL.RawQuery = raw
		w := httptest.NewRecorder()
		ts.srv.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("GET %s?%s: %d %s", path, raw, w.Code, w.Body.String())
		}
		if !json.Valid(w.Body.Bytes()) {
			t.Fatalf("GET %s?%s: not JSON: %.200s", path, raw, w.Body.String())
		}
	})
}

// An id from a jsonl batch may hold spaces and slashes: escaped in the
// path, it still names its article.
func TestAPIOddIDs(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := pipeline().Analyze(context.Background(), attache.Source{ID: "batch/item 1", As: "text", Published: "2024-02-01",
		Data: []byte("The foreign ministers of Brazil and Argentina met in Brasilia on Thursday to discuss trade.")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(New(Config{Store: st}))
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/api/v1/articles/" + url.PathEscape("batch/item 1"))
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ ID string }
	json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if resp.StatusCode != 200 || got.ID != "batch/item 1" {
		t.Errorf("%s: id %q", resp.Status, got.ID)
	}
}
