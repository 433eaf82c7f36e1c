// Package warm starts loading attache's models (the entity tagger, the
// gazetteer, the actor tables, the verb patterns) the moment a program that
// imports it starts, in the background.
//
// Go initialises packages in import-path order, dependencies first; this
// package and the models it loads depend on nothing outside attache, so
// their loading runs side by side with the initialisation of the extraction
// libraries (go-dateparser alone builds about 90 MB of locale tables before
// main runs). The first caller of ner.Default, geo.Default, ... then waits
// only for what is not loaded yet. Import it for its side effect from a
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
	// one goroutine, the slowest load first: on two cores, a second one
	// only slows the libraries' initialisation that runs beside it
	go func() {
		geo.Default()
		ner.Default()
		actor.Default()
		event.Default()
	}()
}
