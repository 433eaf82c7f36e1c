package timex

import "strings"

// Directions: where an expression without a year or week lies from the
// publication date, as the verbs around it tell.
const (
	past    = -1
	unknown = 0
	future  = 1
	present = 2 // a present-tense sentence: neither clearly ahead nor behind
	nearest = 3 // a plan made in the past ("was scheduled to"): the nearest occurrence
)

// Tense cues of a token.
const (
	cueNone = iota
	cuePast
	cuePresent
	cueFuture
	cueNearest
)

// dir is the direction of the expression at tokens [i, end): the tense cue
// nearest to it in its sentence, a preposition ("since") or a determiner
// ("next") before it first.
func (p *parser) dir(i, end int) int {
	switch p.low(i - 1) {
	case "since", "ago":
		return past
	case "until", "till", "through", "thru":
		// "until Friday" is mostly ahead in news, but "had been closed until Monday" is not
	}
	if i >= 2 && p.low(i-2) == "as" && p.low(i-1) == "of" {
		return unknown
	}
	s := p.sentence(i)
	a, b := p.sents[s][0], p.sents[s][1]
	// only the words around the expression: a long "sentence" (a list, a
	// table, text without punctuation) must not make this quadratic
	a, b = max(a, i-window), min(b, end+window)
	// quotation marks split the sentence: the verbs of a quote and of its
	// attribution ("..., he said") speak of different times
	quote := 0
	inQuote := 0 // parity of the quote marks before the expression
	for k := a; k < i; k++ {
		if p.quoteMark(k) {
			quote++
		}
	}
	inQuote = quote & 1
	quote = 0
	// clause boundaries between a cue and the expression make it count less
	bound := 0 // boundaries before the expression
	for k := a; k < i; k++ {
		if p.clauseBoundary(k) {
			bound++
		}
	}
	nb := 0
	bestD, best := 1<<30, cueNone
	for k := a; k < b; k++ {
		if p.quoteMark(k) {
			quote++
		}
		if p.clauseBoundary(k) {
			nb++
		}
		if k >= i && k < end {
			continue
		}
		c, w := p.cue(k)
		if c == cueNone {
			continue
		}
		d := i - k
		if k >= end {
			d = k - end + 1
		}
		// a weak cue counts as farther away than a strong one
		d += 4 * (2 - w)
		if quote&1 != inQuote {
			d += 12
		}
		if nb != bound {
			d += 3 * min(2, abs(nb-bound))
		}
		if d < bestD {
			bestD, best = d, c
		}
	}
	switch best {
	case cueNearest:
		return nearest
	case cuePast:
		return past
	case cueFuture:
		return future
	case cuePresent:
		return present
	}
	return unknown
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// clauseBoundary reports whether token k separates clauses.
func (p *parser) clauseBoundary(k int) bool {
	switch p.toks[k].low {
	case ",", ";", ":", "and", "but", "which", "who", "when", "while", "because", "although", "though", "whereas", "(", ")", "--", "—", "_":
		return true
	}
	return false
}

// window bounds how many tokens on either side of an expression dir reads.
const window = 48

// quoteMark reports whether token k opens or closes a quotation.
func (p *parser) quoteMark(k int) bool {
	switch p.toks[k].low {
	case "\"", "“", "”", "«", "»":
		return true
	case "`":
		return k+1 < len(p.toks) && p.toks[k+1].low == "`" && !p.toks[k+1].space
	case "'":
		return k+1 < len(p.toks) && p.toks[k+1].low == "'" && !p.toks[k+1].space
	}
	return false
}

// cue is the tense cue of token k and its weight (2 strong, 1 weak).
func (p *parser) cue(k int) (int, int) {
	t := &p.toks[k]
	if t.kind != kWord {
		return cueNone, 0
	}
	w := t.low
	switch w {
	case "will", "'ll", "shall", "won't", "wo", "gonna":
		return cueFuture, 2
	case "would", "might", "should":
		return cueFuture, 1
	case "may":
		if !p.toks[k].upper {
			return cueFuture, 1
		}
	case "tomorrow", "upcoming":
		return cueFuture, 1
	case "next":
		return cueFuture, 1
	case "is", "are", "am", "'re":
		switch p.low(k + 1) {
		case "to", "expected", "scheduled", "set", "due", "slated", "likely", "poised", "planning", "preparing", "about",
			"hoped", "meant", "tipped", "tentatively",
			"going", "planned", "invited", "supposed", "unlikely", "hoping", "aiming", "expecting", "considering":
			return cueFuture, 2
		}
		if p.low(k+1) == "not" || p.low(k+1) == "also" || p.low(k+1) == "still" {
			switch p.low(k + 2) {
			case "to", "expected", "scheduled", "set", "due", "likely", "going", "planning", "expecting":
				return cueFuture, 2
			}
		}
		return cuePresent, 1
	case "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "been":
		switch p.low(k + 1) {
		case "planning", "preparing", "hoping", "going", "expecting", "due", "scheduled", "set", "slated", "supposed", "expected", "to":
			return cueNearest, 2
		}
		return cuePast, 2
	case "has", "have", "'ve", "hasn't", "haven't":
		n := p.low(k + 1)
		if n == "not" || n == "also" || n == "already" || n == "since" || n == "just" || n == "long" || n == "never" || n == "recently" {
			n = p.low(k + 2)
		}
		if n == "been" || pastForm(n) {
			return cuePast, 2
		}
		if n == "to" {
			return cueFuture, 1
		}
		return cuePresent, 1
	case "set", "due", "poised", "slated", "scheduled", "expected", "planned", "supposed":
		if p.low(k+1) == "to" || p.low(k+1) == "for" {
			switch p.low(k - 1) {
			case "was", "were", "had", "originally", "initially", "previously", "been":
				return cueNearest, 2
			case "is", "are", "am", "'s", "'re", "be", "now":
				return cueFuture, 2
			}
			if w == "planned" || w == "scheduled" {
				return cueNearest, 2
			}
			return cueFuture, 2
		}
		if w == "planned" || w == "scheduled" {
			switch p.low(k - 1) {
			case "is", "are", "am", "'s", "'re", "be", "now":
				return cueFuture, 2
			}
			return cueNearest, 2
		}
		if w == "set" {
			return cuePast, 1
		}
	case "planning", "preparing", "hoping":
		return cueNearest, 2
	case "plans", "plan", "hopes", "intends", "aims", "expects", "wants", "promises", "vows", "pledges", "threatens", "seeks", "proposes", "prepares", "agree":
		if p.low(k+1) == "to" {
			return cueFuture, 2
		}
		return cuePresent, 1
	case "says", "say", "tells", "reports", "announces", "confirms", "adds", "insists", "warns":
		// the reporting present of news: the saying lies just behind
		return cuePast, 1
	case "does", "do", "doesn't", "don't", "can", "can't", "cannot", "must", "remains", "remain", "seems", "appears":
		return cuePresent, 1
	}
	if futureParticiple[w] {
		switch p.low(k - 1) {
		case "was", "were", "had", "is", "are", "am", "has", "have", "be", "been", "being", "will", "would", "'s", "'re", "not":
			return cueNone, 0
		}
		return cueFuture, 1
	}
	if k > 0 {
		switch p.low(k - 1) {
		case "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll", "not", "be", "being", "is", "are", "am", "'s", "'re", "the", "a", "an":
			// an infinitive, a participle after an auxiliary or an adjective: the auxiliary decides
			if pastForm(w) {
				return cueNone, 0
			}
		}
	}
	if pastForm(w) {
		return cuePast, 2
	}
	return cueNone, 0
}

// pastForm reports whether w looks like a past tense or past participle.
func pastForm(w string) bool {
	if irregularPast[w] {
		return true
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPast[w] {
		return true
	}
	return false
}

var irregularPast = set("said", "told", "met", "went", "came", "took", "made", "left", "held", "began", "gave", "saw",
	"spoke", "won", "lost", "sold", "bought", "paid", "sent", "spent", "fell", "rose", "grew", "led", "brought",
	"thought", "found", "felt", "kept", "knew", "became", "got", "put", "set", "shot", "struck", "stood", "wrote",
	"broke", "chose", "drove", "flew", "fought", "forgot", "froze", "hit", "hung", "heard", "hid", "laid", "meant",
	"ran", "rang", "sat", "shook", "slept", "sought", "stole", "stuck", "swore", "taught", "threw", "understood",
	"withdrew", "woke", "wore", "arose", "built", "caught", "dealt", "drew", "fled", "forbade", "overtook", "sank",
	"slid", "spun", "spread", "swept", "undertook", "upheld", "withheld", "did", "ate", "beat", "bore", "bound",
	"burnt", "cast", "cost", "cut", "dug", "fed", "forgave", "hurt", "lent", "let", "lit", "mistook", "overcame",
	"overthrew", "quit", "rode", "shed", "shut", "sprang", "stung", "strove", "swam", "swung", "tore", "wept",
	"wound", "unveiled", "gone", "done", "seen", "known", "shown", "given", "taken", "spoken", "written", "risen",
	"fallen", "grown", "begun", "chosen", "driven", "broken", "forgotten", "stolen", "thrown", "withdrawn", "drawn",
	"flown", "hidden", "ridden", "sworn", "torn", "worn", "woken", "beaten", "bitten", "eaten", "frozen", "overtaken",
	"undertaken", "mistaken", "shaken", "come", "become", "run", "overcome", "slain", "sprung", "struck", "sunk", "swum", "arrived", "died", "denied",
	"ended", "tried", "replied", "relied", "applied", "carried", "married", "worried", "buried", "occupied", "lied")

var futureParticiple = set("expected", "scheduled", "planned", "proposed", "slated", "due", "upcoming", "forthcoming")

var notPast = set("need", "needed", "indeed", "speed", "breed", "bleed", "freed", "proceed", "succeed", "exceed",
	"hundred", "hundreds", "united", "limited", "interested", "concerned", "related", "based",
	"supposed", "alleged", "allegedly", "detailed", "advanced", "armed",
	"red", "bed", "fed", "led", "wed", "shed", "biased", "embattled", "beloved", "wicked", "naked", "sacred",
	"rugged", "ragged", "aged", "crooked", "learned", "skilled", "unemployed", "unidentified", "unnamed",
	"undisclosed", "unspecified", "qualified", "talented", "renowned", "deceased", "retired", "disputed",
	"occupied", "reserved", "restricted", "sophisticated", "complicated", "dedicated", "devoted", "committed",
	"coordinated", "integrated", "animated", "dated", "outdated", "seed", "weed", "feed", "steed", "deed",
	"greed", "heed", "creed", "tweed", "embed", "reed")
