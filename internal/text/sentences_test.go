package text

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// sentenceCases are tricky inputs and the sentences expected from them. The
// texts are written for these tests.
var sentenceCases = []struct {
	name string
	text string
	want []string
}{
	// Plain terminators.
	{"two sentences", "The talks ended. Both sides went home.",
		[]string{"The talks ended.", "Both sides went home."}},
	{"question and exclamation", "Was it worth it? Yes! The ministers agreed.",
		[]string{"Was it worth it?", "Yes!", "The ministers agreed."}},
	{"interrobang run", "You signed what?! Tell me again.",
		[]string{"You signed what?!", "Tell me again."}},
	{"repeated exclamation", "Wow!! That was close.",
		[]string{"Wow!!", "That was close."}},
	{"lowercase after full stop", "Prices fell. analysts were surprised.",
		[]string{"Prices fell. analysts were surprised."}},
	{"digit opens the next sentence", "The quake struck at dawn. 40 people died.",
		[]string{"The quake struck at dawn.", "40 people died."}},
	{"brand name opens the next sentence", "Sales were strong. iPhone demand rose.",
		[]string{"Sales were strong.", "iPhone demand rose."}},

	// Titles and ranks never end a sentence.
	{"titles", "Dr. Amara Osei met Mr. Pell and Mrs. Ngata at noon. They spoke for an hour.",
		[]string{"Dr. Amara Osei met Mr. Pell and Mrs. Ngata at noon.", "They spoke for an hour."}},
	{"political titles", "Sen. Ruth Alder and Rep. Tom Vance wrote to Gov. Ida Marsh. She did not reply.",
		[]string{"Sen. Ruth Alder and Rep. Tom Vance wrote to Gov. Ida Marsh.", "She did not reply."}},
	{"military ranks", "Lt. Col. Dana Price briefed Gen. Omar Haddad and Capt. Ines Lee. The briefing was short.",
		[]string{"Lt. Col. Dana Price briefed Gen. Omar Haddad and Capt. Ines Lee.", "The briefing was short."}},
	{"more titles", "Prof. Ward, Supt. Kerr, Det. Ames and Atty. Gen. Rios testified. Amb. Sato and Rev. Hale did not.",
		[]string{"Prof. Ward, Supt. Kerr, Det. Ames and Atty. Gen. Rios testified.", "Amb. Sato and Rev. Hale did not."}},
	{"title in capitals", "MR. LANE GOES TO TOWN",
		[]string{"MR. LANE GOES TO TOWN"}},
	{"mountain", "Climbers reached Mt. Kenya at dawn.",
		[]string{"Climbers reached Mt. Kenya at dawn."}},

	// Months, days and numbers.
	{"months before dates", "The vote is set for Jan. 14 and the count for Feb. 2. Officials expect delays.",
		[]string{"The vote is set for Jan. 14 and the count for Feb. 2.", "Officials expect delays."}},
	{"september", "Talks resumed on Sept. 9 in Geneva.",
		[]string{"Talks resumed on Sept. 9 in Geneva."}},
	{"month ends a sentence before an opener", "Shipments slowed after Oct. The decline continued.",
		[]string{"Shipments slowed after Oct.", "The decline continued."}},
	{"a name like a month ends a sentence before a capital", "Austin met Defence Minister Dong Jun. Hamas fired rockets.",
		[]string{"Austin met Defence Minister Dong Jun.", "Hamas fired rockets."}},
	{"a month before a lowercase word", "Prices rose in Jan. and again in Feb. as demand grew.",
		[]string{"Prices rose in Jan. and again in Feb. as demand grew."}},
	{"day abbreviation", "The hearing moved to Thurs. March 4 at the court's request.",
		[]string{"The hearing moved to Thurs. March 4 at the court's request."}},
	{"number sign", "The bill, No. 4417, passed. It goes to the Senate next.",
		[]string{"The bill, No. 4417, passed.", "It goes to the Senate next."}},
	{"number sign before address", "She visited No. 10 Downing Street on Monday.",
		[]string{"She visited No. 10 Downing Street on Monday."}},
	{"the word no", "He said no. The room fell silent.",
		[]string{"He said no.", "The room fell silent."}},
	{"decimals", "Inflation rose 3.5 percent in May. Wages rose 2.1 percent.",
		[]string{"Inflation rose 3.5 percent in May.", "Wages rose 2.1 percent."}},
	{"money", "The fund holds $1.2 billion in bonds. It plans to sell some.",
		[]string{"The fund holds $1.2 billion in bonds.", "It plans to sell some."}},
	{"numbered list", "1. Secure the border crossing.\n2. Reopen the schools.",
		[]string{"1. Secure the border crossing.", "2. Reopen the schools."}},
	{"numbered paragraphs", "3. Heading of the third part\n\n4. Heading of the fourth part",
		[]string{"3. Heading of the third part", "4. Heading of the fourth part"}},
	{"number ends a sentence", "Article 5 applies. 12 members agreed.",
		[]string{"Article 5 applies.", "12 members agreed."}},

	// Short forms inside a sentence.
	{"versus", "The final pits Lyon vs. Porto on Sunday.",
		[]string{"The final pits Lyon vs. Porto on Sunday."}},
	{"et cetera before lowercase", "They sold fruit, bread, cheese, etc. at the market.",
		[]string{"They sold fruit, bread, cheese, etc. at the market."}},
	{"et cetera at the end", "They sold fruit, bread, cheese, etc. The stall closed at six.",
		[]string{"They sold fruit, bread, cheese, etc.", "The stall closed at six."}},
	{"for example", "Some levies, e.g. Fuel Duty, will rise.",
		[]string{"Some levies, e.g. Fuel Duty, will rise."}},

	// Company and name suffixes end a sentence only before a common opener.
	{"company before a title", "Nordwell Inc. Chief Executive Kai Berg resigned.",
		[]string{"Nordwell Inc. Chief Executive Kai Berg resigned."}},
	{"company ends a sentence", "The contract went to Nordwell Inc. The bid was the lowest.",
		[]string{"The contract went to Nordwell Inc.", "The bid was the lowest."}},
	{"corp and ltd", "Shares of Halvard Corp. rose while Brightsea Ltd. fell. It was a mixed day for Tern & Co. But traders shrugged.",
		[]string{"Shares of Halvard Corp. rose while Brightsea Ltd. fell.", "It was a mixed day for Tern & Co.", "But traders shrugged."}},
	{"junior", "Martin Reyes Jr. will lead the inquiry. The panel meets on Friday.",
		[]string{"Martin Reyes Jr. will lead the inquiry.", "The panel meets on Friday."}},
	{"junior ends a sentence", "The award went to Ellis Boyd Jr. He thanked his staff.",
		[]string{"The award went to Ellis Boyd Jr.", "He thanked his staff."}},
	{"saint before a name", "The march began in St. Mark's Square.",
		[]string{"The march began in St. Mark's Square."}},
	{"street ends a sentence", "They live on Elm St. The house is old.",
		[]string{"They live on Elm St.", "The house is old."}},

	// Initials.
	{"initials", "J. R. Tolland wrote the report.",
		[]string{"J. R. Tolland wrote the report."}},
	{"middle initial", "The memo was signed by George H. Parr and sent on. It leaked.",
		[]string{"The memo was signed by George H. Parr and sent on.", "It leaked."}},
	{"initial A", "The author, J. A. Mbeki, spoke first.",
		[]string{"The author, J. A. Mbeki, spoke first."}},
	{"letter ends a sentence", "They called it Plan B. It failed within a week.",
		[]string{"They called it Plan B.", "It failed within a week."}},

	// Dotted acronyms.
	{"U.S. and China", "The U.S. and China agreed on Sunday.",
		[]string{"The U.S. and China agreed on Sunday."}},
	{"U.S. Senate", "The U.S. Senate approved the measure.",
		[]string{"The U.S. Senate approved the measure."}},
	{"U.S. Secretary", "U.S. Secretary of State Ana Ruiz landed in Hanoi. Her visit lasts two days.",
		[]string{"U.S. Secretary of State Ana Ruiz landed in Hanoi.", "Her visit lasts two days."}},
	{"U.S. ends a sentence", "The minister flew to the U.S. The visit lasted three days.",
		[]string{"The minister flew to the U.S.", "The visit lasted three days."}},
	{"U.K., U.N. and E.U.", "Envoys from the U.K., the U.N. and the E.U. met in Oslo. No deal emerged.",
		[]string{"Envoys from the U.K., the U.N. and the E.U. met in Oslo.", "No deal emerged."}},
	{"times of day", "The polls open at 7 a.m. and close at 9 p.m. Monday.",
		[]string{"The polls open at 7 a.m. and close at 9 p.m. Monday."}},
	{"p.m. ends a sentence", "The polls close at 9 p.m. The count begins at once.",
		[]string{"The polls close at 9 p.m.", "The count begins at once."}},
	{"doctorate", "She earned a Ph.D. in chemistry in 2004.",
		[]string{"She earned a Ph.D. in chemistry in 2004."}},
	{"acronym in brackets", "Voting in the Nordic Union (N.U.) 14 times, he never lost.",
		[]string{"Voting in the Nordic Union (N.U.) 14 times, he never lost."}},
	{"domain name", "Read more at example.org. The site is free. See example.org today.",
		[]string{"Read more at example.org.", "The site is free.", "See example.org today."}},

	// Ellipses.
	{"ellipsis before lowercase", "He paused... and then kept reading.",
		[]string{"He paused... and then kept reading."}},
	{"ellipsis before capital", "We waited and waited... Nobody came.",
		[]string{"We waited and waited...", "Nobody came."}},
	{"ellipsis character", "It was over… The crowd left. It was… unclear.",
		[]string{"It was over…", "The crowd left.", "It was… unclear."}},
	{"quote opening with an ellipsis", `"... The view of the council is clear," she said.`,
		[]string{`"... The view of the council is clear," she said.`}},

	// Quotations.
	{"comma inside the quote", `"This was a real exchange of views," the envoy said.`,
		[]string{`"This was a real exchange of views," the envoy said.`}},
	{"two quoted sentences", `"We are ready," she said. "The vote is tomorrow."`,
		[]string{`"We are ready," she said.`, `"The vote is tomorrow."`}},
	{"break inside a quote", `He said: "We agreed. We will meet again." Then he left.`,
		[]string{`He said: "We agreed.`, `We will meet again."`, `Then he left.`}},
	{"exclamation and lowercase attribution", `"We will win!" she said. The hall cheered.`,
		[]string{`"We will win!" she said.`, `The hall cheered.`}},
	{"question and lowercase attribution", `"Why now?" asked the reporter.`,
		[]string{`"Why now?" asked the reporter.`}},
	{"question and named attribution", `"Who pays for this?" Okafor asked. Nobody answered.`,
		[]string{`"Who pays for this?" Okafor asked.`, `Nobody answered.`}},
	{"question and titled attribution", `“Is this fair?” Mr. Dube said.`,
		[]string{`“Is this fair?” Mr. Dube said.`}},
	{"exclamation then a new sentence", `"Enough!" The crowd fell silent.`,
		[]string{`"Enough!"`, `The crowd fell silent.`}},
	{"curly quotes", "“We will not back down,” Mensah said. “Not now.”",
		[]string{"“We will not back down,” Mensah said.", "“Not now.”"}},
	{"single curly quotes", "He called it ‘a mistake.’ Then he apologised.",
		[]string{"He called it ‘a mistake.’", "Then he apologised."}},
	{"quoted full stop", `The sign read "Closed." Nobody argued.`,
		[]string{`The sign read "Closed."`, `Nobody argued.`}},
	{"closing bracket", "The firm made a profit (its first since 2019.) Investors cheered.",
		[]string{"The firm made a profit (its first since 2019.)", "Investors cheered."}},
	{"quoted phrase and attribution",
		`Okafor stressed "the value of keeping lines open ... to avoid any misreading", foreign ministry spokeswoman Lena Ortiz said, describing the meeting as "frank, detailed and useful". Both delegations then left.`,
		[]string{
			`Okafor stressed "the value of keeping lines open ... to avoid any misreading", foreign ministry spokeswoman Lena Ortiz said, describing the meeting as "frank, detailed and useful".`,
			`Both delegations then left.`,
		}},
	{"quote ending in an ellipsis",
		`French President Paul Girard played down the dispute on Monday, saying: "I don't expect it to last ..." Then he left for Rome.`,
		[]string{
			`French President Paul Girard played down the dispute on Monday, saying: "I don't expect it to last ..."`,
			`Then he left for Rome.`,
		}},

	// Lines and paragraphs.
	{"heading paragraph", "Heading without a stop\n\nThe first paragraph starts here.",
		[]string{"Heading without a stop", "The first paragraph starts here."}},
	{"blank line with spaces", "One line\n \t \nTwo line",
		[]string{"One line", "Two line"}},
	{"crlf paragraphs", "First one.\r\n\r\nSecond one.",
		[]string{"First one.", "Second one."}},
	{"single newline is a space", "The court met on\nTuesday to hear the case.",
		[]string{"The court met on\nTuesday to hear the case."}},
	{"sentence ends at a newline", "It rained.\nThe match was off.",
		[]string{"It rained.", "The match was off."}},
	{"abbreviation at a line end", "The letter went to Gov.\nIda Marsh on Friday.",
		[]string{"The letter went to Gov.\nIda Marsh on Friday."}},
	{"abbreviation before a paragraph break", "The letter went to the U.S.\n\nThe reply came later.",
		[]string{"The letter went to the U.S.", "The reply came later."}},
	{"list items with dashes", "Key points:\n- prices rose.\n- wages fell.",
		[]string{"Key points:\n- prices rose.", "- wages fell."}},
	{"dash before a sign-off", "The deal closed on Friday. -- Reporting by Jo Lin",
		[]string{"The deal closed on Friday.", "-- Reporting by Jo Lin"}},
	{"dash before lowercase", "It was over. — or so they thought.",
		[]string{"It was over. — or so they thought."}},
	{"leading and trailing space", "  \n Hello there.  \n\n  ",
		[]string{"Hello there."}},
	{"empty", "", nil},
	{"only whitespace", " \n\n\t \u00a0", nil},
	{"only punctuation", "...", []string{"..."}},

	// Other languages.
	{"german ordinal date", "Die Sitzung beginnt am 3. Oktober in Bonn. Dr. Weber leitet sie.",
		[]string{"Die Sitzung beginnt am 3. Oktober in Bonn.", "Dr. Weber leitet sie."}},
	{"german abbreviations", "Es gibt Optionen, z.B. Steuern. Die Debatte läuft.",
		[]string{"Es gibt Optionen, z.B. Steuern.", "Die Debatte läuft."}},
	{"german quotes", "Er sagte: „Wir kommen.“ Dann ging er.",
		[]string{"Er sagte: „Wir kommen.“", "Dann ging er."}},
	{"french guillemets", "« Nous partons. » Il a fermé la porte.",
		[]string{"« Nous partons. »", "Il a fermé la porte."}},
	{"french initial", "M. Dupont est arrivé. Il a parlé.",
		[]string{"M. Dupont est arrivé.", "Il a parlé."}},
	{"spanish", "¿Vendrá mañana? No lo sé. ¡Qué pena!",
		[]string{"¿Vendrá mañana?", "No lo sé.", "¡Qué pena!"}},
	{"chinese", "会谈在周日结束。双方同意继续对话！下一轮在哪里？",
		[]string{"会谈在周日结束。", "双方同意继续对话！", "下一轮在哪里？"}},
	{"chinese then english", "会谈结束。 The end.",
		[]string{"会谈结束。", "The end."}},
	{"japanese quotation particle", "彼は「明日来る。」と言った。次の日に来た。",
		[]string{"彼は「明日来る。」と言った。", "次の日に来た。"}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			spans := Sentences(tc.text)
			checkSpans(t, tc.text, spans)
			var got []string
			for _, s := range spans {
				got = append(got, tc.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// checkSpans fails t unless spans are in bounds, ordered, non-overlapping,
// non-empty and trimmed, cover every byte of text that is not whitespace,
// keep whole runes of valid text and never cross a paragraph break.
func checkSpans(t testing.TB, text string, spans []document.Span) {
	t.Helper()
	covered := 0 // bytes before this offset are checked
	valid := utf8.ValidString(text)
	for n, s := range spans {
		if s.Start < covered || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %+v: out of order, empty or out of bounds (text %d bytes, previous end %d) in %q",
				n, s, len(text), covered, text)
		}
		if r, _ := utf8.DecodeRuneInString(text[s.Start:s.End]); spaceRune(r) {
			t.Fatalf("span %d %+v starts with whitespace: %q", n, s, text[s.Start:s.End])
		}
		if r, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End]); spaceRune(r) {
			t.Fatalf("span %d %+v ends with whitespace: %q", n, s, text[s.Start:s.End])
		}
		if valid && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("span %d %+v splits a rune: %q", n, s, text)
		}
		if gap := text[covered:s.Start]; strings.TrimFunc(gap, spaceRune) != "" {
			t.Fatalf("text %q before span %d %+v is in no span", gap, n, s)
		}
		if paragraphBreak(text[s.Start:s.End]) {
			t.Fatalf("span %d %+v crosses a paragraph break: %q", n, s, text[s.Start:s.End])
		}
		covered = s.End
	}
	if rest := text[covered:]; strings.TrimFunc(rest, spaceRune) != "" {
		t.Fatalf("text %q after the last span is in no span", rest)
	}
}

