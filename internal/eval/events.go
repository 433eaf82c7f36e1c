package eval

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/attache-news/attache/document"
)

// EventGold is one record of an event-coding gold set
// (../shared/eval/events/unittest.jsonl, validate.jsonl and the like).
type EventGold struct {
	ID         string      `json:"id"`
	Text       string      `json:"text"`
	Published  string      `json:"published"`
	Events     []GoldEvent `json:"events"`
	ExpectNone bool        `json:"expect_none"` // the coder must code nothing
	Category   string      `json:"category"`
	Evaluate   *bool       `json:"evaluate"` // false: not scored unless all records are; nil: scored
}

// GoldEvent is one gold (source, target, CAMEO) triple, codes as written.
type GoldEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Cameo  string `json:"cameo"`
}

// EventPrediction is the part of a predicted Document the event scorers
// read: matched to gold by ID, else by Input; Error marks a failed input.
type EventPrediction struct {
	ID     string           `json:"id"`
	Input  string           `json:"input"`
	Error  string           `json:"error,omitempty"`
	Events []document.Event `json:"events"`
}

// EventPredictions turns Documents into predictions.
func EventPredictions(docs []document.Document) []EventPrediction {
	out := make([]EventPrediction, len(docs))
	for i, d := range docs {
		out[i] = EventPrediction{ID: d.ID, Input: d.Input, Events: d.Events}
	}
	return out
}

// EventPRF is micro precision, recall and F1 with their counts, as
// score_events.py's prf computes them (1.0 when there is nothing to find).
type EventPRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

func eventPRF(tp, fp, fn int) EventPRF {
	s := EventPRF{TP: tp, FP: fp, FN: fn}
	switch {
	case tp+fp > 0:
		s.Precision = float64(tp) / float64(tp+fp)
	case fn == 0:
		s.Precision = 1
	}
	s.Recall = 1
	if tp+fn > 0 {
		s.Recall = float64(tp) / float64(tp+fn)
	}
	s.F1 = 1
	if d := 2*tp + fp + fn; d > 0 {
		s.F1 = float64(2*tp) / float64(d)
	}
	return s
}

// EventCategory is the triple score of one record category.
type EventCategory struct {
	EventPRF
	Records int `json:"records"`
	Correct int `json:"correct"`
}

// EventScore is score_events.py's report.
type EventScore struct {
	Records           int                      `json:"records"` // gold records scored
	Matched           int                      `json:"matched"` // ... with a prediction
	Missing           int                      `json:"missing"`
	Errors            int                      `json:"errors"` // predictions that carry an error
	GoldEvents        int                      `json:"gold_events"`
	PredictedEvents   int                      `json:"predicted_events"`
	Triple            EventPRF                 `json:"triple"`         // (source, target, cameo)
	Root              EventPRF                 `json:"root"`           // (source, target, cameo[:2])
	Cameo             EventPRF                 `json:"cameo"`          // cameo alone
	TripleLenient     EventPRF                 `json:"triple_lenient"` // actors on their first three letters
	RootLenient       EventPRF                 `json:"root_lenient"`
	RecordsCorrect    *float64                 `json:"records_correct"` // share of records whose triple set is the gold set; nil with no records
	ExpectNoneRecords int                      `json:"expect_none_records"`
	ExpectNoneClean   *float64                 `json:"expect_none_clean"` // share of expect_none records with nothing predicted; nil with none
	Categories        map[string]EventCategory `json:"categories"`
}

type triple struct{ s, t, c string }

// normTriple is score_events.py's norm_event: codes trimmed and upper-cased,
// no triple without a CAMEO code.
func normTriple(s, t, c string) (triple, bool) {
	c = strings.ToUpper(strings.TrimSpace(c))
	if c == "" {
		return triple{}, false
	}
	return triple{strings.ToUpper(strings.TrimSpace(s)), strings.ToUpper(strings.TrimSpace(t)), c}, true
}

