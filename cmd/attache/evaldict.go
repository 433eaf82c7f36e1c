package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/petrarch"
)

// goldLine is what analyzeGold reads of a gold line.
type goldLine struct {
	ID, Text, Published, Date string
	// Dictionaries: the PETRARCH/TABARI dictionaries folder of an event
	// suite record, relative to the gold file
	Dictionaries string
	// Options: the PETRARCH settings the record was coded under
	Options map[string]string
}

// pipelineFor chooses the pipeline that analyses a gold line.
type pipelineFor func(goldLine) (*attache.Pipeline, error)

// dictionaryPipelines codes every line with the dictionaries in dir or,
// when dir is "", with the dictionaries each line names (relative to the
// gold file) under its own require_dyad option. Each folder is read once.
func dictionaryPipelines(goldPath, dir string, stderr io.Writer) pipelineFor {
	sets := map[string]*petrarch.Set{}
	pipes := map[string]*attache.Pipeline{}
	return func(g goldLine) (*attache.Pipeline, error) {
		d := dir
		var opt petrarch.Options
		if d == "" {
			if g.Dictionaries == "" {
				return nil, fmt.Errorf("%s: line %q names no dictionaries", goldPath, g.ID)
			}
			d = filepath.Join(filepath.Dir(goldPath), filepath.FromSlash(g.Dictionaries))
			opt.AllowMonad = strings.EqualFold(strings.TrimSpace(g.Options["require_dyad"]), "false")
		}
		key := fmt.Sprintf("%s|%v", d, opt.AllowMonad)
		if p := pipes[key]; p != nil {
			return p, nil
		}
		set := sets[d]
		if set == nil {
			var err error
			set, err = loadDictionaries("eval events", d, stderr)
			if err != nil {
				return nil, fmt.Errorf("dictionaries %s: %w", d, err)
			}
			sets[d] = set
		}
		p := attache.New(attache.Config{Stages: petrarch.Stages(set, opt)})
		pipes[key] = p
		return p, nil
	}
}
