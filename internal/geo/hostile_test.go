package geo

import (
	"strings"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/ner"
	"github.com/attache-news/attache/internal/text"
)

// TestRunHostile: Run takes linear time on inputs no article looks like,
// of about hostileSize bytes after the tagger: thousands of different towns,
// the same places and qualifiers over and over, a dateline on every line,
// dots. (The limit allows for a busy machine; the race detector gets a
// smaller input.)
func TestRunHostile(t *testing.T) {
	g := Default()
	var towns strings.Builder
	for i := 0; towns.Len() < hostileSize && i < g.Len(); i += 7 {
		p := g.place(uint32(i))
		if strings.HasPrefix(p.Feature, "P") && !strings.ContainsAny(p.Name, "-'.") {
			towns.WriteString("Officials met in " + p.Name + " on Monday. ")
		}
	}
	inputs := map[string]string{
		"different towns": towns.String(),
		"the same places": strings.Repeat("Police in Paris, Texas, and the Gainesville Police Department met Sudanese envoys near Springfield. ", hostileSize/100),
		"datelines":       strings.Repeat("SPRINGFIELD, Ill. - The council met.\n", hostileSize/38),
		"dots":            strings.Repeat(". ", hostileSize/2),
	}
	for name, s := range inputs {
		t.Run(name, func(t *testing.T) {
			d := &document.Document{Text: s, Sentences: text.Sentences(s)}
			ner.Default().Entities(d)
			start := time.Now()
			g.Run(d)
			el := time.Since(start)
			t.Logf("%d bytes, %d entities, %d places: %v", len(s), len(d.Entities), len(d.Places), el)
			if el > hostileLimit {
				t.Errorf("%d bytes, %d entities: %v, more than %v", len(s), len(d.Entities), el, hostileLimit)
			}
			last := 0
			for _, p := range d.Places {
				if p.Start < last || p.End > len(s) || s[p.Start:p.End] != p.Text {
					t.Fatalf("bad place %+v", p)
				}
				last = p.End
			}
		})
	}
}
