package petrarch

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Options change how sentences are coded (PETRARCH's config settings).
type Options struct {
	// AllowMonad codes events with one side unknown, "---" standing for
	// it (PETRARCH-2's require_dyad = False). The default needs both.
	// UD-PETRARCH codes dyads only, so a set with a coding ontology
	// ignores it.
	AllowMonad bool
}

// tok is one word or mark of a sentence.
type tok struct {
	start, end int    // byte offsets into the sentence
	w          string // upper case, ’ read as '
	cap        bool   // starts with an upper-case letter
	punct      bool
}

// Coded is one event found in a sentence.
type Coded struct {
	Source, Target string
	Code           string
	Rule           string // file:line of the pattern or verb that coded it
	Verb           [2]int // byte span of the verb in the sentence
	SrcSpan        [2]int // byte span of the source phrase; {0,0} when unknown
	TgtSpan        [2]int
}

// ActorSpan is one actor phrase found in a sentence, with its code.
type ActorSpan struct {
	Start, End int // bytes into the sentence
	Code       string
	Agent      bool // an agent with no actor ("---GOV")
}

// Result is what a sentence codes to.
type Result struct {
	Events    []Coded
	Actors    []ActorSpan
	Discarded string // the discard phrase that stopped coding; "" when none
	Story     bool   // the discard stops the whole story
}

var (
	detWords  = set("THE A AN HIS HER ITS THEIR OUR MY YOUR THIS THESE THOSE EACH EVERY SOME ANY 'S")
	prepWords = set("IN ON AT BY FOR WITH FROM TO OF INTO ONTO ABOUT AGAINST OVER UNDER TOWARD TOWARDS THROUGH DURING BETWEEN AMONG NEAR ALONG ACROSS WITHOUT WITHIN AFTER BEFORE SINCE UNTIL DESPITE VIA UPON AROUND BEHIND BEYOND AMID LIKE AS THAN OUTSIDE INSIDE")
	subWords  = set("THAT WHICH WHO WHOM WHOSE WHERE WHEN WHILE BECAUSE ALTHOUGH THOUGH IF UNLESS UNTIL WHETHER AFTER")
	stopRight = set("WHICH WHO WHOM WHOSE WHERE WHEN WHILE BECAUSE ALTHOUGH THOUGH IF UNLESS UNTIL AFTER")
	// irregular past forms, which read as verbs after a noun ("the mayor left")
	pastWords   = set("LEFT MET SAID HELD SET SHOT FOUND BROKE BROKEN SOUGHT LENT PAID WON FOUGHT SANK BEGAN BEGUN DRAWN RISEN ROSE MADE SENT SPENT TOOK TAKEN GAVE GIVEN CAME WENT GONE HAD KEPT LED STRUCK THREW THROWN TOLD SOLD BROUGHT BOUGHT CAUGHT TAUGHT THOUGHT HIT HURT CUT PUT BEAT BEATEN FLED FELL FELT FORGAVE FORGIVEN FROZE SEEN SAW SPOKE SPOKEN STOOD STOLE SWORE SWORN UNDERTOOK WITHDREW WITHDRAWN WROTE WRITTEN OVERCAME OVERCOME ARRESTED")
	intensWords = set("VERY TOO SO MORE MOST LESS LEAST QUITE RATHER")
	// adjectives that may be coordinated inside a noun phrase ("awful and evil")
	adjWords  = set("EVIL COOL GOOD BAD OLD NEW BIG SMALL GREAT LARGE LONG SHORT HIGH LOW RICH POOR YOUNG STRONG WEAK HARD SOFT HOT COLD FIERCE BRAVE WISE")
	conjWords = set("AND OR BUT NOR")
	auxWords  = set("IS ARE WAS WERE BE BEEN BEING AM HAS HAVE HAD HAVING DO DOES DID WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST WO CA N'T NOT 'S 'D 'LL")
	beWords   = set("IS ARE WAS WERE BE BEEN BEING AM 'S")
	pronWords = set("HE SHE IT THEY WE I YOU THEM HIM US ME THERE")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// tokenize cuts a sentence into words and marks: "didn't" is "did" "n't",
// "Gondor's" is "Gondor" "'s", "Dol_Amroth" two words, "U.S." one.
func tokenize(s string) []tok {
	var out []tok
	i := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '_' {
			i += sz
			continue
		}
		if !isWordRune(r) {
			out = append(out, tok{start: i, end: i + sz, w: normQuote(s[i : i+sz]), punct: true})
			i += sz
			continue
		}
		j := i
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += sz
				continue
			}
			// inner marks: ' - . & when a word character follows
			if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
				if j+sz < len(s) {
					r2, _ := utf8.DecodeRuneInString(s[j+sz:])
					if isWordRune(r2) {
						j += sz
						continue
					}
				}
				// "anti- Gondor": a hanging hyphen stays with its word
				if r == '-' {
					j += sz
				}
			}
			break
		}
		word := s[i:j]
		// a dotted abbreviation keeps its last dot: "K.U." "U.S."
		if j < len(s) && s[j] == '.' && strings.Contains(word, ".") {
			j++
			word = s[i:j]
		}
		up := normQuote(strings.ToUpper(word))
		switch {
		case strings.HasSuffix(up, "N'T") && len(up) > 3:
			k := i + len(word) - len("n't")
			if strings.HasSuffix(word, "n’t") || strings.HasSuffix(word, "N’T") {
				k = i + len(word) - len("n’t")
			}
			out = append(out, mkTok(s, i, k), mkTok(s, k, j))
		case strings.HasSuffix(up, "'S") && len(up) > 2:
			k := i + len(word) - 2
			if strings.HasSuffix(word, "’s") || strings.HasSuffix(word, "’S") {
				k = i + len(word) - len("’s")
			}
			out = append(out, mkTok(s, i, k), mkTok(s, k, j))
		default:
			out = append(out, mkTok(s, i, j))
		}
		i = j
	}
	return out
}

