package quote

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/text"
)

// find runs the stage on text as the pipeline does.
func find(txt string, ents ...document.Entity) *document.Document {
	d := &document.Document{Text: txt, Sentences: text.Sentences(txt), Entities: ents}
	Run(d)
	return d
}

// want is an expected quote: its text holds content, and the rest matches
// where given.
type want struct {
	content string // the quote's text holds this
	direct  bool
	speaker string // the speaker's name holds this ("" : no check)
	span    string // the speaker span's text is this ("" : no check)
	cue     string // the cue is this ("" : no check)
}

// The sentences below were written for these tests.
func TestRun(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
		none []string // no quote holds any of these
	}{
		{"straight marks, speaker after",
			`"We will rebuild the bridge before winter," Mayor Ana Torres said on Monday.`,
			[]want{{content: "We will rebuild the bridge before winter,", direct: true, speaker: "Ana Torres", cue: "said"}}, nil},
		{"curly marks, inverted speaker with appositive",
			`“The talks were useful and we will meet again,” said Li Wei, a spokesman for the ministry.`,
			[]want{{content: "The talks were useful", direct: true, speaker: "Li Wei", cue: "said"}}, nil},
		{"speaker before, colon",
			`Torres told the council: "The first lorries arrive on Monday and the work starts on Tuesday."`,
			[]want{{content: "The first lorries arrive on Monday", direct: true, speaker: "Torres", cue: "told"}}, nil},
		{"pronoun resolved to the last speaker",
			"Ana Torres said the city would pay for the repairs.\n\n“We are ready for this,” she said.",
			[]want{{content: "We are ready for this", direct: true, speaker: "Ana Torres", span: "she"}}, nil},
		{"one speaker, two parts",
			`"We are ready," she said. "The work starts soon and it will take a year."`,
			[]want{{content: `We are ready," she said. "The work starts soon`, direct: true, span: "she"}}, nil},
		{"a quotation running on into the next paragraph",
			"“We will not stop at the bridge.\n\n“The harbour comes next, and then the station,” Torres said.",
			[]want{{content: "We will not stop at the bridge.\n\n“The harbour comes next", direct: true, speaker: "Torres"}}, nil},
		{"a quote paragraph with no cue belongs to the previous speaker",
			"“We will not stop at the bridge,” Torres said.\n\n“The harbour comes next and then the old station on the hill.”\n\nThe council votes in May.",
			[]want{{content: "The harbour comes next", direct: true, speaker: "Torres"}}, nil},
		{"partial quote after a naming verb",
			`The minister said the plan was sound, calling it "a fair deal for every family in the region".`,
			[]want{{content: `"a fair deal for every family in the region"`, direct: true, speaker: "minister", cue: "calling"}}, nil},
		{"according to",
			`The bridge will reopen to traffic in May, according to the city transport office.`,
			[]want{{content: "The bridge will reopen to traffic in May", speaker: "the city transport office", cue: "according to"}}, nil},
		{"told ... that",
			`Torres told reporters on Tuesday that the repair budget would double next year.`,
			[]want{{content: "the repair budget would double next year", speaker: "Torres", cue: "told"}}, nil},
		{"reported speech before its speaker",
			`The repair budget will double next year, a senior city official said.`,
			[]want{{content: "The repair budget will double next year", speaker: "a senior city official", cue: "said"}}, nil},
		{"anonymous source with an aside",
			`A senior official, speaking on condition of anonymity, said the talks had stalled over the price of steel.`,
			[]want{{content: "the talks had stalled over the price of steel", speaker: "A senior official", cue: "said"}}, nil},
		{"the spokesman points back to the named one",
			"Ministry spokesman Li Wei said the talks were useful.\n\n“We will meet again in the spring,” the spokesman said.",
			[]want{{content: "We will meet again in the spring", direct: true, speaker: "Li Wei", span: "the spokesman"}}, nil},
		{"mixed quote",
			`Torres said the delay was "a disaster for everyone who crosses the river each day".`,
			[]want{{content: `the delay was "a disaster`, speaker: "Torres", cue: "said"}}, nil},
		{"scare quotes and titles are not quotes",
			`The so-called "smart" meters went on sale in the spring. She read "The Long Bridge" twice and appeared on "Morning Report" on Sunday.`,
			nil, []string{"smart", "Long Bridge", "Morning Report"}},
		{"belief",
			`Most engineers believe the old bridge can be saved for another decade.`,
			[]want{{content: "the old bridge can be saved for another decade", speaker: "Most engineers", cue: "believe"}}, nil},
		{"relative clause speaker",
			`Torres, who said the river had risen overnight, closed the bridge at noon.`,
			[]want{{content: "the river had risen overnight", speaker: "Torres", span: "who", cue: "said"}}, nil},
		{"participle speaker is the subject",
			`Ana Torres closed the bridge on Friday, saying: "Nobody crosses until the engineers are done."`,
			[]want{{content: "Nobody crosses until the engineers are done.", direct: true, speaker: "Ana Torres", cue: "saying"}}, nil},
		{"dash attribution",
			"“We waited two hours for the ferry and nobody told us anything.” ― Marta Ruiz",
			[]want{{content: "We waited two hours", direct: true, speaker: "Marta Ruiz"}}, nil},
		{"nested quotation of another style",
			`"He looked at me and said 'wait here', and then he left," the driver said.`,
			[]want{{content: `He looked at me and said 'wait here', and then he left,`, direct: true, speaker: "the driver"}}, nil},
		{"according to after another attribution keeps the speaker of the words",
			`Torres told the council that the bridge "will be safe by the summer", according to the city's own minutes.`,
			[]want{{content: "will be safe by the summer", direct: true, speaker: "Torres"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := find(tt.text)
			checkSpans(t, d)
			for _, w := range tt.want {
				q, ok := quoteWith(d, w.content)
				if !ok {
					t.Errorf("no quote holds %q; got %s", w.content, dump(d))
					continue
				}
				if q.Direct != w.direct {
					t.Errorf("%q: direct = %v, want %v", q.Text, q.Direct, w.direct)
				}
				if w.speaker != "" && !strings.Contains(q.Speaker.Name, w.speaker) {
					t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker.Name, w.speaker)
				}
				if w.span != "" && tt.text[q.Speaker.Start:q.Speaker.End] != w.span {
					t.Errorf("%q: speaker span %q, want %q", q.Text, tt.text[q.Speaker.Start:q.Speaker.End], w.span)
				}
				if w.cue != "" && q.Cue != w.cue {
					t.Errorf("%q: cue %q, want %q", q.Text, q.Cue, w.cue)
				}
			}
			for _, s := range tt.none {
				if q, ok := quoteWith(d, s); ok {
					t.Errorf("%q is not a quote: %+v", s, q)
				}
			}
		})
	}
}

