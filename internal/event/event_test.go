package event

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/geo"
	"github.com/attache-news/attache/internal/quote"
	"github.com/attache-news/attache/internal/text"
	"github.com/attache-news/attache/internal/timex"
)

// markup builds a Document from text with inline entities:
//
//	[[Antony Blinken|PERSON|USAGOV]] met [[Qin|PERSON|CHNGOV|Qin Gang|Foreign Minister]]
//
// fields: the mention, its type, its actor code, then optionally the
// entity's canonical name (mentions with one name are one entity) and the
// actor's role. Sentences, places, times and quotes come from the stages
// that make them, so the coder sees what the pipeline would give it.
func markup(t testing.TB, src, published string) *document.Document {
	t.Helper()
	d := &document.Document{Published: published}
	var b strings.Builder
	byName := map[string]int{}
	for {
		i := strings.Index(src, "[[")
		if i < 0 {
			b.WriteString(src)
			break
		}
		j := strings.Index(src[i:], "]]")
		if j < 0 {
			t.Fatalf("unclosed [[ in %q", src)
		}
		b.WriteString(src[:i])
		f := strings.Split(src[i+2:i+j], "|")
		if len(f) < 3 {
			t.Fatalf("want [[mention|TYPE|CODE...]]: %q", src[i:i+j+2])
		}
		name := f[0]
		if len(f) > 3 && f[3] != "" {
			name = f[3]
		}
		k, ok := byName[name]
		if !ok {
			k = len(d.Entities)
			byName[name] = k
			e := document.Entity{ID: fmt.Sprintf("e%d", k+1), Name: name, Type: f[1]}
			if code := f[2]; code != "" {
				a := &document.Actor{Code: code}
				if strings.HasPrefix(code, "IGO") {
					a.Sector = "IGO"
				} else {
					a.Country = code[:3]
					if len(code) >= 6 {
						a.Sector = code[3:6]
					}
				}
				if len(f) > 4 {
					a.Role = f[4]
				}
				e.Actor = a
			}
			d.Entities = append(d.Entities, e)
		}
		start := b.Len()
		b.WriteString(f[0])
		d.Entities[k].Mentions = append(d.Entities[k].Mentions, document.Mention{Start: start, End: b.Len(), Text: f[0]})
		src = src[i+j+2:]
	}
	d.Text = b.String()
	d.Sentences = text.Sentences(d.Text)
	geo.Default().Run(d)
	timex.Run(d)
	quote.Run(d)
	return d
}

// summary writes events as "SRC>TGT CODE" lines, sorted.
func summary(evs []document.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Source+">"+e.Target+" "+e.Cameo)
	}
	sort.Strings(out)
	return out
}

// codeCase is a sentence with inline marks and what coding it must and must
// not give.
type codeCase struct {
	name, text string
	want       []string // events that must be coded
	not        []string // events that must not be
	none       bool     // no event at all
}

// checkCases codes each case's text, dated 2024-03-12, and checks it.
func checkCases(t *testing.T, cases []codeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := markup(t, c.text, "2024-03-12")
			Run(d)
			got := summary(d.Events)
			if c.none && len(got) > 0 {
				t.Errorf("want no event, got %v", got)
			}
			have := map[string]bool{}
			for _, g := range got {
				have[g] = true
			}
			for _, w := range c.want {
				if !have[w] {
					t.Errorf("missing %s; got %v", w, got)
				}
			}
			for _, w := range c.not {
				if have[w] {
					t.Errorf("unwanted %s; got %v", w, got)
				}
			}
		})
	}
}

