package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
)

// eventFixture is a small hand-made gold set: codes and ids written for
// this test.
func eventFixture() []EventGold {
	no := false
	return []EventGold{
		{ID: "r1", Category: "A", Events: []GoldEvent{{"USAGOV", "CHNGOV", "042"}, {"CHN", "USA", "043"}}},
		{ID: "r2", Category: "A", Events: []GoldEvent{{"FRA", "DEU", "1312"}}},
		{ID: "r3", Category: "B", ExpectNone: true},
		{ID: "r4", Category: "B", Events: []GoldEvent{{"isr", "pse", "190"}, {"ISR", "PSE", "190"}}},
		{ID: "r5", Category: "C", Evaluate: &no, Events: []GoldEvent{{"RUS", "UKR", "195"}}},
		{ID: "r6", Category: "", Events: []GoldEvent{{"", "JOR", "057"}, {"GBR", "", ""}}},
	}
}

func goldAsEventPrediction(g EventGold) EventPrediction {
	p := EventPrediction{ID: g.ID}
	for _, e := range g.Events {
		p.Events = append(p.Events, document.Event{Source: e.Source, Target: e.Target, Cameo: e.Cameo})
	}
	return p
}

func TestScoreEventsGoldAsPrediction(t *testing.T) {
	gold := eventFixture()
	var preds []EventPrediction
	for _, g := range gold {
		preds = append(preds, goldAsEventPrediction(g))
	}
	s := ScoreEventsAll(gold, preds, true)
	for name, v := range map[string]EventPRF{"triple": s.Triple, "root": s.Root, "cameo": s.Cameo, "triple_lenient": s.TripleLenient, "root_lenient": s.RootLenient} {
		if v.Precision != 1 || v.Recall != 1 || v.F1 != 1 || v.TP == 0 {
			t.Errorf("%s: %+v, want 1.0", name, v)
		}
	}
	if s.RecordsCorrect == nil || *s.RecordsCorrect != 1 || s.ExpectNoneClean == nil || *s.ExpectNoneClean != 1 {
		t.Errorf("records %v, expect_none %v", s.RecordsCorrect, s.ExpectNoneClean)
	}
	if s.Records != 6 || s.Matched != 6 || s.GoldEvents != 6 {
		t.Errorf("counts: %+v", s)
	}
	// without --all-records r5 is skipped
	if s := ScoreEvents(gold, preds); s.Records != 5 {
		t.Errorf("records scored: %d, want 5", s.Records)
	}
}

func TestScoreEventsWrongAnswersCost(t *testing.T) {
	gold := eventFixture()[:2]
	preds := []EventPrediction{
		{ID: "r1", Events: []document.Event{{Source: "USA", Target: "CHN", Cameo: "042"}}},
		{Input: "r2", Events: []document.Event{{Source: "FRA", Target: "DEU", Cameo: "130"}}},
	}
	s := ScoreEvents(gold, preds)
	if s.Triple.TP != 0 || s.Triple.FP != 2 || s.Triple.FN != 3 {
		t.Errorf("triple: %+v", s.Triple)
	}
	if s.TripleLenient.TP != 1 || s.RootLenient.TP != 2 || s.Cameo.TP != 1 {
		t.Errorf("lenient %+v root_lenient %+v cameo %+v", s.TripleLenient, s.RootLenient, s.Cameo)
	}
	if *s.RecordsCorrect != 0 {
		t.Errorf("records correct %v", *s.RecordsCorrect)
	}
}

// randomEventSet builds gold records and predictions that agree in part:
// dropped, changed, duplicated and extra events, missing and failed
// predictions, records matched by input, records not to be evaluated.
func randomEventSet(seed uint64) ([]EventGold, []EventPrediction) {
	r := rand.New(rand.NewPCG(seed, 7))
	actors := []string{"USA", "USAGOV", "CHN", "CHNGOV", "FRA", "fra", "IGOUNO", "PSE", "ISR", " RUS ", ""}
	codes := []string{"042", "043", "040", "1312", "190", "195", "057", "036", "111", "0871", ""}
	cats := []string{"DEMO", "PASSIVE", "COORD", ""}
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	var gold []EventGold
	var preds []EventPrediction
	for n := 0; n < 40; n++ {
		g := EventGold{ID: fmt.Sprintf("g%d", n), Category: pick(cats)}
		for k := r.IntN(4); k > 0; k-- {
			g.Events = append(g.Events, GoldEvent{pick(actors), pick(actors), pick(codes)})
		}
		if len(g.Events) == 0 {
			g.ExpectNone = r.IntN(2) == 0
		}
		if r.IntN(6) == 0 {
			v := r.IntN(2) == 0
			g.Evaluate = &v
		}
		gold = append(gold, g)
		p := EventPrediction{ID: g.ID}
		if r.IntN(5) == 0 {
			p = EventPrediction{Input: g.ID}
		}
		for _, e := range g.Events {
			switch r.IntN(5) {
			case 0: // dropped
			case 1:
				p.Events = append(p.Events, document.Event{Source: pick(actors), Target: e.Target, Cameo: e.Cameo})
			case 2:
				p.Events = append(p.Events, document.Event{Source: e.Source, Target: e.Target, Cameo: pick(codes)})
			default:
				p.Events = append(p.Events, document.Event{Source: e.Source, Target: e.Target, Cameo: e.Cameo},
					document.Event{Source: e.Source, Target: e.Target, Cameo: e.Cameo})
			}
		}
		if r.IntN(3) == 0 {
			p.Events = append(p.Events, document.Event{Source: pick(actors), Target: pick(actors), Cameo: pick(codes)})
		}
		switch r.IntN(8) {
		case 0: // no prediction
			continue
		case 1:
			p.Error = "could not read"
		case 2: // a second prediction for the same record: the first counts
			preds = append(preds, p, EventPrediction{ID: g.ID})
			continue
		}
		preds = append(preds, p)
	}
	return gold, preds
}