func mkTok(s string, a, b int) tok {
	w := s[a:b]
	r, _ := utf8.DecodeRuneInString(w)
	return tok{start: a, end: b, w: normQuote(strings.ToUpper(w)), cap: unicode.IsUpper(r)}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func normQuote(s string) string { return strings.ReplaceAll(s, "’", "'") }

// sent is the analysis of one sentence.
type sent struct {
	set   *Set
	opt   Options
	date  time.Time
	toks  []tok
	words []string
	// per token: the actor/agent match covering it (index into ms); -1
	inMatch []int
	ms      []amatch
	verbAt  []*verbOcc // per token: the verb occurrence headed there
	verbs   []*verbOcc
	chunks  []*chunk
	chunkOf []int // per token: its chunk; -1
	nps     []*np
	npOf    []int  // per token: the np covering it; -1
	used    []bool // per token: a word a pattern matched, no verb of its own
}

// amatch is one actor or agent phrase found in the words.
type amatch struct {
	start, end int // tokens
	p          *phrase
}

// verbOcc is a dictionary verb in the sentence.
type verbOcc struct {
	start, end int // tokens, the whole multi-word verb
	head       int
	forms      []*verbForm // the forms matching there (several blocks)
	form       *verbForm
	src        *np // the source found for it, for coordinated verbs
	aux        bool
}

// chunk is a run of noun-phrase words.
type chunk struct {
	start, end int
	actor      *amatch   // first actor phrase in it; nil when none
	agents     []*amatch // agent phrases, in order
}

// np is a noun phrase with actors: one chunk, a chunk with its "of X"
// complement, or a compound ("X, Y and Z").
type np struct {
	start, end int // tokens
	codes      []string
	agentOnly  bool
}

// maxTokens is how much of one sentence is read: news sentences are far
// shorter, and the work per sentence grows with its length.
const maxTokens = 300

// Code codes one sentence. date is its publication day (zero: unknown),
// used for the actors' dated codes.
func (s *Set) Code(sentence string, date time.Time, opt Options) Result {
	if s.UD() {
		opt.AllowMonad = false
	}
	st := &sent{set: s, opt: opt, date: date, toks: tokenize(sentence)}
	if len(st.toks) > maxTokens {
		st.toks = st.toks[:maxTokens] // bounded work for run-on "sentences"
	}
	var res Result
	if len(st.toks) == 0 {
		return res
	}
	st.words = make([]string, len(st.toks))
	for i, t := range st.toks {
		st.words[i] = t.w
	}
	// discards
	for i := range st.words {
		if p := s.discards.discardAt(st.words, i); p != nil {
			res.Discarded = strings.Join(p.words, " ")
			res.Story = p.story
			return res
		}
	}
	st.findActors()
	st.findVerbs()
	st.buildChunks()
	st.buildNPs()
	for _, n := range st.nps {
		if len(n.codes) == 0 {
			continue
		}
		for _, c := range n.codes {
			res.Actors = append(res.Actors, ActorSpan{Start: st.toks[n.start].start, End: st.toks[n.end-1].end, Code: c, Agent: n.agentOnly})
		}
	}
	seen := map[[3]string]bool{}
	st.used = make([]bool, len(st.toks))
	for _, v := range st.verbs {
		if st.used[v.head] {
			continue // "allowed to leave": "leave" is a word of ALLOW's pattern
		}
		if st.controlled(v) {
			continue // "urged Eriador to respond": the urging is the event
		}
		for _, e := range st.codeVerb(v) {
			k := [3]string{e.Source, e.Target, e.Code}
			if seen[k] {
				continue
			}
			seen[k] = true
			res.Events = append(res.Events, e)
		}
	}
	return res
}

func (st *sent) findActors() {
	st.inMatch = make([]int, len(st.toks))
	for i := range st.inMatch {
		st.inMatch[i] = -1
	}
	for i := 0; i < len(st.words); {
		p := st.set.actors.longest(st.words, i, nil)
		if p == nil {
			i++
			continue
		}
		st.ms = append(st.ms, amatch{start: i, end: i + len(p.words), p: p})
		for k := i; k < i+len(p.words); k++ {
			st.inMatch[k] = len(st.ms) - 1
		}
		i += len(p.words)
	}
}

// findVerbs marks the dictionary verbs, telling verbs from nouns by their
// neighbours.
func (st *sent) findVerbs() {
	d := st.set.verbs
	st.verbAt = make([]*verbOcc, len(st.toks))
	for i := 0; i < len(st.toks); i++ {
		if st.inMatch[i] >= 0 || st.toks[i].punct {
			continue
		}
		fs := d.byHead[st.words[i]]
		if len(fs) == 0 {
			continue
		}
		// the longest form that fits here
		var best []*verbForm
		bestLen := -1
		for _, f := range fs {
			if i-len(f.pre) < 0 || i+1+len(f.post) > len(st.words) {
				continue
			}
			ok := true
			for k, w := range f.pre {
				if st.words[i-len(f.pre)+k] != w {
					ok = false
				}
			}
			for k, w := range f.post {
				if st.words[i+1+k] != w {
					ok = false
				}
			}
			if !ok {
				continue
			}
			n := len(f.pre) + len(f.post)
			if n > bestLen {
				best, bestLen = []*verbForm{f}, n
			} else if n == bestLen {
				best = append(best, f)
			}
		}
		if best == nil {
			continue
		}
		f := best[0]
		v := &verbOcc{start: i - len(f.pre), end: i + 1 + len(f.post), head: i, forms: best, form: f}
		v.aux = auxWords[st.words[i]]
		if !v.aux && !st.isVerb(v) {
			continue
		}
		st.verbs = append(st.verbs, v)
		st.verbAt[i] = v
		i = v.end - 1
	}
}

// controlled reports an infinitive whose subject is the object of a
// dictionary verb before it: "urged Eriador to respond", "asked Gondor on
// Monday to help".
func (st *sent) controlled(v *verbOcc) bool {
	k := v.start - 1
	if k < 1 || st.words[k] != "TO" {
		return false
	}
	k--
	// a time phrase between: "on Monday"
	if k >= 1 && st.toks[k].cap && prepWords[st.words[k-1]] && st.inMatch[k] < 0 {
		k -= 2
	}
	if k < 0 {
		return false
	}
	x := st.npOf[k]
	if x < 0 || st.nps[x].end != k+1 || st.nps[x].start == 0 {
		return false
	}
	u := st.verbAt[st.nps[x].start-1]
	return u != nil && !u.aux
}

// edForm reports a past tense or participle form.
func edForm(w string, f *verbForm) bool {
	if strings.HasSuffix(w, "ED") || strings.HasSuffix(w, "EN") || pastWords[w] {
		return true
	}
	// an irregular form written in the dictionary: not the base, -s or -ing
	base := f.entry.name
	return !strings.HasSuffix(w, "ING") && !strings.HasSuffix(w, "S") && !strings.Contains(strings.ToUpper(base), w)
}

// isVerb tells a verb from a noun of the same spelling: "a visit", "their
// meeting", "promised raids" are nouns; "has visited", "to visit" verbs.
func (st *sent) isVerb(v *verbOcc) bool {
	i := v.start
	w := st.words[v.head]
	t := st.toks[i]
	if t.cap && i > 0 && !st.toks[i-1].punct {
		return false // a name mid-sentence
	}
	if i == 0 {
		return true
	}
	prev := st.words[i-1]
	// "efforts to stop": an infinitive completing a noun codes nothing
	if prev == "TO" && i >= 2 {
		k := i - 2
		if !st.toks[k].punct && !st.toks[k].cap && st.inMatch[k] < 0 && strings.HasSuffix(st.words[k], "S") && !auxWords[st.words[k]] && !pronWords[st.words[k]] && st.verbAt[k] == nil && !strings.HasSuffix(st.words[k], "ED") {
			return false
		}
	}
	if prev == "TO" || auxWords[prev] || pronWords[prev] {
		return true
	}
	if detWords[prev] || intensWords[prev] {
		return false
	}
	ed := edForm(w, v.form)
	// an -s or -ing form right after a verb is its object: "promised raids"
	if (strings.HasSuffix(w, "S") || strings.HasSuffix(w, "ING")) && !ed {
		if st.verbAt[i-1] != nil || (strings.HasSuffix(prev, "ED") && st.inMatch[i-1] < 0) {
			return false
		}
	}
	if prepWords[prev] && !ed {
		return false // "of fighting", "for the reopening"
	}
	if ed {
		return true
	}
	// a determiner before a few modifiers: "a brief private visit",
	// "an anti- Gondor parade"
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if n == 2 && !detWords[st.words[k]] {
			break
		}
		x := st.words[k]
		if detWords[x] {
			return false
		}
		if st.toks[k].punct && x != "-" || prepWords[x] || conjWords[x] || auxWords[x] || subWords[x] || st.verbAt[k] != nil || pronWords[x] {
			break
		}
	}
	return true
}

