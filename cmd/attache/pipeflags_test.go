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