func closeTo(a, b float64) bool { return math.Abs(a-b) < 6e-5 }

// The Go scorer agrees with ../shared/eval/tools/score_events.py.
func TestScoreEventsAgreesWithPython(t *testing.T) {
	script := filepath.Join(shared, "eval/tools/score_events.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	for seed := uint64(1); seed <= 5; seed++ {
		for _, all := range []bool{false, true} {
			t.Run(fmt.Sprintf("seed%d-all%v", seed, all), func(t *testing.T) {
				gold, preds := randomEventSet(seed)
				if seed == 1 {
					gold = append(gold, eventFixture()...)
				}
				dir := t.TempDir()
				gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
				writeJSONL(t, gp, gold)
				writeJSONL(t, pp, preds)
				args := []string{script, gp, pp}
				if all {
					args = append(args, "--all-records")
				}
				out, err := exec.Command(py, args...).Output()
				if err != nil {
					t.Fatalf("scorer: %v", err)
				}
				var want EventScore
				if err := json.Unmarshal(out, &want); err != nil {
					t.Fatalf("%v: %s", err, out)
				}
				got := ScoreEventsAll(gold, preds, all)
				if got.Records != want.Records || got.Matched != want.Matched || got.Missing != want.Missing ||
					got.Errors != want.Errors || got.GoldEvents != want.GoldEvents || got.PredictedEvents != want.PredictedEvents ||
					got.ExpectNoneRecords != want.ExpectNoneRecords {
					t.Errorf("counts: go %+v\npython %+v", got, want)
				}
				for _, v := range []struct {
					name string
					g, w EventPRF
				}{{"triple", got.Triple, want.Triple}, {"root", got.Root, want.Root}, {"cameo", got.Cameo, want.Cameo},
					{"triple_lenient", got.TripleLenient, want.TripleLenient}, {"root_lenient", got.RootLenient, want.RootLenient}} {
					if v.g.TP != v.w.TP || v.g.FP != v.w.FP || v.g.FN != v.w.FN || !closeTo(v.g.Precision, v.w.Precision) ||
						!closeTo(v.g.Recall, v.w.Recall) || !closeTo(v.g.F1, v.w.F1) {
						t.Errorf("%s: go %+v, python %+v", v.name, v.g, v.w)
					}
				}
				for _, v := range []struct {
					name string
					g, w *float64
				}{{"records_correct", got.RecordsCorrect, want.RecordsCorrect}, {"expect_none_clean", got.ExpectNoneClean, want.ExpectNoneClean}} {
					if (v.g == nil) != (v.w == nil) || v.g != nil && !closeTo(*v.g, *v.w) {
						t.Errorf("%s: go %v, python %v", v.name, v.g, v.w)
					}
				}
				if len(got.Categories) != len(want.Categories) {
					t.Errorf("categories: go %v, python %v", got.CategoryNames(), want.CategoryNames())
				}
				for k, w := range want.Categories {
					g := got.Categories[k]
					if g.TP != w.TP || g.FP != w.FP || g.FN != w.FN || g.Records != w.Records || g.Correct != w.Correct || !closeTo(g.F1, w.F1) {
						t.Errorf("category %q: go %+v, python %+v", k, g, w)
					}
				}
				if got.Triple.TP == 0 || got.Triple.FP == 0 || got.Triple.FN == 0 {
					t.Errorf("the example does not exercise the scorer: %+v", got.Triple)
				}
			})
		}
	}
}

