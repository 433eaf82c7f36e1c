// Package synth writes invented news articles for tests and benchmarks of
// ingest: a few paragraphs each, from sentence templates written for
// attache and filled with real country and office names, so that the
// pipeline finds entities, actors, quotes, dates and events in them as it
// would in news. The same seed gives the same articles.
//
// It consumes a count and a seed; it produces jsonl lines in the form attache
// analyze --as jsonl reads: {"id", "url", "published", "text"}.
package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Line is one article of a batch.
type Line struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

type actor struct {
	country, capital, demonym string
	leader, leaderTitle       string
	minister, ministerTitle   string
}

var actors = []actor{
	{"the United States", "Washington", "American", "Joe Biden", "President", "Antony Blinken", "Secretary of State"},
	{"China", "Beijing", "Chinese", "Xi Jinping", "President", "Wang Yi", "Foreign Minister"},
	{"Russia", "Moscow", "Russian", "Vladimir Putin", "President", "Sergei Lavrov", "Foreign Minister"},
	{"India", "New Delhi", "Indian", "Narendra Modi", "Prime Minister", "Subrahmanyam Jaishankar", "External Affairs Minister"},
	{"Japan", "Tokyo", "Japanese", "Fumio Kishida", "Prime Minister", "Yoko Kamikawa", "Foreign Minister"},
	{"Germany", "Berlin", "German", "Olaf Scholz", "Chancellor", "Annalena Baerbock", "Foreign Minister"},
	{"France", "Paris", "French", "Emmanuel Macron", "President", "Catherine Colonna", "Foreign Minister"},
	{"Brazil", "Brasilia", "Brazilian", "Luiz Inacio Lula da Silva", "President", "Mauro Vieira", "Foreign Minister"},
	{"Turkey", "Ankara", "Turkish", "Recep Tayyip Erdogan", "President", "Hakan Fidan", "Foreign Minister"},
	{"Ukraine", "Kyiv", "Ukrainian", "Volodymyr Zelenskiy", "President", "Dmytro Kuleba", "Foreign Minister"},
	{"Iran", "Tehran", "Iranian", "Ebrahim Raisi", "President", "Hossein Amir-Abdollahian", "Foreign Minister"},
	{"South Africa", "Pretoria", "South African", "Cyril Ramaphosa", "President", "Naledi Pandor", "Foreign Minister"},
	{"Britain", "London", "British", "Rishi Sunak", "Prime Minister", "James Cleverly", "Foreign Secretary"},
	{"Egypt", "Cairo", "Egyptian", "Abdel Fattah al-Sisi", "President", "Sameh Shoukry", "Foreign Minister"},
}

var topics = []string{"trade", "energy", "climate finance", "maritime security", "grain exports", "nuclear safety",
	"debt relief", "visa rules", "fisheries", "semiconductors", "rail links", "public health", "water sharing", "space research"}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// Sentence templates: {A} and {B} are the two countries, {AL} {AM} their
// leader and minister with titles, {BL} {BM} the other's, {T} a topic,
// {D} a weekday, {AC} {BC} capitals, {AD} {BD} demonyms, {N} a number.
var openers = []string{
	"{AM} met {BM} in {BC} on {D} for talks on {T}, officials from both sides said.",
	"{A} and {B} signed an agreement on {T} on {D}, after {N} months of negotiations.",
	"{AL} arrived in {BC} on {D} for a {N}-day state visit focused on {T}.",
	"{A} accused {B} on {D} of breaking a promise on {T}, in the sharpest exchange between the two governments this year.",
	"{A} imposed sanctions on {N} {BD} companies on {D}, citing concerns over {T}.",
	"{AL} telephoned {BL} on {D} to discuss {T} and the situation in the region.",
	"{AD} officials protested on {D} against a {BD} decision on {T}, summoning the ambassador in {AC}.",
	"{A} offered {B} a loan of {N} billion dollars on {D} to support cooperation on {T}.",
}