// nominal reports a word that may belong to a noun phrase.
func (st *sent) nominal(k int) bool {
	if st.inMatch[k] >= 0 {
		return true
	}
	x := st.words[k]
	if st.toks[k].punct {
		return false
	}
	if x == "'S" {
		return true
	}
	if st.verbAt[k] != nil || prepWords[x] || conjWords[x] || auxWords[x] || subWords[x] || pronWords[x] {
		return false
	}
	// a lower-case past form is most likely a verb: "crowds trashed its"
	if !st.toks[k].cap && (strings.HasSuffix(x, "ED") || pastWords[x]) && !(k > 0 && detWords[st.words[k-1]]) {
		return false
	}
	return true
}

// adjective reports a lower-case word that reads as an adjective.
func (st *sent) adjective(k int) bool {
	if k < 0 || k >= len(st.toks) || st.toks[k].cap || st.inMatch[k] >= 0 || !st.nominal(k) {
		return false
	}
	w := st.words[k]
	if adjWords[w] {
		return true
	}
	for _, suf := range []string{"FUL", "OUS", "IVE", "ABLE", "IBLE", "LESS", "ISH", "IC", "ICAL"} {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+2 {
			return true
		}
	}
	return false
}

// adjAnd reports an "and" between two adjectives: "Ithilen's awful and
// evil minister" is one noun phrase.
func (st *sent) adjAnd(k int) bool {
	return (st.words[k] == "AND" || st.words[k] == "OR") && st.adjective(k-1) && st.adjective(k+1)
}

