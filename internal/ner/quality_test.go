package ner

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/eval"
	"github.com/attache-news/attache/internal/text"
)

const sharedEval = "../../../shared/eval"

var showNER = flag.Bool("ner-scores", false, "log per-type scores in TestQuality")

// TestQuality runs the tagger end to end (sentences by text.Sentences, then
// Entities) on the visible NER sets and scores it with the metric of
// score_ner.py. The floors sit just under the measured figures, so a change
// that makes the tagger worse fails the build.
func TestQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	tests := []struct {
		name      string
		gold      string
		minF1     float64
		minByType map[string]float64
	}{
		{"conll2003-dev", "ner/conll2003/dev.gold.jsonl", 0.933,
			map[string]float64{"PER": 0.950, "ORG": 0.898, "LOC": 0.957, "MISC": 0.902}},
		{"meantime", "ner/meantime/gold.jsonl", 0.843,
			map[string]float64{"PER": 0.83, "ORG": 0.838, "LOC": 0.855}},
	}
	tg := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(sharedEval, tc.gold)
			if _, err := os.Stat(path); err != nil {
				t.Skipf("no evaluation data at %s", path)
			}
			gold, err := eval.ReadNERGold(path)
			if err != nil {
				t.Fatal(err)
			}
			var preds []eval.NERPrediction
			for _, g := range gold {
				d := &document.Document{Text: g.Text, Sentences: text.Sentences(g.Text)}
				tg.Entities(d)
				preds = append(preds, eval.NERPrediction{ID: g.ID, Text: d.Text, Entities: d.Entities})
			}
			s := eval.ScoreNER(gold, preds, nil)
			t.Logf("F1 %.4f (P %.4f R %.4f), untyped F1 %.4f, %d gold", s.Overall.F1, s.Overall.Precision, s.Overall.Recall, s.Untyped.F1, s.Overall.Gold)
			var types []string
			for k := range s.PerType {
				types = append(types, k)
			}
			sort.Strings(types)
			for _, k := range types {
				v := s.PerType[k]
				if *showNER || testing.Verbose() {
					t.Logf("  %-4s F1 %.4f (P %.4f R %.4f) gold %d", k, v.F1, v.Precision, v.Recall, v.Gold)
				}
				if min, ok := tc.minByType[k]; ok && v.F1 < min {
					t.Errorf("%s F1 %.4f below the floor %.3f", k, v.F1, min)
				}
			}
			if s.Overall.F1 < tc.minF1 {
				t.Errorf("F1 %.4f below the floor %.3f", s.Overall.F1, tc.minF1)
			}
		})
	}
}
