package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/store/sqlite"
)

// The load test fills a real SQLite store with generated Documents, then
// drives event queries over loopback HTTP from concurrent clients and
// reports p50 and p99 latency. The acceptance bar is p99 < 50 ms on a
// 100,000-event store:
//
//	ATTACHE_LOAD_EVENTS=100000 go test -run TestLoad -v ./internal/server
//
// Its default size (20,000 events) runs in CI time and checks that every
// answer is a 200; the latency bar is asserted only when ATTACHE_LOAD_EVENTS
// is set (a shared CI machine's timings are not the figure).
// ATTACHE_LOAD_CLIENTS (default 4) and ATTACHE_LOAD_REQUESTS (default 4,000)
// set the drive; ATTACHE_LOAD_DB keeps the store in a file.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("the load test is not short")
	}
	if raceEnabled {
		t.Skip("latency under the race detector means nothing")
	}
	nEvents := envInt(t, "ATTACHE_LOAD_EVENTS", 20000)
	clients := envInt(t, "ATTACHE_LOAD_CLIENTS", 4)
	nReq := envInt(t, "ATTACHE_LOAD_REQUESTS", 4000)

	// ATTACHE_LOAD_DB keeps the store in a file of one's choice, and a
	// later run on it skips the fill
	path := os.Getenv("ATTACHE_LOAD_DB")
	if path == "" {
		path = filepath.Join(t.TempDir(), "load.db")
	}
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if before.Events > 0 && before.Events < nEvents {
		t.Fatalf("%s holds %d events, fewer than the %d asked for", path, before.Events, nEvents)
	}
	start := time.Now()
	const perDoc, batch = 10, 250
	rng := rand.New(rand.NewPCG(1, 2))
	var docs []*document.Document
	stored := before.Events
	for i := 0; stored+len(docs)*perDoc < nEvents; i++ {
		docs = append(docs, loadDoc(rng, i, perDoc))
		if len(docs) == batch || stored+len(docs)*perDoc >= nEvents {
			res, err := st.PutMany(context.Background(), docs)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				stored += r.Events
			}
			docs = docs[:0]
		}
	}
	fill := time.Since(start)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Events < nEvents {
		t.Fatalf("stored %d events, want %d", stats.Events, nEvents)
	}
	if added := stats.Events - before.Events; added > 0 {
		t.Logf("filled: %d events in %.1fs (%.0f events/s); the store holds %d articles, %d events", added, fill.Seconds(), float64(added)/fill.Seconds(), stats.Articles, stats.Events)
	} else {
		t.Logf("reused %s: %d articles, %d events", path, stats.Articles, stats.Events)
	}

	ts := httptest.NewServer(New(Config{Store: st}))
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}

	// the queries an analyst's UI sends: dyads, actors, codes, date ranges,
	// places, second pages, timelines
	queries := []struct{ kind, query string }{
		{"dyad", "/api/v1/events?dyad=USA-CHN&limit=100"},
		{"dyad", "/api/v1/events?dyad=RUS-UKR&limit=100"},
		{"dyad+dates", "/api/v1/events?dyad=USA-CHN&from=2021-01-01&to=2021-06-30&limit=100"},
		{"actor", "/api/v1/events?actor=IRN&limit=100"},
		{"actor", "/api/v1/events?actor=USAGOV&limit=50"},
		{"source+cameo", "/api/v1/events?source=CHN&cameo=04&limit=100"},
		{"cameo+quad", "/api/v1/events?cameo=19&quad=4&limit=100"},
		{"dates", "/api/v1/events?from=2022-03-01&to=2022-03-31&limit=100"},
		{"place", "/api/v1/events?place=Geneva&limit=100"},
		{"all", "/api/v1/events?limit=100"},
		{"page2", ""}, // filled below with a real cursor
	}
	// timelines aggregate every matching event: they are timed apart, one
	// client, after the event queries
	timelines := []string{"/api/v1/timeline?dyad=USA-CHN&bucket=week", "/api/v1/timeline?actor=RUS&bucket=month", "/api/v1/timeline?cameo=19"}
	var first struct{ Next string }
	if err := getJSON(client, ts.URL+"/api/v1/events?dyad=USA-CHN&limit=100", &first); err != nil || first.Next == "" {
		t.Fatalf("no second page: %v", err)
	}
	queries[10].query = "/api/v1/events?dyad=USA-CHN&limit=100&after=" + first.Next

	// warm the caches once, as a running server would be
	for _, q := range queries {
		if err := getJSON(client, ts.URL+q.query, nil); err != nil {
			t.Fatal(err)
		}
	}
	lat := map[string][]time.Duration{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	jobs := make(chan int)
	var failed error
	driveStart := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				q := queries[i%len(queries)]
				t0 := time.Now()
				err := getJSON(client, ts.URL+q.query, nil)
				d := time.Since(t0)
				mu.Lock()
				if err != nil && failed == nil {
					failed = err
				}
				lat[q.kind] = append(lat[q.kind], d)
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < nReq; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	drive := time.Since(driveStart)
	if failed != nil {
		t.Fatal(failed)
	}

	for i := 0; i < 60; i++ {
		t0 := time.Now()
		if err := getJSON(client, ts.URL+timelines[i%len(timelines)], nil); err != nil {
			t.Fatal(err)
		}
		lat["~timeline"] = append(lat["~timeline"], time.Since(t0))
	}

	var events []time.Duration
	kinds := make([]string, 0, len(lat))
	for k, v := range lat {
		kinds = append(kinds, k)
		if k != "~timeline" {
			events = append(events, v...)
		}
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		p50, p99 := percentiles(lat[k])
		t.Logf("%-13s %5d requests  p50 %6.2f ms  p99 %6.2f ms", k, len(lat[k]), ms(p50), ms(p99))
	}
	p50, p99 := percentiles(events)
	t.Logf("event queries: %d requests from %d clients on %d cores in %.1fs (%.0f/s): p50 %.2f ms, p99 %.2f ms",
		len(events), clients, runtime.GOMAXPROCS(0), drive.Seconds(), float64(nReq)/drive.Seconds(), ms(p50), ms(p99))
	if os.Getenv("ATTACHE_LOAD_EVENTS") != "" && p99 > 50*time.Millisecond {
		t.Errorf("event query p99 %.1f ms over the 50 ms bar", ms(p99))
	}
}

