package sqlite

import (
	"path/filepath"
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
