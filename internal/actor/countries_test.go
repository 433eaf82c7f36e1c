package actor

import "testing"

func TestCountryLookups(t *testing.T) {
	tests := []struct {
		name string
		got  *Country
		want string
	}{
		{"name", CountryByName("China"), "CHN"},
		{"other name", CountryByName("U.S."), "USA"},
		{"abbreviation", CountryByName("US"), "USA"},
		{"the", CountryByName("the Netherlands"), "NLD"},
		{"official", CountryByName("Russian Federation"), "RUS"},
		{"Britain", CountryByName("Britain"), "GBR"},
		{"demonym", CountryByDemonym("Chinese"), "CHN"},
		{"plural", CountryByDemonym("Americans"), "USA"},
		{"capital", CountryByCapital("Beijing"), "CHN"},
		{"capital short", CountryByCapital("Washington"), "USA"},
		{"code", CountryByCode("twn"), "TWN"},
		{"Kosovo", CountryByCode("KSV"), "KSV"},
		{"Taiwan", CountryByName("Taiwan"), "TWN"},
		{"India", CountryByCapital("New Delhi"), "IND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got == nil || tt.got.ISO3 != tt.want {
				t.Errorf("got %+v, want %s", tt.got, tt.want)
			}
		})
	}
	for _, none := range []string{"", "Gondor", "Mordor"} {
		if c := CountryByName(none); c != nil {
			t.Errorf("CountryByName(%q) = %s", none, c.ISO3)
		}
	}
	if n := len(Countries()); n < 240 {
		t.Errorf("only %d countries", n)
	}
}

func TestAppendFold(t *testing.T) {
	for _, s := range []string{"", " ", "U.S.", "the United States", "The Netherlands ", "THE ", "the", "Côte d'Ivoire",
		"  U.N. Security Council", "the.the ", "İstanbul", "ABC.DEF.", "theocracy", "\tThe Hague\n", "The \u00a0X"} {
		if got, want := string(appendFold(nil, s)), fold(s); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendFold([]byte("xx"), s)), "xx"+fold(s); got != want {
			t.Errorf("appendFold(xx, %q) = %q, want %q", s, got, want)
		}
	}
}
