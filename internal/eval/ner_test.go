package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
)

// nerFixture is a small gold set written for the test: a tokenised text,
// its tags, and an ignore span.
func nerFixture() []NERGold {
	mk := func(id, text string, tags []string, sents [][2]int, ignore [][2]int) NERGold {
		g := NERGold{ID: id, Text: text, Tags: tags, Sentences: sents, Ignore: ignore}
		start := -1
		for i := 0; i <= len(text); i++ {
			if i == len(text) || text[i] == ' ' || text[i] == '\n' {
				if start >= 0 {
					g.Tokens = append(g.Tokens, [2]int{start, i})
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		return g
	}
	return []NERGold{
		mk("a", "Chinese Foreign Minister Qin Gang met Antony Blinken in Beijing .\nThe talks ended .",
			[]string{"B-MISC", "O", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O", "O"},
			[][2]int{{0, 11}, {11, 15}}, nil),
		// IOB1 tags: I- opens a chunk; a sentence start closes one.
		mk("b", "Reuters reported from Paris Lyon\nMarseille and European Union",
			[]string{"I-ORG", "O", "O", "I-LOC", "B-LOC", "I-LOC", "O", "I-ORG", "I-ORG"},
			[][2]int{{0, 5}, {5, 9}}, nil),
		mk("c", "Officials of Acme Corp and the ministry spoke",
			[]string{"O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"},
			[][2]int{{0, 8}}, [][2]int{{31, 39}}),
		mk("d", "Nobody predicted this Ghana document",
			[]string{"O", "O", "O", "B-LOC", "O"}, [][2]int{{0, 5}}, nil),
	}
}

func ent(typ string, text string, spans ...[2]int) document.Entity {
	e := document.Entity{Type: typ}
	for _, s := range spans {
		m := document.Mention{Start: s[0], End: s[1]}
		if 0 <= s[0] && s[0] <= s[1] && s[1] <= len(text) {
			m.Text = text[s[0]:s[1]]
		}
		e.Mentions = append(e.Mentions, m)
	}
	return e
}

func nerPredictions(gold []NERGold) []NERPrediction {
	a, c := gold[0].Text, gold[2].Text
	b := "Reuters  reported from Paris Lyon\n\nMarseille and European Union"
	return []NERPrediction{
		{ID: "a", Text: a, Entities: []document.Entity{
			ent("NORP", a, [2]int{0, 7}),
			ent("PERSON", a, [2]int{25, 33}, [2]int{38, 52}),
			ent("GPE", a, [2]int{56, 63}),
			ent("ORG", a, [2]int{8, 15}),                     // wrong: not a name
			ent("PERSON", a, [2]int{28, 31}),                 // inside a token: unaligned
			ent("DATE", a, [2]int{64, 65}),                   // other type: dropped
			ent("LOC", a, [2]int{10, 4}),                     // empty: unmappable
			ent("PERSON", a, [2]int{56, 63}, [2]int{38, 44}), // wrong type; partial
		}},
		// Matched by input; text differs in white space only.
		{Input: "b", Text: b, Entities: []document.Entity{
			ent("ORG", b, [2]int{0, 7}),
			ent("GPE", b, [2]int{23, 33}), // "Paris Lyon": two gold chunks
			ent("GPE", b, [2]int{35, 44}), // "Marseille"
			ent("ORG", b, [2]int{49, 63}), // "European Union"
		}},
		{ID: "c", Text: c, Entities: []document.Entity{
			ent("ORG", c, [2]int{13, 22}),
			ent("ORG", c, [2]int{35, 43}), // inside the ignore span
			ent("ORG", c, [2]int{27, 39}), // overlaps it, not on tokens
		}},
		{ID: "zzz", Text: "unknown"},
	}
}

func TestScoreNERGoldAsPrediction(t *testing.T) {
	gold := nerFixture()
	var preds []NERPrediction
	for _, g := range gold {
		p := NERPrediction{ID: g.ID, Text: g.Text}
		for _, c := range NERChunks(g.Tags, g.Sentences) {
			typ := map[string]string{"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "NORP"}[c.typ]
			p.Entities = append(p.Entities, ent(typ, g.Text, [2]int{g.Tokens[c.first][0], g.Tokens[c.end-1][1]}))
		}
		preds = append(preds, p)
	}
	s := ScoreNER(gold, preds, nil)
	if s.Overall.F1 != 1 || s.Untyped.F1 != 1 || s.Overall.Gold != 11 {
		t.Errorf("gold as prediction: %+v", s)
	}
	if s := ScoreNER(gold, nil, nil); s.Overall.F1 != 0 || s.MissingDocs != 4 {
		t.Errorf("no predictions: %+v", s)
	}
}

// The Go scorer agrees with ../shared/eval/tools/score_ner.py.
func TestScoreNERAgreesWithPython(t *testing.T) {
	script := filepath.Join(shared, "eval/tools/score_ner.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	gold := nerFixture()
	preds := nerPredictions(gold)
	dir := t.TempDir()
	gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
	writeJSONL(t, gp, gold)
	writeJSONL(t, pp, preds)
	for _, labels := range [][]string{nil, {"PER", "LOC"}} {
		args := []string{script, gp, pp}
		if labels != nil {
			args = append(args, "--labels", "PER,LOC")
		}
		cmd := exec.Command(py, args...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("scorer: %v: %s", err, stderr.String())
		}
		var want NERScore
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		got := ScoreNER(gold, preds, labels)
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		if string(gj) != string(wj) {
			t.Errorf("labels %v:\n go     %s\n python %s", labels, gj, wj)
		}
		if labels == nil && (got.Overall.TP == 0 || got.IgnoredMentions == 0 || got.UnalignedMentions == 0 || got.DroppedOtherTypes == 0 || got.UnmappableMentions == 0) {
			t.Errorf("the fixture should exercise every count: %+v", got)
		}
	}
}
