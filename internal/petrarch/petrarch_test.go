package petrarch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/event"
	"github.com/attache-news/attache/internal/text"
)

func loadTiny(t testing.TB) *Set {
	t.Helper()
	set, warns, err := Load("testdata/tiny")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		if !strings.Contains(w.String(), "NOTES") {
			t.Errorf("unexpected warning: %s", w)
		}
	}
	return set
}

func TestLoadSniffsByContent(t *testing.T) {
	set := loadTiny(t)
	got := map[string]Kind{}
	for _, f := range set.Files {
		got[filepath.Base(f.Path)] = f.Kind
	}
	want := map[string]Kind{"1.txt": KindActors, "2.txt": KindAgents, "3.txt": KindVerbs, "4.txt": KindDiscards, "5.txt": KindVerbs}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds %v, want %v", got, want)
	}
	if set.UD() {
		t.Error("no ontology file, yet UD() is true")
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCode(t *testing.T) {
	set := loadTiny(t)
	tests := []struct {
		text, date string
		want       []string // SOURCE-TARGET-CODE, sorted
	}{
		{"Valdoria condemned Norvath on Monday.", "2020-01-01", []string{"VLD-NRV-122"}},
		{"Valdoria denounces Norvath.", "", []string{"VLD-NRV-122"}},
		{"The Valdorian minister met the Norvath police.", "", []string{"NRVCOP-VLDGOV-031", "VLDGOV-NRVCOP-031"}},
		{"The Valdorian minister met Norvath privately.", "", []string{"VLDGOV-NRV-040"}}, // [040] has no back code
		// dated codes
		{"Ardent Moss denounced Kestria.", "2012-05-01", []string{"VLDGOV-KST-122"}},
		{"Ardent Moss denounced Kestria.", "2017-05-01", []string{"VLDOPP-KST-122"}},
		{"Ardent Moss denounced Kestria.", "2005-05-01", []string{"VLD-KST-122"}},
		{"The Old Kingdom denounced Kestria.", "1985-05-01", []string{"OLK-KST-122"}},
		{"The Old Kingdom denounced Kestria.", "1995-05-01", []string{"NWK-KST-122"}},
		// synsets, nested ones, and a --- pattern
		{"Kestria sent medical supplies to Valdoria.", "", []string{"KST-VLD-073"}},
		{"Kestria sent gold coins to Valdoria.", "", []string{"KST-VLD-073"}},
		{"Kestria sent troops to Valdoria.", "", nil},
		// compounds
		{"Valdoria and Kestria pledged cooperation.", "", []string{"KST-VLD-030", "VLD-KST-030"}},
		{"Norvath condemned Valdoria, Kestria and the Assembly of Nations.", "", []string{"NRV-IGOASN-122", "NRV-KST-122", "NRV-VLD-122"}},
		{"The ministers of Valdoria and Kestria condemned Norvath.", "", []string{"KSTGOV-NRV-122", "VLDGOV-NRV-122"}},
		// passive with a by-phrase
		{"Norvath was condemned by Kestria.", "", []string{"KST-NRV-122"}},
		// a noun is no verb
		{"Valdoria made a visit to Kestria.", "", nil},
		{"Valdoria will visit Kestria.", "", []string{"KST-VLD-043", "VLD-KST-042"}},
		// agents: prefix, plural, substitution, none with {}, {plural}
		{"Charity Valdoria condemned Kestria.", "", []string{"NGOVLD-KST-122"}},
		{"Kestria rebels denounced Norvath.", "", []string{"KSTREB-NRV-122"}},
		{"Kestrian security officials denounced Norvath.", "", []string{"KSTSPY-NRV-122"}},
		{"Kestria's polices denounced Norvath.", "", []string{"KST-NRV-122"}},
		{"Kestria's geese denounced Norvath.", "", []string{"KSTGSE-NRV-122"}},
		{"Valdoria's foreign minister denounced Norvath.", "", []string{"VLDGOVFRM-NRV-122"}},
		// compound codes are split in PETRARCH-2 dictionaries
		{"The Twin Cities condemned Kestria.", "", []string{"ELM-KST-122", "OAK-KST-122"}},
		// words only an exact "_"-final name matches
		{"Norvathian troops denounced Kestria.", "", nil},
		// multi-word verbs and prepositional groups
		{"Valdoria broke off with Kestria.", "", []string{"VLD-KST-161"}},
		{"Valdoria said Kestria will host its trade fair.", "", []string{"VLD-KST-0311"}},
		// ^ skips a phrase
		{"Valdoria warned of the storm over Kestria.", "", []string{"VLD-KST-138"}},
		// synsets have regular plurals
		{"Kestria sent foods to Valdoria.", "", []string{"KST-VLD-073"}},
		// "### NAME ###" blocks, "**", ";" comments
		{"Kestria gave Valdoria food.", "", []string{"KST-VLD-073"}},
		{"Kestria gave Valdoria a hand.", "", []string{"KST-VLD-070"}},
		// date bounds are inclusive
		{"Ardent Moss denounced Kestria.", "2015-12-31", []string{"VLDGOV-KST-122"}},
		{"Ardent Moss denounced Kestria.", "2010-01-01", []string{"VLDGOV-KST-122"}},
		// a parenthetical segment holds no subject
		{"Valdoria, speaking in Kestria, condemned Norvath.", "", []string{"VLD-NRV-122"}},
		{"Valdoria, in talks with Kestria, condemned Norvath.", "", []string{"VLD-NRV-122"}},
		// a dateline is no subject
		{"NORVATH - Valdoria condemned Kestria.", "", []string{"VLD-KST-122"}},
		// require_dyad: no target, no event
		{"Valdoria condemned the decision.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.date, func(t *testing.T) {
			var d time.Time
			if tt.date != "" {
				d = day(tt.date)
			}
			res := set.Code(tt.text, d, Options{})
			var got []string
			for _, e := range res.Events {
				got = append(got, e.Source+"-"+e.Target+"-"+e.Code)
			}
			sort.Strings(got)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMonad(t *testing.T) {
	set := loadTiny(t)
	res := set.Code("Valdoria condemned the decision.", time.Time{}, Options{AllowMonad: true})
	if len(res.Events) != 1 || res.Events[0].Target != "---" || res.Events[0].Source != "VLD" {
		t.Errorf("got %+v, want one VLD----- event", res.Events)
	}
}

func TestDiscards(t *testing.T) {
	set := loadTiny(t)
	res := set.Code("Valdoria condemned Norvath after the football match.", time.Time{}, Options{})
	if res.Discarded != "FOOTBALL MATCH" || res.Story || len(res.Events) != 0 {
		t.Errorf("sentence discard: %+v", res)
	}
	res = set.Code("Valdoria condemned Norvath at the football matches.", time.Time{}, Options{})
	if res.Discarded != "FOOTBALL MATCH" {
		t.Errorf("a discard's last word is a stem: %+v", res)
	}
	res = set.Code("Today's horoscope: Valdoria condemned Norvath.", time.Time{}, Options{})
	if !res.Story || len(res.Events) != 0 {
		t.Errorf("story discard: %+v", res)
	}
}

// TestWarnings: every construct that cannot be used is named with its file
// and line.
func TestWarnings(t *testing.T) {
	_, warns, err := Load("testdata/broken")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warns {
		got = append(got, fmt.Sprintf("%s:%d", filepath.Base(w.File), w.Line))
	}
	for _, want := range []string{
		"actors.txt:1", // a code with no actor
		"actors.txt:2", // a synonym with no actor
		"actors.txt:4", // a date span with no code
		"actors.txt:5", // an unreadable date
		"verbs.txt:3",  // [+++]
		"verbs.txt:4",  // unknown synset
		"verbs.txt:5",  // no *
		"verbs.txt:6",  // two *
		"verbs.txt:7",  // block code [###]
		"verbs.txt:9",  // comment never closed
		"issues.txt:0", // issues are read, not coded
	} {
		found := false
		for _, g := range got {
			if g == want {
				found = true
			}
		}
		if !found {
			t.Errorf("no warning at %s; got %v", want, warns)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	if _, _, err := Load("testdata/nowhere"); err == nil {
		t.Error("a missing folder loaded")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("VALDORIA [VLD]\n"), 0o644)
	if _, _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "no verb dictionary") {
		t.Errorf("a folder without verbs: %v", err)
	}
}

// TestStage runs the pipeline as analyze --dictionaries does.
func TestStage(t *testing.T) {
	set := loadTiny(t)
	p := attache.New(attache.Config{Stages: Stages(set, Options{})})
	d, err := p.Analyze(context.Background(), attache.Source{As: "text", Published: "2012-05-01",
		Data: []byte("Ardent Moss denounced Kestria on Monday. Valdoria and Kestria pledged cooperation.")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Events {
		got = append(got, fmt.Sprintf("%s-%s-%s@%d", e.Source, e.Target, e.Cameo, e.Sentence))
		if e.Evidence != d.SentenceText(e.Sentence) || e.Rule == "" || e.Date != "2012-05-01" {
			t.Errorf("event %+v: evidence, rule or date wrong", e)
		}
		if info, ok := event.Lookup(e.Cameo); ok && (e.Root != info.Root || e.Quad != info.Quad) {
			t.Errorf("event %+v: root/quad not from the CAMEO table", e)
		}
	}
	sort.Strings(got)
	want := []string{"KST-VLD-030@1", "VLD-KST-030@1", "VLDGOV-KST-122@0"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
	names := map[string]string{}
	for _, s := range Stages(set, Options{}) {
		names[s.Name()] = s.Name()
	}
	if names["actors"] != "" || names["events"] != "" || names["petrarch"] == "" {
		t.Errorf("stages %v: want attache's actors and events replaced by petrarch", names)
	}
	// a story discard leaves no event
	d, err = p.Analyze(context.Background(), attache.Source{As: "text",
		Data: []byte("Valdoria condemned Norvath. Your horoscope for today.")})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 0 || len(d.Warnings) == 0 {
		t.Errorf("story discard: events %v, warnings %v", d.Events, d.Warnings)
	}
}

// TestConvert: the converted patterns load in attache's own format.
func TestConvert(t *testing.T) {
	set := loadTiny(t)
	var vb, ab strings.Builder
	warns, err := Convert(set, &vb, &ab)
	if err != nil {
		t.Fatal(err)
	}
	dict, err := event.LoadDictionary(strings.NewReader(vb.String()))
	if err != nil {
		t.Fatalf("converted patterns do not load: %v\n%s", err, vb.String())
	}
	if dict.Len() < 10 {
		t.Errorf("%d patterns converted", dict.Len())
	}
	for _, want := range []string{"@paidtypes = medical_supplies|", "gold_coins|", "073 p.send.1 send @paidtypes", "; rev=043", "--- p.send.2 send troops"} {
		if !strings.Contains(vb.String(), want) {
			t.Errorf("converted verbs lack %q:\n%s", want, vb.String())
		}
	}
	for _, want := range []string{"actor\tardent moss\tVLDGOV\t2010-01-01\t2016-01-01", "agent\tcharity\tNGO~", "actor\tkestrian\tKST\t\t"} {
		if !strings.Contains(ab.String(), want) {
			t.Errorf("actor table lacks %q:\n%s", want, ab.String())
		}
	}
	// "%" is approximated, with a warning naming the line
	found := false
	for _, w := range warns {
		if strings.Contains(w.Msg, "'%'") && strings.HasSuffix(w.File, "3.txt") && w.Line > 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning for the '%%' pattern: %v", warns)
	}
}

func TestDeterministic(t *testing.T) {
	set := loadTiny(t)
	s := "The ministers of Valdoria and Kestria condemned Norvath, the Twin Cities and the Assembly of Nations."
	a := set.Code(s, time.Time{}, Options{})
	for i := 0; i < 5; i++ {
		if b := set.Code(s, time.Time{}, Options{}); !reflect.DeepEqual(a, b) {
			t.Fatalf("run %d differs", i)
		}
	}
}

func TestTokenize(t *testing.T) {
	got := []string{}
	for _, tk := range tokenize("Gondor's K.U. team didn't visit Dol_Amroth’s anti- Orc U.S. base, it won’t.") {
		got = append(got, tk.w)
	}
	want := []string{"GONDOR", "'S", "K.U.", "TEAM", "DID", "N'T", "VISIT", "DOL", "AMROTH", "'S", "ANTI-", "ORC", "U.S.", "BASE", ",", "IT", "WO", "N'T", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens %q\nwant   %q", got, want)
	}
}

func FuzzLoad(f *testing.F) {
	for _, dir := range []string{"testdata/tiny", "testdata/broken"} {
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		set, _, err := LoadFiles(map[string][]byte{"f": b})
		if err != nil {
			return
		}
		set.Code("Valdoria condemned Norvath and the minister of Kestria.", time.Time{}, Options{})
	})
}

func FuzzCode(f *testing.F) {
	set := loadTiny(f)
	for _, s := range []string{"Valdoria condemned Norvath.", "Ardent Moss's geese, n't 's ^ % $ +", "  ", "’’’", "K.U.", "a-", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		res := set.Code(s, time.Time{}, Options{AllowMonad: true})
		for _, a := range res.Actors {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End {
				t.Fatalf("actor span %+v out of %d bytes", a, len(s))
			}
		}
		for _, e := range res.Events {
			for _, sp := range [][2]int{e.Verb, e.SrcSpan, e.TgtSpan} {
				if sp[0] < 0 || sp[1] > len(s) || sp[0] > sp[1] {
					t.Fatalf("event span %v out of %d bytes", sp, len(s))
				}
			}
		}
		d := &document.Document{Text: s, Sentences: text.Sentences(s)}
		NewStage(set, Options{}).Code(d)
	})
}

// TestConcurrent: one Set codes from many goroutines (analyze --workers).
func TestConcurrent(t *testing.T) {
	set := loadTiny(t)
	want := set.Code("The ministers of Valdoria and Kestria condemned Norvath.", time.Time{}, Options{})
	done := make(chan Result)
	for i := 0; i < 4; i++ {
		go func() {
			var r Result
			for k := 0; k < 50; k++ {
				r = set.Code("The ministers of Valdoria and Kestria condemned Norvath.", time.Time{}, Options{})
			}
			done <- r
		}()
	}
	for i := 0; i < 4; i++ {
		if r := <-done; !reflect.DeepEqual(r, want) {
			t.Errorf("goroutine %d: %+v, want %+v", i, r, want)
		}
	}
}
