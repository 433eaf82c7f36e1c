package event

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/actor"
	"github.com/attache-news/attache/internal/extract"
	"github.com/attache-news/attache/internal/geo"
	"github.com/attache-news/attache/internal/ner"
	"github.com/attache-news/attache/internal/quote"
	"github.com/attache-news/attache/internal/text"
	"github.com/attache-news/attache/internal/timex"
)

// shared is the project's evaluation data, beside the repository.
var shared = filepath.Join("..", "..", "..", "shared")

// analyze runs the stages before events on a page ("page") or clean body
// text ("text"), as the pipeline does, then codes events.
func analyze(t testing.TB, raw, as, published string) *document.Document {
	t.Helper()
	d := &document.Document{}
	switch as {
	case "page":
		extract.Page(raw, d)
	default:
		extract.Text(raw, d)
	}
	if d.Published == "" {
		d.Published = published
	}
	d.Sentences = text.Sentences(d.Text)
	ner.Default().Entities(d)
	geo.Default().Run(d)
	actor.Default().Resolve(d)
	timex.Run(d)
	quote.Run(d)
	Run(d)
	return d
}

func readShared(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(shared, rel))
	if err != nil {
		t.Skip("../shared absent")
	}
	return b
}
