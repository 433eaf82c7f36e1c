package eval

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func geoF(x float64) *float64 { return &x }

// A small set written for the test: overlapping, exact, missed, spurious,
// ignored and unresolved places, and a document whose text differs in white
// space only.
func geoExample() ([]GeoGold, []GeoPrediction) {
	t1 := "Flooding hit Paris, Texas, and the town of Bonham on Monday."
	t2 := "Officials in Beijing met envoys from Washington.\n\nTaiwan was discussed."
	t3 := "No places here at all."
	t4 := "In Bucharest, “officials” in  Sofia — and a few more — in Athens agreed."
	gold := []GeoGold{
		{ID: "a", Text: t1, Places: []GeoGoldSpan{
			{Start: 13, End: 18, Text: "Paris", Lat: geoF(33.66), Lon: geoF(-95.56), GeonameID: 4717560},
			{Start: 20, End: 25, Text: "Texas", Lat: geoF(31.25), Lon: geoF(-99.25)},
			{Start: 44, End: 50, Text: "Bonham", Lat: nil, Lon: nil},
		}},
		{ID: "b", Text: t2, Places: []GeoGoldSpan{
			{Start: 13, End: 20, Text: "Beijing", Lat: geoF(39.91), Lon: geoF(116.40)},
			{Start: 38, End: 48, Text: "Washington", Lat: geoF(38.90), Lon: geoF(-77.04)},
			{Start: 51, End: 57, Text: "Taiwan", Lat: geoF(23.7), Lon: geoF(121.0)},
		}, Ignore: []GeoGoldSpan{{Start: 0, End: 9, Text: "Officials"}}},
		{ID: "c", Text: t3, Places: []GeoGoldSpan{}},
		{ID: "d", Text: t4, Places: []GeoGoldSpan{
			{Start: 3, End: 12, Text: "Bucharest", Lat: geoF(44.43), Lon: geoF(26.10)},
			{Start: 34, End: 39, Text: "Sofia", Lat: geoF(42.70), Lon: geoF(23.32)},
			{Start: 66, End: 72, Text: "Athens", Lat: geoF(37.98), Lon: geoF(23.73)},
		}},
	}
	t2ws := "Officials  in Beijing met envoys from Washington. Taiwan was discussed."
	t4p := "In Bucharest, \"officials\" in Sofia - and a few more - in Athens agreed."
	preds := []GeoPrediction{
		{ID: "a", Text: &t1, Places: []GeoPredictSpan{
			{Start: 13, End: 25, Text: "Paris, Texas", Lat: 48.85, Lon: 2.35, GeonameID: 2988507}, // overlaps both; wrong place
			{Start: 20, End: 25, Text: "Texas", Lat: 31.3, Lon: -99.3},
			{Start: 44, End: 50, Text: "Bonham", Lat: 33.58, Lon: -96.18},
			{Start: 0, End: 8, Text: "Flooding"}, // spurious, unresolved
		}},
		{ID: "b", Text: &t2ws, Places: []GeoPredictSpan{
			{Start: 0, End: 9, Text: "Officials"}, // ignored
			{Start: 14, End: 21, Text: "Beijing", Lat: 39.9, Lon: 116.4, GeonameID: 1816670},
			{Start: 39, End: 49, Text: "Washington"}, // matched, no coordinates
			{Start: 51, End: 57, Text: "Taiwan", Lat: 24.0, Lon: 121.0},
		}},
		{ID: "zzz", Text: &t3},
		{ID: "d", Text: &t4p, Places: []GeoPredictSpan{
			{Start: 3, End: 12, Text: "Bucharest", Lat: 44.4, Lon: 26.1},
			{Start: 29, End: 34, Text: "Sofia", Lat: 42.7, Lon: 23.3},
			{Start: 57, End: 63, Text: "Athens", Lat: 33.96, Lon: -83.38},
			{Start: 14, End: 24, Text: "\"officials"},
		}},
	}
	return gold, preds
}

