package eval

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
)

// tm builds a time expression over the first occurrence of phrase in text
// (after byte from).
func tm(text, phrase string, from int, typ, value string) document.Time {
	i := strings.Index(text[from:], phrase)
	if i < 0 {
		panic("phrase not in text: " + phrase)
	}
	i += from
	return document.Time{Start: i, End: i + len(phrase), Text: phrase, Type: typ, Value: value}
}

// timeExample is a small gold set and predictions with every kind of
// error: exact and partial spans, wrong types and values, misses, spurious
// expressions, a text that differs in white space, one with a changed
// character, a missing document and one predicted twice.
func timeExample() (gold, pred []TimeDoc) {
	a := "The ministers met on Sunday and will meet again next week.\n\nTalks lasted seven and a half hours."
	b := "Prices rose 5% in the third quarter, up from a year earlier. Since 1998 the firm has grown every year."
	c := "Nothing happened here until the end of the month."
	d := "The treaty was signed on June 18, 2023 \u2014 nearly five years after the talks began."
	gold = []TimeDoc{
		{ID: "a", Text: a, Published: "2023-06-18", Times: []document.Time{
			tm(a, "Sunday", 0, "DATE", "2023-06-18"),
			tm(a, "next week", 0, "DATE", "2023-W25"),
			tm(a, "seven and a half hours", 0, "DURATION", "PT7.5H"),
		}},
		{ID: "b", Text: b, Published: "1999-10-30", Times: []document.Time{
			tm(b, "the third quarter", 0, "DATE", "1999-Q3"),
			tm(b, "a year earlier", 0, "DATE", "1998-Q3"),
			tm(b, "1998", 0, "DATE", "1998"),
			tm(b, "every year", 0, "SET", "P1Y"),
		}},
		{ID: "c", Text: c, Times: []document.Time{tm(c, "the end of the month", 0, "DATE", "XXXX-XX")}},
		{ID: "d", Text: d, Published: "2023-06-20", Times: []document.Time{
			tm(d, "June 18, 2023", 0, "DATE", "2023-06-18"),
			tm(d, "nearly five years", 0, "DURATION", "P5Y"),
		}},
	}
	a2 := strings.ReplaceAll(a, "\n\n", "\n \n  ") // white space differs
	b2 := b
	d2 := strings.ReplaceAll(d, "\u2014", "--") // a character differs
	pred = []TimeDoc{
		{ID: "a", Text: a2, Times: []document.Time{
			tm(a2, "Sunday", 0, "DATE", "2023-06-18"),
			tm(a2, "next week", 0, "DURATION", "P1W"), // wrong type and value
			tm(a2, "a half hours", 0, "DURATION", "PT7.5H"),
			tm(a2, "Talks", 0, "DATE", "PRESENT_REF"), // spurious
		}},
		{Input: "b", Text: b2, Times: []document.Time{ // matched by input
			tm(b2, "third quarter", 0, "DATE", "1999-Q3"),
			tm(b2, "a year", 0, "DURATION", "P1Y"),
			tm(b2, "1998", 0, "DATE", "1998"),
			{Start: 5, End: 2, Text: "", Type: "DATE", Value: "1999"}, // unmappable
		}},
		{ID: "b", Text: b2, Times: []document.Time{tm(b2, "1998", 0, "DATE", "1998")}}, // duplicate: ignored
		{ID: "d", Text: d2, Times: []document.Time{
			tm(d2, "June 18, 2023 --", 0, "DATE", "2023-06-18"),
			tm(d2, "nearly five years", 0, "DURATION", "P5Y"),
		}},
		{ID: "zzz", Text: "unknown document"},
	}
	return gold, pred
}

func TestTimeGoldAsPrediction(t *testing.T) {
	gold, _ := timeExample()
	s := ScoreTime(gold, gold)
	for name, v := range map[string]float64{"strict": s.Strict.F1, "relaxed": s.Relaxed.F1, "value": s.ValueF1,
		"type": s.TypeF1, "value accuracy": s.ValueAccuracy, "type accuracy": s.TypeAccuracy} {
		if v != 1 {
			t.Errorf("%s F1 of gold against itself = %v, want 1", name, v)
		}
	}
	if s.MissingDocs != 0 || s.DocsTextDiffers != 0 || s.UnmappableTimes != 0 {
		t.Errorf("gold against itself: %+v", s)
	}
	if z := ScoreTime(gold, nil); z.Relaxed.F1 != 0 || z.ValueF1 != 0 || z.MissingDocs != len(gold) {
		t.Errorf("no predictions must score 0: %+v", z)
	}
}

