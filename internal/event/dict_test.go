package event

import (
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
)

func TestDefaultDictionary(t *testing.T) {
	d := DefaultDictionary()
	if d.Len() < 300 {
		t.Errorf("%d patterns, want a few hundred", d.Len())
	}
	roots := map[string]bool{}
	ids := map[string]bool{}
	for _, p := range d.Patterns() {
		if ids[p.ID] {
			t.Errorf("id %s twice", p.ID)
		}
		ids[p.ID] = true
		if p.Code == Discard {
			continue
		}
		c, ok := Lookup(p.Code)
		if !ok {
			t.Errorf("%s: code %s not in the table", p.ID, p.Code)
			continue
		}
		roots[c.Root] = true
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if !roots[root] {
			t.Errorf("no pattern for root %s", root)
		}
	}
}

func TestLoadDictionaryErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"999 bad.code attack +", "line 1: unknown CAMEO code"},
		{"# ok\n\n190 x attack +\n190 x hit +", "line 4: id \"x\" already used on line 3"},
		{"190 y", "line 1: want CODE ID PATTERN"},
		{"190 y + attack", "the anchor must be words"},
		{"190 y attack @nowhere", "unknown set"},
		{"@set = a|b\n%frame sometimes go", "line 2: unknown frame kind"},
		{"190 y attack ; sideways", "unknown option"},
		{"190 y attack ; rev=77", "rev: unknown CAMEO code"},
		{"190 y attack ( )", "bad word"},
		{"190 y at*tack", "bad word"},
		{"190 y attack * *", "two '*'"},
		{"190 y attack *", "nothing after '*'"},
		{"190 bad/id attack", "bad id"},
	} {
		_, err := LoadDictionary(strings.NewReader(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.src, err, c.want)
		}
	}
}

