// Package demo holds a few short news reports written for the attache
// project in its own words (facts only, no third-party text), embedded in
// the binary so that `attache demo` runs the whole pipeline on a fresh
// machine with nothing else to fetch.
package demo

import (
	"embed"
	"io/fs"
	"path"
	"sort"

	attache "github.com/attache-news/attache"
)

//go:embed articles
var files embed.FS

// published dates the articles whose text gives no publication line.
var published = map[string]string{
	"tokyo-summit.txt": "2023-03-16",
}

// Sources returns the demo articles in name order, ready for Analyze.
func Sources() []attache.Source {
	entries, _ := fs.ReadDir(files, "articles")
	var out []attache.Source
	for _, e := range entries {
		data, err := files.ReadFile(path.Join("articles", e.Name()))
		if err != nil {
			continue
		}
		out = append(out, attache.Source{Input: "demo/" + e.Name(), Published: published[e.Name()], Data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Input < out[j].Input })
	return out
}