// prefix is the first n code points of s, as a Python slice.
func prefix(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

var eventViews = []struct {
	name string
	key  func(triple) triple
}{
	{"triple", func(x triple) triple { return x }},
	{"root", func(x triple) triple { return triple{x.s, x.t, prefix(x.c, 2)} }},
	{"cameo", func(x triple) triple { return triple{c: x.c} }},
	{"triple_lenient", func(x triple) triple { return triple{prefix(x.s, 3), prefix(x.t, 3), x.c} }},
	{"root_lenient", func(x triple) triple { return triple{prefix(x.s, 3), prefix(x.t, 3), prefix(x.c, 2)} }},
}

// ScoreEvents scores predictions against gold records exactly as
// ../shared/eval/tools/score_events.py does without --all-records: records
// with "evaluate": false are skipped. Scores are fractions, not rounded.
func ScoreEvents(gold []EventGold, pred []EventPrediction) EventScore {
	return ScoreEventsAll(gold, pred, false)
}

// ScoreEventsAll is ScoreEvents; all scores the records marked not to be
// evaluated too (score_events.py --all-records).
func ScoreEventsAll(gold []EventGold, pred []EventPrediction, all bool) EventScore {
	pmap := map[string]*EventPrediction{}
	for i := range pred {
		p := &pred[i]
		for _, v := range []string{p.ID, p.Input} {
			if _, dup := pmap[v]; v != "" && !dup {
				pmap[v] = p
				break
			}
		}
	}
	counts := make([][3]int, len(eventViews))
	type cat struct{ tp, fp, fn, n, ok int }
	cats := map[string]*cat{}
	var res EventScore
	correct, noneN, noneOK := 0, 0, 0
	for _, g := range gold {
		if !all && g.Evaluate != nil && !*g.Evaluate {
			continue
		}
		res.Records++
		p := pmap[g.ID]
		if p != nil {
			res.Matched++
			if p.Error != "" {
				res.Errors++
			}
		}
		gev, pev := map[triple]bool{}, map[triple]bool{}
		for _, e := range g.Events {
			if x, ok := normTriple(e.Source, e.Target, e.Cameo); ok {
				gev[x] = true
			}
		}
		if p != nil {
			for _, e := range p.Events {
				if x, ok := normTriple(e.Source, e.Target, e.Cameo); ok {
					pev[x] = true
				}
			}
		}
		res.GoldEvents += len(gev)
		res.PredictedEvents += len(pev)
		for v, view := range eventViews {
			gs, ps := map[triple]bool{}, map[triple]bool{}
			for x := range gev {
				gs[view.key(x)] = true
			}
			for x := range pev {
				ps[view.key(x)] = true
			}
			tp := 0
			for x := range ps {
				if gs[x] {
					tp++
				}
			}
			counts[v][0] += tp
			counts[v][1] += len(ps) - tp
			counts[v][2] += len(gs) - tp
		}
		tp := 0
		for x := range pev {
			if gev[x] {
				tp++
			}
		}
		ok := tp == len(gev) && tp == len(pev)
		if ok {
			correct++
		}
		c := cats[g.Category]
		if c == nil {
			c = &cat{}
			cats[g.Category] = c
		}
		c.tp += tp
		c.fp += len(pev) - tp
		c.fn += len(gev) - tp
		c.n++
		if ok {
			c.ok++
		}
		if g.ExpectNone {
			noneN++
			if len(pev) == 0 {
				noneOK++
			}
		}
	}
	res.Missing = res.Records - res.Matched
	views := []*EventPRF{&res.Triple, &res.Root, &res.Cameo, &res.TripleLenient, &res.RootLenient}
	for v := range eventViews {
		*views[v] = eventPRF(counts[v][0], counts[v][1], counts[v][2])
	}
	if res.Records > 0 {
		x := float64(correct) / float64(res.Records)
		res.RecordsCorrect = &x
	}
	res.ExpectNoneRecords = noneN
	if noneN > 0 {
		x := float64(noneOK) / float64(noneN)
		res.ExpectNoneClean = &x
	}
	res.Categories = map[string]EventCategory{}
	for k, c := range cats {
		res.Categories[k] = EventCategory{EventPRF: eventPRF(c.tp, c.fp, c.fn), Records: c.n, Correct: c.ok}
	}
	return res
}

// PloverGold is one PLOVER gold-standard record
// (../shared/eval/events/plover_gsr_dev.jsonl): its text, event type and
// source actors.
type PloverGold struct {
	ID     string        `json:"id"`
	Date   string        `json:"date"`
	Text   string        `json:"text"`
	Event  string        `json:"event"` // 2016 type names; see PloverOld
	Source []PloverActor `json:"-"`
}

// PloverActor is one actor of a PLOVER record.
type PloverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
}

