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

// published gives reference dates passed with articles; the pipeline uses one
// only when the article's own text states no date.
var published = map[string]string{
	"tokyo-summit.txt": "2023-03-16",
}

// Sources returns the demo articles in name order, ready for Analyze.
func Sources() []attache.Source {
	entries, _ := fs.ReadDir(files, "articles")
	var out []attache.Source
	for _, e := range entries {
		if ext := path.Ext(e.Name()); ext != ".txt" && ext != ".html" {
			continue // README.md
		}
		data, err := files.ReadFile(path.Join("articles", e.Name()))
		if err != nil {
			continue
		}
		out = append(out, attache.Source{Input: "demo/" + e.Name(), Published: published[e.Name()], Data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Input < out[j].Input })
	return out
}
