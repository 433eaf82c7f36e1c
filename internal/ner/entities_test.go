package ner

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// showEntities prints entities as "name|TYPE: mention, mention".
func showEntities(es []document.Entity) string {
	var out []string
	for _, e := range es {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, fmt.Sprintf("%s %s|%s: %s", e.ID, e.Name, e.Type, strings.Join(ms, ", ")))
	}
	return strings.Join(out, "\n")
}

func TestCluster(t *testing.T) {
	tests := []struct {
		name string
		in   string // inline mentions
		want string
	}{
		{"surname and given name",
			"[[Chinese|NORP]] Foreign Minister [[Qin Gang|PERSON]] met [[Antony Blinken|PERSON]] in [[Beijing|GPE]]. [[Blinken|PERSON]] said [[Qin|PERSON]] was frank.",
			"e1 Chinese|NORP: Chinese\ne2 Qin Gang|PERSON: Qin Gang, Qin\ne3 Antony Blinken|PERSON: Antony Blinken, Blinken\ne4 Beijing|GPE: Beijing"},
		{"short form first",
			"[[Blinken|PERSON]] arrives. Secretary of State [[Antony Blinken|PERSON]] will stay two days.",
			"e1 Antony Blinken|PERSON: Blinken, Antony Blinken"},
		{"country aliases",
			"The [[US|GPE]] and [[China|GPE]] agreed. [[United States|GPE]] officials and [[U.S.|GPE]] diplomats said so.",
			"e1 United States|GPE: US, United States, U.S.\ne2 China|GPE: China"},
		{"acronym",
			"The [[European Union|ORG]] said the [[EU|ORG]] would act.",
			"e1 European Union|ORG: European Union, EU"},
		{"generic words stay apart",
			"The [[World Bank|ORG]] and the [[Bank|ORG]] of nothing.",
			"e1 World Bank|ORG: World Bank\ne2 Bank|ORG: Bank"},
		{"different types stay apart",
			"[[Jordan|PERSON]] visited [[Jordan|GPE]].",
			"e1 Jordan|PERSON: Jordan\ne2 Jordan|GPE: Jordan"},
		{"same name, other type",
			"[[Kessler|PERSON]] won. [[Kessler|PERSON]] smiled. [[Kessler|ORG]] left.",
			"e1 Kessler|PERSON: Kessler, Kessler\ne2 Kessler|ORG: Kessler"},
		{"ambiguous surname joins the more mentioned",
			"[[George Bush|PERSON]] and [[Laura Bush|PERSON]] and [[George Bush|PERSON]]. [[Bush|PERSON]] spoke.",
			"e1 George Bush|PERSON: George Bush, George Bush, Bush\ne2 Laura Bush|PERSON: Laura Bush"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			txt, ms := parseInline(tc.in)
			got := showEntities(Cluster(txt, ms))
			if got != tc.want {
				t.Errorf("Cluster:\n got\n%s\n want\n%s", got, tc.want)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	txt := "Chinese Foreign Minister Qin Gang met Antony Blinken in Beijing on Sunday.\n\n" +
		"Blinken is the first U.S. secretary of state to visit China in five years. Qin said the United States must respect China's interests."
	d := &document.Document{Text: txt, Sentences: text.Sentences(txt)}
	Default().Entities(d)
	byName := map[string]document.Entity{}
	for i, e := range d.Entities {
		if e.ID != fmt.Sprintf("e%d", i+1) {
			t.Errorf("entity %d has id %q", i, e.ID)
		}
		if e.Actor != nil {
			t.Errorf("%s: actor set", e.Name)
		}
		for j, m := range e.Mentions {
			if txt[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention text %q at %d:%d", e.Name, m.Text, m.Start, m.End)
			}
			if j > 0 && m.Start < e.Mentions[j-1].Start {
				t.Errorf("%s: mentions out of order", e.Name)
			}
		}
		if i > 0 && e.Mentions[0].Start < d.Entities[i-1].Mentions[0].Start {
			t.Errorf("entities out of order at %s", e.Name)
		}
		byName[e.Name] = e
	}
	want := map[string]string{
		"Qin Gang": "PERSON Qin Gang, Qin", "Antony Blinken": "PERSON Antony Blinken, Blinken",
		"Beijing": "GPE Beijing", "United States": "GPE U.S., United States", "China": "GPE China, China",
		"Chinese": "NORP Chinese",
	}
	var names []string
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		e, ok := byName[n]
		if !ok {
			t.Errorf("no entity %q in\n%s", n, showEntities(d.Entities))
			continue
		}
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		if got := e.Type + " " + strings.Join(ms, ", "); got != want[n] {
			t.Errorf("%s: got %q, want %q", n, got, want[n])
		}
	}
}