// The Go scorer agrees with ../shared/eval/tools/score_time.py, the one
// behind every reported figure.
func TestTimeAgreesWithPythonScorer(t *testing.T) {
	script := filepath.Join(shared, "eval/tools/score_time.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	gold, pred := timeExample()
	dir := t.TempDir()
	gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
	writeJSONL(t, gp, gold)
	writeJSONL(t, pp, pred)
	out, err := exec.Command(py, script, gp, pp).Output()
	if err != nil {
		t.Fatalf("scorer: %v", err)
	}
	type prf struct {
		Precision, Recall, F1 float64
		TP, Pred, Gold        int
	}
	var res struct {
		Strict, Relaxed, Value prf
		TypeAccuracy           float64 `json:"type_accuracy"`
		ValueAccuracy          float64 `json:"value_accuracy"`
		TypeF1                 float64 `json:"type_f1"`
		ValueF1                float64 `json:"value_f1"`
		PredDocsMatched        int     `json:"pred_docs_matched"`
		MissingDocs            int     `json:"missing_docs"`
		DocsTextDiffers        int     `json:"docs_text_differs"`
		UnmappableTimes        int     `json:"unmappable_times"`
		ByGoldType             map[string]struct {
			Gold        int
			Recall      float64
			ValueRecall float64 `json:"value_recall"`
		} `json:"by_gold_type"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	s := ScoreTime(gold, pred)
	near := func(name string, g, p float64) {
		if math.Abs(g-p) > 6e-5 { // the Python scorer rounds to four places
			t.Errorf("%s: go %.6f, python %.6f", name, g, p)
		}
	}
	for _, x := range []struct {
		name string
		g    PRF
		p    prf
	}{{"strict", s.Strict, res.Strict}, {"relaxed", s.Relaxed, res.Relaxed}, {"value", s.Value, res.Value}} {
		near(x.name+" P", x.g.Precision, x.p.Precision)
		near(x.name+" R", x.g.Recall, x.p.Recall)
		near(x.name+" F1", x.g.F1, x.p.F1)
		if x.g.TP != x.p.TP || x.g.Pred != x.p.Pred || x.g.Gold != x.p.Gold {
			t.Errorf("%s counts: go %d/%d/%d, python %d/%d/%d", x.name, x.g.TP, x.g.Pred, x.g.Gold, x.p.TP, x.p.Pred, x.p.Gold)
		}
	}
	near("type accuracy", s.TypeAccuracy, res.TypeAccuracy)
	near("value accuracy", s.ValueAccuracy, res.ValueAccuracy)
	near("type F1", s.TypeF1, res.TypeF1)
	near("value F1", s.ValueF1, res.ValueF1)
	if s.PredDocsMatched != res.PredDocsMatched || s.MissingDocs != res.MissingDocs ||
		s.DocsTextDiffers != res.DocsTextDiffers || s.UnmappableTimes != res.UnmappableTimes {
		t.Errorf("documents: go %d/%d/%d/%d, python %d/%d/%d/%d", s.PredDocsMatched, s.MissingDocs, s.DocsTextDiffers,
			s.UnmappableTimes, res.PredDocsMatched, res.MissingDocs, res.DocsTextDiffers, res.UnmappableTimes)
	}
	for typ, p := range res.ByGoldType {
		g := s.ByGoldType[typ]
		if g.Gold != p.Gold {
			t.Errorf("%s gold: go %d, python %d", typ, g.Gold, p.Gold)
		}
		near(typ+" recall", g.Recall, p.Recall)
		near(typ+" value recall", g.ValueRecall, p.ValueRecall)
	}
	if s.Relaxed.TP == 0 || s.Relaxed.TP == s.Strict.TP || s.ValueF1 == s.Relaxed.F1 {
		t.Errorf("the example should separate the metrics: %+v", s)
	}
}
