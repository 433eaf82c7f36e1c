package storetest

import (
	"fmt"
	"strings"

	"github.com/attache-news/attache/document"
)

// The suite's articles: short invented reports written for these tests,
// with annotations built by hand. They are made fresh for each test, so a
// store that changes what it is given cannot spoil another test.

const (
	textVisit = `The American secretary of state Antony Blinken arrived in Beijing on Sunday for two days of talks with Chinese officials, the first visit by a holder of his office in five years. Blinken met the foreign minister Qin Gang at a state guesthouse, and both sides described the meeting as candid and constructive. "We want to keep the lines of communication open," Blinken said after the talks. The two governments agreed to keep talking about flights, students and journalists, but they made no progress on military channels.`

	textProtest = `China sharply criticised the United States on Tuesday over new export rules on advanced chips, calling them an abuse of state power. The foreign ministry spokesman Wang Wenbin told reporters in Beijing that Washington was trying to hold back the development of other countries. "This is economic coercion, plain and simple," Wang said at a regular briefing. Two weeks later, American officials accused Russia of seizing the assets of foreign companies, and the Treasury announced sanctions on several banks in Moscow.`

	textSecond = `Chinese state media gave a different account on Monday of the talks held in Beijing, saying the visiting American envoy had asked for the meeting. The state broadcaster showed the foreign minister Qin Gang shaking hands with Antony Blinken before a long session about trade, Taiwan and the fentanyl trade. Commentators in Shanghai said the tone was warmer than at any time since the balloon affair earlier in the year, though few expected quick agreements on the harder questions.`

	textUndated = `Officials from several countries gathered for a conference on maritime safety, where delegates discussed search and rescue at sea, the training of coast guards and the sharing of weather data between ports. No date was given for the next meeting of the group.`

	textOther = `Farmers in the valley reported an early harvest of apricots this year after a warm spring and little frost, and the cooperative said it would open two new packing sheds to handle the fruit before the summer markets begin in the towns along the river.`
)

// span is the first [start, end) of sub in text.
func span(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("storetest: %q not in text", sub))
	}
	return i, i + len(sub)
}

func mention(text, sub string) document.Mention {
	s, e := span(text, sub)
	return document.Mention{Start: s, End: e, Text: sub}
}

func entity(text, id, name, typ, code, role string, mentions ...string) document.Entity {
	e := document.Entity{ID: id, Name: name, Type: typ}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, mention(text, m))
	}
	if code != "" {
		e.Actor = &document.Actor{Code: code, Country: code[:3], Sector: code[3:], Role: role}
	}
	return e
}

func quote(text, q, speakerEntity, speaker string) document.Quote {
	s, e := span(text, q)
	ss, se := span(text, speaker)
	return document.Quote{Start: s, End: e, Text: q, Direct: true, Cue: "said",
		Speaker: document.Speaker{Entity: speakerEntity, Name: speaker, Start: ss, End: se}}
}

func event(src, tgt, cameo string, quad int, goldstein float64, date, place string) document.Event {
	return document.Event{Source: src, Target: tgt, Cameo: cameo, Root: cameo[:2], Quad: quad, Goldstein: goldstein,
		Plover: document.Plover{Event: "CONSULT", Mode: "visit"}, Date: date, Place: place, Evidence: "(evidence)", Rule: "test"}
}

func sentences(text string) []document.Span {
	var out []document.Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, document.Span{Start: start, End: i + 1})
			start = i + 2
		}
	}
	return out
}

// visit: Blinken in Beijing, 2023-06-18 (a Sunday).
func visit() *document.Document {
	t := textVisit
	s, e := span(t, "Beijing")
	return &document.Document{
		ID: "visit", Input: "visit.txt", URL: "https://wire.example/2023/06/18/blinken-beijing", Site: "Example Wire",
		Title: "Blinken arrives in Beijing for talks", Authors: []string{"A. Reporter"}, Published: "2023-06-18T10:00:00Z", Language: "en",
		Text: t, Sentences: sentences(t),
		Entities: []document.Entity{
			entity(t, "e1", "Antony Blinken", "PERSON", "USAGOV", "Secretary of State", "Antony Blinken", "Blinken"),
			entity(t, "e2", "Beijing", "GPE", "", "", "Beijing"),
			entity(t, "e3", "Qin Gang", "PERSON", "CHNGOV", "Foreign Minister", "Qin Gang"),
		},
		Quotes: []document.Quote{quote(t, `"We want to keep the lines of communication open,"`, "e1", "Blinken")},
		Times:  []document.Time{{Start: strings.Index(t, "Sunday"), End: strings.Index(t, "Sunday") + 6, Text: "Sunday", Type: "DATE", Value: "2023-06-18"}},
		Places: []document.Place{{Start: s, End: e, Text: "Beijing", Name: "Beijing", Country: "CHN", Lat: 39.9, Lon: 116.4, GeonameID: 1816670, Entity: "e2"}},
		Events: []document.Event{
			withEntities(event("USAGOV", "CHNGOV", "042", 1, 1.9, "2023-06-18", "Beijing"), "e1", "e3"),
			withEntities(event("USAGOV", "CHNGOV", "036", 1, 4.0, "2023-06-18", "Beijing"), "e1", "e3"),
		},
		Warnings: []string{},
	}
}

