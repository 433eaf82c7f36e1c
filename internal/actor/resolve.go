package actor

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// Resolve sets the Actor of d's entities, after completing them with the
// organisations the tables know (see addKnown): the text's own words first (a
// title before a name, "Chinese Foreign Minister Qin Gang"; an apposition
// after it, "Qin Gang, China's foreign minister"), then the tables:
// countries by name, demonym and capital, organisations, and the office
// holders of the article's date. Entities that nothing resolves keep a nil
// Actor.
func (kb *KB) Resolve(d *document.Document) { kb.ResolveWith(d, nil) }

// ResolveWith is Resolve that also learns the roles the text gives people
// into mem, and gives people whom neither the text nor the tables place the
// role mem remembers for them (see Memory). mem may be nil.
func (kb *KB) ResolveWith(d *document.Document, mem *Memory) {
	kb.addKnown(d)
	kb.dropTitles(d)
	gov := splitCapitals(d)
	day := articleDay(d.Published)
	for i := range d.Entities {
		e := &d.Entities[i]
		var a *document.Actor
		switch e.Type {
		case "PERSON":
			a = kb.person(d, e, day, mem)
		case "ORG":
			a = kb.org(d, e)
		case "GPE", "LOC", "FAC":
			if a = kb.org(d, e); a == nil || a.Code == "" || len(a.Code) <= 3 {
				a = place(d, e) // "White House", "Kremlin" act; other places are their country
				if a != nil && gov[e.ID] {
					a.Code, a.Sector = a.Country+"GOV", "GOV" // "Beijing said"
				}
			}
		case "NORP":
			if c := countryOfWords(e.Name); c != nil {
				a = &document.Actor{Code: c.ISO3, Country: c.ISO3}
			}
		}
		if a != nil {
			e.Actor = a
		}
	}
}

