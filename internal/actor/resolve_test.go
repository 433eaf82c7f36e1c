package actor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
)

// doc builds a Document from text with [[name|TYPE]] marks, one entity per
// distinct name (mentions of a shorter name join the entity whose name ends
// with it, as the tagger's clustering does).
func doc(marked, published string) *document.Document {
	d := &document.Document{Published: published}
	var b strings.Builder
	byName := map[string]int{}
	for {
		i := strings.Index(marked, "[[")
		if i < 0 {
			b.WriteString(marked)
			break
		}
		b.WriteString(marked[:i])
		j := strings.Index(marked[i:], "]]") + i
		name, typ, _ := strings.Cut(marked[i+2:j], "|")
		start := b.Len()
		b.WriteString(name)
		m := document.Mention{Start: start, End: b.Len(), Text: name}
		k, ok := byName[name]
		if !ok {
			for full, idx := range byName {
				if strings.HasSuffix(full, " "+name) {
					k, ok = idx, true
				}
			}
		}
		if !ok {
			d.Entities = append(d.Entities, document.Entity{Name: name, Type: typ})
			k = len(d.Entities) - 1
			byName[name] = k
		}
		d.Entities[k].Mentions = append(d.Entities[k].Mentions, m)
		marked = marked[j+2:]
	}
	d.Text = b.String()
	return d
}

func TestResolve(t *testing.T) {
	d := doc("[[Chinese|NORP]] Foreign Minister [[Qin Gang|PERSON]] met Secretary of State [[Antony Blinken|PERSON]] in [[Beijing|GPE]]. "+
		"State Department spokesman [[Matthew Miller|PERSON]] said the talks were frank. [[Qin|PERSON]] later spoke to [[CCTV|ORG]]. "+
		"US President [[Joe Biden|PERSON]] hopes to meet President [[Xi Jinping|PERSON]]. [[Taiwan|GPE]] and the [[United States|GPE]] "+
		"were discussed in [[Washington|GPE]], and at the [[United Nations|ORG]] the [[Russian|NORP]] ambassador, [[Vassily Petrov|PERSON]], "+
		"objected. [[Jane Roe|PERSON]], a senior [[Pentagon|ORG]] official, declined to comment. The [[Indian Foreign Ministry|ORG]] said nothing.",
		"2023-06-18T21:31:00")
	New := Default()
	New.Resolve(d)
	want := map[string][4]string{ // code, country, sector, role (substring)
		"Qin Gang":                {"CHNGOV", "CHN", "GOV", "Foreign Minister"},
		"Antony Blinken":          {"USAGOV", "USA", "GOV", "Secretary of State"},
		"Matthew Miller":          {"USAGOV", "USA", "GOV", "spokesman"},
		"Joe Biden":               {"USAGOV", "USA", "GOV", "President"},
		"Xi Jinping":              {"CHNGOV", "CHN", "GOV", "President"},
		"Beijing":                 {"CHN", "CHN", "", ""},
		"Washington":              {"USA", "USA", "", ""},
		"Taiwan":                  {"TWN", "TWN", "", ""},
		"United States":           {"USA", "USA", "", ""},
		"CCTV":                    {"CHNMED", "CHN", "MED", ""},
		"Chinese":                 {"CHN", "CHN", "", ""},
		"United Nations":          {"IGOUNO", "", "IGO", ""},
		"Vassily Petrov":          {"RUSGOV", "RUS", "GOV", "ambassador"},
		"Jane Roe":                {"USAMIL", "USA", "MIL", "official"},
		"Indian Foreign Ministry": {"INDGOV", "IND", "GOV", ""},
	}
	for _, e := range d.Entities {
		w, ok := want[e.Name]
		if !ok {
			continue
		}
		t.Run(e.Name, func(t *testing.T) {
			a := e.Actor
			if a == nil {
				t.Fatalf("no actor")
			}
			if a.Code != w[0] || a.Country != w[1] || a.Sector != w[2] || !strings.Contains(strings.ToLower(a.Role), strings.ToLower(w[3])) {
				t.Errorf("got %+v, want code %s country %s sector %s role ~%q", *a, w[0], w[1], w[2], w[3])
			}
		})
	}
}