// ploverFixture is a small hand-made PLOVER set.
func ploverFixture() []PloverGold {
	return []PloverGold{
		{ID: "p1", Event: "AGREE", Source: []PloverActor{{Code: "USA"}}},
		{ID: "p2", Event: "DEMAND", Source: []PloverActor{{Code: "FRA"}, {Code: "DEU"}}},
		{ID: "p3", Event: "fight", Source: []PloverActor{{Code: "RUSMIL"}}},
		{ID: "p4", Event: "DISAPPROVE"},
		{ID: "p5", Event: "PROTEST", Source: []PloverActor{{Code: ""}}},
	}
}

func TestScorePLOVERGoldAsPrediction(t *testing.T) {
	gold := ploverFixture()
	var preds []EventPrediction
	for _, g := range gold {
		want := strings.ToUpper(g.Event)
		if v, ok := PloverOld[want]; ok {
			want = v
		}
		src := ""
		if len(g.Source) > 0 {
			src = g.Source[0].Code
		}
		preds = append(preds, EventPrediction{ID: g.ID, Events: []document.Event{{Source: src, Plover: document.Plover{Event: want}}}})
	}
	s := ScorePLOVER(gold, preds)
	if s.Records != 5 || s.Accuracy != 1 || s.Exact != 1 || s.Spurious != 0 {
		t.Errorf("%+v, want accuracy and exact 1.0", s)
	}
}

func randomPloverSet(seed uint64) ([]PloverGold, []EventPrediction) {
	r := rand.New(rand.NewPCG(seed, 11))
	types := []string{"AGREE", "CONSULT", "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT", "protest", "SANCTION", ""}
	codes := []string{"USA", "USAGOV", "CHN", "FRA", "IGO", "", "SRB"}
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	var gold []PloverGold
	var preds []EventPrediction
	for n := 0; n < 50; n++ {
		ev := pick(types)
		if ev == "" {
			ev = "AGREE"
		}
		g := PloverGold{ID: fmt.Sprintf("P-%d", n), Event: ev}
		for k := r.IntN(3); k > 0; k-- {
			g.Source = append(g.Source, PloverActor{Code: pick(codes)})
		}
		gold = append(gold, g)
		p := EventPrediction{ID: g.ID}
		if r.IntN(6) == 0 {
			p = EventPrediction{Input: g.ID}
		}
		for k := r.IntN(3); k > 0; k-- {
			p.Events = append(p.Events, document.Event{Source: pick(codes), Plover: document.Plover{Event: pick(types)}})
		}
		if r.IntN(2) == 0 { // right, with a gold source some of the time
			want := strings.ToUpper(ev)
			if v, ok := PloverOld[want]; ok {
				want = v
			}
			src := pick(codes)
			if len(g.Source) > 0 && r.IntN(2) == 0 {
				src = g.Source[0].Code + "GOV"
			}
			p.Events = append(p.Events, document.Event{Source: src, Plover: document.Plover{Event: want}})
		}
		if r.IntN(7) == 0 {
			continue
		}
		preds = append(preds, p)
	}
	return gold, preds
}

// The Go scorer agrees with ../shared/eval/tools/score_plover.py.
func TestScorePLOVERAgreesWithPython(t *testing.T) {
	script := filepath.Join(shared, "eval/tools/score_plover.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared absent")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	for seed := uint64(1); seed <= 5; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			gold, preds := randomPloverSet(seed)
			dir := t.TempDir()
			gp, pp := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl")
			// gold lines as the GSR writes them: source a list, or ""
			var lines []map[string]any
			for i, g := range gold {
				m := map[string]any{"id": g.ID, "event": g.Event, "text": "x", "source": g.Source}
				if len(g.Source) == 0 && i%2 == 0 {
					m["source"] = ""
				}
				lines = append(lines, m)
			}
			writeJSONL(t, gp, lines)
			writeJSONL(t, pp, preds)
			out, err := exec.Command(py, script, gp, pp).Output()
			if err != nil {
				t.Fatalf("scorer: %v", err)
			}
			var want PloverScore
			if err := json.Unmarshal(out, &want); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			back, err := ReadPloverGold(gp)
			if err != nil {
				t.Fatal(err)
			}
			got := ScorePLOVER(back, preds)
			if got.Records != want.Records || !closeTo(got.Accuracy, want.Accuracy) || !closeTo(got.Exact, want.Exact) ||
				!closeTo(got.Spurious, want.Spurious) || !closeTo(got.SourceCountry, want.SourceCountry) {
				t.Errorf("go %+v\npython %+v", got, want)
			}
			if got.Accuracy == 0 || got.Accuracy == 1 || got.SourceCountry == 0 {
				t.Errorf("the example does not exercise the scorer: %+v", got)
			}
		})
	}
}
