package ner

import "testing"

func TestRefineType(t *testing.T) {
	tests := []struct {
		typ  int // index into typeNames
		name string
		want string
	}{
		{0, "Qin Gang", Person},
		{1, "Foreign Ministry", Org},
		{2, "Beijing", GPE},
		{2, "United States", GPE},
		{2, "U.S.", GPE},
		{2, "Bavaria", GPE},
		{2, "Little Snoring", GPE}, // a place the gazetteer does not know
		{2, "Europe", Loc},
		{2, "Middle East", Loc},
		{2, "Nile", Loc},
		{2, "Yellow River", Loc},
		{2, "Heathrow Airport", Fac},
		{2, "Wembley Stadium", Fac},
		{3, "Chinese", NORP},
		{3, "Americans", NORP},
		{3, "Democrats", NORP},
		{3, "Muslim", NORP},
		{3, "Shi'ite", NORP},
		{3, "World War II", Event},
		{3, "Olympics", Event},
		{3, "World Cup", Event},
		{3, "Tour de France", Event},
		{3, "Atlanta Games", Event},
		{3, "Windows", Misc},
		{3, "Boeing 747", Misc},
	}
	for _, tc := range tests {
		if got := refineType(tc.typ, tc.name); got != tc.want {
			t.Errorf("refineType(%s, %q) = %s, want %s", typeNames[tc.typ], tc.name, got, tc.want)
		}
	}
}
