package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
)

// actorOf is the actor of the entity named name in a json Document.
func actorOf(t *testing.T, out, name string) *document.Actor {
	t.Helper()
	var d document.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, e := range d.Entities {
		if e.Name == name {
			return e.Actor
		}
	}
	t.Fatalf("no entity %q in %s", name, out)
	return nil
}

// TestRolesFlag: a role read in one run is remembered in the --roles file
// and used by a later run whose article names the person alone.
func TestRolesFlag(t *testing.T) {
	dir := t.TempDir()
	roles := filepath.Join(dir, "roles.tsv")
	first := "Peruvian Foreign Minister Elena Quispe Mamani arrived in Lima on Monday for talks with her Chilean counterpart."
	later := "Elena Quispe Mamani told reporters on Friday that the talks had gone well."
	code, out, errs := cli(t, strings.NewReader(later), "analyze", "--as", "text", "--published", "2025-03-14", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if a := actorOf(t, out, "Elena Quispe Mamani"); a != nil && a.Code == "PERGOV" {
		t.Fatalf("known before anything was learned: %+v", a)
	}
	code, out, errs = cli(t, strings.NewReader(first), "analyze", "--as", "text", "--published", "2025-03-10", "--roles", roles, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if a := actorOf(t, out, "Elena Quispe Mamani"); a == nil || a.Code != "PERGOV" {
		t.Fatalf("first article: %+v", a)
	}
	table, err := os.ReadFile(roles)
	if err != nil || !strings.Contains(string(table), "Elena Quispe Mamani\tPERGOV\tForeign Minister\t2025-03-10\t2025-03-10\t1") {
		t.Fatalf("roles file (%v):\n%s", err, table)
	}
	code, out, errs = cli(t, strings.NewReader(later), "analyze", "--as", "text", "--published", "2025-03-14", "--roles", roles, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if a := actorOf(t, out, "Elena Quispe Mamani"); a == nil || a.Code != "PERGOV" || a.Role != "Foreign Minister" {
		t.Errorf("later article: %+v", a)
	}
}

// TestOfficialsFlag: a user's table of office holders resolves a person the
// embedded one does not know; a broken table is a flag error.
func TestOfficialsFlag(t *testing.T) {
	dir := t.TempDir()
	table := filepath.Join(dir, "officials.tsv")
	os.WriteFile(table, []byte("# our own\nTomas Varga Horvath\tVarga\tHUNGOV\tForeign Minister\t2025-01-01\t\n"), 0o644)
	text := "Tomas Varga Horvath said on Tuesday that Budapest would veto the package."
	code, out, errs := cli(t, strings.NewReader(text), "analyze", "--as", "text", "--published", "2025-06-03", "--officials", table, "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if a := actorOf(t, out, "Tomas Varga Horvath"); a == nil || a.Code != "HUNGOV" || a.Role != "Foreign Minister" {
		t.Errorf("actor: %+v", a)
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("only\ttwo\n"), 0o644)
	code, _, errs = cli(t, strings.NewReader(text), "analyze", "--as", "text", "--officials", bad, "-")
	if code != 2 || !strings.Contains(errs, "line 1") {
		t.Errorf("bad table: exit %d, %q", code, errs)
	}
}

// TestPipelineFlagsEverywhere: analyze, ingest and serve take the same
// pipeline flags and refuse what cannot be loaded before doing anything.
func TestPipelineFlagsEverywhere(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	for _, cmd := range [][]string{{"analyze", "--as", "text", "-"}, {"ingest", "--db", db, "--as", "text", "-"}, {"serve", "--db", db, "--addr", "127.0.0.1:0"}} {
		for _, flag := range [][]string{{"--dictionaries", filepath.Join(dir, "nowhere")}, {"--officials", filepath.Join(dir, "nowhere.tsv")}} {
			args := append(append([]string{cmd[0]}, flag...), cmd[1:]...)
			code, _, errs := cli(t, strings.NewReader("A text."), args...)
			if code != 2 || !strings.Contains(errs, flag[0]) {
				t.Errorf("%v: exit %d, %q", args, code, errs)
			}
		}
	}
	// ingest learns roles as analyze does
	roles := filepath.Join(dir, "roles.tsv")
	text := "Peruvian Foreign Minister Elena Quispe Mamani arrived in Lima on Monday for talks."
	if code, _, errs := cli(t, strings.NewReader(text), "ingest", "--db", db, "--as", "text", "--published", "2025-03-10", "--roles", roles, "--progress", "never", "-"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	if b, err := os.ReadFile(roles); err != nil || !strings.Contains(string(b), "Elena Quispe Mamani\tPERGOV") {
		t.Errorf("roles after ingest (%v):\n%s", err, b)
	}
	// and codes with PETRARCH dictionaries
	tiny, _ := filepath.Abs("../../internal/petrarch/testdata/tiny")
	if code, _, errs := cli(t, strings.NewReader("A text about nothing at all."), "ingest", "--db", db, "--as", "text", "--dictionaries", tiny, "--progress", "never", "-"); code != 0 {
		t.Errorf("ingest --dictionaries: exit %d: %s", code, errs)
	}
}
