package quote

import "strings"

// class is what a cue word does.
type class uint8

const (
	cNone     class = iota
	cSay            // a reporting verb: said, added, wrote; content is a clause or a quotation
	cTell           // a reporting verb with an addressee: told, assured, reminded
	cThink          // a verb of belief: believes, thinks, hopes; content is a clause
	cEvidence       // polls showed that ...; content only with "that"
	cAsk            // asked, wondered; content is a question or "to ..." clause
	cName           // called, described as, likened to: content is the quoted phrase only
	cAccord         // "according to"
)

// cue is one attribution cue found in the text.
type cue struct {
	i, j  int   // token range [i, j) of the cue words
	class class // what it does
	part  bool  // a participle (saying, calling): its speaker is the clause's subject
}

// lemmas of the cue verbs by class. A lemma is written "base" when its
// forms are regular (adds, added, adding), else "base|3sg|past|ing" (a
// past participle that differs is a fifth form).
var lemmas = map[class][]string{
	cSay: {"say|says|said|saying", "add", "write|writes|wrote|writing|written", "tweet", "post", "note", "argue",
		"explain", "claim", "insist", "acknowledge", "admit|admits|admitted|admitting", "state", "declare",
		"announce", "report", "continue", "reply", "respond", "recall", "suggest", "stress", "emphasize",
		"emphasise", "concede", "contend", "maintain", "predict", "promise", "pledge", "vow", "assert",
		"complain", "confirm", "deny", "reveal", "answer", "conclude", "observe", "charge", "allege",
		"speculate", "testify", "counter", "caution", "boast", "joke", "quip|quips|quipped|quipping", "muse",
		"shout", "yell", "exclaim", "chant", "remark", "comment", "interject", "retort", "fume", "lament",
		"brag|brags|bragged|bragging", "agree", "object", "protest", "cry", "scream", "whisper", "text", "email",
		"blog|blogs|blogged|blogging", "recount", "elaborate", "proclaim", "disclose", "indicate", "estimate",
		"hint", "demand", "gripe", "scoff", "snap|snaps|snapped|snapping", "sigh", "reiterate", "reaffirm",
		"repeat", "venture", "theorize", "posit", "surmise", "reason", "affirm", "concur|concurs|concurred|concurring",
		"stipulate", "mention", "sing|sings|sang|singing|sung", "type", "boom", "beam", "bellow", "roar", "quip", "mouth", "gasp", "chuckle",
		"laugh", "smile", "shrug", "nod", "grin", "sniff", "huff", "deadpan|deadpans|deadpanned|deadpanning", "scold", "lecture", "tease", "plead|pleads|pleaded|pleading", "read|reads|read|reading", "put it|puts it|put it|putting it", "exhort", "bark",
		"holler", "growl", "thunder", "wail", "marvel", "gush", "rage", "grumble", "mutter", "murmur", "sob",
		"recite", "concede", "relate", "offer", "volunteer", "interrupt", "chime in|chimes in|chimed in|chiming in",
		"sum up|sums up|summed up|summing up", "shoot back|shoots back|shot back|shooting back",
		"fire back|fires back|fired back|firing back", "write back|writes back|wrote back|writing back", "declare", "point out|points out|pointed out|pointing out", "go on to say|goes on to say|went on to say|going on to say",
		"go on|goes on|went on|going on",
		"predict", "forecast|forecasts|forecast|forecasting", "assure", "acknowledge", "contest",
		"dispute", "rebut|rebuts|rebutted|rebutting", "urge", "plead", "beg|begs|begged|begging", "implore",
		"wonder", "speculate", "opine", "quote", "recommend", "propose", "warn", "announce",
	},
	cTell: {"tell|tells|told|telling", "remind", "inform", "convince", "advise", "notify", "persuade", "reassure"},
	cThink: {"believe", "think|thinks|thought|thinking", "feel|feels|felt|feeling", "hope", "fear", "expect",
		"worry", "know|knows|knew|knowing|known", "doubt", "suspect", "assume", "figure", "reckon", "realize",
		"realise", "understand|understands|understood|understanding", "recognize", "recognise", "decide",
		"imagine", "guess", "learn", "notice", "discover", "consider", "wish", "sense", "trust", "presume",
		"suppose", "anticipate", "bet|bets|bet|betting", "hypothesize", "conjecture", "insist"},
	cEvidence: {"show|shows|showed|showing|shown", "find|finds|found|finding", "demonstrate", "reveal", "confirm", "indicate", "suggest", "conclude"},
	cAsk:      {"ask", "question|questioned|questioned|questioning", "inquire", "query", "wonder"},
	cName: {"call", "dub|dubs|dubbed|dubbing", "label|labels|labeled|labeling", "labelled", "term", "brand",
		"liken", "describe", "deem", "nickname", "characterize", "characterise", "refer|refers|referred|referring",
		"decry", "denounce", "deride", "tout", "praise", "blast", "slam|slams|slammed|slamming", "threaten",
		"trumpet", "mock", "accuse", "blame", "criticize", "criticise", "attack", "applaud", "hail", "compare",
		"dismiss", "ridicule", "condemn", "lambast", "pan|pans|panned|panning", "echo|echoes|echoed|echoing"},
}