// A user's dictionary codes with its own patterns, sets and frames.
func TestUserDictionary(t *testing.T) {
	src := `
# a small dictionary of our own
@boats = boat|boats|ship|ships|trawler
%frame intent vow
%frame refuse refuse
1711 impound.boat   impound|seize @boats (from) +
042  drop.by        drop_by + ; rev=043
0841 hand.back      hand_back @boats
--- never           impound nothing
`
	d, err := LoadDictionary(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 4 {
		t.Fatalf("%d patterns", d.Len())
	}
	c := New(d)
	for _, x := range []struct {
		text string
		want []string
	}{
		{"[[Chile|GPE|CHL]] impounded two trawlers from [[Peru|GPE|PER]] on Friday.", []string{"CHL>PER 1711"}},
		{"[[Chile|GPE|CHL]] vowed to impound boats from [[Peru|GPE|PER]].", []string{"CHL>PER 130"}},
		{"The premier of [[Fiji|GPE|FJI]] dropped by [[Samoa|GPE|WSM]].", []string{"FJI>WSM 042", "WSM>FJI 043"}},
		{"[[Chile|GPE|CHL]] refused to hand back the boats to [[Peru|GPE|PER]].", []string{"CHL>PER 1243"}},
		{"[[Chile|GPE|CHL]] visited [[Peru|GPE|PER]].", nil}, // not in this dictionary
	} {
		doc := markup(t, x.text, "2024-01-01")
		c.Code(doc)
		got := summary(doc.Events)
		if strings.Join(got, ",") != strings.Join(x.want, ",") {
			t.Errorf("%s\n got %v\nwant %v", x.text, got, x.want)
		}
		for _, e := range doc.Events {
			if e.Rule == "" || e.Evidence == "" {
				t.Errorf("%+v: no rule or evidence", e)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	if n := len(Codes()); n != 315 {
		t.Errorf("%d codes, want 315", n)
	}
	for _, c := range []struct {
		code, plover, mode string
		quad               int
		goldstein          float64
	}{
		{"042", "CONSULT", "visit", 1, 1.9},
		{"0871", "RETREAT", "ceasefire", 2, 9},
		{"1312", "THREATEN", "restrict", 3, -5.8},
		{"163", "COERCE", "restrict", 4, -8},
		{"19", "ASSAULT", "", 4, -10},
		{"010", "", "", 1, 0},
		{"0253", "REQUEST", "", 1, -0.3},
	} {
		got, ok := Lookup(c.code)
		if !ok || got.Plover != c.plover || got.Mode != c.mode || got.Quad != c.quad || got.Goldstein != c.goldstein || got.Root != c.code[:2] || got.Name == "" {
			t.Errorf("%s: %+v", c.code, got)
		}
	}
	if _, ok := Lookup("999"); ok {
		t.Error("999 found")
	}
}

func TestTransforms(t *testing.T) {
	for _, c := range []struct {
		kind       frameKind
		code, want string
	}{
		{frameIntent, "042", "036"},
		{frameIntent, "0841", "0353"},
		{frameIntent, "045", "039"},
		{frameIntent, "163", "1312"},
		{frameIntent, "190", "1384"},
		{frameIntent, "030", "030"},
		{frameIntent, "010", ""},
		{frameRefuse, "040", "125"},
		{frameRefuse, "0813", "1241"},
		{frameRefuse, "190", ""},
		{frameRequest, "0841", "0253"},
		{frameRequest, "190", "020"},
		{frameDemand, "0874", "1056"},
		{frameDemand, "042", "106"},
		{frameThreat, "161", "1313"},
		{frameThreat, "051", "130"},
		{frameAttempt, "186", "185"},
		{framePlain, "072", "072"},
		{frameBlock, "072", ""},
	} {
		if got := c.kind.apply(c.code); got != c.want {
			t.Errorf("%d(%s) = %q, want %q", c.kind, c.code, got, c.want)
		}
		if got := c.kind.apply(c.code); got != "" {
			if _, ok := Lookup(got); !ok {
				t.Errorf("%d(%s) = %s, not a code", c.kind, c.code, got)
			}
		}
	}
	// every transform of every code is a code or nothing
	for _, info := range Codes() {
		for k := frameIntent; k <= frameAttempt; k++ {
			if got := k.apply(info.Code); got != "" {
				if _, ok := Lookup(got); !ok {
					t.Errorf("%d(%s) = %s, not a code", k, info.Code, got)
				}
			}
		}
	}
}

func FuzzLoadDictionary(f *testing.F) {
	f.Add(verbsTxt[:2000])
	f.Add("@s = a|b_c\n%frame intent agree ready\n036 x agree to meet|@s + ; rev=043 noun gov crowd=141\n--- y * hold (on) $")
	f.Add("190 a (b) * c_d|e + $ ;")
	f.Add("%frame request call_on call_upon\n030 r reach accord ; achieve pair\n190 q retaliate ; partner\n112 w abuse ; claim")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := LoadDictionary(strings.NewReader(src))
		if err != nil {
			return
		}
		for _, p := range d.Patterns() {
			if _, ok := Lookup(p.Code); !ok && p.Code != Discard {
				t.Fatalf("pattern %s has code %q", p.ID, p.Code)
			}
			if len(p.elems) == 0 || p.elems[0].slot != 0 || len(p.elems[0].alts) == 0 {
				t.Fatalf("pattern %s has no anchor", p.ID)
			}
		}
		// the dictionary codes without panicking
		doc := markup(t, "[[Chile|GPE|CHL]] agreed to meet and attack [[Peru|GPE|PER]] a b c d e.", "2024-01-01")
		New(d).Code(doc)
	})
}

// FuzzCode codes random text with random entity spans: no panic, events
// well formed, sentence indices in range.
func FuzzCode(f *testing.F) {
	f.Add("Kenya and Uganda agreed to meet. He said they would not attack.", uint64(3))
	f.Add(benchText, uint64(1))
	f.Add("\"We\" -- and -- they , 's 'll n't to to to by by.", uint64(9))
	f.Add("Saudi-led forces fired on $ 5 billion of goods. No soldiers were killed, and they accused each other since it ended in 2020.", uint64(0x5555))
	f.Fuzz(func(t *testing.T, txt string, seed uint64) {
		d := &document.Document{Text: txt, Published: "2024-02-29"}
		d.Sentences = splitLoosely(txt)
		codes := []string{"USA", "CHNGOV", "IGOUNO", "", "FRA"}
		types := []string{"PERSON", "GPE", "ORG", "NORP"}
		// entities on words picked by the seed
		start := -1
		for i := 0; i <= len(txt); i++ {
			if i == len(txt) || txt[i] == ' ' {
				if start >= 0 && (seed>>(uint(i)%61))&1 == 1 {
					k := len(d.Entities)
					e := document.Entity{ID: "e" + string(rune('a'+k%26)), Type: types[k%len(types)],
						Mentions: []document.Mention{{Start: start, End: i, Text: txt[start:i]}}}
					if c := codes[k%len(codes)]; c != "" {
						e.Actor = &document.Actor{Code: c, Country: c[:3], Role: "minister"}
					}
					d.Entities = append(d.Entities, e)
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
		d.Times = []document.Time{{Start: 0, End: min(len(txt), 3), Type: "DATE", Value: "2024-01"}}
		d.Quotes = []document.Quote{{Start: 0, End: len(txt) / 2, Direct: true, Speaker: document.Speaker{Entity: "ea"}}}
		d.Places = []document.Place{{Start: len(txt) / 3, End: len(txt) / 2, Name: "X"}}
		Run(d)
		for _, e := range d.Events {
			if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
				t.Fatalf("sentence %d of %d", e.Sentence, len(d.Sentences))
			}
			info, ok := Lookup(e.Cameo)
			if !ok || e.Root != e.Cameo[:2] || e.Quad != info.Quad || e.Quad < 1 || e.Quad > 4 || e.Rule == "" {
				t.Fatalf("bad event %+v", e)
			}
			if e.Source == "" && e.Target == "" {
				t.Fatalf("event with no actor %+v", e)
			}
		}
	})
}

// splitLoosely cuts text at full stops, as a crude stand-in for the
// sentence splitter that also yields odd spans.
func splitLoosely(s string) []document.Span {
	var out []document.Span
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || i == len(s)-1 {
			out = append(out, document.Span{Start: start, End: i + 1})
			start = i + 1
		}
	}
	return out
}
