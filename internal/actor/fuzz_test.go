package actor

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// FuzzMemoryRead: a roles file from a user never panics, and what is read
// is written back and read again to the same table.
func FuzzMemoryRead(f *testing.F) {
	f.Add("Marta Lindqvist\tSWEGOV\tForeign Minister\t2024-03-01\t2024-05-10\t2\n")
	f.Add("# name\tcode\trole\tfirst\tlast\tcount\n\nA B\tUSAGOV\tSenator\t2020-01-01\t2020-01-01\t1\n")
	f.Add("x\ty\n")
	f.Add("A B\tUSAGOV\tSenator\t2020-02-30\t2020-01-01\t-1\n")
	f.Fuzz(func(t *testing.T, in string) {
		m := NewMemory()
		if _, err := m.ReadFrom(strings.NewReader(in)); err != nil {
			return
		}
		var a, b bytes.Buffer
		m.WriteTo(&a)
		m2 := NewMemory()
		if _, err := m2.ReadFrom(bytes.NewReader(a.Bytes())); err != nil {
			t.Fatalf("what WriteTo wrote does not read back: %v\n%s", err, a.String())
		}
		m2.WriteTo(&b)
		if a.String() != b.String() {
			t.Fatalf("round trip changed the table:\n%s\n---\n%s", a.String(), b.String())
		}
		m.Lookup("A B", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
	})
}

// FuzzOfficialsLoad: a user's table of office holders never panics; a table
// that loads resolves names without panicking either.
func FuzzOfficialsLoad(f *testing.F) {
	f.Add("Tomas Varga Horvath\tVarga\tHUNGOV\tForeign Minister\t2025-01-01\t\n")
	f.Add("# c\nA\t\tX\tr\t\t\n")
	f.Add("a\tb\tc\n")
	f.Fuzz(func(t *testing.T, in string) {
		kb := &KB{byName: map[string][]int{}, orgs: map[string]string{}, orgRow: map[string]string{}}
		if err := kb.Load(strings.NewReader(in)); err != nil {
			return
		}
		for _, o := range kb.officials {
			kb.Holder(o.Name, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
			kb.nearestTerm([]string{o.Name}, time.Time{})
		}
	})
}
