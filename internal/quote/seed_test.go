package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// seedItem is one quote expectation of ../shared/examples/seed/expected.json.
type seedItem struct {
	Contains string          `json:"contains"`
	Speaker  json.RawMessage `json:"speaker"`
	Direct   *bool           `json:"direct"`
}

// seedBody cuts the article body out of the seed page.
func seedBody(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(shared, "examples/seed/article.txt"))
	if err != nil {
		t.Skip("../shared absent")
	}
	page := string(raw)
	i := strings.Index(page, "The United States and China agreed")
	end := "Asia-Pacific Economic Cooperation forum."
	j := strings.Index(page, end)
	if i < 0 || j < i {
		t.Fatal("seed body not found")
	}
	return strings.TrimSpace(page[i : j+len(end)])
}

var wsRun = regexp.MustCompile(`\s+`)

// norm is score_seed.py's normalisation.
func norm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	return strings.TrimSpace(wsRun.ReplaceAllString(s, " "))
}

// TestSeed checks the quotes of the seed article as score_seed.py does: the
// first quote holding the expected words has a fitting speaker name and
// directness. Every must item passes; should items are reported.
func TestSeed(t *testing.T) {
	body := seedBody(t)
	raw, err := os.ReadFile(filepath.Join(shared, "examples/seed/expected.json"))
	if err != nil {
		t.Skip("../shared absent")
	}
	var exp struct {
		Quotes struct{ Must, Should []seedItem }
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	d := &document.Document{Text: body, Sentences: text.Sentences(body)}
	Run(d)
	for _, q := range d.Quotes {
		t.Logf("%v %q <- %q (%s)", q.Direct, q.Text, q.Speaker.Name, q.Cue)
	}
	check := func(it seedItem) string {
		var want []string
		if err := json.Unmarshal(it.Speaker, &want); err != nil {
			var one string
			if err := json.Unmarshal(it.Speaker, &one); err != nil {
				return "bad speaker in expected.json"
			}
			want = []string{one}
		}
		for _, q := range d.Quotes {
			if !strings.Contains(norm(q.Text), norm(it.Contains)) {
				continue
			}
			got := norm(q.Speaker.Name)
			ok := false
			for _, w := range want {
				ok = ok || strings.Contains(strings.ToLower(got), strings.ToLower(w))
			}
			if !ok {
				return "speaker " + got + ", want " + strings.Join(want, " or ")
			}
			if it.Direct != nil && *it.Direct != q.Direct {
				return "direct mismatch"
			}
			return ""
		}
		return "not found"
	}
	for _, it := range exp.Quotes.Must {
		if msg := check(it); msg != "" {
			t.Errorf("must %q: %s", it.Contains, msg)
		}
	}
	for _, it := range exp.Quotes.Should {
		if msg := check(it); msg != "" {
			t.Logf("should %q: %s", it.Contains, msg)
		}
	}
}