func TestCode(t *testing.T) {
	checkCases(t, []codeCase{
		{name: "visit and host",
			text: "[[Antony Blinken|PERSON|USAGOV]] visited [[Beijing|GPE|CHN]] on Sunday.",
			want: []string{"USAGOV>CHN 042", "CHN>USAGOV 043"}},
		{name: "passive with agent",
			text: "[[Ukraine|GPE|UKR]] was attacked by [[Russia|GPE|RUS]] overnight.",
			want: []string{"RUS>UKR 190"}, not: []string{"UKR>RUS 190"}},
		{name: "passive shoot down",
			text: "A surveillance drone from [[Iran|GPE|IRN]] was shot down by [[Israel|GPE|ISR]] on Tuesday.",
			want: []string{"ISR>IRN 190"}},
		{name: "coordinated subject, both directions",
			text: "[[Kenya|GPE|KEN]] and [[Uganda|GPE|UGA]] agreed to hold talks on the border.",
			want: []string{"KEN>UGA 036", "UGA>KEN 036"}},
		{name: "coordinated objects",
			text: "[[Canada|GPE|CAN]] imposed sanctions on [[Belarus|GPE|BLR]] and [[Russia|GPE|RUS]].",
			want: []string{"CAN>BLR 163", "CAN>RUS 163"}},
		{name: "negated agreement is a refusal",
			text: "[[Peru|GPE|PER]] did not agree to meet [[Chile|GPE|CHL]].",
			want: []string{"PER>CHL 125"}, not: []string{"PER>CHL 036", "PER>CHL 040"}},
		{name: "refused to release",
			text: "[[Norway|GPE|NOR]] refused to release the [[Danish|NORP|DNK]] sailors.",
			want: []string{"NOR>DNK 1243"}, not: []string{"NOR>DNK 0841"}},
		{name: "negated attack is nothing",
			text: "[[Chad|GPE|TCD]] did not attack [[Sudan|GPE|SDN]].",
			none: true},
		{name: "future visit is an intent",
			text: "[[Portugal|GPE|PRT]] will visit [[Brazil|GPE|BRA]] next month.",
			want: []string{"PRT>BRA 036"}, not: []string{"PRT>BRA 042"}},
		{name: "hope to meet",
			text: "[[Ghana|GPE|GHA]] hopes to meet [[Togo|GPE|TGO]] soon.",
			want: []string{"GHA>TGO 036"}, not: []string{"GHA>TGO 040"}},
		{name: "agree to pay a return visit",
			text: "[[Qin Gang|PERSON|CHNGOV]] agreed to pay a return visit to [[Washington|GPE|USA]] at a later date.",
			want: []string{"CHNGOV>USA 036"}, not: []string{"CHNGOV>USA 042"}},
		{name: "appeal with object control",
			text: "[[France|GPE|FRA]] urged [[Mali|GPE|MLI]] to release the hostages.",
			want: []string{"FRA>MLI 0253"}},
		{name: "demand that",
			text: "[[Egypt|GPE|EGY]] demanded that [[Israel|GPE|ISR]] withdraw its troops.",
			want: []string{"EGY>ISR 1056"}},
		{name: "reported must",
			text: "[[Germany|GPE|DEU]] said [[Iran|GPE|IRN]] must release the detainees.",
			want: []string{"DEU>IRN 1053"}},
		{name: "threaten to impose sanctions",
			text: "[[Iran|GPE|IRN]] threatened to impose sanctions on [[Canada|GPE|CAN]].",
			want: []string{"IRN>CAN 1312"}},
		{name: "plans to impose restrictions is a threat",
			text: "[[Greece|GPE|GRC]] plans to impose trade restrictions on [[Turkey|GPE|TUR]].",
			want: []string{"GRC>TUR 1312"}},
		{name: "pronoun subject",
			text: "[[Antony Blinken|PERSON|USAGOV]] arrived late on Monday. He met [[Qin Gang|PERSON|CHNGOV]] in the afternoon.",
			want: []string{"USAGOV>CHNGOV 040"}},
		{name: "pronoun and name coordinated",
			text: "[[Blinken|PERSON|USAGOV]] spoke for hours. He and [[Qin|PERSON|CHNGOV]] shook hands at the end.",
			want: []string{"USAGOV>CHNGOV 040", "CHNGOV>USAGOV 040"}},
		{name: "the two sides",
			text: "[[Japan|GPE|JPN]] and [[India|GPE|IND]] signed a trade pact. The two sides also agreed to hold talks in May.",
			want: []string{"JPN>IND 057", "IND>JPN 057", "JPN>IND 036", "IND>JPN 036"}},
		{name: "the spokesman",
			text: "[[Li Ming|PERSON|CHNGOV|Li Ming|spokesman]] spoke first. Later the spokesman criticised [[Australia|GPE|AUS]].",
			want: []string{"CHNGOV>AUS 111"}},
		{name: "his country",
			text: "[[Yemen|GPE|YEM]]'s foreign minister said his country would reject any deal with [[Oman|GPE|OMN]].",
			want: []string{"YEM>OMN 127"}},
		{name: "quote speaker is the source",
			text: "\"We will support [[Kosovo|GPE|XKX]] all the way,\" [[Edi Rama|PERSON|ALBGOV]] said.",
			want: []string{"ALBGOV>XKX 032"}},
		{name: "relative clause subject",
			text: "Officials in [[Taipei|GPE|TWN]] condemned [[Beijing|GPE|CHN]], which launched military drills near the island.",
			want: []string{"TWNGOV>CHN 111", "CHN>TWN 150"}},
		{name: "coordinated verbs share the subject",
			text: "[[Spain|GPE|ESP]] protested and later expelled two [[Moroccan|NORP|MAR]] diplomats.",
			want: []string{"ESP>MAR 161"}},
		{name: "same event told twice is one event",
			text: "[[Mexico|GPE|MEX]] criticised [[Cuba|GPE|CUB]]. Again, [[Mexico|GPE|MEX]] criticised [[Cuba|GPE|CUB]].",
			want: []string{"MEX>CUB 111"}},
		{name: "crowd protest",
			text: "Thousands of [[Kenyan|NORP|KEN]] students protested against the new tax.",
			want: []string{"KEN> 141"}},
		{name: "government protest is verbal",
			text: "[[China|GPE|CHN]] protested to [[Japan|GPE|JPN]] over the visit.",
			want: []string{"CHN>JPN 111"}},
		{name: "hunger strike",
			text: "Jailed [[Turkish|NORP|TUR]] activists began a hunger strike on Monday.",
			want: []string{"TUR> 142"}},
		{name: "nothing happens",
			text: "The weather in [[Paris|GPE|FRA]] was mild and the markets were calm.",
			none: true},
		{name: "empty side filled from the sentence",
			text: "[[Nigeria|GPE|NGA]] deported dozens of migrants to [[Niger|GPE|NER]] this week.",
			want: []string{"NGA>NER 174"}},
		{name: "passive with the pattern's object as subject",
			text: "Twelve [[Thai|NORP|THA]] hostages were released by [[Hamas|ORG|PSEREB]] on Friday.",
			want: []string{"PSEREB>THA 0841"}},
		{name: "police placed by the sentence",
			text: "Police in [[Nairobi|GPE|KEN]] arrested dozens of [[Ugandan|NORP|UGA]] traders.",
			want: []string{"KENCOP>UGA 173"}},
		{name: "conditional clause codes nothing",
			text: "[[Norway|GPE|NOR]] will defend [[Estonia|GPE|EST]] if it is attacked by [[Russia|GPE|RUS]].",
			want: []string{"NOR>EST 032"}, not: []string{"RUS>EST 190", "RUS>EST 1384"}},
		{name: "unasserted clause codes nothing",
			text: "[[NATO|ORG|IGONAT]] has no evidence that [[Iran|GPE|IRN]] is sending drones to [[Russia|GPE|RUS]].",
			none: true},
		{name: "side by side, not to each other",
			text: "[[Qatar|GPE|QAT]] and [[Egypt|GPE|EGY]] hosted talks on Sunday.",
			not:  []string{"QAT>EGY 043", "EGY>QAT 043"}},
		{name: "a purpose clause keeps the intent",
			text: "[[Olaf Scholz|PERSON|DEUGOV]] will travel to [[Washington|GPE|USA]] next week to meet [[Joe Biden|PERSON|USAGOV]].",
			want: []string{"DEUGOV>USA 036", "DEUGOV>USAGOV 036"}, not: []string{"DEUGOV>USAGOV 040"}},
		{name: "negated discussion is nothing",
			text: "[[Putin|PERSON|RUSGOV]] and [[Xi|PERSON|CHNGOV]] did not discuss the war.",
			none: true},
		{name: "would not is a refusal",
			text: "[[Iraq|GPE|IRQ]] said it would not release the [[Kuwaiti|NORP|KWT]] prisoners.",
			want: []string{"IRQ>KWT 1243"}},
		{name: "a warning to the one he was talking to",
			text: "[[Qin|PERSON|CHNGOV]] and [[Blinken|PERSON|USAGOV]] met for hours. Later he issued a warning on [[Taiwan|GPE|TWN]].",
			want: []string{"USAGOV>CHNGOV 130"}},
		{name: "meet expectations is no meeting",
			text: "[[Brazil|GPE|BRA]] did not meet the expectations of [[Argentina|GPE|ARG]].",
			none: true},
	})
}