// UnmarshalJSON reads a record whose source is a list of actors or "".
func (g *PloverGold) UnmarshalJSON(b []byte) error {
	type plain PloverGold
	var raw struct {
		plain
		Source json.RawMessage `json:"source"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*g = PloverGold(raw.plain)
	if len(raw.Source) > 0 && raw.Source[0] == '[' {
		return json.Unmarshal(raw.Source, &g.Source)
	}
	return nil
}

// PloverOld maps the 2016 event types of the gold records to PLOVER 2021's,
// as score_plover.py does.
var PloverOld = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// PloverScore is score_plover.py's report; shares are fractions of Records.
type PloverScore struct {
	Records       int     `json:"records"`
	Accuracy      float64 `json:"accuracy"`       // the gold type is among the predicted types
	Exact         float64 `json:"exact"`          // the predicted types are exactly {gold}
	Spurious      float64 `json:"spurious"`       // some predicted type is not the gold one
	SourceCountry float64 `json:"source_country"` // an event of the gold type has a source of a gold source's country
}

// ScorePLOVER scores predicted PLOVER event types against PLOVER gold
// records exactly as ../shared/eval/tools/score_plover.py does (without its
// rounding to four places).
func ScorePLOVER(gold []PloverGold, pred []EventPrediction) PloverScore {
	preds := map[string]*EventPrediction{}
	for i := range pred {
		k := pred[i].ID
		if k == "" {
			k = pred[i].Input
		}
		if _, ok := preds[k]; !ok {
			preds[k] = &pred[i]
		}
	}
	var s PloverScore
	var acc, exact, spur, src int
	for _, g := range gold {
		want := strings.ToUpper(g.Event)
		if v, ok := PloverOld[want]; ok {
			want = v
		}
		var evs []document.Event
		if p := preds[g.ID]; p != nil {
			evs = p.Events
		}
		got := map[string]bool{}
		for _, e := range evs {
			if t := strings.ToUpper(e.Plover.Event); t != "" {
				got[t] = true
			}
		}
		s.Records++
		if got[want] {
			acc++
		}
		if len(got) == 1 && got[want] {
			exact++
		}
		for t := range got {
			if t != want {
				spur++
				break
			}
		}
		codes := map[string]bool{}
		for _, a := range g.Source {
			codes[prefix(a.Code, 3)] = true
		}
		for _, e := range evs {
			if strings.ToUpper(e.Plover.Event) == want && codes[prefix(e.Source, 3)] {
				src++
				break
			}
		}
	}
	if s.Records > 0 {
		n := float64(s.Records)
		s.Accuracy, s.Exact, s.Spurious, s.SourceCountry = float64(acc)/n, float64(exact)/n, float64(spur)/n, float64(src)/n
	}
	return s
}

// ReadEventGold reads an event gold set (JSON Lines).
func ReadEventGold(path string) ([]EventGold, error) { return readJSONL[EventGold](path) }

// ReadPloverGold reads PLOVER gold-standard records (JSON Lines).
func ReadPloverGold(path string) ([]PloverGold, error) { return readJSONL[PloverGold](path) }

// ReadEventPredictions reads predicted Documents (JSON Lines), keeping what
// the event scorers use.
func ReadEventPredictions(path string) ([]EventPrediction, error) {
	return readJSONL[EventPrediction](path)
}

// CategoryNames returns the categories of s, sorted.
func (s EventScore) CategoryNames() []string {
	out := make([]string, 0, len(s.Categories))
	for k := range s.Categories {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
