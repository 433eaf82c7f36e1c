package geo

import (
	"path/filepath"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/eval"
	"github.com/attache-news/attache/internal/ner"
	"github.com/attache-news/attache/internal/text"
)

// TestPipelineQuality runs the stages that make places as the pipeline does
// (sentences, the tagger's entities, Run) on the visible geoparsing sets and
// scores them with score_geo.py's metric: detection of toponyms as well as
// their resolution, so a change to the tagger or to the reading of its
// mentions that loses places fails here. Floors just under the measured
// figures (`attache eval geo` gives the same numbers).
func TestPipelineQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, c := range []struct {
		set               string
		minP, minR, minF1 float64
		minAcc161, maxAUC float64
	}{
		{"lgl", 0.905, 0.765, 0.830, 0.885, 0.18},
		{"geovirus", 0.830, 0.905, 0.868, 0.937, 0.27},
	} {
		t.Run(c.set, func(t *testing.T) {
			path := filepath.Join(shared, "eval", "geo", c.set, "places.jsonl")
			readGold(t, path) // skips when the set is not there
			gold, err := eval.ReadGeoGold(path)
			if err != nil {
				t.Fatal(err)
			}
			preds := make([]eval.GeoPrediction, len(gold))
			for i, gd := range gold {
				d := &document.Document{Text: gd.Text, Sentences: text.Sentences(gd.Text)}
				ner.Default().Entities(d)
				Default().Run(d)
				preds[i] = eval.GeoPrediction{ID: gd.ID, Text: &d.Text}
				for _, p := range d.Places {
					preds[i].Places = append(preds[i].Places, eval.GeoPredictSpan{Start: p.Start, End: p.End, Text: p.Text,
						Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID})
				}
			}
			s := eval.ScoreGeo(gold, preds)
			det, res := s.Detection, s.Resolution
			t.Logf("%s: detection P %.4f R %.4f F1 %.4f (%d gold, %d predicted); acc@161 %v, AUC %v over %d",
				c.set, det.Precision, det.Recall, det.F1, det.Gold, det.Pred, deref(res.Acc161), deref(res.AUC), res.N)
			if det.Precision < c.minP || det.Recall < c.minR || det.F1 < c.minF1 {
				t.Errorf("detection P %.4f R %.4f F1 %.4f under the floors %.3f %.3f %.3f", det.Precision, det.Recall, det.F1, c.minP, c.minR, c.minF1)
			}
			if deref(res.Acc161) < c.minAcc161 || deref(res.AUC) > c.maxAUC {
				t.Errorf("acc@161 %.4f (floor %.3f), AUC %.4f (ceiling %.3f)", deref(res.Acc161), c.minAcc161, deref(res.AUC), c.maxAUC)
			}
		})
	}
}

func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}
