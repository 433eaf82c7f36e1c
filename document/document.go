// Package document holds the Document that flows through attache's pipeline and
// the annotation types hung on it. It is a leaf package: it imports nothing of
// attache's, and holds types only, never the code that builds them.
//
// Every annotation is a half-open byte range [Start, End) into Document.Text,
// which no stage changes once extraction has set it.
package document

import "encoding/json"

// Document is one analysed article. Fields that are unknown are empty strings,
// zero or empty lists; MarshalJSON writes empty lists as [] rather than null.
type Document struct {
	ID        string   `json:"id"`        // stable id: hash of the URL, else of the content
	Input     string   `json:"input"`     // the INPUT path or URL, or the jsonl id
	URL       string   `json:"url"`       // the page's address; "" when unknown
	Site      string   `json:"site"`      // site name ("Reuters") or host; "" when unknown
	Title     string   `json:"title"`     // headline; "" when none was found
	Subtitle  string   `json:"subtitle"`  // dek / standfirst; often ""
	Section   string   `json:"section"`   // "World", "Politics"; often ""
	Authors   []string `json:"authors"`   // bylines, one name each
	Published string   `json:"published"` // ISO 8601, with offset where known; "" when unknown
	Language  string   `json:"language"`  // ISO 639-1 code; "" when unknown
	Text      string   `json:"text"`      // the article body, paragraphs separated by a blank line
	Images    []Image  `json:"images"`
	Sentences []Span   `json:"sentences"`
	Entities  []Entity `json:"entities"`
	Quotes    []Quote  `json:"quotes"`
	Times     []Time   `json:"times"`
	Places    []Place  `json:"places"`
	Events    []Event  `json:"events"`
	Warnings  []string `json:"warnings"` // content problems; the Document is still usable
}

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Image is a picture of the article, usually the lead image.
type Image struct {
	URL     string `json:"url"`     // "" when the page text gave only the caption
	Caption string `json:"caption"` // without the credit
	Credit  string `json:"credit"`  // "Reuters", "AFP/Getty Images"; "" when none
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Actor is an entity resolved to a CAMEO-style actor code.
type Actor struct {
	Code    string `json:"code"`    // "USAGOV"
	Country string `json:"country"` // ISO 3166-1 alpha-3 or CAMEO extra; "" for IGOs without one
	Sector  string `json:"sector"`  // "GOV", "MED", ...; "" when none is known
	Role    string `json:"role"`    // "Secretary of State"; "" when unknown
}

// Entity is a named thing mentioned one or more times.
type Entity struct {
	ID       string    `json:"id"`   // "e1", unique within the Document
	Name     string    `json:"name"` // canonical (fullest) name
	Type     string    `json:"type"` // PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, MISC
	Mentions []Mention `json:"mentions"`
	Actor    *Actor    `json:"actor,omitempty"` // nil when unresolved
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Entity string `json:"entity"` // entity id; "" when the speaker is not a named entity
	Name   string `json:"name"`   // as written, or the anonymous description
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Quote is a direct or indirect quotation.
type Quote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Text    string  `json:"text"`
	Direct  bool    `json:"direct"`
	Speaker Speaker `json:"speaker"`
	Cue     string  `json:"cue"` // the cue verb ("said"); "" when none
}

// Time is a temporal expression normalised to a TIMEX3 value.
type Time struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION, SET
	Value string `json:"value"` // "2023-06-18", "PT7.5H", "FUTURE_REF"
}

// Place is a mention resolved to a point on the map.
type Place struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Country   string  `json:"country"` // ISO 3166-1 alpha-3
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"` // 0 when the place is not from GeoNames
	Entity    string  `json:"entity"`    // entity id; "" when none
}

// Plover is the PLOVER event type and mode of an event.
type Plover struct {
	Event string `json:"event"`
	Mode  string `json:"mode"`
}

// Event is one coded event: source did what to target.
type Event struct {
	Source       string  `json:"source"` // actor code
	Target       string  `json:"target"`
	Cameo        string  `json:"cameo"` // "042"
	Root         string  `json:"root"`  // "04"
	Quad         int     `json:"quad"`
	Goldstein    float64 `json:"goldstein"`
	Plover       Plover  `json:"plover"`
	Date         string  `json:"date"`
	Place        string  `json:"place"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	Sentence     int     `json:"sentence"` // index into Sentences
	SourceEntity string  `json:"source_entity"`
	TargetEntity string  `json:"target_entity"`
	Evidence     string  `json:"evidence"`
	Rule         string  `json:"rule"` // id of the pattern that fired
}

// Warn records a content problem on the document.
func (d *Document) Warn(msg string) { d.Warnings = append(d.Warnings, msg) }

// SentenceText is the text of sentence i.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// MarshalJSON writes the Document with every list present, [] when empty.
func (d Document) MarshalJSON() ([]byte, error) {
	type plain Document // drops the method, so no recursion
	p := plain(d)
	p.Authors = nonNil(p.Authors)
	p.Images = nonNil(p.Images)
	p.Sentences = nonNil(p.Sentences)
	p.Entities = nonNil(p.Entities)
	for i, e := range p.Entities {
		if e.Mentions == nil { // copy before changing: d is the caller's
			p.Entities = append([]Entity(nil), p.Entities...)
			for j := i; j < len(p.Entities); j++ {
				p.Entities[j].Mentions = nonNil(p.Entities[j].Mentions)
			}
			break
		}
	}
	p.Quotes = nonNil(p.Quotes)
	p.Times = nonNil(p.Times)
	p.Places = nonNil(p.Places)
	p.Events = nonNil(p.Events)
	p.Warnings = nonNil(p.Warnings)
	return json.Marshal(p)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