// baseCues are the base forms that count as cues ("they say", "analysts
// believe"); other base forms are mostly nouns.
var baseCues = set("say", "tell", "think", "believe", "know", "feel", "hope", "fear", "expect", "worry", "argue",
	"claim", "insist", "agree", "admit", "suspect", "doubt", "ask", "wonder", "acknowledge", "contend", "assert",
	"warn", "predict", "recall", "understand", "recognize", "estimate", "suggest", "maintain", "complain", "deny",
	"concede", "go on to say", "point out", "write", "explain", "add", "note", "describe", "call", "conclude",
	"observe", "caution", "remark", "reply", "respond", "recount", "allege", "argue", "testify", "declare",
	"announce", "promise", "vow", "pledge", "boast", "lament", "acknowledge", "put it", "wonder")

// forms expands a lemma to its forms: base, third person, past, -ing.
func forms(l string) []string {
	if strings.Contains(l, "|") {
		return strings.Split(l, "|")
	}
	n := len(l)
	switch {
	case strings.HasSuffix(l, "e"):
		return []string{l, l + "s", l + "d", l[:n-1] + "ing"}
	case n > 1 && l[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(l[n-2])):
		return []string{l, l[:n-1] + "ies", l[:n-1] + "ied", l + "ing"}
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z"):
		return []string{l, l + "es", l + "ed", l + "ing"}
	}
	return []string{l, l + "s", l + "ed", l + "ing"}
}

// entry is what the lexicon knows of a cue word.
type entry struct {
	class class
	base  bool // the base form: "say", "argue"
	part  bool // an -ing form
	words int  // words of a multi-word cue ("pointed out")
	form  string
}

// lexicon maps the first word of a cue to its entries (several for
// multi-word cues); the first class given to a form wins, in the order
// say, tell, ask, think, evidence, name.
var lexicon = func() map[string][]entry {
	m := map[string][]entry{}
	seen := map[string]bool{}
	for _, c := range []class{cSay, cTell, cAsk, cThink, cEvidence, cName} {
		for _, l := range lemmas[c] {
			for i, f := range forms(l) {
				if i == 0 && !baseCues[f] {
					continue // "a tweet", "the report": base forms are nouns too often
				}
				if seen[f] {
					continue
				}
				seen[f] = true
				ws := strings.Fields(f)
				m[ws[0]] = append(m[ws[0]], entry{class: c, base: i == 0, part: i == 3, words: len(ws), form: f})
			}
		}
	}
	return m
}()

// adverbs and auxiliaries that may stand between a speaker and the verb.
var between = set("also", "later", "then", "previously", "recently", "often", "repeatedly", "once", "again",
	"has", "have", "had", "would", "will", "could", "can", "may", "might", "did", "does", "do", "never",
	"not", "further", "separately", "initially", "earlier", "subsequently", "publicly", "privately",
	"frequently", "simply", "already", "just", "even", "still", "now", "reportedly", "allegedly",
	"actually", "really", "quickly", "immediately", "long", "first", "last", "always", "clearly", "flatly",
	"openly", "bluntly", "angrily", "quietly", "candidly", "succinctly", "curtly", "firmly", "famously",
	"proudly", "sarcastically", "jokingly", "pointedly", "forcefully", "emphatically", "specifically",
	"explicitly", "similarly", "likewise", "too", "personally", "herself", "himself", "themselves",
	"reluctantly", "readily", "finally", "eventually", "ultimately", "occasionally", "routinely",
	"generally", "usually", "typically", "sometimes", "certainly", "surely", "apparently", "evidently",
	"well", "must", "should", "shall", "widely", "strongly", "mistakenly", "falsely", "correctly", "rightly",
	"wrongly", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't",
	"isn't", "wasn't", "aren't", "weren't", "didn’t", "doesn’t", "don’t", "won’t", "wouldn’t", "can’t", "couldn’t",
	"hasn’t", "haven’t", "hadn’t", "isn’t", "wasn’t", "aren’t", "weren’t")