// spaceRune is unicode.IsSpace, except that an invalid byte is not space.
func spaceRune(r rune) bool { return r != utf8.RuneError && unicode.IsSpace(r) }

// paragraphBreak reports whether s holds two newlines with only whitespace
// between them, or a paragraph separator.
func paragraphBreak(s string) bool {
	nl := false
	for _, r := range s {
		switch {
		case r == '\n' && nl, r == '\u2029':
			return true
		case r == '\n':
			nl = true
		case !spaceRune(r):
			nl = false
		}
	}
	return false
}

// pieces are the building blocks of random texts: words, abbreviations,
// punctuation, whitespace, non-ASCII and invalid UTF-8.
var pieces = []string{
	"The", "talks", "ended", "said", "he", "U.S.", "Mr.", "Inc.", "No.", "J.", "a.m.",
	"3.5", "1.", "etc.", "iPhone", "Oktober", "3", ".", ".", "!", "?", "?!", "...", "…",
	"\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "-", "—", ",", ":",
	" ", " ", " ", "  ", "\n", "\n\n", "\n \n", "\r\n", "\t", "\u00a0", "\u2029", "\u3000",
	"。", "！", "？", "「", "」", "と", "会谈", "é", "ß",
	"\xff", "\xe2\x80", "\xe2", "\x00", "\xc0\xaf", "\xef\xbc",
}

