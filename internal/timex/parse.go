package timex

import (
	"time"

	"github.com/attache-news/attache/document"
)

// result is one recognised expression: tokens [start, end), its TIMEX3 type
// and value, and the calendar value behind it (for context).
type result struct {
	end int
	typ string
	val string
	cal dval // g == gNone when the expression is no calendar value
	rel bool // a value relative to another ("the year-ago quarter"): no anchor for what follows
	abs bool // the year is written out ("June 18, 2023", "1998")
}

func (r result) ok() bool { return r.typ != "" }

const (
	tDate     = "DATE"
	tTime     = "TIME"
	tDuration = "DURATION"
	tSet      = "SET"
)

// parser holds one text being analysed.
type parser struct {
	text   string
	toks   []token
	hasDCT bool
	dct    time.Time // the publication day, at noon UTC
	dctV   dval      // the publication day as a value
	sentOf []int32   // sentence index of each token
	sents  [][2]int  // token range of each sentence
	tenses []int8    // cached tense per sentence: 0 unknown, 1 past, 2 present, 3 future, -1 not computed
	// context for anaphoric expressions
	lastQuarter   dval // the quarter an earnings report is about: the one named most often, g == gNone when none
	quarterSent   int  // the sentence that last named a quarter
	recentQuarter dval // the quarter named last (not a year-ago one)
	quarters      map[dval]int
	lastDate      dval // the last absolute date named, for "the following year"
	cur           int  // the token an expression is being matched from
	yearSent      int  // the sentence that last wrote a year out, -1 when none
	yearCtx       int  // that year
	yearEnd       int  // the token after the date that wrote it
	out           []document.Time
}

func (p *parser) kind(i int) uint8 {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	return p.toks[i].kind
}

// low is the lower-cased token i, "" outside the text or after a paragraph
// break (so no expression runs across paragraphs).
func (p *parser) low(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].low
}

// next is like low for a token that continues an expression: "" when a
// paragraph break precedes it.
func (p *parser) next(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].nl && i != p.cur {
		return ""
	}
	return p.toks[i].low
}

func (p *parser) lx(i int) *lex {
	if i < 0 || i >= len(p.toks) || p.toks[i].nl && i != p.cur {
		return nil
	}
	return p.toks[i].lx
}

// glued reports whether token i follows token i-1 without space.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// seq matches the words ws from token i; it returns the end or -1.
func (p *parser) seq(i int, ws ...string) int {
	for k, w := range ws {
		if p.next(i+k) != w && !(k == 0 && p.low(i) == w) {
			return -1
		}
	}
	return i + len(ws)
}

// hyphen reports whether token i is a hyphen joining its neighbours ("two-week").
func (p *parser) hyphen(i int) bool {
	if i <= 0 || i+1 >= len(p.toks) {
		return false
	}
	l := p.toks[i].low
	return (l == "-" || l == "‐" || l == "–") && !p.toks[i].space && !p.toks[i+1].space
}

// run finds every expression of the text.
func (p *parser) run() {
	for i := 0; i < len(p.toks); {
		r := p.match(i)
		if !r.ok() || r.end <= i {
			i++
			continue
		}
		start, end := p.toks[i].start, p.toks[r.end-1].end
		p.out = append(p.out, document.Time{Start: start, End: end, Text: p.text[start:end], Type: r.typ, Value: r.val})
		if r.abs && r.cal.y != unknownYear && r.cal.g == gDay {
			p.yearSent, p.yearCtx, p.yearEnd = p.sentence(i), r.cal.y, r.end
		}
		if r.cal.g != gNone && r.cal.y != unknownYear {
			if r.cal.g == gQuarter {
				p.quarterSent = p.sentence(i)
				if !r.rel {
					p.recentQuarter = r.cal
					if p.quarters == nil {
						p.quarters = map[dval]int{}
					}
					p.quarters[r.cal]++
					if p.lastQuarter.g != gQuarter || p.quarters[r.cal] >= p.quarters[p.lastQuarter] {
						p.lastQuarter = r.cal
					}
				}
			}
			if r.typ == tDate || r.typ == tTime {
				p.lastDate = r.cal
			}
		}
		i = r.end
	}
}

// match returns the longest expression starting at token i.
func (p *parser) match(i int) result {
	t := &p.toks[i]
	// a quick filter: most tokens can start nothing
	if t.kind == kPunct && t.low != "'" {
		return result{}
	}
	if t.kind == kWord && t.lx == nil && !starters[t.low] {
		return result{}
	}
	if p.blocked(i) {
		return result{}
	}
	p.cur = i
	var best result
	try := func(r result) {
		if r.ok() && r.end > best.end {
			best = r
		}
	}
	try(p.modified(i))
	try(p.approx(i))
	try(p.core(i))
	return best
}

// blocked reports contexts where nothing temporal starts: inside a number
// with a currency sign, an address or a code.
func (p *parser) blocked(i int) bool {
	if i > 0 {
		prev := p.toks[i-1].low
		if p.glued(i) && (prev == "$" || prev == "#" || prev == "£" || prev == "€" || prev == "/" || prev == "@" || prev == "-" && p.kind(i) == kNum) {
			return true
		}
	}
	return false
}

// core returns the longest unmodified expression at i.
func (p *parser) core(i int) result {
	if i >= len(p.toks) || i > p.cur && p.toks[i].nl {
		return result{}
	}
	var best result
	try := func(r result) {
		if r.ok() && r.end > best.end {
			best = r
		}
	}
	try(p.deictic(i))
	try(p.calendarDate(i))
	try(p.numericDate(i))
	try(p.yearExpr(i))
	try(p.weekdayExpr(i))
	try(p.relative(i))
	try(p.quarter(i))
	try(p.quantity(i))
	try(p.set(i))
	try(p.clock(i))
	try(p.holiday(i))
	try(p.refWords(i))
	try(p.theUnit(i))
	return best
}

// starters are words without a lexicon entry that can open an expression.
var starters = set("the", "this", "last", "next", "past", "previous", "coming", "following", "current", "currently",
	"recent", "recently", "upcoming", "today", "yesterday", "tomorrow", "tonight", "now", "a", "an", "some", "few",
	"several", "many", "couple", "half", "nearly", "almost", "about", "around", "approximately", "roughly", "more",
	"less", "fewer", "over", "under", "up", "at", "no", "just", "early", "late", "mid", "middle", "end", "beginning",
	"start", "earlier", "later", "every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
	"nightly", "quarterly", "biweekly", "future", "soon", "previously", "formerly", "lately", "nowadays", "these",
	"those", "that", "fiscal", "noon", "midnight", "midday", "christmas", "thanksgiving", "easter", "new", "independence",
	"halloween", "valentine", "labor", "memorial", "veterans", "ramadan", "once", "same", "latest", "prior", "year-end",
	"recent", "decades", "centuries", "well", "close", "q1", "q2", "q3", "q4", "h1", "h2", "weekday", "weekdays",
	"dozens", "hundreds", "thousands", "numerous", "upwards", "within", "shortly", "immediately", "initially",
	"eventually", "overnight", "momentarily", "ago", "year-ago", "year-earlier", "mid-", "fy", "'", "hence", "present",
	"modern", "contemporary", "nearly", "another", "long", "first", "second", "third", "fourth", "quarter", "weekend",
	"one", "dawn", "dusk", "sunrise", "sunset", "its", "their", "his", "her", "our", "my", "twice", "thrice", "times")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