func articleDay(published string) time.Time {
	if len(published) >= 10 {
		if t, err := time.Parse("2006-01-02", published[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// names lists an entity's canonical name and its distinct mention texts.
func names(e *document.Entity) []string {
	out := []string{e.Name}
	for _, m := range e.Mentions {
		if m.Text != e.Name {
			out = append(out, m.Text)
		}
	}
	return out
}

func (kb *KB) person(d *document.Document, e *document.Entity, day time.Time, mem *Memory) *document.Actor {
	var r reading
	for _, m := range e.Mentions {
		r.merge(kb.readPhrase(before(d.Text[:m.Start][personFloor(d, m.Start):], m.Start-personFloor(d, m.Start))))
		r.merge(kb.readPhrase(apposition(d.Text, m.End)))
		if b := kb.readPhrase(beforeComma(d.Text, m.Start)); b.role != "" {
			r.merge(b) // "the Russian ambassador, Vassily Petrov"; not "After visiting Japan, Biden"
		}
		if r.complete() {
			break
		}
	}
	fromText := r.complete()
	if r.country == "" || r.role == "" {
		for _, n := range names(e) {
			if o := kb.Holder(n, day); o != nil {
				if r.country == "" {
					r.country, r.sector = codeParts(o.Code)
				}
				if r.role == "" {
					r.role = o.Role
				}
				break
			}
		}
	}
	// the curated table is the authority on the people it lists: a minister
	// whose term it ends is not one after, whatever older articles said
	if (r.country == "" || r.role == "") && !kb.lists(names(e)) {
		if l := mem.Lookup(e.Name, day); l != nil {
			var o reading
			o.country, o.sector = codeParts(l.Code)
			if o.country == "IGO" || o.country == "NGO" {
				o.org = l.Code
			}
			o.role = l.Role
			r.merge(o)
		}
	}
	if r.sector == "" {
		r.sector = roleSector(r.role)
	}
	if o := kb.nearestTerm(names(e), day); o != nil {
		c, sec := codeParts(o.Code)
		switch {
		case r.country == "": // "President-elect Donald Trump": a person keeps the country of their offices
			r.country = c
			if r.sector == "" {
				r.sector = sec
			}
		case r.country == c && r.sector == "" && o.covers(day):
			r.sector = sec // "North Korean leader Kim Jong Un"
		}
	}
	if fromText {
		if a := r.actor(); a != nil {
			mem.Learn(e.Name, a.Code, r.role, day)
		}
	}
	return r.actor()
}

func (kb *KB) org(d *document.Document, e *document.Entity) *document.Actor {
	for _, n := range names(e) {
		if code := kb.Org(n); code != "" {
			c, s := codeParts(code)
			if c == "IGO" || c == "NGO" {
				c = "" // an international body has no country
			} else if tc := textCountry(kb, d, e); tc != "" && tc != c {
				// "South Korea's Supreme Court": the text's country, the table's kind of body
				return &document.Actor{Code: tc + s, Country: tc, Sector: s}
			}
			return &document.Actor{Code: code, Country: c, Sector: s}
		}
	}
	// "Chinese Foreign Ministry", "Russia's Defence Ministry", "the Taliban government"
	var r reading
	r.merge(kb.readPhrase(e.Name))
	if r.country == "" {
		for _, m := range e.Mentions {
			r.merge(kb.readPhrase(beforeIn(d, m.Start) + " " + m.Text))
		}
	}
	if r.sector == "" {
		r.sector = orgSector(e.Name)
	}
	if r.sector == "" {
		r.sector = roleSector(r.role) // "state-run broadcaster CCTV"
	}
	if r.country == "" && r.sector == "" {
		return nil
	}
	return r.actor()
}

// place: a country by name or capital, else the country of the place the
// geo stage resolved the entity to.
func place(d *document.Document, e *document.Entity) *document.Actor {
	for _, n := range names(e) {
		if c := CountryByName(n); c != nil {
			return &document.Actor{Code: c.ISO3, Country: c.ISO3}
		}
	}
	for _, n := range names(e) {
		if c := CountryByCapital(n); c != nil {
			return &document.Actor{Code: c.ISO3, Country: c.ISO3}
		}
	}
	if e.Type != "GPE" {
		return nil // seas, regions and buildings are no country's actors ("the Pacific")
	}
	for _, p := range d.Places {
		if p.Entity == e.ID && p.Country != "" {
			return &document.Actor{Code: p.Country, Country: p.Country}
		}
	}
	return nil
}

// reading is what a phrase says of an actor.
type reading struct {
	country, sector, role string
	org                   string // an organisation's code
}

func (r *reading) complete() bool { return r.country != "" && r.role != "" }

func (r *reading) merge(o reading) {
	if r.country == "" && o.country != "" {
		r.country, r.org = o.country, o.org
		if r.sector == "" {
			r.sector = o.sector
		}
	}
	if r.role == "" {
		r.role = o.role
	}
	if r.sector == "" {
		r.sector = o.sector
	}
}

func (r reading) actor() *document.Actor {
	if r.country == "" && r.sector == "" && r.role == "" {
		return nil
	}
	code := r.country + r.sector
	if r.org != "" && strings.HasPrefix(r.org, "IGO") {
		code = r.org
	}
	country := r.country
	if country == "IGO" {
		country = ""
	}
	return &document.Actor{Code: code, Country: country, Sector: r.sector, Role: r.role}
}

// codeParts splits "USAGOV" into "USA", "GOV"; "IGOUNO" into "IGO", "IGO".
func codeParts(code string) (country, sector string) {
	if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
		return code[:3], code[:3]
	}
	if len(code) < 3 {
		return "", ""
	}
	return code[:3], code[3:min(len(code), 6)]
}

// personFloor is where the title of a person mentioned at start may begin:
// after the last other person's mention, so that "US President Joe Biden and
// Chinese President Xi Jinping" gives Xi only "Chinese President".
func personFloor(d *document.Document, start int) int {
	floor := sentenceStart(d, start) // a title never reaches into the sentence before
	for _, e := range d.Entities {
		if e.Type != "PERSON" {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= start && m.End > floor {
				floor = m.End
			}
		}
	}
	return floor
}

// beforeIn is before within the sentence of the mention at start.
func beforeIn(d *document.Document, start int) string {
	floor := sentenceStart(d, start)
	return before(d.Text[floor:start], start-floor)
}

// sentenceStart is where the sentence holding offset off starts, 0 when
// none does.
func sentenceStart(d *document.Document, off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return d.Sentences[i].Start
	}
	return 0
}

// before is the run of title-like words just before a mention, in its
// sentence: "Chinese Foreign Minister" of "Chinese Foreign Minister Qin Gang".
func before(text string, start int) string {
	i := start
	words := 0
	for i > 0 && words < 8 {
		j := i
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:j])
			if r != ' ' {
				break
			}
			j -= n
		}
		k := j
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:k])
			if !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '\'' || r == '’') {
				break
			}
			k -= n
		}
		if k == j || !titleWord(text[k:j]) || sentenceEnd(text[k:j]) {
			break
		}
		i = k
		words++
		if w := strings.ToLower(text[k:j]); w == "the" || w == "a" || w == "an" {
			// a determiner opens the noun phrase, unless it follows "of"
			// ("Secretary of the Treasury")
			if p := strings.ToLower(lastWord(text[:k])); p != "of" && p != "for" {
				break
			}
		}
	}
	return strings.TrimSpace(text[i:start])
}

