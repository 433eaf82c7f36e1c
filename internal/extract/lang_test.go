package extract

import "testing"

func TestLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The foreign ministers met on Sunday and agreed to hold further talks on trade and security next month.", "en"},
		{"Die Außenminister trafen sich am Sonntag und vereinbarten weitere Gespräche über Handel und Sicherheit.", "de"},
		{"Les ministres des affaires étrangères se sont réunis dimanche et ont convenu de nouvelles discussions.", "fr"},
		{"Los ministros de exteriores se reunieron el domingo y acordaron nuevas conversaciones sobre comercio.", "es"},
		{"Too short.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Language(tt.text); got != tt.want {
			t.Errorf("Language(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
