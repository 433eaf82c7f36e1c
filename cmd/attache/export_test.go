package main

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/internal/store/sqlite"
	"github.com/attache-news/attache/internal/store/storetest"
)

func corpusDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "corpus.db")
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutMany(context.Background(), storetest.Corpus()); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestExport(t *testing.T) {
	db := corpusDB(t)
	code, out, errOut := cli(t, nil, "export", "--db", db, "--format", "csv", "--dyad", "usa-rus")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 2 || recs[1][3] != "USAGOV" {
		t.Errorf("csv of USA-RUS = %q, %v", out, err)
	}
	code, out, _ = cli(t, nil, "export", "--db", db, "--format", "gdelt", "--cameo", "04", "--from", "2023-06-19")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, strings.Split(out, "\t")[0]+"\t20230619\t") {
		t.Errorf("gdelt 04 from June 19: %d %q", code, out)
	}
	code, out, _ = cli(t, nil, "export", "--db", db, "--format", "plover", "--actor", "IGO")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"code":"IGO"`) {
		t.Errorf("plover IGO: %d %q", code, out)
	}
	file := filepath.Join(t.TempDir(), "docs.jsonl")
	code, _, errOut = cli(t, nil, "export", "--db", db, "--format", "jsonl", "--out", file)
	data, _ := os.ReadFile(file)
	if code != 0 || strings.Count(string(data), "\n") != 5 || !strings.Contains(errOut, "5 rows") {
		t.Errorf("jsonl to a file: %d %q, %d lines", code, errOut, strings.Count(string(data), "\n"))
	}
	t.Setenv("ATTACHE_DB", db)
	if code, out, _ := cli(t, nil, "export", "--format", "csv", "--distinct"); code != 0 || strings.Count(out, "\n") != 6 {
		t.Errorf("ATTACHE_DB, distinct events: %d, %d lines; want the header and 5 events", code, strings.Count(out, "\n"))
	}
}

func TestExportBad(t *testing.T) {
	db := corpusDB(t)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--db", db}, 2, "--format is required"},
		{[]string{"--db", db, "--format", "xml"}, 2, "want gdelt"},
		{[]string{"--db", db, "--format", "csv", "--dyad", "USA"}, 2, "two actor codes"},
		{[]string{"--db", db, "--format", "csv", "--from", "June"}, 2, "YYYY-MM-DD"},
		{[]string{"--db", db, "--format", "csv", "--quad", "5"}, 2, "want 1 to 4"},
		{[]string{"--db", db, "--format", "csv", "extra"}, 2, "unexpected argument"},
		{[]string{"--db", filepath.Join(t.TempDir(), "none.db"), "--format", "csv"}, 1, "no store at"},
	} {
		code, _, errOut := cli(t, nil, append([]string{"export"}, c.args...)...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("export %v: exit %d %q; want %d and %q", c.args, code, errOut, c.code, c.msg)
		}
	}
}

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "in.db")
	story := "Germany and France agreed on Tuesday to build a new rail link between Berlin and Paris, officials said."
	os.WriteFile(filepath.Join(dir, "story.txt"), []byte(story), 0o644)
	code, _, errOut := cli(t, nil, "ingest", "--db", db, "--published", "2023-07-04", filepath.Join(dir, "story.txt"))
	if code != 0 || !strings.Contains(errOut, "read 1, added 1, skipped 0") {
		t.Fatalf("ingest: %d %q", code, errOut)
	}
	code, _, errOut = cli(t, strings.NewReader(story), "ingest", "--db", db, "--published", "2023-07-04", "--as", "text", "-")
	if code != 0 || !strings.Contains(errOut, "added 0, skipped 1") {
		t.Errorf("the same story from standard input: %d %q; want it skipped", code, errOut)
	}
	code, _, errOut = cli(t, nil, "ingest", "--db", db, filepath.Join(dir, "missing.txt"))
	if code != 1 || !strings.Contains(errOut, "failed 1") {
		t.Errorf("a missing file: %d %q; want exit 1, failed 1", code, errOut)
	}
	for _, args := range [][]string{{"--as", "pdf"}, {"--published", "yesterday"}, {"--workers", "0"}, {"--progress", "maybe"}, {"--every", "5s", "x"}, {"--every", "1h"}, {"--every", "1h", "-"}} {
		if code, _, _ := cli(t, nil, append([]string{"ingest", "--db", db}, args...)...); code != 2 {
			t.Errorf("ingest %v: exit %d; want 2", args, code)
		}
	}
}

func TestDBPath(t *testing.T) {
	t.Setenv("ATTACHE_DB", "")
	if got := dbPath(""); got != "attache.db" {
		t.Errorf("dbPath() = %q", got)
	}
	t.Setenv("ATTACHE_DB", "/tmp/x.db")
	if dbPath("") != "/tmp/x.db" || dbPath("y.db") != "y.db" {
		t.Errorf("dbPath with ATTACHE_DB: %q %q", dbPath(""), dbPath("y.db"))
	}
}
