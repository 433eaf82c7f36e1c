package geo

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/attache-news/attache/document"
)

// parse reads a sentence with inline entities, "[[Paris|GPE]] is in
// [[Texas|GPE]]", into a Document: one entity per distinct name and type.
func parse(s string) *document.Document {
	re := regexp.MustCompile(`\[\[([^|\]]+)\|([A-Z]+)\]\]`)
	d := &document.Document{}
	var b strings.Builder
	ids := map[string]int{}
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		name, typ := s[m[2]:m[3]], s[m[4]:m[5]]
		start := b.Len()
		b.WriteString(name)
		k := typ + "\x00" + name
		i, ok := ids[k]
		if !ok {
			i = len(d.Entities)
			ids[k] = i
			d.Entities = append(d.Entities, document.Entity{ID: fmt.Sprintf("e%d", i+1), Name: name, Type: typ})
		}
		d.Entities[i].Mentions = append(d.Entities[i].Mentions, document.Mention{Start: start, End: b.Len(), Text: name})
		last = m[1]
	}
	b.WriteString(s[last:])
	d.Text = b.String()
	return d
}

type want struct {
	text     string  // mention text
	country  string  // ISO3
	lat, lon float64 // where it should be
	km       float64 // within this distance; 0 means 50 km
}

// Sentences written for attache; the places are facts.
var cases = []struct {
	name, in string
	want     []want
}{
	{"capital metonymy", "[[Beijing|GPE]] said on Monday it would respond to [[Washington|GPE]].",
		[]want{{"Beijing", "CHN", 39.91, 116.40, 0}, {"Washington", "USA", 38.90, -77.04, 0}}},
	{"paris alone", "Fashion week opened in [[Paris|GPE]] under grey skies.",
		[]want{{"Paris", "FRA", 48.85, 2.35, 0}}},
	{"paris, texas", "The festival in [[Paris|GPE]], [[Texas|GPE]], drew a record crowd.",
		[]want{{"Paris", "USA", 33.66, -95.56, 0}, {"Texas", "USA", 31.3, -99.3, 200}}},
	{"paris, tex.", "A storm knocked out power in [[Paris|GPE]], Tex., on Friday.",
		[]want{{"Paris", "USA", 33.66, -95.56, 0}}},
	{"paris near texas towns", "Crews from [[Sherman|GPE]] and [[Bonham|GPE]] helped firefighters in [[Paris|GPE]].",
		[]want{{"Paris", "USA", 33.66, -95.56, 0}}},
	{"springfield, illinois", "The governor spoke in [[Springfield|GPE]], [[Illinois|GPE]], on the budget.",
		[]want{{"Springfield", "USA", 39.80, -89.64, 0}}},
	{"springfield, mass.", "Police in [[Springfield|GPE]], Mass., made an arrest.",
		[]want{{"Springfield", "USA", 42.10, -72.59, 0}}},
	{"georgia the country", "[[Russia|GPE]] and [[Georgia|GPE]] traded accusations over [[Abkhazia|GPE]] and [[South Ossetia|GPE]].",
		[]want{{"Georgia", "GEO", 42, 43.5, 200}}},
	{"georgia the state", "Storms moved from [[Alabama|GPE]] into [[Georgia|GPE]] and [[South Carolina|GPE]].",
		[]want{{"Georgia", "USA", 32.7, -83.4, 200}}},
	{"georgia from a city", "Voters in [[Atlanta|GPE]] and across [[Georgia|GPE]] went to the polls.",
		[]want{{"Georgia", "USA", 32.7, -83.4, 200}}},
	{"washington state", "Wildfires spread across [[Washington|GPE]] state and [[Oregon|GPE]].",
		[]want{{"Washington", "USA", 47.4, -120.5, 200}}},
	{"countries", "Talks between [[China|GPE]] and [[Taiwan|GPE]] stalled, while [[India|GPE]] watched.",
		[]want{{"China", "CHN", 35, 104, 300}, {"Taiwan", "TWN", 23.7, 121.0, 300}, {"India", "IND", 22, 79, 300}}},
	{"short forms", "The [[U.S.|GPE]] and the [[UK|GPE]] signed the deal; [[the United States|GPE]] will pay first.",
		[]want{{"U.S.", "USA", 39.8, -98.5, 300}, {"UK", "GBR", 54, -2.5, 300}, {"the United States", "USA", 39.8, -98.5, 300}}},
	{"islands and regions", "Flights to [[Bali|LOC]] resumed; fighting continued in [[Darfur|LOC]] and the [[Gaza Strip|GPE]].",
		[]want{{"Bali", "IDN", -8.4, 115.2, 150}, {"Darfur", "SDN", 13, 25, 300}, {"Gaza Strip", "PSE", 31.42, 34.36, 50}}},
	{"crimea and donbas", "[[Kyiv|GPE]] vowed to retake [[Crimea|GPE]] and the [[Donbas|LOC]].",
		[]want{{"Kyiv", "UKR", 50.45, 30.52, 0}, {"Crimea", "UKR", 45.3, 34.4, 150}, {"Donbas", "UKR", 48, 38.5, 200}}},
	{"old names", "He grew up in [[Bombay|GPE]] and studied in [[Peking|GPE]].",
		[]want{{"Bombay", "IND", 19.07, 72.88, 0}, {"Peking", "CHN", 39.91, 116.40, 0}}},
	{"accents", "The summit moved from [[São Paulo|GPE]] to [[Bogota|GPE]].",
		[]want{{"São Paulo", "BRA", -23.55, -46.63, 0}, {"Bogota", "COL", 4.61, -74.08, 0}}},
	{"county", "Deputies in [[Rapides Parish|GPE]] and [[Alexandria|GPE]] searched the area.",
		[]want{{"Alexandria", "USA", 31.31, -92.45, 0}, {"Rapides Parish", "USA", 31.2, -92.5, 50}}},
	{"canadian province", "Ranchers in [[Alberta|GPE]] and [[Saskatchewan|GPE]] feared the drought; [[Calgary|GPE]] rationed water.",
		[]want{{"Alberta", "CAN", 55, -115, 200}, {"Calgary", "CAN", 51.05, -114.07, 0}}},
	{"london ontario", "Students in [[London|GPE]], [[Ontario|GPE]], returned to class.",
		[]want{{"London", "CAN", 42.98, -81.23, 0}}},
	{"london", "Markets in [[London|GPE]] and [[Frankfurt|GPE]] fell.",
		[]want{{"London", "GBR", 51.51, -0.13, 0}}},
	{"demonym as evidence", "[[Chinese|NORP]] officials visited [[Hubei|GPE]] province.",
		[]want{{"Hubei", "CHN", 31, 112.3, 200}}},
}

