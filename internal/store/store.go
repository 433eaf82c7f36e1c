// Package store keeps analysed Documents and answers the questions an analyst
// asks of an archive: which articles say X, which events joined two actors
// over time, who said what, what roles an actor held.
//
// Store is the one interface callers use (ingest, serve, export). Every
// implementation passes the same conformance suite (package storetest); the
// SQLite implementation (package sqlite) is the default, a PostgreSQL one can
// join later without changes to callers.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/attache-news/attache/document"
)

// ErrNotFound is returned when an article or actor asked for by id is absent.
var ErrNotFound = errors.New("not found")

// Store holds Documents and the annotations hung on them. Implementations are
// safe for concurrent use.
type Store interface {
	// Put stores one analysed Document. It is idempotent: a Document whose
	// content hash is already stored adds nothing and reports Added false. A Document that is a near-duplicate of a stored one (a wire
	// copy republished by another site) is stored and linked to it
	// (PutResult.DuplicateOf). Events of the Document that report an event
	// already stored from another article (same source, target, CAMEO code
	// and date) are linked to it as further mentions.
	Put(ctx context.Context, d *document.Document) (PutResult, error)

	// HasHash reports whether a Document with this content hash is stored, so
	// that ingest can skip analysing inputs it has already stored.
	HasHash(ctx context.Context, hash string) (bool, error)

	// Article is the full Document stored under id, or ErrNotFound.
	Article(ctx context.Context, id string) (*document.Document, error)

	// Articles searches articles, newest first.
	Articles(ctx context.Context, q ArticleQuery) ([]ArticleSummary, error)

	// Events lists events, newest first.
	Events(ctx context.Context, q EventQuery) ([]EventRow, error)

	// Timeline counts the events matching q in buckets of q.Bucket, oldest
	// first, cooperative and conflictual apart.
	Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error)

	// Quotes lists quotations, newest first.
	Quotes(ctx context.Context, q QuoteQuery) ([]QuoteRow, error)

	// Actor is what the archive knows of one actor code, or ErrNotFound.
	Actor(ctx context.Context, code string) (*ActorPage, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	Close() error
}

// PutResult says what Put did.
type PutResult struct {
	ID          string // the stored article's id (the existing one when not Added)
	Added       bool   // false when the content hash was already stored
	DuplicateOf string // id of a stored near-duplicate article, "" when none
	Events      int    // events stored
	Linked      int    // of them, linked to an event already reported elsewhere
}

// ArticleQuery filters articles. Zero fields do not filter.
type ArticleQuery struct {
	Text  string    // full-text search (FTS5 syntax in SQLite: words, "phrases", OR)
	From  time.Time // published on or after
	To    time.Time // published before
	Site  string
	Actor string // articles with an entity or event of this actor code (prefix: "USA" matches "USAGOV")
	Limit int    // 0: a default (50); capped by the implementation
	After string // cursor: the Next of the previous page
}

// ArticleSummary is an article without its text and annotations.
type ArticleSummary struct {
	ID          string `json:"id"`
	URL         string `json:"url"`
	Site        string `json:"site"`
	Title       string `json:"title"`
	Published   string `json:"published"`
	Snippet     string `json:"snippet"` // matching text with the hits marked, or the first words
	Events      int    `json:"events"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// EventQuery filters events. Zero fields do not filter.
type EventQuery struct {
	Actor   string    // source or target code starts with it ("USA", "USAGOV")
	Source  string    // source code starts with it
	Target  string    // target code starts with it
	Dyad    [2]string // either direction: source starts with [0] and target with [1], or the reverse
	Cameo   string    // code prefix: "04" (root), "042"
	Quad    int       // 1-4; 0 any
	From    time.Time // event date on or after
	To      time.Time // event date before
	Place   string    // place name or country code
	Article string    // events of one article
	Limit   int       // 0: a default (100); capped by the implementation
	After   string    // cursor
}

// EventRow is a stored event with where it was read.
type EventRow struct {
	document.Event
	ID       int64  `json:"id"`                // the event's id in the store
	Article  string `json:"article"`           // id of the article it was read in
	Title    string `json:"title"`             // that article's title
	Mentions int    `json:"mentions"`          // articles reporting the same event (1 when only this one)
	SameAs   int64  `json:"same_as,omitempty"` // id of the first report of the same event, 0 when this is it
}

// TimelineQuery chooses the events counted and the bucket size.
type TimelineQuery struct {
	EventQuery        // Limit and After are ignored
	Bucket     string // "day", "week" (default) or "month"; weeks start on Monday
}

// Bucket is one period of a timeline.
type Bucket struct {
	Start         string  `json:"start"` // YYYY-MM-DD, first day of the period
	Events        int     `json:"events"`
	Cooperative   int     `json:"cooperative"`    // quad classes 1 and 2
	Conflictual   int     `json:"conflictual"`    // quad classes 3 and 4
	MeanGoldstein float64 `json:"mean_goldstein"` // 0 when no events
}

// QuoteQuery filters quotations. Zero fields do not filter.
type QuoteQuery struct {
	Speaker string // speaker name contains it (case-insensitive)
	Actor   string // speaker entity's actor code starts with it
	Text    string // quote text contains it
	From    time.Time
	To      time.Time
	Limit   int
	After   string
}

// QuoteRow is a stored quotation with where it was read.
type QuoteRow struct {
	document.Quote
	Actor     string `json:"actor"` // the speaker's actor code, "" when unknown
	Article   string `json:"article"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

// ActorPage is what the archive knows of one actor code.
type ActorPage struct {
	Code     string     `json:"code"`
	Names    []string   `json:"names"`    // entity names seen with this code, most frequent first
	Roles    []RoleSpan `json:"roles"`    // roles read for it, by first date seen
	Articles int        `json:"articles"` // articles mentioning it
	Events   int        `json:"events"`   // events with it as source or target
	Partners []Partner  `json:"partners"` // most frequent counterparts in events
}

// RoleSpan is a role an actor was read with, and when.
type RoleSpan struct {
	Name  string `json:"name"` // the person or body ("Qin Gang")
	Role  string `json:"role"` // "Foreign Minister"
	First string `json:"first"`
	Last  string `json:"last"`
	Count int    `json:"count"`
}

// Partner is a counterpart actor and how often it appears.
type Partner struct {
	Code   string `json:"code"`
	Events int    `json:"events"`
}

// Stats counts what is stored.
type Stats struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"` // articles that are near-duplicates of another
	Events     int `json:"events"`
	Quotes     int `json:"quotes"`
	Entities   int `json:"entities"`
}