func (st *sent) buildChunks() {
	st.chunkOf = make([]int, len(st.toks))
	for i := range st.chunkOf {
		st.chunkOf[i] = -1
	}
	for i := 0; i < len(st.toks); {
		if !st.nominal(i) {
			i++
			continue
		}
		c := &chunk{start: i}
		j := i
		for j < len(st.toks) && (st.nominal(j) || st.adjAnd(j)) {
			if m := st.inMatch[j]; m >= 0 {
				am := &st.ms[m]
				if am.p.actor != nil && c.actor == nil {
					c.actor = am
				} else if am.p.agent != nil {
					c.agents = append(c.agents, am)
				}
				j = am.end
				continue
			}
			j++
		}
		c.end = j
		st.chunks = append(st.chunks, c)
		for k := c.start; k < c.end; k++ {
			st.chunkOf[k] = len(st.chunks) - 1
		}
		i = j
	}
}

func (c *chunk) has() bool { return c.actor != nil || len(c.agents) > 0 }

// codes of a chunk with its actor (or of the actor given instead).
func (st *sent) chunkCodes(c *chunk, actor *amatch) []string {
	if actor == nil {
		actor = c.actor
	}
	var bases []string
	if actor != nil {
		code := actor.p.actor.codeAt(st.date)
		if strings.Contains(code, "/") && !st.set.UD() {
			bases = strings.Split(code, "/")
		} else {
			bases = []string{code}
		}
	} else {
		bases = []string{""}
	}
	out := make([]string, 0, len(bases))
	for _, b := range bases {
		out = append(out, withAgents(b, c.agents))
	}
	return out
}

