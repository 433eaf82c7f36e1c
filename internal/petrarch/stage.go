package petrarch

import (
	"context"
	"fmt"
	"strings"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/event"
)

// Stage codes a Document's actors and events with a Set. It is safe for
// concurrent use.
type Stage struct {
	set *Set
	opt Options
}

// NewStage returns the stage coding with set.
func NewStage(set *Set, opt Options) *Stage { return &Stage{set: set, opt: opt} }

// Name is "petrarch".
func (*Stage) Name() string { return "petrarch" }

// Stages is attache's default pipeline with its own actor and event stages
// replaced by set: what `analyze`, `ingest` and `serve` run with
// --dictionaries.
func Stages(set *Set, opt Options) []attache.Stage {
	var out []attache.Stage
	for _, s := range attache.DefaultStages() {
		switch s.Name() {
		case "actors":
			continue
		case "events":
			out = append(out, NewStage(set, opt))
		default:
			out = append(out, s)
		}
	}
	return out
}

// Run sets d.Events (and the actors of d.Entities the dictionaries name).
func (s *Stage) Run(_ context.Context, d *document.Document) error {
	s.Code(d)
	return nil
}

// Code codes every sentence of d; a story discard leaves it with no event.
func (s *Stage) Code(d *document.Document) {
	day := pubDay(d.Published)
	var evs []document.Event
	seen := map[string]bool{}
	for i, sp := range d.Sentences {
		if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
			continue
		}
		text := d.Text[sp.Start:sp.End]
		res := s.set.Code(text, day, s.opt)
		if res.Discarded != "" {
			if res.Story {
				d.Events = []document.Event{}
				d.Warn(fmt.Sprintf("dictionaries: story discarded (%q in sentence %d)", strings.ToLower(res.Discarded), i))
				return
			}
			continue
		}
		for _, a := range res.Actors {
			s.setEntityActor(d, sp.Start+a.Start, sp.Start+a.End, a)
		}
		for _, e := range res.Events {
			k := e.Source + "|" + e.Target + "|" + e.Code
			if seen[k] {
				continue
			}
			seen[k] = true
			ev := document.Event{
				Source: e.Source, Target: e.Target, Cameo: e.Code,
				Sentence: i, Evidence: text, Rule: e.Rule,
				Date: day.Format("2006-01-02"),
			}
			if day.IsZero() {
				ev.Date = ""
			}
			if len(e.Code) >= 2 {
				ev.Root = e.Code[:2]
			}
			if info, ok := event.Lookup(e.Code); ok {
				ev.Root, ev.Quad, ev.Goldstein = info.Root, info.Quad, info.Goldstein
				ev.Plover = document.Plover{Event: info.Plover, Mode: info.Mode}
			}
			ev.SourceEntity = entityAt(d, sp.Start+e.SrcSpan[0], sp.Start+e.SrcSpan[1])
			ev.TargetEntity = entityAt(d, sp.Start+e.TgtSpan[0], sp.Start+e.TgtSpan[1])
			evs = append(evs, ev)
		}
	}
	if evs == nil {
		evs = []document.Event{}
	}
	d.Events = evs
}

// pubDay reads the day of an RFC 3339 or YYYY-MM-DD date; zero when none.
func pubDay(p string) time.Time {
	if len(p) >= 10 {
		if t, err := time.Parse("2006-01-02", p[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// setEntityActor gives the actor code to the entities mentioned in
// [a, b) that have none yet.
func (s *Stage) setEntityActor(d *document.Document, a, b int, span ActorSpan) {
	if span.Agent {
		return
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Actor != nil {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < b && a < m.End {
				e.Actor = actorOf(span.Code)
				break
			}
		}
	}
}

func actorOf(code string) *document.Actor {
	a := &document.Actor{Code: code}
	if len(code) >= 3 && code[:3] != "---" {
		a.Country = code[:3]
	}
	if len(code) >= 6 {
		a.Sector = code[3:6]
	}
	return a
}

// entityAt is the id of the first entity with a mention inside [a, b).
func entityAt(d *document.Document, a, b int) string {
	if a >= b {
		return ""
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start >= a && m.End <= b {
				return e.ID
			}
		}
	}
	return ""
}
