package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

func FuzzPage(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "page", "*.txt"))
	for _, path := range files {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "\n", "Title\n\nBody text that is long enough to count.", "By Jane Doe\n18/06/2023\n\xff",
		"A\u2029B\u2028C\r\nD\rE", "Photo: AP\nImage source, X\nImage caption, Y", "— AFP", "Home > > World",
		"0000000000000000000000000000000000\nCopYright0000000A ,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d document.Document
		Page(s, &d)
		LooksLikePage(s)
		if strings.TrimSpace(d.Text) != d.Text {
			t.Errorf("text has outer whitespace: %q", d.Text)
		}
		if strings.Contains(d.Text, "\n\n\n") {
			t.Errorf("text has a run of blank lines: %q", d.Text)
		}
		for _, v := range []string{d.Text, d.Title, d.Subtitle, d.Section, d.Site} {
			if !utf8.ValidString(v) {
				t.Errorf("invalid UTF-8: %q", v)
			}
		}
		fields := []string{d.Title, d.Subtitle, d.Section, d.Site}
		fields = append(fields, d.Authors...)
		for _, im := range d.Images {
			fields = append(fields, im.Caption, im.Credit)
		}
		for _, v := range fields {
			if strings.ContainsAny(v, "\n\r") || strings.TrimSpace(v) != v {
				t.Errorf("field not one trimmed line: %q", v)
			}
		}
		if d.Published != "" && !ptValidISO(d.Published) {
			t.Errorf("published %q is not in a documented layout", d.Published)
		}
		if (d.Text == "") != (len(d.Warnings) > 0 && d.Warnings[len(d.Warnings)-1] == "page: no body found") {
			t.Errorf("text %q and warnings %q disagree", d.Text, d.Warnings)
		}
	})
}

// ptValidISO reports whether s is in one of ptLayouts and formats back to itself.
func ptValidISO(s string) bool {
	for _, layout := range ptLayouts {
		if tm, err := time.Parse(layout, s); err == nil && tm.Format(layout) == s {
			return true
		}
	}
	return false
}

func FuzzPageDate(f *testing.F) {
	for _, s := range []string{"Published: Sun 18 Jun 2023, 9:31 PM", "Updated June 18, 2023 9:31 PM EDT",
		"June 18, 2023 at 3:04 p.m. ET", "2023-06-18 21:31", "18/06/2023", "Sunday, June 18, 2023",
		"2023-06-18T21:31:00.000+08:00", "Veröffentlicht am 18.06.2023, 21:31 Uhr", "Publié le 18 juin 2023 à 21h31",
		"12:30 IST, 18 June 2023", "June 18, 2023 9:31 PM GMT+8 Updated 2 hours ago", "29 Feb 2024 12 am UTC-03:30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		dt, _, st := ptParseDateLine(s)
		if st != ptDateLine {
			return
		}
		v := dt.String()
		if !ptValidISO(v) {
			t.Errorf("%q -> %q: not in a documented layout", s, v)
		}
		if !dt.hasTime && dt.hasTZ {
			t.Errorf("%q: a zone without a time", s)
		}
	})
}