func TestEventFields(t *testing.T) {
	d := markup(t, "The talks went well. [[Joe Biden|PERSON|USAGOV]] met [[Xi Jinping|PERSON|CHNGOV]] in November in [[Bali|GPE|IDN]]. On Sunday they agreed to meet again.", "2023-06-18T21:31:00")
	Run(d)
	var ev *document.Event
	for i := range d.Events {
		if d.Events[i].Cameo == "040" && d.Events[i].Source == "USAGOV" {
			ev = &d.Events[i]
		}
	}
	if ev == nil {
		t.Fatalf("no 040 USAGOV event: %v", summary(d.Events))
	}
	want := document.Event{Source: "USAGOV", Target: "CHNGOV", Cameo: "040", Root: "04", Quad: 1, Goldstein: 1,
		Plover: document.Plover{Event: "CONSULT"}, Date: "2022-11", Place: ev.Place, Lat: ev.Lat, Lon: ev.Lon,
		Sentence: 1, SourceEntity: "e1", TargetEntity: "e2", Evidence: d.SentenceText(1), Rule: "meet"}
	if !reflect.DeepEqual(*ev, want) {
		t.Errorf("got  %+v\nwant %+v", *ev, want)
	}
	if ev.Place != "Bali" || ev.Lat > -7 || ev.Lat < -9.5 {
		t.Errorf("place %q at %.2f,%.2f, want Bali", ev.Place, ev.Lat, ev.Lon)
	}
	// "On Sunday they agreed to meet again": both directions, that Sunday
	n := 0
	for _, e := range d.Events {
		if e.Cameo == "036" {
			n++
			if e.Date != "2023-06-18" {
				t.Errorf("036 dated %q, want 2023-06-18", e.Date)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d intents to meet, want 2: %v", n, summary(d.Events))
	}
}

// Coding twice, or from many goroutines at once, gives the same events.
func TestDeterministic(t *testing.T) {
	src := benchText
	ref := markup(t, src, "2024-03-12")
	Run(ref)
	if len(ref.Events) < 10 {
		t.Fatalf("only %d events in the benchmark text: %v", len(ref.Events), summary(ref.Events))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := markup(t, src, "2024-03-12")
			for k := 0; k < 3; k++ {
				Run(d)
				if !reflect.DeepEqual(d.Events, ref.Events) {
					errs <- fmt.Sprintf("run differs:\n%v\n%v", summary(d.Events), summary(ref.Events))
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestEmptyDocument(t *testing.T) {
	for _, d := range []*document.Document{
		{},
		{Text: "No sentences were cut."},
		{Text: "Short.", Sentences: []document.Span{{Start: 0, End: 99}}},
		{Text: "Bad spans.", Sentences: []document.Span{{Start: 5, End: 2}}, Entities: []document.Entity{{ID: "e1", Mentions: []document.Mention{{Start: -1, End: 400}}}}},
	} {
		Run(d)
		if len(d.Events) != 0 {
			t.Errorf("%q: %v", d.Text, d.Events)
		}
	}
}

// Coding time grows linearly with the text, also when the text is one
// endless sentence.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	mk := func(n int, one bool) *document.Document {
		src := strings.Repeat(benchText+"\n\n", n)
		if one {
			src = strings.NewReplacer(". ", ", ", ".\n\n", ", and ", "\n\n", " ").Replace(src)
		}
		return markup(t, src, "2024-03-12")
	}
	run := func(d *document.Document) time.Duration {
		best := time.Duration(1 << 62)
		for k := 0; k < 3; k++ {
			start := time.Now()
			Run(d)
			best = min(best, time.Since(start))
		}
		return best
	}
	for _, one := range []bool{false, true} {
		small, big := mk(8, one), mk(32, one)
		if one && len(big.Sentences) > 2 {
			t.Fatalf("%d sentences, want one", len(big.Sentences))
		}
		ts, tb := run(small), run(big)
		t.Logf("one sentence %v: %v for 8 copies, %v for 32", one, ts, tb)
		if tb > 10*ts+20*time.Millisecond {
			t.Errorf("one sentence %v: 4 times the text took %v, against %v", one, tb, ts)
		}
	}
}
