package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:embed data/verbs.txt
var verbsTxt string

// Dictionary holds verb patterns, word sets and frame verbs. It is built by
// LoadDictionary and read-only afterwards, so one Dictionary may serve many
// goroutines.
type Dictionary struct {
	patterns []*Pattern
	byAnchor map[string][]*Pattern // first word of an anchor alternative -> patterns
	sets     map[string][][]string
	frames   map[string]frame // frame word ("agree", "call") -> frame
}

// frame is a verb or adjective whose to-infinitive (or that-clause, or
// object) carries the event: "agreed to visit", "urged Iran to release".
type frame struct {
	kind     frameKind
	particle string // words one of which must follow the verb, "|"-separated: "on|upon" for "call"
}

// Discard is the code of a pattern that codes nothing: it keeps the words it
// matches ("meet expectations") from being read by other patterns.
const Discard = "---"

// Pattern is one entry of a Dictionary: a CAMEO code and the words that
// express it around an anchor word.
type Pattern struct {
	ID    string // unique within its dictionary; the Event.Rule of what it codes
	Code  string // CAMEO code
	Text  string // the pattern as written
	Line  int    // line number in its source
	Noun  bool   // the anchor is a noun ("trip to +"), not a verb
	Gov   bool   // Noun: with no source of its own, the subject of the governing verb
	Rev   string // also code target -> source with this code ("visit" -> "host")
	Crowd string // code used instead when the subject is a crowd ("protest" -> 141)
	Topic bool   // what follows is the topic, not the target ("agree on X")
	// Achieve marks an achievement: negated it did not happen, and is no
	// refusal ("had not reached an agreement")
	Achieve bool
	// Pair marks an act that takes two: with one source and no target
	// it codes nothing ("the cabinet met on Sunday")
	Pair bool
	// Partner marks an act aimed by nature at the other side of the pair
	// last seen together ("retaliated")
	Partner bool
	// Claim marks a wrongdoing that, reported, is the speaker's accusation
	// of its doer ("said Washington was abusing export controls") and,
	// said by no one, codes nothing
	Claim bool

	pre   []elem // words before the anchor, nearest first
	elems []elem // the anchor, then the words after it
	score int    // specificity: words count 2, slots 1
}

// elem is one position of a pattern.
type elem struct {
	slot byte       // 0 for words; '+' target; '$' source
	alts [][]string // alternatives, each a run of adjacent words
	opt  bool
}

// Len is the number of patterns.
func (d *Dictionary) Len() int { return len(d.patterns) }

// Patterns returns the patterns in source order.
func (d *Dictionary) Patterns() []*Pattern { return append([]*Pattern(nil), d.patterns...) }

var defaultDictionary = sync.OnceValue(func() *Dictionary {
	d, err := LoadDictionary(strings.NewReader(verbsTxt))
	if err != nil {
		panic("event: embedded data/verbs.txt: " + err.Error()) // a build defect, caught by the tests
	}
	return d
})

// DefaultDictionary is attache's own dictionary (data/verbs.txt).
func DefaultDictionary() *Dictionary { return defaultDictionary() }

// LoadDictionary reads a dictionary in attache's plain-text format:
//
//	# a comment, to the end of the line
//	@talks = talks|negotiations|dialogue|peace_talks      a word set
//	%frame intent agree promise pledge ready willing     frame words
//	036  agree.visit   agree to pay return_visit (to +)   a pattern
//	042  visit.n       visit|trip to +        ; noun gov rev=043
//
// A pattern line is CODE ID ELEMENT... [; OPTION...]. The first element is
// the anchor, matched against a word's lemma ("agreed", "agrees" -> agree)
// or its lower-case form; with a "*" element, the elements before it must
// precede the anchor. Elements follow each other with up to four words
// between them, never across a clause break; "a_b" needs the words next to
// each other, "a|b|@set" is a choice, "(x)" is optional, "+" is the target
// actor and "$" the source actor. Options: noun (the anchor is a noun), gov
// (a noun's source is the subject of its clause), rev=CODE (also code the
// reverse event), crowd=CODE (the code when a crowd is the subject), topic
// (the words after the pattern are its topic, not its target), achieve (an
// achievement: negated, it codes nothing rather than a refusal), pair (an
// act that takes two: one source with no target codes nothing), partner
// (aimed by nature at the other of the pair last seen together), claim (a
// wrongdoing: reported, the speaker accuses its doer; else nothing).
//
// Frame kinds are intent, refuse, request, demand, threat, invite, plain,
// attempt and block; "call_on" makes "call" a frame only when "on" follows.
//
// The code "---" (Discard) matches and codes nothing.
//
// Errors name the line; codes must be in the CAMEO table (Lookup).
func LoadDictionary(r io.Reader) (*Dictionary, error) {
	d := &Dictionary{byAnchor: map[string][]*Pattern{}, sets: map[string][][]string{}, frames: map[string]frame{}}
	ids := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var err error
		switch line[0] {
		case '@':
			err = d.parseSet(line)
		case '%':
			err = d.parseFrame(line)
		default:
			var p *Pattern
			p, err = d.parsePattern(line)
			if err == nil {
				if prev, dup := ids[p.ID]; dup {
					err = fmt.Errorf("id %q already used on line %d", p.ID, prev)
				} else {
					ids[p.ID] = n
					p.Line = n
					d.add(p)
				}
			}
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading dictionary: %w", err)
	}
	for _, ps := range d.byAnchor {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].score > ps[j].score })
	}
	return d, nil
}

