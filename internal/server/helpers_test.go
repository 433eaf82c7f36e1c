package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/demo"
	"github.com/attache-news/attache/internal/store/sqlite"
)

// pipeline is built once for all tests: it loads the models.
var pipeline = sync.OnceValue(func() *attache.Pipeline { return attache.New(attache.Config{}) })

// unicodeArticle is written for these tests: its accents, dashes, curly
// quotes and an emoji before the names make byte offsets and UTF-16
// offsets differ, which the article page must convert.
const unicodeArticle = `Café talks 🇨🇭 in Zürich — Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Beijing on Monday, and the two sides agreed to resume military talks.

“We want ties that are stable and predictable,” Wang said after the meeting. Blinken said Washington would keep talking to Beijing.

On Tuesday, China criticised the United States over new export controls on chips.`

// testServer is a Server over a fresh SQLite store holding the demo
// articles and unicodeArticle (posted through the API), on a real
// loopback listener.
type testServer struct {
	*httptest.Server
	srv     *Server
	unicode string // id of the stored unicodeArticle
}

func newTestServer(t testing.TB, token string) *testServer {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, _, err := Seed(context.Background(), st, pipeline(), demo.Sources()); err != nil {
		t.Fatal(err)
	}
	s := New(Config{Store: st, Pipeline: pipeline(), Token: token})
	ts := &testServer{Server: httptest.NewServer(s), srv: s}
	t.Cleanup(ts.Close)

	body, _ := json.Marshal(map[string]string{"text": unicodeArticle, "published": "2024-01-15", "url": "https://example.org/unicode-test"})
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/analyze?store=1", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("storing the unicode article: %s %s", resp.Status, b)
	}
	ts.unicode = resp.Header.Get("X-Attache-Stored")
	return ts
}

// get fetches path and decodes its JSON answer into v (when not nil),
// returning the status.
func (ts *testServer) get(t testing.TB, path string, v any) int {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("GET %s: %s: not JSON: %v: %.200s", path, resp.Status, err, b)
		}
	}
	return resp.StatusCode
}
