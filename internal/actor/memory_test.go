package actor

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestMemoryLookup(t *testing.T) {
	m := NewMemory()
	m.Learn("Marta Lindqvist", "SWEGOV", "Foreign Minister", day("2024-03-01"))
	m.Learn("Marta Lindqvist", "SWEGOV", "Foreign Minister", day("2024-05-10"))
	m.Learn("Marta Lindqvist", "SWEGOV", "Prime Minister", day("2026-02-01"))
	m.Learn("Lindqvist", "SWEGOV", "Foreign Minister", day("2024-03-01")) // one word: not learned
	m.Learn("Per Ekdahl", "SWEGOV", "Defence Minister", time.Time{})      // undated: not learned
	for _, tc := range []struct {
		name, day, role string
	}{
		{"Marta Lindqvist", "2024-04-01", "Foreign Minister"},
		{"marta LINDQVIST", "2024-04-01", "Foreign Minister"}, // folded
		{"Marta Lindqvist", "2025-01-01", "Foreign Minister"}, // nearer the 2024 reading
		{"Marta Lindqvist", "2025-12-01", "Prime Minister"},   // nearer the 2026 one
		{"Marta Lindqvist", "2028-01-01", ""},                 // too long after both
		{"Marta Lindqvist", "2022-01-01", ""},                 // too long before
		{"Lindqvist", "2024-04-01", ""},
		{"Per Ekdahl", "2024-04-01", ""},
	} {
		got := ""
		if l := m.Lookup(tc.name, day(tc.day)); l != nil {
			got = l.Role
		}
		if got != tc.role {
			t.Errorf("Lookup(%q, %s) = %q, want %q", tc.name, tc.day, got, tc.role)
		}
	}
	if l := m.Lookup("Marta Lindqvist", day("2024-04-01")); l.Count != 2 || !l.First.Equal(day("2024-03-01")) || !l.Last.Equal(day("2024-05-10")) {
		t.Errorf("merged reading: %+v", l)
	}
	if m.Len() != 2 {
		t.Errorf("Len = %d, want 2", m.Len())
	}
	var nilMem *Memory
	nilMem.Learn("A B", "USAGOV", "Senator", day("2024-01-01"))
	if nilMem.Lookup("A B", day("2024-01-01")) != nil {
		t.Error("a nil Memory remembers")
	}
}

func TestMemoryRoundTrip(t *testing.T) {
	m := NewMemory()
	m.Learn("Marta Lindqvist", "SWEGOV", "Foreign Minister", day("2024-03-01"))
	m.Learn("Marta Lindqvist", "SWEGOV", "Foreign Minister", day("2024-05-10"))
	m.Learn("Kofi Mensah", "IGOAFRAU", "Commission Chair", day("2025-07-07"))
	var a bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	m2 := NewMemory()
	if _, err := m2.ReadFrom(bytes.NewReader(a.Bytes())); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	m2.WriteTo(&b)
	if a.String() != b.String() {
		t.Errorf("round trip changed the table:\n%s\n---\n%s", a.String(), b.String())
	}
	if !strings.Contains(a.String(), "Marta Lindqvist\tSWEGOV\tForeign Minister\t2024-03-01\t2024-05-10\t2\n") {
		t.Errorf("table:\n%s", a.String())
	}
	for _, bad := range []string{"a\tb\n", "Ann Lee\tUSAGOV\tSenator\t2024-13-01\t2024-12-01\t1\n", "Ann Lee\tUSAGOV\tSenator\t2024-02-01\t2024-01-01\t1\n", "Ann Lee\tUS\tSenator\t2024-01-01\t2024-01-01\t1\n"} {
		if _, err := NewMemory().ReadFrom(strings.NewReader("# comment\n" + bad)); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("ReadFrom(%q) = %v, want an error at line 2", bad, err)
		}
	}
}

// TestResolveLearns: a role one article gives is used by a later one that
// names the person alone, but never overrides the curated table.
func TestResolveLearns(t *testing.T) {
	kb := Default()
	mem := NewMemory()
	first := doc("[[Swedish|NORP]] Foreign Minister [[Marta Lindqvist|PERSON]] arrived in [[Oslo|GPE]].", "2024-03-01")
	kb.ResolveWith(first, mem)
	if a := first.Entities[1].Actor; a == nil || a.Code != "SWEGOV" {
		t.Fatalf("first article: %+v", a)
	}
	later := doc("[[Marta Lindqvist|PERSON]] said the talks went well.", "2024-06-01")
	kb.Resolve(later) // without memory: nobody
	if a := later.Entities[0].Actor; a != nil {
		t.Errorf("without memory: %+v", a)
	}
	kb.ResolveWith(later, mem)
	if a := later.Entities[0].Actor; a == nil || a.Code != "SWEGOV" || a.Role != "Foreign Minister" {
		t.Errorf("with memory: %+v", a)
	}
	much := doc("[[Marta Lindqvist|PERSON]] said the talks went well.", "2027-06-01")
	kb.ResolveWith(much, mem)
	if a := much.Entities[0].Actor; a != nil {
		t.Errorf("three years on: %+v", a)
	}
	// the table ends Qin Gang's term in July 2023: an article calling him
	// foreign minister teaches nothing for September
	kb.ResolveWith(doc("[[Chinese|NORP]] Foreign Minister [[Qin Gang|PERSON]] spoke.", "2023-06-20"), mem)
	sep := doc("[[Qin Gang|PERSON]] was not seen.", "2023-09-20")
	kb.ResolveWith(sep, mem)
	if a := sep.Entities[0].Actor; a != nil && a.Role != "" {
		t.Errorf("Qin Gang in September 2023: %+v", a)
	}
}