func TestRun(t *testing.T) {
	g := Default()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parse(c.in)
			g.Run(d)
			for _, w := range c.want {
				var got *document.Place
				for i := range d.Places {
					if d.Places[i].Text == w.text {
						got = &d.Places[i]
						break
					}
				}
				if got == nil {
					t.Errorf("%q: no place; places %+v", w.text, d.Places)
					continue
				}
				km := w.km
				if km == 0 {
					km = 50
				}
				if got.Country != w.country {
					t.Errorf("%q: country %s, want %s (%+v)", w.text, got.Country, w.country, *got)
				}
				if e := distanceKm(got.Lat, got.Lon, w.lat, w.lon); e > km {
					t.Errorf("%q: %.0f km off (%s %.2f,%.2f), want within %.0f of %.2f,%.2f", w.text, e, got.Name, got.Lat, got.Lon, km, w.lat, w.lon)
				}
			}
		})
	}
}

// Every place is a mention of a place entity, with the text at its offsets.
func TestRunPlacesAreMentions(t *testing.T) {
	d := parse("[[Chinese|NORP]] envoy [[Wang Yi|PERSON]] left [[Beijing|GPE]] for [[Paris|GPE]]; [[Beijing|GPE]] said the [[Diaoyutai State Guesthouse|FAC]] hosted him. [[Unknownville|GPE]] too.")
	Default().Run(d)
	if len(d.Places) != 4 || d.Places[0].Name != "China" {
		t.Fatalf("places %+v, want China (for Chinese), Beijing, Paris, Beijing", d.Places)
	}
	for _, p := range d.Places {
		if d.Text[p.Start:p.End] != p.Text {
			t.Errorf("place %+v: text at offsets is %q", p, d.Text[p.Start:p.End])
		}
		if p.Entity == "" || p.GeonameID == 0 && p.Name != "China" {
			t.Errorf("place %+v: want an entity and a GeoNames id", p)
		}
	}
	if d.Places[1].Start > d.Places[2].Start || d.Places[1].Lat != d.Places[3].Lat {
		t.Errorf("want text order and one resolution per name: %+v", d.Places)
	}
}

