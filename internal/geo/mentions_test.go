package geo

import (
	"strings"
	"testing"
)

// Places read from mentions that are not of a place's type, from untagged
// qualifiers and datelines, and from parts of names. Sentences written for
// attache; the places are facts.
func TestRunOtherMentions(t *testing.T) {
	type place struct {
		text, country string
		lat, lon      float64 // within 60 km; 0, 0: any point
		entity        string  // the Place's Entity
	}
	for _, c := range []struct {
		name, in string
		want     []place // in text order; nil: no place at all
	}{
		{"institution of a town",
			"Officers of the [[Gainesville Police Department|ORG]] searched [[Hall County|GPE]], [[Georgia|GPE]].",
			[]place{{"Gainesville", "USA", 34.30, -83.82, "e1"}, {"Hall County", "USA", 0, 0, "e2"}, {"Georgia", "USA", 0, 0, "e3"}}},
		{"county commission",
			"The [[Kanawha County Commission|ORG]] voted on Tuesday.",
			[]place{{"Kanawha County", "USA", 38.3, -81.5, "e1"}}},
		{"county as an organisation",
			"[[Kanawha County|ORG]] voters approved the plan.",
			[]place{{"Kanawha County", "USA", 38.3, -81.5, "e1"}}},
		{"demonym",
			"[[Sudanese|NORP]] troops crossed the border.",
			[]place{{"Sudanese", "SDN", 0, 0, "e1"}}},
		{"demonym in a compound",
			"The [[Egyptian-US|MISC]] talks resumed.",
			[]place{{"Egyptian", "EGY", 0, 0, "e1"}, {"US", "USA", 0, 0, "e1"}}},
		{"town tagged as a person, with a state",
			"A fire in [[Greer|PERSON]], South Carolina, closed the plant.",
			[]place{{"Greer", "USA", 34.94, -82.23, "e1"}, {"South Carolina", "USA", 0, 0, ""}}},
		{"a person stays a person",
			"[[Jackson|PERSON]] said the plan would work. [[Ed Jackson|PERSON]] agreed.",
			nil},
		{"a person after from",
			"[[Mary Welch|PERSON]] said the thief took the money from [[Welch|PERSON]] on Monday.",
			nil},
		{"untagged qualifier",
			"Flooding closed roads in [[Charleston|GPE]], W.Va., on Monday.",
			[]place{{"Charleston", "USA", 38.35, -81.63, "e1"}, {"W.Va.", "USA", 0, 0, ""}}},
		{"dateline",
			"Storm hits coast.\nCHARLESTON, W.Va. - Power failed across the state.",
			[]place{{"CHARLESTON", "USA", 38.35, -81.63, ""}, {"W.Va.", "USA", 0, 0, ""}}},
		{"direction",
			"Storms swept [[North Texas|GPE]] overnight.",
			[]place{{"North Texas", "USA", 31.3, -99.3, "e1"}}},
		{"hyphenated towns",
			"Traffic in [[Fargo-Moorhead|GPE]] slowed.",
			[]place{{"Fargo", "USA", 46.88, -96.79, "e1"}, {"Moorhead", "USA", 46.87, -96.77, "e1"}}},
		{"common words are not places",
			"The [[City Council|ORG]] and the [[Supreme Court|ORG]] met with [[Union|ORG]] leaders.",
			nil},
		{"acronyms are not towns",
			"Experts from [[FAO|ORG]] and [[ABS|ORG]] arrived.",
			nil},
		{"newspapers and airlines",
			"[[The Miami Herald|ORG]] reported that [[Continental Airlines|ORG]] cut flights.",
			nil},
		{"a lone town named as an organisation needs a reason",
			"[[Paris|ORG]] won the match.",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := parse(c.in)
			// one entity for a full name and its surname, as the tagger's
			// clustering gives
			for i := 1; i < len(d.Entities); i++ {
				if e := &d.Entities[i]; e.Type == "PERSON" && strings.HasSuffix(d.Entities[0].Name, " "+e.Name) {
					d.Entities[0].Mentions = append(d.Entities[0].Mentions, e.Mentions...)
					d.Entities = append(d.Entities[:i], d.Entities[i+1:]...)
					i--
				}
			}
			Default().Run(d)
			if len(d.Places) != len(c.want) {
				t.Fatalf("places %+v, want %d", d.Places, len(c.want))
			}
			for i, w := range c.want {
				p := d.Places[i]
				if p.Text != w.text || p.Country != w.country || p.Entity != w.entity || d.Text[p.Start:p.End] != p.Text {
					t.Errorf("place %d: %+v, want %q in %s of entity %q", i, p, w.text, w.country, w.entity)
				}
				if (w.lat != 0 || w.lon != 0) && distanceKm(p.Lat, p.Lon, w.lat, w.lon) > 60 {
					t.Errorf("%q: %s at %.2f,%.2f, want near %.2f,%.2f", p.Text, p.Name, p.Lat, p.Lon, w.lat, w.lon)
				}
			}
		})
	}
}
