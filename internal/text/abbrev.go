package text

// kind is how a word written with a full stop behaves at a possible
// sentence end.
type kind uint8

const (
	kWord     kind = iota // an ordinary word: the full stop may end a sentence
	kPrefix               // comes before a name or phrase: never ends one ("Dr.", "vs.")
	kNumbered             // comes before a number: "No. 10", "p. 5"
	kSuffix               // comes after a name or number: ends one only before an opener ("Inc.", "Jr.")
	kDate                 // a month or day: comes before a number or a lowercase word ("Sept. 11"); before a capital it ends one ("Dong Jun. Hamas")
)

var abbreviations = func() map[string]kind {
	m := make(map[string]kind)
	add := func(k kind, words ...string) {
		for _, w := range words {
			m[w] = k
		}
	}
	// Titles and ranks, English and a few European ones.
	add(kPrefix, "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs",
		"Prof", "Profs", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Gens",
		"Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Spc", "Adm", "Cmdr", "Cdr",
		"Brig", "Rev", "Revs", "Hon", "Pres", "Amb", "Supt", "Insp", "Det", "Atty",
		"Msgr", "Fr", "Mt", "Ft", "Sec", "Asst", "Sra", "Srta", "Dra", "Dña", "Hr", "Hrn")
	// Lowercase abbreviations inside a sentence, and German number words.
	add(kPrefix, "v", "vs", "cf", "ca", "approx", "viz", "e.g", "i.e", "esp",
		"z.B", "u.a", "d.h", "bzw", "vgl", "sog", "inkl", "evtl", "ggf", "zzgl",
		"aprox", "Mio", "Mrd", "Tsd")
	add(kNumbered, "No", "Nos", "no", "nos", "Nr", "Vol", "Vols", "vol", "vols",
		"p", "pp", "Fig", "Figs", "fig", "figs", "Art", "art", "Ch", "ch", "Chap",
		"Para", "para", "Tel", "tel", "Op", "op", "Pt", "pt", "Bd", "Abs")
	// Company, name and address suffixes.
	add(kSuffix, "Inc", "Corp", "Ltd", "Co", "Cos", "Jr", "Sr", "Bros", "Plc", "PLC",
		"LLC", "LLP", "Ltda", "Esq", "Ave", "Blvd", "Rd", "St", "Str", "Sq", "Hwy",
		"Pkwy", "Dept", "Univ", "Assn", "Intl", "Natl", "Govt", "Mfg", "al")
	// Months and days.
	add(kDate, "Jan", "Feb", "Febr", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Okt", "Nov", "Dec", "Dez",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
	return m
}()

// lookup returns the kind of w, a word without its full stop. An all-capitals
// word ("MR", "CORP") is looked up with only its first letter a capital.
func lookup(w string) kind {
	if k, ok := abbreviations[w]; ok {
		return k
	}
	if len(w) < 2 || len(w) > 8 {
		return kWord
	}
	var b [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return kWord
		}
		if i > 0 {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return abbreviations[string(b[:len(w)])]
}

// starters are words that often open a sentence and rarely continue a name,
// so "the U.S. The" and "Acme Inc. It" end a sentence.
var starters = set(
	"A", "An", "The", "This", "That", "These", "Those", "There", "Here",
	"I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Our", "Their",
	"My", "Your", "But", "And", "Or", "Nor", "So", "Yet", "For", "If", "When",
	"While", "Whether", "After", "Before", "As", "At", "In", "On", "By", "From",
	"To", "Of", "With", "Without", "Under", "Over", "During", "Despite", "Since",
	"Until", "Unlike", "Among", "According", "Although", "Though", "Because",
	"However", "Meanwhile", "Still", "Also", "Instead", "Then", "Now", "Once",
	"Earlier", "Later", "Last", "Next", "Today", "Yesterday", "Tomorrow",
	"Some", "Many", "Most", "All", "Both", "Each", "Every", "Several", "Few",
	"Other", "Others", "Another", "Such", "No", "Not", "Only", "Even", "More",
	"What", "Why", "How", "Who", "Where", "Which", "Is", "Are", "Was", "Were",
	"Do", "Does", "Did", "Has", "Have", "Had", "Will", "Would", "Can", "Could",
	"Should", "Let", "Thus", "Indeed", "Overall", "Yes", "Asked", "Neither",
	"Either", "Nothing", "Everyone", "Nobody",
)

// speechVerbs follow the speaker in an attribution after a quotation.
var speechVerbs = set(
	"said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote",
	"writes", "replied", "replies", "shouted", "cried", "exclaimed", "yelled",
	"screamed", "recalled", "recalls", "insisted", "insists", "tweeted", "wondered",
	"noted", "notes", "declared", "demanded", "quipped", "joked", "chanted",
)

// months are the month names an ordinal date can precede: "am 3. Oktober".
var months = set(
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"Januar", "Jänner", "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// monthNames are the English month names in full, lower case.
var monthNames = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")
