package geo

import (
	"flag"
	"maps"
	"os"
	"slices"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/gazetteer.idx from data/gazetteer.tsv (go generate)")

// TestIndexUpToDate: the embedded index is what data/gazetteer.tsv and the
// actor table make, and decodes to what they hold.
func TestIndexUpToDate(t *testing.T) {
	tsv, err := os.ReadFile("data/gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want, err := parseTSV(string(tsv))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := encode(want)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("data/gazetteer.idx", ix, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(ix) != gazetteerIndex {
		t.Fatal("data/gazetteer.idx is stale: run go generate ./internal/geo")
	}
	g, err := decode(gazetteerIndex)
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != len(want.places) {
		t.Errorf("%d places, want %d", g.Len(), len(want.places))
	}
	for i, p := range want.places[:min(g.Len(), len(want.places))] {
		if got := *g.place(uint32(i)); got != p || g.priorOf(uint32(i)) != prior(p) {
			t.Fatalf("place %d: %+v, want %+v", i, got, p)
		}
	}
	for k, l := range want.names {
		if got := g.named(k); !slices.Equal(got, l) {
			t.Errorf("%q: %v, want %v", k, got, l)
		}
	}
	n := 0
	for r := (reader{s: g.keys}); r.s != ""; n++ {
		r.str()
		r.str()
	}
	if n != len(want.names) {
		t.Errorf("%d names, want %d", n, len(want.names))
	}
	if !maps.EqualFunc(g.quals, want.quals, slices.Equal) || !maps.Equal(g.demonyms, want.demonyms) || !maps.Equal(g.country, want.country) {
		t.Error("qualifiers, demonyms or countries differ")
	}
}

func TestDecodeCorrupt(t *testing.T) {
	for _, n := range []int{0, len(indexMagic) + 3, len(gazetteerIndex) / 2, len(gazetteerIndex) - 1} {
		if _, err := decode(gazetteerIndex[:n]); err == nil {
			t.Errorf("decode of the first %d bytes: no error", n)
		}
	}
}

func BenchmarkParseTSV(b *testing.B) {
	tsv, err := os.ReadFile("data/gazetteer.tsv")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseTSV(string(tsv)); err != nil {
			b.Fatal(err)
		}
	}
}
