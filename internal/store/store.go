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

// ErrInvalid marks a query the store cannot answer as asked: a malformed
// cursor, an unknown bucket, a full-text query with a syntax error. The
// error's message says which; an API answers it with a 4xx.
var ErrInvalid = errors.New("invalid query")

// Store holds Documents and the annotations hung on them. Implementations are
// safe for concurrent use.
type Store interface {
	// Put stores one analysed Document. It is idempotent: a Document whose
	// content hash is already stored adds nothing and reports Added false. A Document that is a near-duplicate of a stored one (a wire
	// copy republished by another site) is stored and linked to it
	// (PutResult.DuplicateOf). Events of the Document that report an event
	// already stored from another article (same source, target, CAMEO code
	// and date) are linked to it as further mentions.
	//
	// The article is stored under d.ID when no other article has it (two
	// jsonl batches may both number their lines from 1), else under an id
	// made from its content hash; PutResult.ID and the stored Document's ID
	// say which. Put does not change d.
	Put(ctx context.Context, d *document.Document) (PutResult, error)

	// PutMany stores several Documents in one transaction, as Put would one
	// after the other; the results are in the order of docs. Either all are
	// stored or, on error, none.
	PutMany(ctx context.Context, docs []*document.Document) ([]PutResult, error)

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

	// HasURL reports whether an article read from this URL is stored, so that
	// a feed poller need not fetch an item's page again.
	HasURL(ctx context.Context, url string) (bool, error)

	// Feed is what the last poll of a feed left (for a conditional GET); the
	// zero FeedState, with URL set, when it was never polled.
	Feed(ctx context.Context, url string) (FeedState, error)

	// SetFeed records the outcome of a poll.
	SetFeed(ctx context.Context, f FeedState) error

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
	After string // cursor: the ID of the last article of the previous page
}

// ArticleSummary is an article without its text and annotations.
type ArticleSummary struct {
	ID          string `json:"id"`
	URL         string `json:"url"`
	Site        string `json:"site"`
	Title       string `json:"title"`
	Published   string `json:"published"`
	Snippet     string `json:"snippet"` // matching text with the hits marked, or the first words; HTML: the text escaped, each hit in <mark></mark>
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
	// Distinct keeps only the first report of each event (SameAs 0), leaving
	// out the further mentions linked to it.
	Distinct bool
	Limit    int    // 0: a default (100); capped by the implementation
	After    string // cursor: the ID (in decimal) of the last event of the previous page
}

// EventRow is a stored event with where it was read.
type EventRow struct {
	document.Event
	ID       int64  `json:"id"`                // the event's id in the store
	Article  string `json:"article"`           // id of the article it was read in
	Title    string `json:"title"`             // that article's title
	Mentions int    `json:"mentions"`          // articles reporting the same event (1 when only this one)
	SameAs   int64  `json:"same_as,omitempty"` // id of the first report of the same event, 0 when this is it

	// For exports; "" or 0 when unknown.
	Day          string `json:"day"`                     // the day the event is filed under: its date, else its article's (YYYY-MM-DD)
	PlaceCountry string `json:"place_country,omitempty"` // the country of Place (ISO 3166-1 alpha-3)
	SourceName   string `json:"source_name,omitempty"`   // the source entity's name in that article
	TargetName   string `json:"target_name,omitempty"`
	URL          string `json:"url,omitempty"`  // the article's address
	Site         string `json:"site,omitempty"` // the article's site
	Sources      int    `json:"sources"`        // distinct sites reporting the same event
	Added        string `json:"added"`          // when the article was stored (RFC 3339, UTC)
}

// TimelineQuery chooses the events counted and the bucket size. An event
// reported by several articles counts once, in the bucket of its first
// report; events without a known date are not counted.
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
	Mentions      int     `json:"mentions"`       // reports of these events, further mentions included
}

// QuoteQuery filters quotations. Zero fields do not filter.
type QuoteQuery struct {
	Speaker string // speaker name contains it (case-insensitive)
	Actor   string // speaker entity's actor code starts with it
	Text    string // quote text contains it
	From    time.Time
	To      time.Time
	Limit   int    // 0: a default (100); capped by the implementation
	After   string // cursor: the ID (in decimal) of the last quote of the previous page
}

// QuoteRow is a stored quotation with where it was read.
type QuoteRow struct {
	document.Quote
	ID        int64  `json:"id"`    // the quote's id in the store
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

// FeedState is what a feed poller keeps between polls of one feed.
type FeedState struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag"`          // "" when the server sent none
	LastModified string    `json:"last_modified"` // as the server sent it; "" when none
	Checked      time.Time `json:"checked"`       // when it was last polled; zero when never
	Items        int       `json:"items"`         // items stored from it so far
}

// Stats counts what is stored.
type Stats struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"` // articles that are near-duplicates of another
	Events     int `json:"events"`
	Quotes     int `json:"quotes"`
	Entities   int `json:"entities"`
}
