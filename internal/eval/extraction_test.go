package eval

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

const shared = "../../../shared"

// A metric must be able to register a correct answer: gold as prediction
// scores 1 everywhere.
func TestGoldAsPrediction(t *testing.T) {
	gold := []Page{
		{ID: "a", Title: "Talks “resume” — again", Published: "2023-06-18", Authors: []string{"Jane Roe", "John Doe"},
			Body: "The ministers met on Sunday.\n\nThey agreed to talk again."},
		{ID: "b", Title: "Short", Body: "One two"},
		{ID: "c", With: []string{"must be here"}, Without: []string{"never this"}},
	}
	var preds []Prediction
	for _, g := range gold {
		text := g.Body
		if g.ID == "c" {
			text = "it must be here, surely"
		}
		preds = append(preds, Prediction{ID: g.ID, Title: g.Title, Published: g.Published + "T10:00:00Z", Authors: g.Authors, Text: text})
	}
	s := ScoreExtraction(gold, preds)
	if s.Body.F1 != 1 || s.Body.Accuracy != 1 {
		t.Errorf("body = %+v, want all 1", *s.Body)
	}
	if s.Snippets.F1 != 1 || s.TitleOK != 2 || s.DateOK != 1 || s.AuthorOK != 1 {
		t.Errorf("score = %+v / %+v", s, *s.Snippets)
	}
}

func TestWrongAnswersCost(t *testing.T) {
	gold := []Page{{ID: "a", Title: "A title", Body: "alpha beta gamma delta epsilon zeta eta theta", With: []string{"gamma"}, Without: []string{"menu"}}}
	tests := []struct {
		name string
		pred Prediction
		p, r float64
	}{
		{"empty", Prediction{ID: "a"}, 0, 0},
		{"half", Prediction{ID: "a", Text: "alpha beta gamma delta epsilon"}, 1, 2.0 / 5},
		{"padded", Prediction{ID: "a", Text: "menu menu menu menu alpha beta gamma delta epsilon zeta eta theta"}, 5.0 / 9, 1},
		{"twice", Prediction{ID: "a", Text: "alpha beta gamma delta epsilon zeta eta theta alpha beta gamma delta epsilon zeta eta theta"}, 5.0 / 13, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r := PagePR(gold[0].Body, tt.pred.Text)
			if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 {
				t.Errorf("P,R = %.3f,%.3f want %.3f,%.3f", p, r, tt.p, tt.r)
			}
		})
	}
	if s := ScoreExtraction(gold, nil); s.Body.Recall != 0 || s.Snippets.Recall != 0 || s.TitleOK != 0 {
		t.Errorf("missing prediction must score 0: %+v", s)
	}
}

// The Go scorer agrees with ../shared/eval/tools/score_extraction.py, the
// one behind every reported figure.
func TestAgreesWithPythonScorer(t *testing.T) {
	script := filepath.Join(shared, "eval/tools/score_extraction.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	gold := []Page{
		{ID: "a", Title: "Ministers meet in Geneva", Published: "2024-02-01", Authors: []string{"By Ana Ruiz, and Li Wei"},
			Body: "The ministers met in Geneva on Thursday.\n\nTalks will resume\u00a0next week, officials said.\n\nNo date was set."},
		{ID: "b", Title: "Ceasefire holds", Body: "Über die Waffenruhe wurde lange verhandelt. Sie hält seit Montag."},
		{ID: "c", With: []string{"border  crossing", "aid convoys"}, Without: []string{"Subscribe now"}, Title: "Aid reaches the north"},
		{ID: "d", Body: "A page nobody predicted for."},
	}
	preds := []Prediction{
		{ID: "a", Title: "Ministers meet in Geneva | Daily", Published: "2024-02-01T09:00:00+01:00", Authors: []string{"Ana Ruiz", "Li Wei"},
			Text: "Share this\n\nThe ministers met in Geneva on Thursday.\n\nTalks will resume next week, officials said."},
		{ID: "b", Title: "CEASEFIRE HOLDS", Text: "Über die Waffenruhe wurde lange verhandelt. Sie hält seit Montag. Sie hält seit Montag."},
		{ID: "c", Title: "Aid reaches the north", Text: "Trucks used the border crossing.\nSubscribe now"},
	}
	dir := t.TempDir()
	gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
	writeJSONL(t, gp, gold)
	writeJSONL(t, pp, preds)
	out, err := exec.Command(py, script, gp, pp, "--round", "10").Output()
	if err != nil {
		t.Fatalf("scorer: %v", err)
	}
	var res struct {
		Body      struct{ F1, Precision, Recall float64 }
		Snippets  struct{ F1, Precision, Recall float64 }
		Title     struct{ Exact int }
		Published struct {
			Correct int
		}
		Authors struct{ Exact int }
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	s := ScoreExtraction(gold, preds)
	near := func(name string, a, b float64) {
		if math.Abs(a-b) > 1e-6 {
			t.Errorf("%s: go %.6f, python %.6f", name, a, b)
		}
	}
	near("body F1", s.Body.F1, res.Body.F1)
	near("body P", s.Body.Precision, res.Body.Precision)
	near("body R", s.Body.Recall, res.Body.Recall)
	near("snippet F1", s.Snippets.F1, res.Snippets.F1)
	near("snippet P", s.Snippets.Precision, res.Snippets.Precision)
	if s.TitleOK != res.Title.Exact || s.DateOK != res.Published.Correct || s.AuthorOK != res.Authors.Exact {
		t.Errorf("title/date/authors: go %d/%d/%d, python %d/%d/%d", s.TitleOK, s.DateOK, s.AuthorOK, res.Title.Exact, res.Published.Correct, res.Authors.Exact)
	}
}

func writeJSONL[T any](t *testing.T, path string, rows []T) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
}