func (d *Dictionary) add(p *Pattern) {
	d.patterns = append(d.patterns, p)
	seen := map[string]bool{}
	for _, a := range p.elems[0].alts {
		if !seen[a[0]] {
			seen[a[0]] = true
			d.byAnchor[a[0]] = append(d.byAnchor[a[0]], p)
		}
	}
}

func (d *Dictionary) parseSet(line string) error {
	name, def, ok := strings.Cut(line[1:], "=")
	name = strings.TrimSpace(name)
	if !ok || !validWord(name) {
		return fmt.Errorf("want @name = a|b|c")
	}
	alts, err := d.parseAlts(strings.ReplaceAll(def, " ", ""))
	if err != nil {
		return err
	}
	d.sets[name] = alts
	return nil
}

func (d *Dictionary) parseFrame(line string) error {
	f := strings.Fields(line)
	if len(f) < 3 || f[0] != "%frame" {
		return fmt.Errorf("want %%frame KIND word...")
	}
	k, ok := frameNames[f[1]]
	if !ok {
		return fmt.Errorf("unknown frame kind %q", f[1])
	}
	for _, w := range f[2:] {
		w = strings.ToLower(w)
		verb, particle, _ := strings.Cut(w, "_")
		if !validWord(verb) || (particle != "" && !validWord(particle)) {
			return fmt.Errorf("bad frame word %q", w)
		}
		if old, ok := d.frames[verb]; ok && old.kind == k && old.particle != "" && particle != "" {
			particle = old.particle + "|" + particle // call_on call_upon
		}
		d.frames[verb] = frame{kind: k, particle: particle}
	}
	return nil
}

func (d *Dictionary) parsePattern(line string) (*Pattern, error) {
	body, opts, _ := strings.Cut(line, ";")
	f := strings.Fields(body)
	if len(f) < 3 {
		return nil, fmt.Errorf("want CODE ID PATTERN")
	}
	p := &Pattern{Code: f[0], ID: f[1], Text: strings.Join(f[2:], " ")}
	if _, ok := Lookup(p.Code); !ok && p.Code != Discard {
		return nil, fmt.Errorf("unknown CAMEO code %q", p.Code)
	}
	if !validID(p.ID) {
		return nil, fmt.Errorf("bad id %q", p.ID)
	}
	star := -1
	var els []elem
	for _, tok := range f[2:] {
		if tok == "*" {
			if star >= 0 {
				return nil, fmt.Errorf("two '*' in one pattern")
			}
			star = len(els)
			continue
		}
		e, err := d.parseElem(tok)
		if err != nil {
			return nil, err
		}
		els = append(els, e)
	}
	if star < 0 {
		star = 0
	}
	if star >= len(els) {
		return nil, fmt.Errorf("nothing after '*'")
	}
	a := els[star]
	if a.slot != 0 || a.opt {
		return nil, fmt.Errorf("the anchor must be words, not a slot or optional")
	}
	for i := star - 1; i >= 0; i-- {
		p.pre = append(p.pre, els[i])
	}
	p.elems = els[star:]
	for _, e := range els {
		if e.slot != 0 {
			p.score++
		} else if !e.opt {
			min := len(e.alts[0])
			for _, a := range e.alts {
				min = minInt(min, len(a))
			}
			p.score += 2 * min
		}
	}
	for _, o := range strings.Fields(opts) {
		k, v, _ := strings.Cut(o, "=")
		switch k {
		case "noun":
			p.Noun = true
		case "gov":
			p.Gov = true
		case "topic":
			p.Topic = true
		case "achieve":
			p.Achieve = true
		case "pair":
			p.Pair = true
		case "partner":
			p.Partner = true
		case "claim":
			p.Claim = true
		case "rev", "crowd":
			if _, ok := Lookup(v); !ok {
				return nil, fmt.Errorf("%s: unknown CAMEO code %q", k, v)
			}
			if k == "rev" {
				p.Rev = v
			} else {
				p.Crowd = v
			}
		default:
			return nil, fmt.Errorf("unknown option %q", o)
		}
	}
	return p, nil
}

func (d *Dictionary) parseElem(tok string) (elem, error) {
	var e elem
	if strings.HasPrefix(tok, "(") && strings.HasSuffix(tok, ")") && len(tok) > 2 {
		e.opt = true
		tok = tok[1 : len(tok)-1]
	}
	if tok == "+" || tok == "$" {
		if e.opt {
			return e, fmt.Errorf("a slot cannot be optional")
		}
		e.slot = tok[0]
		return e, nil
	}
	alts, err := d.parseAlts(tok)
	if err != nil {
		return e, err
	}
	e.alts = alts
	return e, nil
}

// parseAlts reads "a|b_c|@set" into runs of words.
func (d *Dictionary) parseAlts(s string) ([][]string, error) {
	var out [][]string
	for _, a := range strings.Split(s, "|") {
		if strings.HasPrefix(a, "@") {
			set, ok := d.sets[a[1:]]
			if !ok {
				return nil, fmt.Errorf("unknown set %q", a)
			}
			out = append(out, set...)
			continue
		}
		var run []string
		for _, w := range strings.Split(a, "_") {
			w = strings.ToLower(w)
			if !validWord(w) {
				return nil, fmt.Errorf("bad word %q in %q", w, s)
			}
			run = append(run, w)
		}
		out = append(out, run)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty element")
	}
	return out, nil
}

// validWord accepts words as the tokenizer cuts them: letters, digits and
// the inner marks ' - . & /.
func validWord(w string) bool {
	if w == "" || len(w) > 64 {
		return false
	}
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r >= 'A' && r <= 'Z':
		case r == '\'' || r == '-' || r == '.' || r == '&' || r == '/' || r == '’':
		case r > 127:
		default:
			return false
		}
	}
	return true
}

func validID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}