// The office holders of the article's date: Wang Yi was foreign minister
// before and after Qin Gang.
func TestHolderByDate(t *testing.T) {
	kb := Default()
	for _, tt := range []struct{ name, day, role string }{
		{"Wang Yi", "2023-09-01", "Foreign Minister"},
		{"Antony Blinken", "2023-06-18", "Secretary of State"},
		{"Marco Rubio", "2025-06-01", "Secretary of State"},
	} {
		o := kb.Holder(tt.name, articleDay(tt.day))
		if o == nil || o.Role != tt.role {
			t.Errorf("%s on %s: %+v", tt.name, tt.day, o)
		}
	}
	if o := kb.Holder("Marco Rubio", articleDay("2023-06-18")); o != nil {
		t.Errorf("Rubio was not in office in 2023: %+v", o)
	}
	if o := kb.Holder("Qin Gang", articleDay("")); o == nil || o.Code != "CHNGOV" {
		t.Errorf("undated: %+v", o)
	}
}

func TestLoadUserTable(t *testing.T) {
	kb := &KB{byName: map[string][]int{}, orgs: map[string]string{}}
	if err := kb.Load(strings.NewReader("# mine\nAnna Berg\tBerg\tSWEGOV\tForeign Minister\t2030-01-01\t\n")); err != nil {
		t.Fatal(err)
	}
	if o := kb.Holder("Berg", articleDay("2031-05-05")); o == nil || o.Code != "SWEGOV" {
		t.Errorf("user row not found: %+v", o)
	}
	for _, bad := range []string{"a\tb\n", "A\t\tUSAGOV\tX\tnot-a-date\t\n", "A\t\tU\tX\t\t\n"} {
		if err := kb.Load(strings.NewReader(bad)); err == nil {
			t.Errorf("Load(%q) = nil error", bad)
		}
	}
}

// Words near a name that are not its title say nothing of its actor.
func TestResolveNoFalseTitles(t *testing.T) {
	d := doc("After visiting [[Japan|GPE]], [[Jane Roe|PERSON]] went home. In [[Brazil|GPE]] [[John Doe|PERSON]] spoke.", "2024-01-01")
	Default().Resolve(d)
	for _, e := range d.Entities {
		if e.Type == "PERSON" && e.Actor != nil {
			t.Errorf("%s: %+v", e.Name, *e.Actor)
		}
	}
}