func TestLookup(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name, first, country string
	}{
		{"Paris", "Paris", "FRA"},
		{"paris", "Paris", "FRA"},
		{"the U.S.", "United States", "USA"},
		{"US", "United States", "USA"},
		{"Sao Paulo", "São Paulo", "BRA"},
		{"St. Petersburg", "Saint Petersburg", "RUS"},
		{"Peking", "Beijing", "CHN"},
		{"Texas", "Texas", "USA"},
		{"W.Va.", "West Virginia", "USA"},
		{"Gaza Strip", "Gaza Strip", "PSE"},
		{"West Bank", "West Bank", "PSE"},
		{"Hong Kong", "Hong Kong", "HKG"},
		{"Rapides Parish", "Rapides Parish", "USA"},
	} {
		l := g.Lookup(c.name)
		if len(l) == 0 || l[0].Name != c.first || l[0].Country != c.country {
			var top []string
			for _, p := range l[:min(3, len(l))] {
				top = append(top, p.Name+"/"+p.Country+"/"+p.Feature)
			}
			t.Errorf("Lookup(%q) = %v, want %s/%s first", c.name, top, c.first, c.country)
		}
	}
	if l := g.Lookup("Xqzzyville"); l != nil {
		t.Errorf("unknown name: %v", l)
	}
	if l := g.Lookup("La."); len(l) > 0 && l[0].Name == "Louisiana" {
		t.Errorf("La. alone is read as Louisiana: %v", l[0])
	}
	if p, ok := g.Country("twn"); !ok || distanceKm(p.Lat, p.Lon, 23.7, 121) > 100 {
		t.Errorf("Country(twn) = %+v", p)
	}
	// Population order among towns of one name and kind.
	var towns []Place
	for _, p := range g.Lookup("Springfield") {
		if p.Name == "Springfield" && p.Feature == "PPL" {
			towns = append(towns, p)
		}
	}
	for i := 1; i < len(towns); i++ {
		if towns[i].Population > towns[i-1].Population {
			t.Errorf("Springfield %d (%d) before %d (%d)", i-1, towns[i-1].Population, i, towns[i].Population)
		}
	}
}