// With entities, speakers link to them, and pronouns take the entity's name.
func TestEntities(t *testing.T) {
	txt := "Foreign Minister Lena Okafor met her counterpart in Accra.\n\n“We agreed on the next steps,” she said."
	at := func(s string) document.Mention {
		i := strings.Index(txt, s)
		return document.Mention{Start: i, End: i + len(s), Text: s}
	}
	ents := []document.Entity{
		{ID: "e1", Name: "Lena Okafor", Type: "PERSON", Mentions: []document.Mention{at("Lena Okafor")}},
		{ID: "e2", Name: "Accra", Type: "GPE", Mentions: []document.Mention{at("Accra")}},
	}
	d := find(txt, ents...)
	q, ok := quoteWith(d, "We agreed on the next steps")
	if !ok {
		t.Fatalf("quote not found: %s", dump(d))
	}
	if q.Speaker.Entity != "e1" || q.Speaker.Name != "Lena Okafor" || txt[q.Speaker.Start:q.Speaker.End] != "she" {
		t.Errorf("speaker = %+v, want e1 Lena Okafor over \"she\"", q.Speaker)
	}
	d = find(`"The port will open in June," Lena Okafor said.`, document.Entity{ID: "e7", Name: "Lena Okafor", Type: "PERSON",
		Mentions: []document.Mention{{Start: 30, End: 41, Text: "Lena Okafor"}}})
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Entity != "e7" {
		t.Errorf("named speaker not linked: %s", dump(d))
	}
	// a description is not the place it names
	d = find(`"The port will open in June," a senior Ghanaian official said.`, document.Entity{ID: "e8", Name: "Ghanaian", Type: "NORP",
		Mentions: []document.Mention{{Start: 39, End: 47, Text: "Ghanaian"}}})
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Entity != "" || d.Quotes[0].Speaker.Name != "a senior Ghanaian official" {
		t.Errorf("description linked to a mention inside it: %s %+v", dump(d), d.Quotes[0].Speaker)
	}
}

func quoteWith(d *document.Document, s string) (document.Quote, bool) {
	for _, q := range d.Quotes {
		if strings.Contains(q.Text, s) {
			return q, true
		}
	}
	return document.Quote{}, false
}

func dump(d *document.Document) string {
	var b strings.Builder
	for _, q := range d.Quotes {
		b.WriteString("\n  ")
		b.WriteString(strings.Join([]string{q.Text, "<-", q.Speaker.Name, "(" + q.Cue + ")"}, " "))
	}
	return b.String()
}

// checkSpans: spans in bounds and in order, Text equal to the span.
func checkSpans(t testing.TB, d *document.Document) {
	t.Helper()
	prev := 0
	for _, q := range d.Quotes {
		if q.Start < prev || q.End <= q.Start || q.End > len(d.Text) {
			t.Fatalf("bad quote span [%d, %d) after %d in %d bytes", q.Start, q.End, prev, len(d.Text))
		}
		prev = q.Start
		if d.Text[q.Start:q.End] != q.Text {
			t.Fatalf("quote text %q is not its span", q.Text)
		}
		s := q.Speaker
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
			t.Fatalf("bad speaker span %+v", s)
		}
		if utf8.ValidString(d.Text) && (!utf8.ValidString(q.Text) || !utf8.ValidString(s.Name)) {
			t.Fatalf("quote or speaker cuts a character: %q / %q", q.Text, s.Name)
		}
	}
}

