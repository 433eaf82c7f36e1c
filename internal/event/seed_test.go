package event

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/eval"
)

// seedEvent is one events item of ../shared/examples/seed/expected.json.
type seedEvent struct {
	What            string   `json:"what"`
	Source          string   `json:"source"`
	Target          string   `json:"target"`
	Cameo           []string `json:"cameo"`
	Date            string   `json:"date"`
	EitherDirection bool     `json:"either_direction"`
}

// matches is score_seed.py's test of one expected event.
func (x seedEvent) matches(evs []document.Event) bool {
	one := func(e document.Event, s, t string) bool {
		in := false
		for _, c := range x.Cameo {
			in = in || e.Cameo == c
		}
		return strings.HasPrefix(e.Source, s) && strings.HasPrefix(e.Target, t) && in &&
			(x.Date == "" || strings.HasPrefix(e.Date, x.Date))
	}
	for _, e := range evs {
		if one(e, x.Source, x.Target) || x.EitherDirection && one(e, x.Target, x.Source) {
			return true
		}
	}
	return false
}

// TestSeed runs the pipeline's stages on the seed page and checks its
// events as score_seed.py does: every must item, and no event with an
// empty side in a sentence that names another actor. Should items are
// reported.
func TestSeed(t *testing.T) {
	raw := readShared(t, "examples/seed/article.txt")
	var exp struct {
		Events struct{ Must, Should []seedEvent }
	}
	if err := json.Unmarshal(readShared(t, "examples/seed/expected.json"), &exp); err != nil {
		t.Fatal(err)
	}
	d := analyze(t, string(raw), "page", "")
	for _, x := range exp.Events.Must {
		if !x.matches(d.Events) {
			t.Errorf("must: %s (%s->%s %v)", x.What, x.Source, x.Target, x.Cameo)
		}
	}
	n := 0
	for _, x := range exp.Events.Should {
		if x.matches(d.Events) {
			n++
		} else {
			t.Logf("should, missed: %s (%s->%s %v)", x.What, x.Source, x.Target, x.Cameo)
		}
	}
	t.Logf("should: %d/%d; %d events", n, len(exp.Events.Should), len(d.Events))
	checkNamedSides(t, d)
}

// checkNamedSides fails an event with an empty source or target when its
// sentence names an actor of another country than the side it has (a
// compatriot, "Kyrgyz" in "Kyrgyz Prime Minister Tanaev" or "Tbilisi" in
// "rallied in Tbilisi", is no second actor), or acting beside it ("X and Y
// hosted talks").
func checkNamedSides(t *testing.T, d *document.Document) {
	t.Helper()
	for _, e := range d.Events {
		if e.Source != "" && e.Target != "" {
			continue
		}
		side := e.Source + e.Target
		sp := d.Sentences[e.Sentence]
		co := map[string]bool{} // "X and Y hosted talks": Y acts beside X
		for _, o := range d.Events {
			if o.Sentence == e.Sentence && o.Cameo == e.Cameo && o.Target == e.Target {
				co[o.SourceEntity] = true
			}
		}
		for _, ent := range d.Entities {
			if ent.Actor == nil || ent.ID == e.SourceEntity || ent.ID == e.TargetEntity || co[ent.ID] {
				continue
			}
			for _, m := range ent.Mentions {
				if len(side) >= 3 && strings.HasPrefix(ent.Actor.Code, side[:3]) {
					continue // a compatriot: "Kyrgyz Prime Minister Tanaev"
				}
				if m.Start >= sp.Start && m.End <= sp.End {
					t.Errorf("%s %s->%s has an empty side, but the sentence names %s: %s", e.Cameo, e.Source, e.Target, ent.Name, e.Evidence)
				}
			}
		}
	}
}

// ploverFloor is the PLOVER event-type accuracy on plover_gsr_dev.jsonl the
// coder must keep (measured 0.826 when set; 0.839 now); sourceFloor the
// share of records whose gold-type event has a source of the gold source's
// country (0.764 measured when set), and exactFloor the share whose types
// are exactly the gold's (0.752).
const (
	ploverFloor = 0.80
	sourceFloor = 0.74
	exactFloor  = 0.72
)

// TestPLOVER runs the pipeline's stages on each PLOVER gold record, as
// clean text dated by the record, and scores the event types with
// eval.ScorePLOVER (score_plover.py's metric).
func TestPLOVER(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	raw := readShared(t, "eval/events/plover_gsr_dev.jsonl")
	var gold []eval.PloverGold
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var g eval.PloverGold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			t.Fatal(err)
		}
		gold = append(gold, g)
	}
	preds := make([]eval.EventPrediction, len(gold))
	for i, g := range gold {
		d := analyze(t, g.Text, "text", g.Date)
		preds[i] = eval.EventPrediction{ID: g.ID, Events: d.Events}
		checkNamedSides(t, d)
	}
	s := eval.ScorePLOVER(gold, preds)
	t.Logf("PLOVER dev: %+v", s)
	if s.Accuracy < ploverFloor {
		t.Errorf("accuracy %.4f < floor %.2f", s.Accuracy, ploverFloor)
	}
	if s.SourceCountry < sourceFloor {
		t.Errorf("source country %.4f < floor %.2f", s.SourceCountry, sourceFloor)
	}
	if s.Exact < exactFloor {
		t.Errorf("exact %.4f < floor %.2f", s.Exact, exactFloor)
	}
}
