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