// sentenceEnd: a word that ends a sentence ("CCTV."), not an abbreviation
// of a title ("Gen.", "U.S.").
func sentenceEnd(w string) bool {
	stem, ok := strings.CutSuffix(w, ".")
	return ok && !strings.Contains(stem, ".") && !titleAbbrev[strings.ToLower(stem)]
}

var titleAbbrev = newSet("gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "cmdr", "gov", "sen", "rep",
	"rev", "dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "pres", "amb", "sec", "dep", "asst", "ret", "no", "vs")

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// beforeComma reads an apposition standing before a name: "the Russian
// ambassador, Vassily Petrov".
func beforeComma(text string, start int) string {
	if start < 2 || text[start-2:start] != ", " {
		return ""
	}
	return before(text, start-2)
}

// apposition is the phrase after ", " that follows a mention, up to the next
// comma or period: "China's foreign minister" of "Qin Gang, China's foreign
// minister, said".
func apposition(text string, end int) string {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	rest = rest[2:]
	if i := strings.IndexAny(rest, ",.;:\n"); i >= 0 {
		rest = rest[:i]
	}
	if len(rest) > 80 {
		return ""
	}
	return rest
}

// titleWord: a word that can be part of a title or of the actor it names.
func titleWord(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	lw := strings.ToLower(strings.TrimRight(w, "'’s"))
	lw = strings.TrimSuffix(lw, "-elect") // "President-elect"
	return roleWords[lw] || connectors[lw] || sectorOfRole[lw] != ""
}

var connectors = map[string]bool{"of": true, "for": true, "the": true, "state-run": true, "state": true, "top": true,
	"deputy": true, "vice": true, "foreign": true, "defense": true, "defence": true, "prime": true, "chief": true, "senior": true,
	"former": true, "acting": true, "interim": true, "general": true, "national": true, "security": true, "affairs": true,
	"external": true, "interior": true, "finance": true, "trade": true, "commerce": true, "state-owned": true, "state-controlled": true}

// readPhrase reads a title phrase: its country (a demonym or a country's
// name, possessive or not, at its start), an organisation named in it, and
// the role that remains ("Foreign Minister", "spokesman").
func (kb *KB) readPhrase(p string) reading {
	var r reading
	p = strings.TrimSpace(p)
	if p == "" {
		return r
	}
	words := strings.Fields(p)
	// leading determiners and possessives that are not countries
	for len(words) > 0 {
		lw := strings.ToLower(words[0])
		if lw == "a" || lw == "an" || lw == "the" || lw == "his" || lw == "her" || lw == "its" || lw == "their" || lw == "as" {
			words = words[1:]
			continue
		}
		break
	}
	// a country at the start: up to three words ("United States", "South Korea's")
	for n := min(4, len(words)); n >= 1; n-- {
		cand := strings.Join(words[:n], " ")
		cand = strings.TrimSuffix(strings.TrimSuffix(cand, "'s"), "’s")
		if c := countryOfWords(cand); c != nil {
			r.country = c.ISO3
			words = words[n:]
			break
		}
	}
	rest := strings.Join(words, " ")
	if i := strings.Index(rest, " and "); i > 0 {
		rest = rest[:i] // the first of coordinated roles
	}
	if r.country == "" {
		// "president of the Comoros", "foreign minister of India"
		if i := strings.Index(rest, " of "); i > 0 {
			tail := strings.TrimPrefix(rest[i+4:], "the ")
			for n := min(4, len(strings.Fields(tail))); n >= 1; n-- {
				cand := strings.Join(strings.Fields(tail)[:n], " ")
				if c := countryOfWords(cand); c != nil {
					r.country = c.ISO3
					rest = rest[:i]
					break
				}
			}
		}
	}
	// an organisation inside the phrase ("State Department spokesman")
	kb.mu.RLock()
	bestAt, best := -1, ""
	kb.orgsIn(rest, func(i int, name string) bool {
		if len(name) <= len(best) {
			return true
		}
		if w := lastWord(strings.TrimSpace(rest[:i])); w != "" && unicode.IsUpper([]rune(w)[0]) &&
			!roleWords[strings.ToLower(w)] && countryOfWords(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) == nil {
			return true // "Supreme National Security Council" is not the UN's
		}
		bestAt, best = i, name
		return true
	})
	if bestAt >= 0 {
		code := lookup(kb.orgs, best)
		c, s := codeParts(code)
		if r.country == "" {
			r.country = c
		}
		r.org, r.sector = code, s
		rest = strings.TrimSpace(rest[:bestAt] + rest[bestAt+len(best):])
	}
	kb.mu.RUnlock()
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "The "))
	for _, w := range []string{"of ", "for ", "the "} { // "removal of President X": the role is "President"
		rest = strings.TrimPrefix(rest, w)
	}
	if roleLike(rest) {
		r.role = rest
		if r.sector == "" || r.sector == "GOV" {
			if s := roleSector(rest); s != "" {
				r.sector = s
			}
		}
	}
	return r
}