func getJSON(c *http.Client, url string, v any) error {
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return fmt.Errorf("GET %s: %s: %.200s", url, resp.Status, b)
	}
	if v != nil {
		return json.Unmarshal(b, v)
	}
	return nil
}

func percentiles(ds []time.Duration) (p50, p99 time.Duration) {
	if len(ds) == 0 {
		return 0, 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)*50/100], s[min(len(s)-1, len(s)*99/100)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number", name, s)
	}
	return n
}

// The generated archive: actors with sectors, CAMEO codes with their quad
// class and Goldstein score, dates over five years, a few places.
var (
	loadCountries = []string{"USA", "CHN", "RUS", "UKR", "IRN", "ISR", "IND", "PAK", "JPN", "KOR", "PRK", "DEU", "FRA", "GBR", "TUR", "SAU", "EGY", "BRA", "ZAF", "NGA", "AUS", "CAN", "MEX", "TWN", "VNM", "PHL", "IDN", "ETH", "KEN", "POL"}
	loadSectors   = []string{"", "GOV", "GOV", "MIL", "BUS", "CVL", "LEG", "JUD"}
	loadCodes     = []struct {
		cameo     string
		quad      int
		goldstein float64
		plover    string
	}{
		{"010", 1, 0, "CONSULT"}, {"020", 1, 3, "REQUEST"}, {"030", 1, 4, "AGREE"}, {"036", 1, 4, "AGREE"},
		{"040", 1, 1, "CONSULT"}, {"042", 1, 1.9, "CONSULT"}, {"043", 1, 2.8, "CONSULT"}, {"046", 1, 7, "CONSULT"},
		{"051", 1, 3.4, "COOPERATE"}, {"057", 1, 8, "AGREE"}, {"061", 2, 6.4, "COOPERATE"}, {"071", 2, 7.4, "AID"},
		{"081", 2, 5, "CONCEDE"}, {"112", 3, -2, "ACCUSE"}, {"120", 3, -4, "REJECT"}, {"130", 3, -4.4, "THREATEN"},
		{"163", 4, -8, "SANCTION"}, {"172", 4, -5, "SANCTION"}, {"173", 4, -5, "SANCTION"}, {"190", 4, -10, "FIGHT"},
		{"193", 4, -10, "FIGHT"}, {"195", 4, -10, "FIGHT"},
	}
	loadPlaces = []string{"Beijing", "Washington", "Moscow", "Kyiv", "Geneva", "Tokyo", "New Delhi", "Brussels", "Ankara", ""}
	loadWords  = strings.Fields("talks minister leaders summit border trade tariffs sanctions military exercise agreement visit envoy ceasefire aid grain energy oil gas pipeline election parliament court protest strike attack missile drone navy coast guard port investment loan bank currency chips export ban rare earths climate health vaccine refugees security council vote resolution statement spokesman embassy consulate delegation treaty nuclear inspectors deal framework")
)

// loadDoc is the i-th generated article with n events; texts differ
// enough that no two are near-duplicates.
func loadDoc(rng *rand.Rand, i, n int) *document.Document {
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(5*365))
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d.", i)
	d := &document.Document{
		ID:        fmt.Sprintf("load-%06d", i),
		URL:       fmt.Sprintf("https://example.org/load/%d", i),
		Site:      []string{"Wire A", "Wire B", "Daily C"}[i%3],
		Title:     fmt.Sprintf("Generated report %d", i),
		Published: day.Format("2006-01-02"),
		Language:  "en",
	}
	actor := func() string {
		// a few pairs dominate, as in real news
		if rng.IntN(4) == 0 {
			return []string{"USA", "CHN", "RUS", "UKR"}[rng.IntN(4)] + loadSectors[rng.IntN(len(loadSectors))]
		}
		return loadCountries[rng.IntN(len(loadCountries))] + loadSectors[rng.IntN(len(loadSectors))]
	}
	for j := 0; j < n; j++ {
		start := b.Len() + 1
		b.WriteString(" ")
		for k := 0; k < 12; k++ {
			b.WriteString(loadWords[rng.IntN(len(loadWords))])
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "(%d-%d).", i, j)
		d.Sentences = append(d.Sentences, document.Span{Start: start, End: b.Len()})
		c := loadCodes[rng.IntN(len(loadCodes))]
		src, tgt := actor(), actor()
		for tgt[:3] == src[:3] {
			tgt = actor()
		}
		place := loadPlaces[rng.IntN(len(loadPlaces))]
		d.Events = append(d.Events, document.Event{
			Source: src, Target: tgt, Cameo: c.cameo, Root: c.cameo[:2], Quad: c.quad, Goldstein: c.goldstein,
			Plover: document.Plover{Event: c.plover}, Date: day.AddDate(0, 0, -rng.IntN(3)).Format("2006-01-02"),
			Place: place, Sentence: j, Rule: "load",
		})
	}
	d.Text = b.String()
	for j := range d.Events {
		d.Events[j].Evidence = d.SentenceText(j)
	}
	return d
}