// Known organisations: a missed acronym becomes an entity, a MISC one an
// ORG, and two names of one body one entity named by its fullest form.
func TestAddKnown(t *testing.T) {
	d := doc("The leaders met at the [[G20|ORG]] summit; a Group of 20 statement followed. State-run broadcaster CCTV said so. "+
		"The [[Asia-Pacific Economic Cooperation|MISC]] forum meets in November.", "2023-06-18")
	d.Places = []document.Place{{Entity: "x"}}
	for i := range d.Entities {
		d.Entities[i].ID = fmt.Sprintf("e%d", i+1)
	}
	Default().Resolve(d)
	got := map[string]string{}
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
			if d.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not match its span", m.Text)
			}
		}
		got[e.Name] = e.Type + " " + strings.Join(ms, ",")
	}
	want := map[string]string{
		"Group of 20":                       "ORG G20,Group of 20",
		"CCTV":                              "ORG CCTV",
		"Asia-Pacific Economic Cooperation": "ORG Asia-Pacific Economic Cooperation",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	ids := map[string]bool{}
	for _, e := range d.Entities {
		if ids[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
	}
}

// Titles stop at the person before, at "and", and read "of <country>".
func TestResolveCoordinatedTitles(t *testing.T) {
	d := doc("[[US|GPE]] President [[Joe Biden|PERSON]] and [[Chinese|NORP]] President [[Xi Jinping|PERSON]] met. "+
		"[[Azali Assoumani|PERSON]], the president of the [[Comoros|GPE]] and chair of the [[African Union|ORG]], spoke. "+
		"The [[White House|FAC]] said so, and the foreign minister of [[India|GPE]], [[Anil Rao|PERSON]], agreed.", "2023-09-09")
	Default().Resolve(d)
	want := map[string]string{"Joe Biden": "USAGOV", "Xi Jinping": "CHNGOV", "Azali Assoumani": "COMGOV", "White House": "USAGOV", "Anil Rao": "INDGOV"}
	for _, e := range d.Entities {
		if w, ok := want[e.Name]; ok {
			if e.Actor == nil || e.Actor.Code != w {
				t.Errorf("%s: got %+v, want %s", e.Name, e.Actor, w)
			}
		}
	}
}

// TestCapitals: a capital that acts is its government; where the text also
// names the city, the city's mentions are an entity of their own.
func TestCapitals(t *testing.T) {
	d := doc("[[Washington|GPE]] has accused [[Beijing|GPE]] of spying. Protesters marched through [[Washington|GPE]] on Saturday, "+
		"and the mayor of [[Washington|GPE]] said the city was calm. [[Washington|GPE]] and [[Beijing|GPE]] agreed to talk. "+
		"Talks in [[Ottawa|GPE]] and [[Canberra|GPE]] went well.", "2023-02-05")
	for i := range d.Entities {
		d.Entities[i].ID = fmt.Sprintf("e%d", i+1)
		for _, m := range d.Entities[i].Mentions {
			d.Places = append(d.Places, document.Place{Start: m.Start, End: m.End, Text: m.Text, Entity: d.Entities[i].ID})
		}
	}
	Default().Resolve(d)
	type got struct {
		code string
		at   []int
	}
	var all []got
	for _, e := range d.Entities {
		g := got{code: "-"}
		if e.Actor != nil {
			g.code = e.Actor.Code
		}
		for _, m := range e.Mentions {
			g.at = append(g.at, m.Start)
		}
		all = append(all, g)
	}
	want := fmt.Sprint([]got{{"USAGOV", []int{0, 145}}, {"CHNGOV", []int{23, 160}}, {"CAN", []int{193}}, {"AUS", []int{204}}, {"USA", []int{69, 110}}})
	if fmt.Sprint(all) != want {
		t.Errorf("entities %v, want %v", all, want)
	}
	for _, p := range d.Places {
		if (p.Start == 69 || p.Start == 110) != (p.Entity == "e5") {
			t.Errorf("place at %d belongs to %s", p.Start, p.Entity)
		}
	}
}

// TestResolveNews: cases read from real-world reporting patterns.
func TestResolveNews(t *testing.T) {
	d := doc("[[South Korea|GPE]]'s [[Supreme Court|ORG]] ruled. [[Iran|GPE]]'s [[Supreme National Security Council|ORG]] met. "+
		"The [[People's Bank of China|ORG]] cut rates. President-elect [[Donald Trump|PERSON]] spoke. "+
		"[[US National Security Adviser|ORG]] [[Jake Sullivan|PERSON]] flew in. Guards left [[Israel|GPE]]. [[North Korean|NORP]] leader [[Kim Jong Un|PERSON]] watched.",
		"2024-11-20")
	for i := range d.Entities {
		d.Entities[i].ID = fmt.Sprintf("e%d", i+1)
	}
	for start := 0; start < len(d.Text); {
		end := strings.Index(d.Text[start:], ". ")
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start + 1
		}
		d.Sentences = append(d.Sentences, document.Span{Start: start, End: end})
		start = end + 1
	}
	Default().Resolve(d)
	got := map[string]string{}
	for _, e := range d.Entities {
		got[e.Name] = "-"
		if e.Actor != nil {
			got[e.Name] = e.Actor.Code
		}
	}
	want := map[string]string{
		"Supreme Court":                     "KORJUD", // the text's country, not the table's
		"Supreme National Security Council": "IRNGOV", // not the UN's Security Council
		"People's Bank of China":            "CHNGOV", // a central bank is government
		"Donald Trump":                      "USAGOV", // between terms: the country of his offices
		"Jake Sullivan":                     "USAGOV",
		"Kim Jong Un":                       "PRKGOV", // not Israel's, from the sentence before
	}
	for name, code := range want {
		if got[name] != code {
			t.Errorf("%s: %q, want %q", name, got[name], code)
		}
	}
	if _, ok := got["US National Security Adviser"]; ok {
		t.Error("a title before a name is kept as an entity")
	}
}

// TestOrganisationsApart: bodies that share a code stay apart; a known
// organisation the tagger took for a person is an organisation; defence
// offices are military.
func TestOrganisationsApart(t *testing.T) {
	d := doc("The [[State Department|ORG]] and the [[Treasury Department|ORG]] disagreed. [[Hamas|ORG]] and [[Islamic Jihad|PERSON]] fired rockets. "+
		"[[Defense|ORG]] Secretary [[Lloyd Austin|PERSON]] met [[Russia|GPE]]'s [[Defence Ministry|ORG]].", "2024-05-31")
	for i := range d.Entities {
		d.Entities[i].ID = fmt.Sprintf("e%d", i+1)
	}
	Default().Resolve(d)
	var got []string
	for _, e := range d.Entities {
		code := "-"
		if e.Actor != nil {
			code = e.Actor.Code
		}
		got = append(got, e.Name+"/"+e.Type+"/"+code)
	}
	want := "[State Department/ORG/USAGOV Treasury Department/ORG/USAGOV Hamas/ORG/PSEREB Islamic Jihad/ORG/PSEREB Lloyd Austin/PERSON/USAMIL Russia/GPE/RUS Defence Ministry/ORG/RUSMIL]"
	if fmt.Sprint(got) != want {
		t.Errorf("got  %v\nwant %s", got, want)
	}
}