// benchArticle is an invented news story, written for the tests, with the
// quotations, attributions and reported speech that news text is full of.
const benchArticle = `The city will close the Old Bridge for eight months from next week, Mayor Ana Torres said on Monday, after engineers found cracks in two of its piers.

"We cannot take any risks with a bridge that carries 40,000 cars a day," Torres told reporters at City Hall. "The repairs will be slow, but they will be done properly."

The closure, first reported by the Harbour Gazette, will add up to 30 minutes to many commutes. Business owners on the east bank said they feared a drop in trade. "Half of my customers come over that bridge," said Jonas Keller, who runs a bakery near the river.

A senior city official, speaking on condition of anonymity, said the cost could exceed $40 million. According to the transport office, two ferries will run every 15 minutes during rush hour.

"This is a disaster for everyone who crosses the river each day," said Marta Ruiz, a nurse. She called the plan "rushed and badly explained."

Transport spokesman Li Wei said the city had no choice.

"The inspection left us no room," the spokesman said. "We would rather close it now than close it for good in two years."

Torres told the council that the work would be finished "by the end of the summer at the latest", and she promised weekly updates. Critics believe the timetable is too optimistic.

`

func benchText() string {
	return strings.Repeat(benchArticle, 20<<10/len(benchArticle)+1)
}

func TestBenchArticle(t *testing.T) {
	d := find(benchArticle)
	checkSpans(t, d)
	for _, c := range []string{"We cannot take any risks", "Half of my customers", "the cost could exceed", "This is a disaster", "rushed and badly explained", "The inspection left us no room"} {
		if _, ok := quoteWith(d, c); !ok {
			t.Errorf("missing %q:%s", c, dump(d))
		}
	}
	if q, _ := quoteWith(d, "The inspection left us no room"); q.Speaker.Name != "Li Wei" {
		t.Errorf("the spokesman = %q, want Li Wei", q.Speaker.Name)
	}
}

// Determinism: the same input gives the same quotes.
func TestDeterministic(t *testing.T) {
	a, b := find(benchText()), find(benchText())
	if !reflect.DeepEqual(a.Quotes, b.Quotes) {
		t.Fatal("two runs differ")
	}
}

// Sentences that do not match the text (stale, out of order, out of
// bounds) are replaced, never trusted.
func TestBadSentences(t *testing.T) {
	txt := `"We are ready," she said.`
	for _, ss := range [][]document.Span{nil, {{Start: 5, End: 2}}, {{Start: 0, End: 500}}, {{Start: 10, End: 20}, {Start: 0, End: 5}}} {
		d := &document.Document{Text: txt, Sentences: ss}
		Run(d)
		checkSpans(t, d)
		if len(d.Quotes) != 1 {
			t.Errorf("sentences %v: %s", ss, dump(d))
		}
	}
}

// Random garbage built from quote marks, cue words and names never panics.
func TestRandomText(t *testing.T) {
	parts := []string{`"`, "“", "”", "'", "’", "''", " ", "\n\n", "\n", ",", ".", ":", "—", "―", "said", "told", "according to",
		"he", "she", "Ana Torres", "the official", "that", "calling", "(", ")", "<tweet id=\"1\">", "who", "and", "Mr.", "\xff"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.IntN(60); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(3) == 0 {
				b.WriteString(" ")
			}
		}
		d := find(b.String())
		checkSpans(t, d)
	}
}

func FuzzRun(f *testing.F) {
	for _, s := range []string{benchArticle, `"A," he said, "B."`, "“open\n\n“still open", `said X: "`, `"`, "", "\xff\"\xfe",
		`According to , "`, `, said`, `"x" ― `, "who said, said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := find(s)
		checkSpans(t, d)
		// with sentences of another text
		d2 := &document.Document{Text: s, Sentences: text.Sentences(s + " Extra sentence.")}
		Run(d2)
		checkSpans(t, d2)
	})
}

func BenchmarkRun(b *testing.B) {
	txt := benchText()
	sents := text.Sentences(txt)
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		d := &document.Document{Text: txt, Sentences: sents}
		Run(d)
	}
}

// BenchmarkPolNeAR runs over the PolNeAR dev articles when ../shared is there.
func BenchmarkPolNeAR(b *testing.B) {
	docs := readInputs(b, shared+"/eval/quotes/polnear/dev.input.jsonl")
	sents := make([][]document.Span, len(docs))
	n := 0
	for i, d := range docs {
		sents[i] = text.Sentences(d.Text)
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, in := range docs {
			d := &document.Document{Text: in.Text, Sentences: sents[i]}
			Run(d)
		}
	}
}
