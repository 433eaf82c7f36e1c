package demo

import (
	"context"
	"strings"
	"testing"

	attache "github.com/attache-news/attache"
)

// Every demo article reads as a clean article: a body, sentences, and for
// the page and HTML forms a title and a date.
func TestDemoArticles(t *testing.T) {
	p := attache.New(attache.Config{})
	srcs := Sources()
	if len(srcs) < 3 {
		t.Fatalf("want at least 3 demo articles, got %d", len(srcs))
	}
	for _, s := range srcs {
		t.Run(s.Input, func(t *testing.T) {
			d, err := p.Analyze(context.Background(), s)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Text) < 300 || len(d.Sentences) < 4 {
				t.Errorf("body too short: %d bytes, %d sentences", len(d.Text), len(d.Sentences))
			}
			if d.Published == "" {
				t.Errorf("no publication date")
			}
			if !strings.HasSuffix(s.Input, ".txt") || strings.Contains(s.Input, "g20") {
				if d.Title == "" {
					t.Errorf("no title")
				}
			}
			for _, bad := range []string{"More news from", "Share", "More from The Attache", "©"} {
				if strings.Contains(d.Text, bad) {
					t.Errorf("body holds boilerplate %q", bad)
				}
			}
		})
	}
}
