// Package warm starts loading attache's models (the entity tagger, the
// gazetteer, the actor tables, the verb patterns) the moment a program that
// imports it starts, in the background.
//
// Go initialises packages in import-path order, dependencies first; this
// package and the models it loads depend on nothing outside attache, so
// their loading starts before the other libraries' initialisation and
// main's reading of flags and input (about 30 ms of a 110-150 ms start-up
// on two cores). The first caller of ner.Default, geo.Default, ... then
// waits only for what is not loaded yet. Import it for its side effect from a
// command, never from a library: a program that needs no models should not
// pay for them.
package warm

import (
	"github.com/attache-news/attache/internal/actor"
	"github.com/attache-news/attache/internal/event"
	"github.com/attache-news/attache/internal/geo"
	"github.com/attache-news/attache/internal/ner"
)

func init() {
	// the tagger's weights are the slowest load (~70 ms); the gazetteer
	// is an index read in place (~1 ms)
	go ner.Default()
	go func() {
		actor.Default()
		event.Default()
		geo.Default()
	}()
}