func TestGeoGoldAsPrediction(t *testing.T) {
	gold, _ := geoExample()
	var preds []GeoPrediction
	for _, g := range gold {
		p := GeoPrediction{ID: g.ID, Text: &g.Text}
		for _, x := range g.Places {
			q := GeoPredictSpan{Start: x.Start, End: x.End, Text: x.Text, GeonameID: x.GeonameID}
			if x.Lat != nil {
				q.Lat, q.Lon = *x.Lat, *x.Lon
			}
			p.Places = append(p.Places, q)
		}
		preds = append(preds, p)
	}
	s := ScoreGeo(gold, preds)
	if s.Detection.F1 != 1 || s.DetectionExact.F1 != 1 {
		t.Errorf("detection %+v exact %+v, want 1", s.Detection, s.DetectionExact)
	}
	r := s.Resolution
	if r.N != 8 || *r.Acc161 != 1 || *r.MeanErrorKm != 0 || *r.AUC != 0 {
		t.Errorf("resolution %+v, want n 8, acc 1, error 0, AUC 0", r)
	}
}

func TestGeoWrongAnswersCost(t *testing.T) {
	gold, preds := geoExample()
	s := ScoreGeo(gold, preds)
	if s.Detection.TP != 9 || s.Detection.Pred != 11 || s.Detection.Gold != 9 || s.DetectionExact.TP != 7 || s.UnmappablePlaces != 0 {
		t.Errorf("detection %+v, want tp 9 (7 exact) of 11 predicted, 9 gold, all mappable", s.Detection)
	}
	if s.IgnoredPlaces != 1 || s.PredUnknownIDs != 1 || s.DocsTextDiffers != 2 {
		t.Errorf("ignored %d unknown %d differs %d, want 1, 1, 2", s.IgnoredPlaces, s.PredUnknownIDs, s.DocsTextDiffers)
	}
	r := s.Resolution
	if r.Unresolved != 1 || *r.Acc161 >= 1 || *r.AUC <= 0 {
		t.Errorf("resolution %+v: wrong and missing coordinates must cost", r)
	}
}

// ScoreGeo and score_geo.py agree on the example.
func TestGeoAgreesWithPythonScorer(t *testing.T) {
	script := filepath.Join(shared, "eval", "tools", "score_geo.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("no ../shared scorer")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	gold, preds := geoExample()
	dir := t.TempDir()
	gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
	writeJSONL(t, gp, gold)
	writeJSONL(t, pp, preds)
	out, err := exec.Command(py, script, gp, pp).CombinedOutput()
	if err != nil {
		t.Fatalf("score_geo.py: %v\n%s", err, out)
	}
	var want GeoScore
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := ScoreGeo(gold, preds)
	if got.Detection != want.Detection || got.DetectionExact != want.DetectionExact {
		t.Errorf("detection: go %+v %+v, python %+v %+v", got.Detection, got.DetectionExact, want.Detection, want.DetectionExact)
	}
	gr, wr := got.Resolution, want.Resolution
	if gr.N != wr.N || gr.Unresolved != wr.Unresolved {
		t.Errorf("resolution: go %+v, python %+v", gr, wr)
	}
	for _, c := range []struct {
		name string
		g, w *float64
	}{{"acc161", gr.Acc161, wr.Acc161}, {"mean", gr.MeanErrorKm, wr.MeanErrorKm}, {"median", gr.MedianErrorKm, wr.MedianErrorKm}, {"auc", gr.AUC, wr.AUC}} {
		if c.g == nil || c.w == nil || math.Abs(*c.g-*c.w) > 1e-9 {
			t.Errorf("%s: go %v, python %v", c.name, c.g, c.w)
		}
	}
	if got.IgnoredPlaces != want.IgnoredPlaces || got.DocsTextDiffers != want.DocsTextDiffers ||
		got.UnmappablePlaces != want.UnmappablePlaces || got.MissingDocs != want.MissingDocs ||
		got.PredUnknownIDs != want.PredUnknownIDs {
		t.Errorf("counts: go %+v, python %+v", got, want)
	}
}
