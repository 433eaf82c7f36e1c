package quote

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

// verbs maps a lower-cased word to its class. Participles are in participles.
var verbs = func() map[string]class {
	m := map[string]class{}
	add := func(c class, words ...string) {
		for _, w := range words {
			m[w] = c
		}
	}
	add(cSay, "said", "says", "say", "added", "adds", "wrote", "writes", "tweeted", "tweets", "posted",
		"noted", "notes", "argued", "argues", "argue", "explained", "explains", "claimed", "claims", "claim",
		"insisted", "insists", "insist", "warned", "warns", "acknowledged", "acknowledges", "admitted", "admits",
		"stated", "declared", "declares", "announced", "announces", "reported", "reports", "continued",
		"replied", "replies", "responded", "responds", "recalled", "recalls", "suggested", "suggests",
		"stressed", "stresses", "emphasized", "emphasised", "emphasizes", "conceded", "concedes", "contended",
		"contends", "maintained", "maintains", "predicted", "predicts", "promised", "promises", "pledged",
		"vowed", "vows", "asserted", "asserts", "complained", "complains", "confirmed", "confirms", "denied",
		"revealed", "answered", "concluded", "observed", "observes", "charged", "alleged", "alleges",
		"speculated", "testified", "countered", "cautioned", "boasted", "joked", "jokes", "quipped", "mused",
		"shouted", "yelled", "exclaimed", "chanted", "remarked", "commented", "interjected", "retorted",
		"fumed", "lamented", "laments", "bragged", "agreed", "objected", "protested", "cried", "screamed",
		"whispered", "texted", "emailed", "blogged", "posted", "read", "reads", "recounted", "elaborated",
		"advised", "proclaimed", "proclaims", "announced", "disclosed", "indicated", "indicates", "estimated",
		"estimates", "hinted", "demanded", "acknowledge", "admit", "warn", "predict", "tells", "wrote:",
		"griped", "scoffed", "snapped", "sighed", "conceded", "wondered", "wonders", "reiterated",
		"reaffirmed", "repeated", "ventured", "theorized", "posited", "surmised", "reasoned", "explained",
		"affirmed", "concurred", "acknowledging", "stipulated", "contend", "assert")
	add(cTell, "told", "tell", "assured", "assures", "reminded", "reminds", "informed", "informs",
		"convinced", "warned")
	add(cThink, "believes", "believe", "believed", "thinks", "think", "thought", "feels", "felt", "hopes",
		"hoped", "fears", "feared", "expects", "expected", "worries", "worried", "knows", "knew", "doubts",
		"doubted", "suspects", "suspected", "assumes", "assumed", "figures", "figured", "reckons", "realized",
		"realizes", "understands", "understood", "recognized", "recognizes", "acknowledged", "concluded",
		"decided", "insisted", "imagined", "imagines", "guessed", "agreed", "agree", "agrees", "argued",
		"worry", "fear", "hope", "expect", "suspect", "doubt", "know", "feel", "recognize", "understand",
		"learned", "learns", "noticed", "discovered", "predicted", "estimated", "wants")
	add(cEvidence, "show", "shows", "showed", "shown", "found", "finds", "find", "indicate", "suggest",
		"reveal", "reveals", "demonstrates", "demonstrated", "confirm")
	add(cAsk, "asked", "asks", "ask", "questioned", "wondered", "wonders", "inquired", "queried")
	add(cName, "called", "calls", "call", "dubbed", "dubs", "labeled", "labelled", "labels", "termed",
		"branded", "brands", "likened", "likens", "described", "describes", "deemed", "hailed", "derided",
		"denounced", "slammed", "praised", "blasted", "mocked", "nicknamed", "characterized", "characterised")
	// reporting verbs keep their class where both lists name them
	for _, w := range []string{"said", "says", "say", "acknowledged", "concluded", "insisted", "argued",
		"predicted", "estimated", "agreed", "warned", "wondered"} {
		_ = w
	}
	m["acknowledged"], m["concluded"], m["insisted"], m["argued"] = cSay, cSay, cSay, cSay
	m["predicted"], m["estimated"], m["agreed"], m["wondered"] = cSay, cSay, cSay, cAsk
	m["warned"] = cTell
	return m
}()

// participles maps -ing forms to their class.
var participles = map[string]class{
	"saying": cSay, "adding": cSay, "noting": cSay, "arguing": cSay, "explaining": cSay, "claiming": cSay,
	"insisting": cSay, "warning": cTell, "acknowledging": cSay, "writing": cSay, "declaring": cSay,
	"stressing": cSay, "suggesting": cSay, "asserting": cSay, "predicting": cSay, "complaining": cSay,
	"promising": cSay, "vowing": cSay, "recalling": cSay, "contending": cSay, "emphasizing": cSay,
	"admitting": cSay, "conceding": cSay, "tweeting": cSay, "announcing": cSay, "joking": cSay,
	"shouting": cSay, "yelling": cSay, "chanting": cSay, "maintaining": cSay, "observing": cSay,
	"replying": cSay, "responding": cSay, "stating": cSay, "reporting": cSay, "confirming": cSay,
	"telling": cTell, "assuring": cTell, "reminding": cTell, "asking": cAsk, "wondering": cAsk,
	"calling": cName, "describing": cName, "labeling": cName, "dubbing": cName, "likening": cName,
	"branding": cName, "deeming": cName, "terming": cName, "characterizing": cName,
	"interjecting": cSay, "musing": cSay, "quipping": cSay, "boasting": cSay, "lamenting": cSay,
	"reiterating": cSay, "repeating": cSay, "charging": cSay, "alleging": cSay, "cautioning": cSay,
	"believing": cThink, "hoping": cThink, "fearing": cThink,
}

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
	"well", "must", "should", "shall", "is", "are", "was", "were", "be", "been", "being", "to", "widely",
	"privately", "strongly", "mistakenly", "falsely", "correctly", "rightly", "wrongly", "recently",
	"who", "which", "that")

// auxiliaries and adverbs to skip, but "who/which/that" are boundaries.
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