// dropTitles removes the entities that are a person's title the tagger took
// for a name of its own: "US National Security Adviser" in "US National
// Security Adviser Jake Sullivan", "Defense" in "Defense Secretary Lloyd
// Austin", when every mention of it lies in the title before a person's name
// and that title reads as a role of no organisation ("State Department" of
// "State Department spokesman Matthew Miller" stays). Places that pointed at
// it point nowhere.
func (kb *KB) dropTitles(d *document.Document) {
	var persons []int // starts of person mentions
	for _, e := range d.Entities {
		if e.Type == "PERSON" {
			for _, m := range e.Mentions {
				persons = append(persons, m.Start)
			}
		}
	}
	inTitle := func(m document.Mention) bool {
		for _, p := range persons {
			if p < m.End || p-m.End > 40 {
				continue
			}
			title := beforeIn(d, p)
			if m.Start < p-len(title)-1 { // the title comes trimmed of its space
				continue
			}
			if r := kb.readPhrase(d.Text[m.Start:p]); r.role != "" && r.org == "" {
				return true
			}
		}
		return false
	}
	out := d.Entities[:0]
	for _, e := range d.Entities {
		title := e.Type != "PERSON" && e.Type != "GPE" && e.Type != "NORP" && len(e.Mentions) > 0 && titleName(e.Name)
		for _, m := range e.Mentions {
			title = title && inTitle(m)
		}
		if !title {
			out = append(out, e)
			continue
		}
		for i := range d.Places {
			if d.Places[i].Entity == e.ID {
				d.Places[i].Entity = ""
			}
		}
	}
	d.Entities = out
}

// titleName: a name that ends in a person's office ("National Security
// Adviser") or is made of title words alone ("Defense"), not an
// organisation's ("Labour Party", "Foreign Ministry").
func titleName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	if officeWords[words[len(words)-1]] {
		return true
	}
	for _, w := range words {
		if !connectors[w] {
			return false
		}
	}
	return true
}

var officeWords = newSet("president", "premier", "chancellor", "minister", "secretary", "secretary-general",
	"spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "adviser", "advisor",
	"aide", "representative", "negotiator", "director", "chairman", "chairwoman", "chief", "commander",
	"general", "admiral", "senator", "judge", "prosecutor", "leader", "official")

// textCountry is the country the words before an entity's mentions name
// ("South Korea's", "Chinese"), or "".
func textCountry(kb *KB, d *document.Document, e *document.Entity) string {
	for _, m := range e.Mentions {
		if r := kb.readPhrase(beforeIn(d, m.Start)); r.country != "" && r.org == "" {
			return r.country
		}
	}
	return ""
}

// centralBank: "People's Bank of China", "Bank of England", "Reserve Bank of
// India", "European Central Bank", "Federal Reserve".
func centralBank(name string) bool {
	l := strings.ToLower(name)
	if strings.Contains(l, "central bank") || strings.Contains(l, "reserve bank") || strings.Contains(l, "people's bank") ||
		strings.Contains(l, "national bank") || strings.Contains(l, "federal reserve") {
		return true
	}
	if rest, ok := strings.CutPrefix(l, "bank of "); ok {
		return countryOfWords(rest) != nil
	}
	return false
}

// countryOfWords reads a country's name or demonym.
func countryOfWords(w string) *Country {
	if c := CountryByName(w); c != nil {
		return c
	}
	return CountryByDemonym(w)
}

