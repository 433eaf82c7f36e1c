package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/attache-news/attache/internal/store"
	"github.com/attache-news/attache/internal/store/storetest"
)

func open(t *testing.T) store.Store {
	s, err := Open(filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, open)
}

func TestMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := loadMigrations()
	if v, err := s.SchemaVersion(context.Background()); err != nil || v != len(ms) || v < 2 {
		t.Errorf("schema version %d, %v; want %d", v, err, len(ms))
	}
	if _, err := s.Put(context.Background(), storetest.Corpus()[0]); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// reopening applies nothing and keeps the data
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(context.Background()); st.Articles != 1 {
		t.Errorf("after reopening: %+v", st)
	}
	if _, err := s.w.Exec(`INSERT INTO schema_version(version, applied) VALUES (99, 'future')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("opening a store of schema 99: %v; want an error saying it is newer", err)
	}
	if _, err := Open(""); err == nil {
		t.Errorf("Open(\"\"): no error")
	}
	if _, err := Open(filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")); err == nil {
		t.Errorf("Open in a missing folder: no error")
	}
}

// TestTwoWriters opens one file twice, as serve and ingest do in two
// processes, and writes from both at once.
func TestTwoWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "two.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	docs := bigDocs(200, 3, 9)
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for i, s := range []*Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := i; j < len(docs); j += 2 {
				if _, err := s.Put(context.Background(), docs[j]); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if st, _ := a.Stats(context.Background()); st.Articles != 200 || st.Events != 600 {
		t.Errorf("after two writers: %+v; want 200 articles, 600 events", st)
	}
}