// withAgents adds agent codes to an actor code, each three-letter part once:
// GON + ~GOV = GONGOV, USAGOV + ~GOV = USAGOV, ARN + NGO~ = NGOARN; no
// actor: ---GOV.
func withAgents(base string, agents []*amatch) string {
	pre, post := "", ""
	has := func(code, part string) bool {
		for k := 0; k+3 <= len(code); k += 3 {
			if code[k:k+3] == part {
				return true
			}
		}
		return false
	}
	for _, a := range agents {
		e := a.p.agent
		for k := 0; k < len(e.code); k += 3 {
			part := e.code[k:min(k+3, len(e.code))]
			if has(pre+base+post, part) {
				continue
			}
			if e.prefix {
				pre += part
			} else {
				post += part
			}
		}
	}
	if base == "" {
		if pre != "" && post == "" {
			return pre
		}
		base = "---"
	}
	return pre + base + post
}

// buildNPs joins chunks into actor noun phrases: "the government of
// Gondor", "Arnor, Rohan and Bree", "lawmakers in Arnor and Gondor".
func (st *sent) buildNPs() {
	type unit struct {
		start, end int
		members    []*chunk // the chunks of a compound, in order
		codes      []string
		agentOnly  bool
		ofBase     *chunk // an agent chunk waiting for its "of X"
	}
	n := len(st.toks)
	// 1. units: single chunks, with "A of/in/from B" when B is one actor
	var us []*unit
	for ci := 0; ci < len(st.chunks); ci++ {
		c := st.chunks[ci]
		u := &unit{start: c.start, end: c.end, members: []*chunk{c}}
		if c.actor == nil && ci+1 < len(st.chunks) {
			nx := st.chunks[ci+1]
			if c.end < n && nx.start == c.end+1 && (st.words[c.end] == "OF" || st.words[c.end] == "IN" || st.words[c.end] == "FROM") && nx.actor != nil && !(nx.end < n && (st.words[nx.end] == "," || conjWords[st.words[nx.end]])) {
				merged := &chunk{start: c.start, end: nx.end, actor: nx.actor, agents: append(append([]*amatch{}, c.agents...), nx.agents...)}
				u = &unit{start: c.start, end: nx.end, members: []*chunk{merged}}
				ci++
			}
		}
		us = append(us, u)
	}
	// 2. compounds: units joined by "and"/"or", or by commas closed by one
	var out []*unit
	for i := 0; i < len(us); {
		u := us[i]
		j := i
		lastAnd := -1
		for j+1 < len(us) && lastAnd < 0 {
			gapA, gapB := us[j].end, us[j+1].start
			sep := strings.Join(st.words[gapA:gapB], " ")
			if sep == "AND" || sep == "OR" || sep == ", AND" || sep == ", OR" || sep == "NOR" {
				lastAnd = j + 1
			} else if sep != "," || lastAnd > 0 {
				break // a list ends at its "and": "A and B, and C and D"
			}
			j++
		}
		end := i
		if lastAnd > 0 {
			end = lastAnd
		}
		if end > i {
			cu := &unit{start: us[i].start, end: us[end].end}
			for k := i; k <= end; k++ {
				cu.members = append(cu.members, us[k].members...)
			}
			u = cu
		}
		out = append(out, u)
		i = end + 1
	}
	// 3. codes; agent-only members of a compound take a member's country
	for _, u := range out {
		var firstActor *amatch
		for _, c := range u.members {
			if c.actor != nil {
				firstActor = c.actor
				break
			}
		}
		all := true
		for _, c := range u.members {
			if !c.has() {
				continue
			}
			if c.actor != nil {
				all = false
				u.codes = append(u.codes, st.chunkCodes(c, nil)...)
			} else if len(u.members) > 1 && firstActor != nil {
				all = false
				u.codes = append(u.codes, st.chunkCodes(c, firstActor)...)
			} else {
				u.codes = append(u.codes, st.chunkCodes(c, nil)...)
			}
		}
		u.agentOnly = all && len(u.codes) > 0
	}
	// 4. "lawmakers (and officials) in Arnor and Gondor": agents spread
	// over a compound of actors
	var fin []*unit
	for i := 0; i < len(out); i++ {
		u := out[i]
		if u.agentOnly && i+1 < len(out) && u.end < n && out[i+1].start == u.end+1 {
			p := st.words[u.end]
			nx := out[i+1]
			if (p == "OF" || p == "IN" || p == "FROM") && len(nx.codes) > 0 && !nx.agentOnly {
				m := &unit{start: u.start, end: nx.end}
				for _, c := range u.members {
					if !c.has() {
						continue
					}
					for _, a := range nx.members {
						if a.actor == nil {
							continue
						}
						ag := append(append([]*amatch{}, c.agents...), a.agents...)
						m.codes = append(m.codes, st.chunkCodes(&chunk{agents: ag}, a.actor)...)
					}
				}
				fin = append(fin, m)
				i++
				continue
			}
		}
		fin = append(fin, u)
	}
	st.npOf = make([]int, n)
	for i := range st.npOf {
		st.npOf[i] = -1
	}
	for _, u := range fin {
		if len(u.codes) == 0 {
			continue
		}
		x := &np{start: u.start, end: u.end, codes: dedupe(u.codes), agentOnly: u.agentOnly}
		st.nps = append(st.nps, x)
		for k := u.start; k < u.end; k++ {
			st.npOf[k] = len(st.nps) - 1
		}
	}
}

func dedupe(xs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