func withEntities(e document.Event, source, target string) document.Event {
	e.SourceEntity, e.TargetEntity = source, target
	return e
}

// visitCopy: the same wire story republished by another site with its own
// header and footer, a few hours later.
func visitCopy() *document.Document {
	d := visit()
	d.ID = "visit-copy"
	d.URL = "https://daily.example/world/blinken-in-beijing"
	d.Site = "Daily Example"
	d.Published = "2023-06-18T16:30:00+02:00"
	header := "Daily Example world desk, from our wire partners. "
	d.Text = header + d.Text + " Read more world news on our site and sign up for the morning briefing."
	shift(d, len(header))
	return d
}

// shift moves every span of d by n bytes (after text was put before it).
func shift(d *document.Document, n int) {
	for i := range d.Sentences {
		d.Sentences[i].Start += n
		d.Sentences[i].End += n
	}
	for i := range d.Entities {
		for j := range d.Entities[i].Mentions {
			d.Entities[i].Mentions[j].Start += n
			d.Entities[i].Mentions[j].End += n
		}
	}
	for i := range d.Quotes {
		d.Quotes[i].Start += n
		d.Quotes[i].End += n
		d.Quotes[i].Speaker.Start += n
		d.Quotes[i].Speaker.End += n
	}
	for i := range d.Times {
		d.Times[i].Start += n
		d.Times[i].End += n
	}
	for i := range d.Places {
		d.Places[i].Start += n
		d.Places[i].End += n
	}
}

// second: another article on the same meeting, dated a day later.
func second() *document.Document {
	t := textSecond
	return &document.Document{
		ID: "second", URL: "https://news.example/asia/talks", Site: "News Example",
		Title: "State media tell their own story of the talks", Published: "2023-06-19T08:00:00Z", Language: "en",
		Text: t, Sentences: sentences(t),
		Entities: []document.Entity{
			entity(t, "e1", "Qin Gang", "PERSON", "CHNGOV", "Foreign Minister", "Qin Gang"),
			entity(t, "e2", "Antony Blinken", "PERSON", "USAGOV", "Secretary of State", "Antony Blinken"),
		},
		Events: []document.Event{event("USAGOV", "CHNGOV", "042", 1, 1.9, "2023-06-19", "Beijing")},
	}
}

// protest: China criticises the US (2023-06-20), the US sanctions Russia
// (2023-07-04).
func protest() *document.Document {
	t := textProtest
	return &document.Document{
		ID: "protest", URL: "https://wire.example/2023/06/20/chips", Site: "Example Wire",
		Title: "China protests US chip rules", Published: "2023-06-20T09:15:00Z", Language: "en",
		Text: t, Sentences: sentences(t),
		Entities: []document.Entity{
			entity(t, "e1", "China", "GPE", "CHN", "", "China"),
			entity(t, "e2", "United States", "GPE", "USA", "", "United States"),
			entity(t, "e3", "Wang Wenbin", "PERSON", "CHNGOV", "Foreign Ministry Spokesman", "Wang Wenbin", "Wang"),
			entity(t, "e4", "Russia", "GPE", "RUS", "", "Russia"),
		},
		Quotes: []document.Quote{quote(t, `"This is economic coercion, plain and simple,"`, "e3", "Wang")},
		Events: []document.Event{
			event("CHNGOV", "USA", "111", 3, -2.0, "2023-06-20", "Beijing"),
			event("USAGOV", "RUS", "163", 4, -8.0, "2023-07-04", "Moscow"),
		},
	}
}

// undated: no publication date, one event without a date.
func undated() *document.Document {
	t := textUndated
	return &document.Document{
		ID: "undated", Title: "Maritime safety conference", Language: "en", Text: t, Sentences: sentences(t),
		Events: []document.Event{event("IGO", "", "010", 1, 0, "", "")},
	}
}

// other: nothing to do with the rest; same id as visit, another content.
func other() *document.Document {
	t := textOther
	return &document.Document{ID: "visit", Title: "Early apricots", Published: "2023-05-02", Language: "en", Text: t, Sentences: sentences(t)}
}

// Corpus is the suite's main articles, newly made: a visit, its wire copy,
// another report of the same meeting, a protest with a sanction, and an
// undated report. Other packages' tests store it to have a known archive.
func Corpus() []*document.Document {
	return []*document.Document{visit(), visitCopy(), second(), protest(), undated()}
}
