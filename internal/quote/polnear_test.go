package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/eval"
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

// polnear scores the quotes found in a PolNeAR split.
func polnear(t testing.TB, split string) eval.QuoteScore {
	path := filepath.Join(shared, "eval/quotes/polnear", split+".quotes.jsonl")
	gold, err := eval.ReadQuoteDocs(path)
	if err != nil {
		t.Skipf("%s: %v", path, err)
	}
	preds := make([]document.Document, len(gold))
	for i, g := range gold {
		preds[i] = *analyse(inputDoc{ID: g.ID, Text: g.Text})
	}
	return eval.ScoreQuotes(gold, preds)
}

func logScore(t *testing.T, split string, s eval.QuoteScore) {
	t.Helper()
	r := eval.QuoteRound
	t.Logf("%s: overall P %.4f R %.4f F1 %.4f; speakers %.4f of %d", split, r(s.Overall.Precision), r(s.Overall.Recall), r(s.Overall.F1), r(s.SpeakerAccuracy), s.SpeakerMatched)
	for _, k := range []struct {
		name string
		s    eval.QuoteKindScore
	}{{"direct", s.Direct}, {"indirect", s.Indirect}} {
		t.Logf("%s %s: P %.4f R %.4f F1 %.4f; speakers %.4f of %d", split, k.name, r(k.s.Precision), r(k.s.Recall), r(k.s.F1), r(k.s.SpeakerAccuracy), k.s.SpeakerMatched)
	}
}

// TestPolNeAR holds quality floors on PolNeAR dev, just under the measured
// figures, with score_quotes.py's metric (eval.ScoreQuotes). Train, where the
// rules were tuned, is reported with ATTACHE_QUOTES_TRAIN=1.
func TestPolNeAR(t *testing.T) {
	s := polnear(t, "dev")
	logScore(t, "dev", s)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"direct F1", s.Direct.F1, 0.91},
		{"direct precision", s.Direct.Precision, 0.905},
		{"direct recall", s.Direct.Recall, 0.915},
		{"speaker accuracy", s.SpeakerAccuracy, 0.93},
		{"direct speaker accuracy", s.Direct.SpeakerAccuracy, 0.955},
		{"indirect F1", s.Indirect.F1, 0.46},
		{"indirect speaker accuracy", s.Indirect.SpeakerAccuracy, 0.91},
		{"overall F1", s.Overall.F1, 0.58},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.4f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
	if os.Getenv("ATTACHE_QUOTES_TRAIN") != "" {
		logScore(t, "train", polnear(t, "train"))
	}
}
