package timex

// Units of time.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf // half year
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// lex is what the lexicon knows of a lower-cased word.
type lex struct {
	month   int     // 1-12 for month names and abbreviations
	abbr    bool    // an abbreviated month or weekday ("sept", "tues")
	wday    int     // 1-7, Monday first (ISO), for weekday names
	plural  bool    // a plural weekday ("fridays") or unit ("years")
	card    float64 // value of a cardinal number word ("two", "twenty", "hundred")
	isCard  bool
	ord     int    // value of an ordinal word ("first", "twenty-first" is two tokens)
	unit    int    // unit of time ("year", "years", "yr")
	season  string // SP SU FA WI
	daypart string // MO AF EV NI (morning, afternoon, evening, night)
}

var lexicon = buildLexicon()

func buildLexicon() map[string]*lex {
	m := map[string]*lex{}
	get := func(w string) *lex {
		l := m[w]
		if l == nil {
			l = &lex{}
			m[w] = l
		}
		return l
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, w := range months {
		get(w).month = i + 1
	}
	for w, n := range map[string]int{"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		l := get(w)
		l.month, l.abbr = n, true
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, w := range days {
		get(w).wday = i + 1
		l := get(w + "s")
		l.wday, l.plural = i+1, true
	}
	for w, n := range map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		l := get(w)
		l.wday, l.abbr = n, true
	}
	cards := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range cards {
		l := get(w)
		l.card, l.isCard = float64(i), true
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		l := get(w)
		l.card, l.isCard = float64(20+10*i), true
	}
	get("fourty").card, get("fourty").isCard = 40, true
	for w, v := range map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6, "dozen": 12} {
		l := get(w)
		l.card, l.isCard = v, true
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		get(w).ord = i + 1
	}
	for w, v := range map[string]int{"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "last": -1} {
		get(w).ord = v
	}
	units := map[string]int{
		"second": uSecond, "seconds": uSecond, "sec": uSecond, "secs": uSecond,
		"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute,
		"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour,
		"day": uDay, "days": uDay,
		"weekend": uWeekend, "weekends": uWeekend,
		"week": uWeek, "weeks": uWeek, "wk": uWeek, "wks": uWeek,
		"fortnight": uFortnight, "fortnights": uFortnight,
		"month": uMonth, "months": uMonth, "mo": uMonth, "mos": uMonth,
		"quarter": uQuarter, "quarters": uQuarter,
		"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear,
		"decade": uDecade, "decades": uDecade,
		"century": uCentury, "centuries": uCentury,
		"millennium": uMillennium, "millennia": uMillennium, "millenniums": uMillennium,
	}
	for w, u := range units {
		l := get(w)
		l.unit = u
		l.plural = w[len(w)-1] == 's' || w == "centuries" || w == "millennia"
	}
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
		"springs": "SP", "summers": "SU", "autumns": "FA", "winters": "WI"} {
		l := get(w)
		l.season = s
		l.plural = w[len(w)-1] == 's'
	}
	for w, s := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
		"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI", "overnight": "NI"} {
		l := get(w)
		l.daypart = s
		l.plural = w[len(w)-1] == 's'
	}
	return m
}

// ordinal suffixes of numerals ("1st", "22nd").
func ordSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }
