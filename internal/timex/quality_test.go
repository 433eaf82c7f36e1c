package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/eval"
)

// shared is the evaluation data beside the repository; tests that need it
// skip when it is absent.
const shared = "../../../shared"

// predictTBAQ runs Run over the TempEval-3 training documents (TimeBank and
// AQUAINT) as the pipeline would: text, published date and sentences.
func predictTBAQ(t testing.TB) (gold, pred []eval.TimeDoc) {
	path := filepath.Join(shared, "eval/time/tbaq/times.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared absent")
	}
	gold, err := eval.ReadTimeDocs(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		d := &document.Document{ID: g.ID, Text: g.Text, Published: g.Published}
		Run(d)
		pred = append(pred, eval.TimeDoc{ID: g.ID, Text: d.Text, Times: d.Times})
	}
	if out := os.Getenv("TIMEX_DUMP"); out != "" {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		enc := json.NewEncoder(f)
		for _, p := range pred {
			enc.Encode(p)
		}
		f.Close()
	}
	return gold, pred
}

func subset(docs []eval.TimeDoc, prefix string) []eval.TimeDoc {
	var out []eval.TimeDoc
	for _, d := range docs {
		if strings.HasPrefix(d.ID, prefix) {
			out = append(out, d)
		}
	}
	return out
}

// Quality floors on TempEval-3's training data, just under the measured
// figures: a change that makes recognition or normalisation worse fails.
func TestQualityTBAQ(t *testing.T) {
	gold, pred := predictTBAQ(t)
	floors := []struct {
		name                        string
		prefix                      string
		value, strict, relaxed, typ float64
	}{
		// measured: timebank .837/.902/.943/.922, aquaint .770/.848/.937/.858, all .815/.884/.941/.901
		{"timebank", "timebank/", 0.83, 0.895, 0.935, 0.915},
		{"aquaint", "aquaint/", 0.76, 0.84, 0.93, 0.85},
		{"all", "", 0.81, 0.875, 0.935, 0.895},
	}
	for _, f := range floors {
		s := eval.ScoreTime(subset(gold, f.prefix), subset(pred, f.prefix))
		t.Logf("%-8s value F1 %.3f (acc %.3f)  type F1 %.3f  strict F1 %.3f  relaxed F1 %.3f (P %.3f R %.3f)",
			f.name, s.ValueF1, s.ValueAccuracy, s.TypeF1, s.Strict.F1, s.Relaxed.F1, s.Relaxed.Precision, s.Relaxed.Recall)
		if s.ValueF1 < f.value || s.Strict.F1 < f.strict || s.Relaxed.F1 < f.relaxed || s.TypeF1 < f.typ {
			t.Errorf("%s below its floors: value %.3f < %.3f or strict %.3f < %.3f or relaxed %.3f < %.3f or type %.3f < %.3f",
				f.name, s.ValueF1, f.value, s.Strict.F1, f.strict, s.Relaxed.F1, f.relaxed, s.TypeF1, f.typ)
		}
	}
}