var middles = []string{
	`"We have agreed to keep talking, and that matters," {AM} told reporters after the meeting.`,
	`"This decision harms the interests of our people," a spokesman for the {AD} foreign ministry said in {AC}.`,
	"The two delegations spent {N} hours on the question of {T}, according to a statement released in {AC}.",
	"Analysts in {BC} said the meeting showed that both governments wanted to lower tensions before the summer.",
	"{BM} said {B} would study the proposal on {T} carefully and answer within {N} weeks.",
	"Trade between {A} and {B} reached {N} billion dollars last year, most of it in machinery and farm goods.",
	"{AL} is expected to travel to {BC} later in the year, a diplomat familiar with the plans said.",
	"Opposition lawmakers in {AC} criticised the government for giving too much ground on {T}.",
	"The {BD} embassy in {AC} did not respond to a request for comment on {D}.",
	"Officials said a working group on {T} would meet every {N} weeks from now on.",
	`"Our position has not changed," {BL} said in a televised address on {D}.`,
	"Markets in {BC} rose slightly after the announcement, with shares of exporters leading the gains.",
	"{AD} and {BD} coast guards will hold a joint exercise next month, the defence ministry in {AC} said.",
	"The agreement still needs the approval of parliament in {BC}, where the ruling party holds a majority.",
	"Diplomats said the talks on {T} had stalled for {N} months over the question of inspections.",
	"{BM} warned that {B} would respond if the measures on {T} were not withdrawn.",
}

var closers = []string{
	"Both sides said they would meet again before the end of the year.",
	"No date was set for the next round of talks.",
	"The ministers are due to meet again at the regional summit in {N} weeks.",
	"{B} has denied the accusations and called them politically motivated.",
	"The statement made no mention of the dispute over {T} that has divided the two countries.",
	"Officials in {AC} said further details would be published on the ministry's website.",
}

// Articles writes n articles to w as jsonl; every copyEvery-th article
// (0: none) is a wire copy of an earlier one republished under another URL
// with a header and footer of its own: a near-duplicate.
func Articles(w io.Writer, n int, seed uint64, copyEvery int) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	base := time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)
	var made []Line
	for i := range n {
		var l Line
		if copyEvery > 0 && i > 0 && i%copyEvery == 0 && len(made) > 0 {
			orig := made[r.IntN(len(made))]
			l = Line{ID: fmt.Sprintf("a%06d", i), URL: fmt.Sprintf("https://copies%d.example/world/%06d", i%7, i),
				Published: orig.Published,
				Text:      "From our wire service partners.\n\n" + orig.Text + "\n\nCopyright the wire service. All rights reserved."}
		} else {
			l = article(r, i, base)
			made = append(made, l)
		}
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func article(r *rand.Rand, i int, base time.Time) Line {
	a := actors[r.IntN(len(actors))]
	b := actors[r.IntN(len(actors))]
	for b.country == a.country {
		b = actors[r.IntN(len(actors))]
	}
	pub := base.Add(time.Duration(r.IntN(700*24)) * time.Hour).Add(time.Duration(r.IntN(3600)) * time.Second)
	fill := func(s string) string {
		rep := strings.NewReplacer(
			"{A}", a.country, "{B}", b.country, "{AC}", a.capital, "{BC}", b.capital,
			"{AD}", a.demonym, "{BD}", b.demonym,
			"{AL}", a.leaderTitle+" "+a.leader, "{BL}", b.leaderTitle+" "+b.leader,
			"{AM}", a.ministerTitle+" "+a.minister, "{BM}", b.ministerTitle+" "+b.minister,
			"{T}", topics[r.IntN(len(topics))], "{D}", days[r.IntN(len(days))], "{N}", fmt.Sprint(2+r.IntN(40)),
		)
		s = rep.Replace(s)
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var paras []string
	paras = append(paras, fill(openers[r.IntN(len(openers))]))
	perm := r.Perm(len(middles))
	k := 4 + r.IntN(5)
	for p := 0; p < k; p += 2 {
		para := fill(middles[perm[p]])
		if p+1 < k {
			para += " " + fill(middles[perm[p+1]])
		}
		paras = append(paras, para)
	}
	paras = append(paras, fill(closers[r.IntN(len(closers))]))
	return Line{
		ID:        fmt.Sprintf("a%06d", i),
		URL:       fmt.Sprintf("https://news%d.example/world/%d/%06d", r.IntN(5), pub.Year(), i),
		Published: pub.Format(time.RFC3339),
		Text:      strings.Join(paras, "\n\n"),
	}
}
