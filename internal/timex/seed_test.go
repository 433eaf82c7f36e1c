package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
)

// TestSeed checks the times items of ../shared/examples/seed/expected.json
// on the seed article's body, matched as the seed scorer matches them: an
// expression whose text lies inside the expected phrase (or the phrase's
// head inside it) with the expected value.
func TestSeed(t *testing.T) {
	dir := filepath.Join(shared, "examples/seed")
	raw, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		t.Skip("../shared absent")
	}
	var exp struct {
		Times struct {
			Must, Should []struct{ Text, Value string }
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Skip("../shared absent")
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	body := string(raw)
	k := strings.Index(body, "The United States and China agreed")
	if k < 0 {
		t.Fatal("seed body not found")
	}
	body = body[k:]
	if k := strings.Index(body, "\n\nMore news from"); k > 0 {
		body = body[:k]
	}
	pub := time.Date(2023, 6, 18, 21, 31, 0, 0, time.UTC)
	times := Find(body, pub)
	// found is score_seed.py's times check
	found := func(phrase, value string) (bool, []string) {
		key := norm(phrase)
		head := strings.Split(strings.Split(key, " on the ")[0], " when ")[0]
		var cands []document.Time
		for _, x := range times {
			xt := norm(x.Text)
			if xt != "" && (strings.Contains(key, xt) || strings.Contains(xt, key) || strings.Contains(xt, head)) {
				cands = append(cands, x)
			}
		}
		if len(cands) == 0 {
			f := strings.Fields(key)
			h := strings.Join(f[:min(2, len(f))], " ")
			for _, x := range times {
				xt := norm(x.Text)
				if xt != "" && (strings.Contains(xt, h) || strings.Contains(h, xt)) {
					ctx := norm(body[x.Start:min(len(body), x.Start+len(phrase)+40)])
					if strings.Contains(ctx, key) || len(f) <= 2 {
						cands = append(cands, x)
					}
				}
			}
		}
		var got []string
		ok := false
		for _, x := range cands {
			got = append(got, x.Value)
			ok = ok || x.Value == value
		}
		return ok, got
	}
	for _, it := range exp.Times.Must {
		if ok, got := found(it.Text, it.Value); !ok {
			t.Errorf("must %q: want %s, got %v", it.Text, it.Value, got)
		}
	}
	good := 0
	for _, it := range exp.Times.Should {
		if ok, got := found(it.Text, it.Value); ok {
			good++
		} else {
			t.Logf("should %q: want %s, got %v", it.Text, it.Value, got)
		}
	}
	t.Logf("should: %d/%d", good, len(exp.Times.Should))
	if good < len(exp.Times.Should) {
		t.Errorf("should items: %d/%d", good, len(exp.Times.Should))
	}
	for _, x := range times {
		t.Logf("%q %s %s", x.Text, x.Type, x.Value)
	}
}

// norm is score_seed.py's: white space runs to one space, curly quotes straight.
func norm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u201c", "\"", "\u201d", "\"").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
