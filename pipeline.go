// Package attache turns news articles into structured event data. Its public
// surface is small: a Source goes in, a document.Document comes out, through
// an explicit, ordered list of stages.
//
//	p := attache.New(attache.Config{})
//	doc, err := p.Analyze(ctx, attache.Source{Data: page, As: "html"})
package attache

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/actor"
	"github.com/attache-news/attache/internal/event"
	"github.com/attache-news/attache/internal/extract"
	"github.com/attache-news/attache/internal/geo"
	"github.com/attache-news/attache/internal/ner"
	"github.com/attache-news/attache/internal/quote"
	"github.com/attache-news/attache/internal/text"
	"github.com/attache-news/attache/internal/timex"
)

// Source is one input article before analysis.
type Source struct {
	Input       string // the INPUT path or URL, "-" for standard input, or the jsonl id
	ID          string // the jsonl id; "" for other inputs (the id is then a hash)
	URL         string // the page's address, when known
	Published   string // reference date when the input has none (RFC 3339 or YYYY-MM-DD)
	As          string // "html", "page", "text", or "" / "auto" to sniff
	ContentType string // HTTP Content-Type, when fetched; helps charset detection
	Data        []byte
}

// Stage is one step of the pipeline over a Document whose Text is already set.
// Stages add annotations; none changes Text.
type Stage interface {
	Name() string
	Run(ctx context.Context, d *document.Document) error
}

// Config chooses what the pipeline does.
type Config struct {
	// Stages overrides DefaultStages when non-nil.
	Stages []Stage
	// Roles, when not nil, is the memory the default stages' actor
	// resolution learns people's roles into from the text ("Foreign Minister
	// Qin Gang") and lends them from to later articles that name the person
	// alone. Ignored when Stages is set.
	Roles *RoleMemory
}

// RoleMemory is what a corpus teaches of people's roles; see NewRoleMemory.
type RoleMemory = actor.Memory

// NewRoleMemory returns an empty memory of roles, for Config.Roles. Its
// WriteTo and ReadFrom keep it between runs as a table of name, actor code,
// role, first and last day read, and count.
func NewRoleMemory() *RoleMemory { return actor.NewMemory() }

// Pipeline is safe for concurrent use once built.
type Pipeline struct {
	stages []Stage
}

// New builds a pipeline: models and tables are loaded here, once. The
// default stages' models load side by side, so start-up costs about the
// slowest of them (the entity tagger), not their sum.
func New(cfg Config) *Pipeline {
	stages := cfg.Stages
	if stages == nil {
		stages = defaultStages(cfg.Roles)
		var wg sync.WaitGroup
		for _, load := range []func(){
			func() { ner.Default() },
			func() { geo.Default() },
			func() { actor.Default(); event.Default() },
		} {
			wg.Go(load)
		}
		wg.Wait()
	}
	return &Pipeline{stages: stages}
}

// DefaultStages is the full pipeline after extraction, in order: each stage
// may read what the stages before it added.
func DefaultStages() []Stage { return defaultStages(nil) }

func defaultStages(roles *RoleMemory) []Stage {
	return []Stage{
		Sentences{},
		stageFunc{"entities", func(d *document.Document) { ner.Default().Entities(d) }},
		stageFunc{"places", func(d *document.Document) { geo.Default().Run(d) }},
		stageFunc{"actors", func(d *document.Document) { actor.Default().ResolveWith(d, roles) }},
		stageFunc{"times", timex.Run},
		stageFunc{"quotes", quote.Run},
		stageFunc{"events", event.Run},
	}
}

// stageFunc is a Stage made of a function over the Document.
type stageFunc struct {
	name string
	run  func(*document.Document)
}

func (s stageFunc) Name() string { return s.name }

func (s stageFunc) Run(_ context.Context, d *document.Document) error {
	s.run(d)
	return nil
}

// Analyze extracts the article from src and runs every stage on it. Content
// problems become warnings on the Document; an error means no Document.
func (p *Pipeline) Analyze(ctx context.Context, src Source) (*document.Document, error) {
	d, err := p.Extract(ctx, src)
	if err != nil {
		return nil, err
	}
	if err := p.Annotate(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// Extract is the first half of Analyze: the article read from src (text,
// title, date, id), not yet annotated. A caller that may not need the
// annotations (ingest, when the article is already stored) extracts, then
// calls Annotate.
func (p *Pipeline) Extract(ctx context.Context, src Source) (*document.Document, error) {
	d := &document.Document{Input: src.Input, URL: src.URL}
	if len(bytes.TrimSpace(src.Data)) == 0 {
		return nil, extract.ErrEmpty
	}
	as := src.As
	if as == "" || as == "auto" {
		k, err := extract.Sniff(src.Data)
		if err != nil {
			return nil, err
		}
		as = k
	}
	switch as {
	case "html":
		extract.HTML(src.Data, src.ContentType, d)
	case "page":
		extract.Page(extract.Decode(src.Data, src.ContentType, d), d)
	case "text":
		extract.Text(extract.Decode(src.Data, src.ContentType, d), d)
	default:
		return nil, fmt.Errorf("unknown input form %q (want auto, html, page or text)", as)
	}
	if d.Published == "" && src.Published != "" {
		d.Published = src.Published
	}
	if d.Language == "" {
		d.Language = extract.Language(d.Text)
	}
	d.ID = src.ID
	if d.ID == "" {
		d.ID = stableID(d.URL, src.Data)
	}
	return d, ctx.Err()
}

// Annotate is the second half of Analyze: it runs the stages on a Document
// that Extract made.
func (p *Pipeline) Annotate(ctx context.Context, d *document.Document) error {
	// a text longer than a book is annotated in its first maxAnnotated bytes:
	// the stages see that prefix (and its sentences), the Document keeps all
	full, cut := d.Text, prefixEnd(d.Text, maxAnnotated)
	if cut < len(full) {
		d.Text = full[:cut]
		d.Warn(fmt.Sprintf("text of %d MB: entities, quotes, times, places and events were read in its first %d MB only", len(full)>>20, maxAnnotated>>20))
	}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			d.Text = full
			return err
		}
		if err := s.Run(ctx, d); err != nil {
			d.Text = full
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	if cut < len(full) {
		d.Text = full
		d.Sentences = text.Sentences(full)
	}
	return nil
}

// maxAnnotated is how much of a text the annotating stages read.
const maxAnnotated = 2 << 20

// prefixEnd is where to cut s to at most max bytes: at a paragraph break if
// there is one in the last quarter, else at a rune boundary.
func prefixEnd(s string, max int) int {
	if len(s) <= max {
		return len(s)
	}
	if i := strings.LastIndex(s[:max], "\n\n"); i > max*3/4 {
		return i
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return max
}

// stableID hashes the URL when there is one, else the content.
func stableID(url string, data []byte) string {
	h := sha256.New()
	if url != "" {
		h.Write([]byte(url))
	} else {
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Sentences is the stage that splits the body into sentences.
type Sentences struct{}

func (Sentences) Name() string { return "sentences" }

func (Sentences) Run(_ context.Context, d *document.Document) error {
	d.Sentences = text.Sentences(d.Text)
	return nil
}