func randomText(rng *rand.Rand) string {
	var b strings.Builder
	for n := rng.IntN(40); n > 0; n-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestSentencesProperties checks the span invariants on random texts.
func TestSentencesProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		text := randomText(rng)
		checkSpans(t, text, Sentences(text))
	}
	for range 2000 {
		b := make([]byte, rng.IntN(64))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		checkSpans(t, string(b), Sentences(string(b)))
	}
}

// TestSentencesLarge runs adversarial megabyte inputs: a quadratic scan
// would not finish.
func TestSentencesLarge(t *testing.T) {
	const n = 1 << 20
	for name, text := range map[string]string{
		"dots":             strings.Repeat(".", n),
		"dotted word":      strings.Repeat("a.", n/2),
		"spaced dots":      strings.Repeat(". ", n/2),
		"acronyms":         strings.Repeat("U.S. ", n/5),
		"long word":        strings.Repeat("x", n) + ". The end.",
		"spaces":           "A." + strings.Repeat(" ", n) + "B.",
		"newlines":         strings.Repeat("\n", n),
		"quotes":           strings.Repeat(`."`, n/2),
		"openers":          strings.Repeat(`. "`, n/3),
		"dashes":           strings.Repeat(". -", n/3),
		"cjk":              strings.Repeat("。", n/3),
		"invalid":          strings.Repeat("\xff", n),
		"no punctuation":   strings.Repeat("word ", n/5),
		"article repeated": strings.Repeat(benchArticle, n/len(benchArticle)),
	} {
		t.Run(name, func(t *testing.T) {
			checkSpans(t, text, Sentences(text))
		})
	}
}

// TestSentencesDeterministic runs the segmenter twice, and concurrently, on
// the same input and compares the results.
func TestSentencesDeterministic(t *testing.T) {
	text := benchText()
	want := Sentences(text)
	if got := Sentences(text); !reflect.DeepEqual(got, want) {
		t.Fatal("two runs over the same text differ")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := Sentences(text); !reflect.DeepEqual(got, want) {
				t.Error("a concurrent run differs")
			}
		})
	}
	wg.Wait()
}

func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceCases {
		f.Add(tc.text)
	}
	f.Add("\xff\xfe. \xe2\x80\xa6 A\n\n\u2029B")
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text)
		checkSpans(t, text, spans)
		if again := Sentences(text); !reflect.DeepEqual(again, spans) {
			t.Fatalf("not deterministic on %q", text)
		}
	})
}
