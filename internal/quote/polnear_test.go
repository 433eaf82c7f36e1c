package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

const shared = "../../../shared"

type inputDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
}

func readInputs(t testing.TB, path string) []inputDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s absent", path)
	}
	defer f.Close()
	var out []inputDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d inputDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func analyse(in inputDoc) *document.Document {
	d := &document.Document{ID: in.ID, Text: in.Text}
	d.Sentences = text.Sentences(d.Text)
	Run(d)
	return d
}

// TestDumpPolNeAR writes predictions for the Python scorer when
// ATTACHE_QUOTES_DUMP names a folder.
func TestDumpPolNeAR(t *testing.T) {
	dir := os.Getenv("ATTACHE_QUOTES_DUMP")
	if dir == "" {
		t.Skip("ATTACHE_QUOTES_DUMP not set")
	}
	for _, split := range []string{"train", "dev"} {
		docs := readInputs(t, filepath.Join(shared, "eval/quotes/polnear", split+".input.jsonl"))
		f, err := os.Create(filepath.Join(dir, split+".pred.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(f)
		for _, in := range docs {
			if err := enc.Encode(analyse(in)); err != nil {
				t.Fatal(err)
			}
		}
		f.Close()
	}
}
