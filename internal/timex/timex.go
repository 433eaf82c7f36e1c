package timex

import (
	"slices"
	"sync"
	"time"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// parsers keeps parsers between texts, for their buffers.
var parsers = sync.Pool{New: func() any { return new(parser) }}

// Find returns the temporal expressions of text, in order, non-overlapping, as
// document.Time values (Start, End byte offsets, Text == text[Start:End], Type
// DATE|TIME|DURATION|SET, Value a TIMEX3 value), normalised against published
// (the document creation time; zero time when unknown: then relative
// expressions get the best value they can, e.g. "PRESENT_REF", "XXXX-06-18").
func Find(text string, published time.Time) []document.Time {
	return find(text, published, nil)
}

// Run fills d.Times from d.Text and d.Published (ISO 8601, "" when unknown),
// using d.Sentences when present for tense cues.
func Run(d *document.Document) {
	var pub time.Time
	if t, ok := parseDCT(d.Published); ok {
		pub = t
	}
	d.Times = find(d.Text, pub, d.Sentences)
}

func find(txt string, published time.Time, sents []document.Span) []document.Time {
	p := parsers.Get().(*parser)
	*p = parser{text: txt, yearSent: -1, toks: p.toks, sentOf: p.sentOf, sents: p.sents} // the buffers stay
	out := p.parse(published, sents)
	p.text, p.out = "", nil
	parsers.Put(p)
	return out
}

func (p *parser) parse(published time.Time, sents []document.Span) []document.Time {
	p.toks = tokenize(p.text, p.toks)
	if len(p.toks) == 0 {
		return nil
	}
	if !published.IsZero() {
		y, m, dd := published.Date()
		p.hasDCT = true
		p.dct = day(y, int(m), dd)
		p.dctV = dayVal(p.dct)
	}
	if sents == nil {
		sents = text.Sentences(p.text)
	}
	p.splitSentences(sents)
	p.run()
	return p.out
}

// splitSentences maps every token to its sentence. Tokens outside every
// span (there should be none) join the sentence before them.
func (p *parser) splitSentences(sents []document.Span) {
	p.sentOf = slices.Grow(p.sentOf[:0], len(p.toks))[:len(p.toks)]
	s := 0
	p.sents = p.sents[:0]
	start := 0
	for i := range p.toks {
		for s < len(sents) && p.toks[i].start >= sents[s].End {
			if i > start {
				p.sents = append(p.sents, [2]int{start, i})
				start = i
			}
			s++
		}
		p.sentOf[i] = int32(len(p.sents))
	}
	p.sents = append(p.sents, [2]int{start, len(p.toks)})
}