// roleLike: the rest of a title phrase names a role when one of its words is
// a role word ("Foreign Minister", "Secretary of State", "spokesman").
func roleLike(s string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		w = strings.TrimSuffix(w, "-elect")
		if roleWords[w] || sectorOfRole[w] != "" {
			return true
		}
	}
	return false
}

var roleWords = map[string]bool{"counterpart": true, "official": true, "officials": true, "leader": true, "head": true,
	"chief": true, "adviser": true, "advisor": true, "aide": true, "envoy": true, "representative": true, "negotiator": true,
	"director": true, "chairman": true, "chairwoman": true, "chair": true, "member": true, "candidate": true}

// sectorOfRole maps the words of a role to a CAMEO sector.
var sectorOfRole = map[string]string{
	"president": "GOV", "premier": "GOV", "chancellor": "GOV", "minister": "GOV", "secretary": "GOV", "secretary-general": "GOV",
	"spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV", "ambassador": "GOV", "diplomat": "GOV", "envoy": "GOV",
	"governor": "GOV", "mayor": "GOV", "king": "GOV", "queen": "GOV", "prince": "GOV", "emir": "GOV", "sultan": "GOV",
	"government": "GOV", "ministry": "GOV", "cabinet": "GOV", "administration": "GOV", "embassy": "GOV",
	"general": "MIL", "admiral": "MIL", "commander": "MIL", "colonel": "MIL", "army": "MIL", "military": "MIL", "navy": "MIL",
	"soldiers": "MIL", "troops": "MIL", "forces": "MIL",
	"senator": "LEG", "lawmaker": "LEG", "lawmakers": "LEG", "congressman": "LEG", "congresswoman": "LEG", "legislator": "LEG",
	"mp": "LEG", "parliament": "LEG", "parliamentarian": "LEG",
	"judge": "JUD", "justice": "JUD", "prosecutor": "JUD", "court": "JUD",
	"police": "COP", "policeman": "COP",
	"rebel": "REB", "rebels": "REB", "militant": "REB", "militants": "REB", "insurgent": "REB", "insurgents": "REB",
	"opposition": "OPP", "dissident": "OPP",
	"journalist": "MED", "reporter": "MED", "editor": "MED", "broadcaster": "MED", "correspondent": "MED", "newspaper": "MED",
	"media": "MED", "agency": "MED", "tv": "MED", "television": "MED", "radio": "MED",
	"executive": "BUS", "ceo": "BUS", "company": "BUS", "businessman": "BUS", "businesswoman": "BUS",
	"activist": "CVL", "activists": "CVL", "protester": "CVL", "protesters": "CVL",
}

// roleSector is the sector a role implies: the sector of its last sector
// word ("Foreign Minister" GOV, "army general" MIL, "state-run broadcaster" MED).
func roleSector(role string) string {
	s, prev, civil := "", "", false
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.TrimSuffix(strings.Trim(w, ",."), "-elect")
		switch w {
		case "leader", "adviser", "advisor", "aide", "envoy", "negotiator", "representative", "counterpart", "official", "officials":
			civil = true // an office of government, unless a sector word says otherwise
		}
		if w == "general" && (prev == "secretary" || prev == "attorney" || prev == "director" || prev == "governor" || prev == "inspector") {
			continue // "Secretary General" is a civilian office
		}
		if v := sectorOfRole[w]; v != "" {
			s = v
		}
		prev = w
	}
	if s == "" && civil {
		s = "GOV"
	}
	if s == "GOV" && defence(role) {
		s = "MIL" // defence ministers and ministries are the military's, as in the table
	}
	return s
}

// defence: "Defence Minister", "Secretary of Defense", "Defense Ministry".
func defence(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "defence") || strings.Contains(l, "defense")
}

// orgSector reads an organisation's sector from its name's words.
func orgSector(name string) string {
	s := ""
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "ministry", "government", "embassy", "department", "office", "council":
			s = "GOV"
		case "army", "navy", "military", "forces", "guard", "command":
			s = "MIL"
		case "police":
			s = "COP"
		case "parliament", "senate", "congress", "assembly", "duma", "legislature":
			s = "LEG"
		case "court", "tribunal":
			s = "JUD"
		case "news", "times", "post", "television", "tv", "radio", "broadcasting", "press", "daily", "herald", "journal":
			s = "MED"
		case "bank", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "company", "group", "holdings":
			s = "BUS"
		}
	}
	if s == "BUS" && centralBank(name) {
		s = "GOV"
	}
	if s == "GOV" && defence(name) {
		s = "MIL"
	}
	return s
}