// relative pronouns end a speaker phrase.
var relative = set("who", "which", "that", "whom")

// stops are words that end a speaker phrase when scanning away from the verb.
var stops = set("that", "which", "who", "whom", "whose", "when", "while", "where", "because", "as", "if",
	"but", "or", "so", "than", "though", "although", "since", "until", "unless", "whether", "what",
	"and", "nor", "yet", "after", "before", "in", "on", "to", "by", "with", "during", "into", "onto",
	"about", "over", "under", "against", "between", "among", "through", "without", "within", "upon",
	"via", "despite", "amid", "like", "once", "how", "why", "whereas", "not", "is", "are", "was", "were",
	"be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
	"might", "should", "must", "shall", "it's", "there", "here", "then", "also", "even", "just")

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "another", "this", "these", "those", "his", "her", "their", "its",
	"our", "my", "your", "some", "many", "several", "most", "few", "other", "both", "each", "every", "any",
	"all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
	"hundreds", "thousands", "no", "more", "fewer", "numerous", "various", "senior", "top")

// pronouns that may be speakers.
var pronouns = set("he", "she", "they", "i", "we", "it", "you")

// timeWords may sit between a verb and its content or speaker ("said Monday").
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tonight", "recently", "earlier", "later", "afterward", "afterwards",
	"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "monday's", "sunday's")

// titles are words of a title in front of a name: they are dropped from the speaker's name.
var titles = set("president", "vice", "secretary", "minister", "prime", "sen.", "senator", "rep.",
	"representative", "gov.", "governor", "mayor", "speaker", "chairman", "chairwoman", "chair",
	"director", "spokesman", "spokeswoman", "spokesperson", "general", "gen.", "lt.", "col.", "maj.",
	"capt.", "adm.", "sgt.", "judge", "justice", "attorney", "ambassador", "chancellor", "leader",
	"mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "professor", "rev.", "sir", "lord", "lady", "king",
	"queen", "prince", "princess", "pope", "chief", "executive", "ceo", "officer", "commissioner",
	"councilman", "councilwoman", "premier", "pres.", "candidate", "nominee", "sheriff", "chairperson",
	"colonel", "major", "captain", "sergeant", "lieutenant", "admiral", "commander", "deputy",
	"assistant", "associate", "senior", "founder", "co-founder", "host", "anchor", "correspondent",
	"reporter", "editor", "analyst", "strategist", "adviser", "advisor", "aide", "manager", "dean",
	"rabbi", "imam", "bishop", "cardinal", "father", "sister", "brother", "gov", "sen", "rep", "mr",
	"mrs", "ms", "dr", "state", "foreign", "defense", "defence", "interior", "finance", "treasury",
	"trade", "attorney-general", "congressman", "congresswoman", "assemblyman", "assemblywoman",
	"superintendent", "inspector", "mp", "del.", "amb.", "hon.", "chairmain", "coach", "emir", "sheikh",
	"sheik", "ayatollah", "sultan", "crown", "first", "former", "acting", "interim", "then-president",
	"president-elect", "vice-president", "ex-president", "u.s.", "us", "u.n.", "un", "eu", "gop", "nato",
	"democratic", "republican", "white", "house", "press", "national", "security", "homeland",
	"department", "council")

// months, days and other capitalised words that are not names.
var notNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "i", "but", "and",
	"the", "a", "an", "in", "on", "at", "this", "that", "it", "he", "she", "they", "we", "his", "her",
	"their", "its", "if", "when", "while", "as", "so", "yet", "still", "also", "then", "there", "here",
	"asked", "speaking", "according", "meanwhile", "however", "instead", "now", "today", "yesterday")