// The seed article's places: every places must item of expected.json.
func TestSeed(t *testing.T) {
	dir := filepath.Join(shared, "examples", "seed")
	text, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		t.Skipf("no seed: %v", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Skipf("no seed: %v", err)
	}
	var exp struct {
		Places struct {
			Must []struct {
				Name    string  `json:"name"`
				Country string  `json:"country"`
				Lat     float64 `json:"lat"`
				Lon     float64 `json:"lon"`
				Km      float64 `json:"km"`
			} `json:"must"`
		} `json:"places"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	// The entities a tagger would give: the seed's place names and the
	// people and nationalities around them.
	d := &document.Document{Text: string(text)}
	for i, e := range []struct{ name, typ string }{
		{"Beijing", "GPE"}, {"Washington", "GPE"}, {"Taiwan", "GPE"}, {"New Delhi", "GPE"},
		{"San Francisco", "GPE"}, {"Bali", "GPE"}, {"United States", "GPE"}, {"US", "GPE"},
		{"China", "GPE"}, {"Chinese", "NORP"}, {"American", "NORP"},
		{"Diaoyutai State Guesthouse", "FAC"}, {"Antony Blinken", "PERSON"},
	} {
		ent := document.Entity{ID: fmt.Sprintf("e%d", i+1), Name: e.name, Type: e.typ}
		for _, m := range regexp.MustCompile(`\b`+regexp.QuoteMeta(e.name)+`\b`).FindAllStringIndex(d.Text, -1) {
			ent.Mentions = append(ent.Mentions, document.Mention{Start: m[0], End: m[1], Text: e.name})
		}
		d.Entities = append(d.Entities, ent)
	}
	Default().Run(d)
	for _, w := range exp.Places.Must {
		km := w.Km
		if km == 0 {
			km = 50
		}
		n := 0
		for _, p := range d.Places {
			if p.Text != w.Name {
				continue
			}
			n++
			if e := distanceKm(p.Lat, p.Lon, w.Lat, w.Lon); e > km || p.Country != w.Country {
				t.Errorf("%s: %s %s (%.2f,%.2f), %.0f km from %.2f,%.2f (want %s within %.0f km)",
					w.Name, p.Name, p.Country, p.Lat, p.Lon, e, w.Lat, w.Lon, w.Country, km)
			}
		}
		if n == 0 {
			t.Errorf("%s: not placed", w.Name)
		}
	}
}

func TestDeterministic(t *testing.T) {
	docs := readGold(t, filepath.Join(shared, "eval", "geo", "lgl", "places.jsonl"))
	g := Default()
	for _, gd := range docs[:min(len(docs), 100)] {
		a, b := goldDocument(gd), goldDocument(gd)
		g.Run(a)
		g.Run(b)
		if !reflect.DeepEqual(a.Places, b.Places) {
			t.Fatalf("%s: two runs differ", gd.ID)
		}
	}
}

func TestConcurrent(t *testing.T) {
	g := Default()
	var want [][]document.Place
	for _, c := range cases {
		d := parse(c.in)
		g.Run(d)
		want = append(want, d.Places)
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, c := range cases {
				d := parse(c.in)
				g.Run(d)
				if !reflect.DeepEqual(d.Places, want[i]) {
					t.Errorf("%s: concurrent run differs", c.name)
				}
				g.Lookup("Springfield")
			}
		}()
	}
	wg.Wait()
}

// Bad entity spans are skipped, never a panic.
func TestRunBadSpans(t *testing.T) {
	d := &document.Document{Text: "Paris and Texas", Entities: []document.Entity{
		{ID: "e1", Type: "GPE", Name: "Paris", Mentions: []document.Mention{{Start: -1, End: 5}, {Start: 3, End: 2}, {Start: 10, End: 99}, {Start: 0, End: 5}}},
		{ID: "e2", Type: "GPE", Name: "Texas"},
	}}
	Default().Run(d)
	if len(d.Places) != 1 || d.Places[0].Text != "Paris" {
		t.Errorf("places %+v", d.Places)
	}
}

func FuzzRun(f *testing.F) {
	for _, s := range []string{"Paris", "Paris, Texas", "the U.S.", "São Paulo", "St. Louis", "", ", ,", "Washington state", "\xff\xfe", "Ga.", "x, La."} {
		f.Add(s, s+", Tex. and more")
	}
	g := Default()
	f.Fuzz(func(t *testing.T, name, text string) {
		g.Lookup(name)
		fold(name)
		d := &document.Document{Text: text}
		e := document.Entity{ID: "e1", Name: name, Type: "GPE"}
		for i := 0; i+len(name) <= len(text) && len(name) > 0; i++ {
			if text[i:i+len(name)] == name {
				e.Mentions = append(e.Mentions, document.Mention{Start: i, End: i + len(name), Text: name})
			}
		}
		if len(text) > 3 {
			e.Mentions = append(e.Mentions, document.Mention{Start: 1, End: len(text) - 1})
		}
		d.Entities = []document.Entity{e}
		g.Run(d)
		last := -1
		for _, p := range d.Places {
			if p.Start < 0 || p.End > len(text) || p.Start >= p.End || text[p.Start:p.End] != p.Text {
				t.Fatalf("bad place %+v in %q", p, text)
			}
			if p.Start < last {
				t.Fatalf("places out of order: %+v", d.Places)
			}
			last = p.Start
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	names := []string{"Paris", "Springfield", "Beijing", "the U.S.", "São Paulo", "Rapides Parish", "Xqzzyville", "Washington"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Lookup(names[i%len(names)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkRun(b *testing.B) {
	docs := readGold(b, filepath.Join(shared, "eval", "geo", "lgl", "places.jsonl"))
	g := Default()
	var ds []*document.Document
	bytes := 0
	for _, gd := range docs {
		ds = append(ds, goldDocument(gd))
		bytes += len(gd.Text)
	}
	b.SetBytes(int64(bytes / len(ds)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Run(ds[i%len(ds)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkLoad: a process's load of the gazetteer.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode(gazetteerIndex); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAllPlaces: the load and the decoding of every place, which a
// process does over time, as it meets them.
func BenchmarkLoadAllPlaces(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g, err := decode(gazetteerIndex)
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < g.Len(); i += chunkSize {
			g.place(uint32(i))
		}
	}
}

func TestRunKindInSpan(t *testing.T) {
	d := parse("Apple growers in [[Washington State|GPE]] and [[Hubei Province|GPE]] met.")
	Default().Run(d)
	if len(d.Places) != 2 || d.Places[0].Name != "Washington" || d.Places[0].Lat < 45 || d.Places[1].Name != "Hubei" {
		t.Errorf("places %+v", d.Places)
	}
}
