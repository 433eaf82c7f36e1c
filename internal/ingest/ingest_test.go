package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/ingest/synth"
	"github.com/attache-news/attache/internal/input"
	"github.com/attache-news/attache/internal/store"
	"github.com/attache-news/attache/internal/store/sqlite"
)

var pipeline = sync.OnceValue(func() *attache.Pipeline { return attache.New(attache.Config{}) })

func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func writeBatch(t testing.TB, n, copyEvery int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "batch.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.Articles(f, n, 1, copyEvery); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestJSONLTwice(t *testing.T) {
	const n = 120
	path := writeBatch(t, n, 20)
	s := openStore(t)
	var errs []string
	cfg := Config{Store: s, Pipeline: pipeline(), BatchSize: 16, Input: input.Options{As: "auto"},
		Error: func(in string, err error) { errs = append(errs, err.Error()) }}
	if got := Count([]string{path}, cfg.Input); got != n {
		t.Errorf("Count = %d; want %d", got, n)
	}
	st, err := Run(context.Background(), cfg, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first run: %s", st)
	if st.Read != n || st.Added != n || st.Failed != 0 || st.Skipped != 0 || len(errs) > 0 {
		t.Errorf("first run = %+v %v; want %d read and added", st, errs, n)
	}
	// 5 of the 120 are wire copies (every 20th but the first)
	if st.Duplicates < 5 || st.Duplicates > 8 {
		t.Errorf("duplicates = %d; want the 5 wire copies (a few more at most)", st.Duplicates)
	}
	if st.Events == 0 {
		t.Errorf("no events stored")
	}
	again, err := Run(context.Background(), cfg, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if again.Read != n || again.Added != 0 || again.Skipped != n {
		t.Errorf("second run = %+v; want everything skipped", again)
	}
	ss, _ := s.Stats(context.Background())
	if ss.Articles != n {
		t.Errorf("stored %d articles; want %d", ss.Articles, n)
	}
	// an article comes back as analysed, with its jsonl id
	d, err := s.Article(context.Background(), "a000001")
	if err != nil || d.URL == "" || len(d.Entities) == 0 || d.Published == "" {
		t.Errorf("Article(a000001) = %+v, %v", d, err)
	}
}

func TestBadInputs(t *testing.T) {
	s := openStore(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Germany and France agreed on Tuesday to build a new rail link between Berlin and Paris, officials said."), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	badLines := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(badLines, []byte(`{"id": "x1", "text": "Japan and India held talks on trade in Tokyo on Monday, the ministry said."}
{"id": "x2", "text": 
{"id": "x3"}
`), 0o644)
	var failed []string
	cfg := Config{Store: s, Pipeline: pipeline(), Error: func(in string, err error) { failed = append(failed, in) }}
	st, err := Run(context.Background(), cfg, []string{good, empty, filepath.Join(dir, "missing.html"), badLines})
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 2 || st.Failed != 4 || st.Read != 6 {
		t.Errorf("stats = %+v (failed %v); want 2 added, 4 failed", st, failed)
	}
}

func TestStdin(t *testing.T) {
	s := openStore(t)
	var buf bytes.Buffer
	synth.Articles(&buf, 5, 9, 0)
	cfg := Config{Store: s, Pipeline: pipeline(), Input: input.Options{Stdin: &buf}}
	st, err := Run(context.Background(), cfg, nil)
	if err != nil || st.Added != 5 {
		t.Errorf("stdin: %+v, %v; want 5 added", st, err)
	}
}

func TestCancelKeepsAnalysed(t *testing.T) {
	path := writeBatch(t, 400, 0)
	s := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	// a last stage cancels the run once 50 articles were analysed; with one
	// batch for the whole run, what was analysed is written at its end
	var analysed atomic.Int32
	stop := stageFunc(func(context.Context, *document.Document) error {
		if analysed.Add(1) == 50 {
			cancel()
		}
		return nil
	})
	p := attache.New(attache.Config{Stages: append(attache.DefaultStages(), stop)})
	cfg := Config{Store: s, Pipeline: p, BatchSize: 1000, BatchWait: time.Hour}
	st, err := Run(ctx, cfg, []string{path})
	if err == nil {
		t.Fatalf("a cancelled run returned no error: %+v", st)
	}
	ss, _ := s.Stats(context.Background())
	if st.Failed != 0 {
		t.Errorf("cancelled run counted %d failed; articles cut short are not failures", st.Failed)
	}
	if ss.Articles != st.Added || st.Added < 50 || st.Added == 400 {
		t.Errorf("after cancel: %d stored, %d counted added; want the same, more than 0 (analysed work kept)", ss.Articles, st.Added)
	}
	// the rest on a second run
	st2, err := Run(context.Background(), Config{Store: s, Pipeline: pipeline()}, []string{path})
	if err != nil || st2.Skipped != st.Added || st2.Added != 400-st.Added {
		t.Errorf("rerun: %+v, %v; want %d skipped and the rest added", st2, err, st.Added)
	}
}

// stageFunc is a pipeline stage made of a function.
type stageFunc func(context.Context, *document.Document) error

func (stageFunc) Name() string                                          { return "test" }
func (f stageFunc) Run(ctx context.Context, d *document.Document) error { return f(ctx, d) }

// TestSummary checks the one-line summary names every count.
func TestSummary(t *testing.T) {
	s := Stats{Read: 10, Added: 7, Skipped: 2, Duplicates: 1, Failed: 1, Events: 30, Linked: 4, Elapsed: 2 * time.Second}
	got := s.String()
	for _, w := range []string{"read 10", "added 7", "skipped 2 (already stored)", "duplicates 1", "failed 1", "5 articles/s"} {
		if !strings.Contains(got, w) {
			t.Errorf("summary %q lacks %q", got, w)
		}
	}
}

// BenchmarkIngest is ingest's rate on generated jsonl articles, analysis
// included, against analysis alone on the same articles.
func BenchmarkIngest(b *testing.B) {
	n := 1000
	if v, _ := strconv.Atoi(os.Getenv("ATTACHE_BENCH_N")); v > 0 {
		n = v
	}
	path := writeBatch(b, n, 50)
	p := pipeline()
	p.Analyze(context.Background(), attache.Source{Data: []byte("Warm up the models."), As: "text"})
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		s, err := sqlite.Open(filepath.Join(b.TempDir(), fmt.Sprint("bench", time.Now().UnixNano(), ".db")))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := Run(context.Background(), Config{Store: s, Pipeline: p}, []string{path})
		if err != nil || st.Added != n {
			b.Fatalf("%+v %v", st, err)
		}
		b.ReportMetric(st.Rate(), "articles/s")
		s.Close()
	}
}

var _ store.Store = (*sqlite.Store)(nil)
