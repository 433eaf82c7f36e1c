package timex

// The rules: each parses one kind of expression at token i and returns it,
// or a zero result.

func dateRes(end int, v dval) result { return result{end: end, typ: tDate, val: v.String(), cal: v} }

// absRes is a date whose year is written out.
func absRes(end int, v dval) result {
	return result{end: end, typ: tDate, val: v.String(), cal: v, abs: true}
}

// sentenceYear is the year of a full date written a few words before token
// i in its sentence ("began on Sept. 30, 1998, and ended Oct. 2"), or 0.
func (p *parser) sentenceYear(i int) int {
	if p.yearSent >= 0 && p.yearSent == p.sentence(i) && i-p.yearEnd <= 8 {
		return p.yearCtx
	}
	return 0
}

func timeRes(end int, v dval) result { return result{end: end, typ: tTime, val: v.String(), cal: v} }

func refRes(end int, val string) result { return result{end: end, typ: tDate, val: val} }

// ---- months, days and years -------------------------------------------

// monthAt parses a month name at i ("June", "Sept.", "Sept"). needNum is set
// for forms that are months only before a day or year (an abbreviation
// without its dot, "May").
func (p *parser) monthAt(i int) (m, end int, needNum bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	l := p.lx(i)
	t := &p.toks[i]
	if l == nil || l.month == 0 || t.kind != kWord || !t.upper {
		return 0, i, false
	}
	end = i + 1
	if l.abbr {
		if p.next(end) == "." && p.glued(end) {
			end++
		} else {
			needNum = true
		}
	}
	if t.low == "may" || t.low == "march" {
		needNum = !monthPreps[p.low(i-1)] && !(p.low(i-1) == "-" && p.low(i-2) == "mid")
	}
	return l.month, end, needNum
}

var monthPreps = set("in", "since", "by", "until", "till", "early", "late", "mid", "last", "this", "next", "of", "from",
	"through", "to", "before", "after", "during", "between", "and", "or", "each", "every", "until", "in", "for", "on",
	"earlier", "later", "past", "coming", "throughout", "end", "beginning", "start", "middle", "into", "mid-", "thru",
	"that", "than")

// dayNum parses a day of the month at i: "18", "18th", "1st".
func (p *parser) dayNum(i int) (int, int) {
	if p.kind(i) != kNum || p.toks[i].nl && i != p.cur {
		return 0, i
	}
	s := p.toks[i].low
	j := 0
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == 0 || j > 2 || (j < len(s) && !ordSuffix(s[j:])) {
		return 0, i
	}
	d := atoi(s[:j])
	if d < 1 || d > 31 {
		return 0, i
	}
	return d, i + 1
}

// yearAt parses a year at i: "1998", "'98", "nineteen ninety-six", "two thousand".
func (p *parser) yearAt(i int) (int, int) {
	if i >= len(p.toks) || p.toks[i].nl && i != p.cur {
		return 0, i
	}
	t := &p.toks[i]
	switch t.kind {
	case kNum:
		if len(t.low) == 4 {
			y := atoi(t.low)
			if y >= 1000 && y <= 2199 {
				return y, i + 1
			}
		}
	case kPunct:
		if t.low == "'" && p.kind(i+1) == kNum && p.glued(i+1) && len(p.toks[i+1].low) == 2 {
			if n := atoi(p.toks[i+1].low); n >= 0 {
				return p.twoDigitYear(n), i + 2
			}
		}
	case kWord:
		return p.spokenYear(i)
	}
	return 0, i
}

// twoDigitYear expands '98 to the nearest year.
func (p *parser) twoDigitYear(n int) int {
	base := 2000
	if p.hasDCT {
		base = p.dct.Year()
	}
	c := base / 100 * 100
	y := c + n
	if y > base+20 {
		y -= 100
	} else if y < base-80 {
		y += 100
	}
	return y
}

// spokenYear parses "nineteen ninety-six", "nineteen eighty", "two thousand
// (and) one", "nineteen oh five".
func (p *parser) spokenYear(i int) (int, int) {
	l := p.lx(i)
	if l == nil || !l.isCard {
		return 0, i
	}
	switch {
	case l.card >= 10 && l.card <= 21 && p.toks[i].low != "ten":
		hi := int(l.card)
		j := i + 1
		if p.next(j) == "hundred" {
			if !monthPreps[p.low(i-1)] {
				return 0, i // "twelve hundred students"
			}
			return hi * 100, j + 1
		}
		if p.next(j) == "oh" {
			if l2 := p.lx(j + 1); l2 != nil && l2.isCard && l2.card >= 1 && l2.card <= 9 {
				return hi*100 + int(l2.card), j + 2
			}
			return 0, i
		}
		v, end, ok := p.twoDigitWords(j)
		if !ok || v < 10 {
			return 0, i
		}
		return hi*100 + v, end
	case l.card == 2 && p.next(i+1) == "thousand":
		j := i + 2
		if p.next(j) == "and" {
			if v, end, ok := p.twoDigitWords(j + 1); ok {
				return 2000 + v, end
			}
			return 2000, j
		}
		if v, end, ok := p.twoDigitWords(j); ok && p.toks[j].low != "a" {
			return 2000 + v, end
		}
		return 2000, j
	}
	return 0, i
}

// twoDigitWords parses a number word below a hundred: "ninety-six", "ninety six", "eighty", "twelve".
func (p *parser) twoDigitWords(j int) (int, int, bool) {
	l := p.lx(j)
	if l == nil || !l.isCard || l.card >= 100 || p.toks[j].kind != kWord {
		return 0, j, false
	}
	v := int(l.card)
	end := j + 1
	if v >= 20 && v%10 == 0 {
		k := end
		if p.hyphen(k) {
			k++
		}
		if l2 := p.lx(k); l2 != nil && l2.isCard && l2.card >= 1 && l2.card <= 9 && (k == end || p.hyphen(end)) {
			return v + int(l2.card), k + 1, true
		}
		if l2 := p.lx(end); l2 != nil && l2.isCard && l2.card >= 1 && l2.card <= 9 {
			return v + int(l2.card), end + 1, true
		}
	}
	return v, end, true
}

// calendarDate parses written dates: "June 18, 2023", "Sept. 30", "18 June
// 2023", "the 18th of June", "June 2023", "June", with an optional leading
// weekday ("Saturday, April 25").
func (p *parser) calendarDate(i int) result {
	if l := p.lx(i); l != nil && l.wday > 0 && !l.plural && p.toks[i].upper {
		k := i + 1
		if l.abbr && p.next(k) == "." {
			k++
		}
		if p.next(k) == "," {
			k++
		}
		if r := p.monthDate(k, true); r.ok() && r.cal.g == gDay {
			return r
		}
		return result{}
	}
	return p.monthDate(i, false)
}

func (p *parser) monthDate(i int, afterWeekday bool) result {
	j := i
	the := false
	if p.low(j) == "the" {
		j++
		the = true
	}
	// day first: "18 June 2023", "the 18th of June"
	if d, k := p.dayNum(j); d > 0 {
		if p.next(k) == "of" {
			k++
		}
		if m, e, _ := p.monthAt(k); m > 0 {
			return p.finishDate(i, e, m, d, afterWeekday)
		}
		return result{}
	}
	if the {
		return result{}
	}
	m, e, needNum := p.monthAt(j)
	if m == 0 {
		return result{}
	}
	// "June 18", "June 18th", "June 18, 2023"
	if d, k := p.dayNum(e); d > 0 {
		if !(p.next(k) == "," && p.kind(k+1) == kNum && len(p.low(k+1)) != 4) && p.next(k) != "%" {
			return p.finishDate(i, k, m, d, afterWeekday)
		}
	}
	if afterWeekday {
		return result{}
	}
	// "June 2023", "June of 2023", "June, 2023"
	k := e
	if p.next(k) == "," || p.next(k) == "of" {
		k++
	}
	if y, end := p.yearAt(k); y > 0 {
		return absRes(end, monthVal(y, m))
	}
	if needNum {
		return result{}
	}
	// a month alone
	if p.personName(i, e) {
		return result{}
	}
	// "June this year", "July last year"
	if (p.next(e) == "this" || p.next(e) == "last" || p.next(e) == "next") && p.next(e+1) == "year" && p.hasDCT {
		y := p.dct.Year() + map[string]int{"this": 0, "last": -1, "next": 1}[p.next(e)]
		return dateRes(e+2, dval{g: gMonth, y: y, m: m})
	}
	y := p.monthYear(m, i, e)
	return dateRes(e, dval{g: gMonth, y: y, m: m})
}

// personName reports whether a capitalised month name at [i, e) is a first
// name ("April Glaspie", "June Carter") rather than a month.
func (p *parser) personName(i, e int) bool {
	if monthPreps[p.low(i-1)] {
		return false
	}
	if e < len(p.toks) && p.toks[e].kind == kWord && p.toks[e].upper && !p.toks[e].nl {
		if l := p.toks[e].lx; l != nil && (l.month > 0 || l.wday > 0 || l.isCard) {
			return false
		}
		return true
	}
	return false
}

// finishDate completes a month-and-day date with its year when one follows.
func (p *parser) finishDate(start, k, m, d int, afterWeekday bool) result {
	e := k
	if p.next(e) == "," {
		e++
	}
	if y, end := p.yearAt(e); y > 0 && validDate(y, m, d) {
		return absRes(end, dateOf(y, m, d))
	}
	if !validDate(unknownYear, m, d) {
		return result{}
	}
	y := p.dayYear(m, d, start, k)
	if sy := p.sentenceYear(start); sy != 0 {
		y = sy
	}
	if y != unknownYear && !validDate(y, m, d) {
		return result{}
	}
	return dateRes(k, dateOf(y, m, d))
}

// numericDate parses "2023-06-18", "6/18/2023", "18.06.2023", "6/18/23".
func (p *parser) numericDate(i int) result {
	t := &p.toks[i]
	if t.kind != kNum || len(t.low) < 6 || len(t.low) > 10 {
		return result{}
	}
	s := t.low
	var sep byte
	var parts [3]string
	n, last := 0, 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		if isDigit(c) {
			continue
		}
		if sep == 0 {
			sep = c
		}
		if c != sep || n == 2 || (c != '-' && c != '/' && c != '.') {
			return result{}
		}
		parts[n] = s[last:k]
		n++
		last = k + 1
	}
	if n != 2 {
		return result{}
	}
	parts[2] = s[last:]
	a, b, c := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	var y, m, d int
	switch {
	case len(parts[0]) == 4:
		y, m, d = a, b, c
	case len(parts[2]) == 4 || len(parts[2]) == 2:
		y = c
		if len(parts[2]) == 2 {
			y = p.twoDigitYear(c)
		}
		if sep == '.' || a > 12 {
			d, m = a, b
		} else {
			m, d = a, b
		}
	default:
		return result{}
	}
	if y < 1000 || y > 2199 || !validDate(y, m, d) {
		return result{}
	}
	return absRes(i+1, dateOf(y, m, d))
}

// yearExpr parses years, decades and centuries: "1998", "fiscal 1989", "the
// year 2000", "the 1990s", "the '80s", "the nineties", "the 20th century".
func (p *parser) yearExpr(i int) result {
	j := i
	the := p.low(j) == "the"
	if the {
		j++
	}
	// "the year 2000"
	if p.next(j) == "year" && the {
		if y, end := p.yearAt(j + 1); y > 0 {
			return dateRes(end, dval{g: gYear, y: y})
		}
	}
	// fiscal years: "fiscal 1989", "fiscal year 1989", "FY1989"
	if p.low(j) == "fiscal" {
		k := j + 1
		if p.next(k) == "year" {
			k++
		}
		if y, end := p.yearAt(k); y > 0 {
			if p.kind(k) == kNum && p.hyphen(end) { // "fiscal 1989-90" is one token anyway
				return result{}
			}
			return absRes(end, dval{g: gYear, y: y})
		}
		return result{}
	}
	t := p.tok(j)
	if t == nil {
		return result{}
	}
	// decades: "1990s", "'90s", "the nineties"
	if t.kind == kNum && len(t.low) == 5 && t.low[4] == 's' {
		if y := atoi(t.low[:4]); y >= 1000 && y <= 2190 && y%10 == 0 {
			return dateRes(j+1, dval{g: gDecade, q: y / 10})
		}
	}
	if t.kind == kPunct && t.low == "'" && p.kind(j+1) == kNum && p.glued(j+1) {
		s := p.toks[j+1].low
		if len(s) == 3 && s[2] == 's' {
			if n := atoi(s[:2]); n >= 0 && n%10 == 0 {
				y := p.twoDigitYear(n)
				if y > 2000+10 && !p.hasDCT {
					y -= 100
				}
				return dateRes(j+2, dval{g: gDecade, q: y / 10})
			}
		}
	}
	if the {
		if d, ok := decadeWords[t.low]; ok {
			c := 1900
			if p.hasDCT && p.dct.Year() >= 2030 {
				c = 2000
			}
			return dateRes(j+1, dval{g: gDecade, q: (c + d) / 10})
		}
	}
	// centuries: "the 20th century", "the twentieth century"
	if n, k := p.ordinalAt(j); n > 0 && n <= 30 {
		if p.next(k) == "-" {
			k++
		}
		if p.next(k) == "century" {
			return dateRes(k+1, dval{g: gCentury, q: n - 1})
		}
		if p.next(k) == "millennium" {
			return dateRes(k+1, dval{g: gMillennium, q: n - 1})
		}
	}
	if the {
		return result{}
	}
	// a year alone
	y, end := p.yearAt(j)
	if y == 0 {
		return result{}
	}
	if t.kind == kNum && !p.plausibleYear(j, y) {
		return result{}
	}
	if t.kind == kWord && !p.plausibleSpokenYear(j, end) {
		return result{}
	}
	if t.kind == kPunct { // "'98" alone only after a preposition or with a noun: "the '98 season"
		if !monthPreps[p.low(j-1)] && p.low(j-1) != "the" {
			return result{}
		}
	}
	return absRes(end, dval{g: gYear, y: y})
}

var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) || p.toks[i].nl && i != p.cur {
		return nil
	}
	return &p.toks[i]
}

// ordinalAt parses an ordinal: "20th", "twentieth", "twenty-first".
func (p *parser) ordinalAt(i int) (int, int) {
	t := p.tok(i)
	if t == nil {
		return 0, i
	}
	if t.kind == kNum {
		s := t.low
		k := 0
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k > 0 && k < len(s) && ordSuffix(s[k:]) {
			return atoi(s[:k]), i + 1
		}
		return 0, i
	}
	if t.lx != nil && t.lx.ord > 0 {
		return t.lx.ord, i + 1
	}
	if t.lx != nil && t.lx.isCard && t.lx.card >= 20 && int(t.lx.card)%10 == 0 && p.hyphen(i+1) {
		if l := p.lx(i + 2); l != nil && l.ord > 0 && l.ord < 10 {
			return int(t.lx.card) + l.ord, i + 3
		}
	}
	return 0, i
}

// plausibleYear filters four-digit numbers that are not years.
func (p *parser) plausibleYear(j, y int) bool {
	nx := p.next(j + 1)
	if notAfterYear[nx] {
		return false
	}
	if nx == "-" && p.kind(j+2) == kWord && p.glued(j+2) { // "1990-style"? "2000-meter"
		if l := p.lx(j + 2); l == nil || l.unit == 0 {
			return p.low(j+2) == "style" || p.low(j+2) == "era"
		}
		return false
	}
	pv := p.low(j - 1)
	if notBeforeYear[pv] || (pv == "." && notBeforeYear[p.low(j-2)+"."]) {
		return false
	}
	if p.kind(j-1) == kNum || p.kind(j+1) == kNum && p.glued(j+1) {
		return false
	}
	if y < 1800 || y > 2100 {
		// old years need a cue: "in 1066", "the 1492 voyage"
		return monthPreps[pv] || pv == "the" || pv == "year"
	}
	return true
}

func (p *parser) plausibleSpokenYear(j, end int) bool {
	// "nineteen ninety-six" is rarely anything else; "two thousand" needs "in"/"the year"/"since"
	if p.low(j) == "two" {
		return monthPreps[p.low(j-1)] && !unitish[p.next(end)]
	}
	return !unitish[p.next(end)]
}

var unitish = set("dollars", "people", "percent", "troops", "feet", "miles", "meters", "metres", "tons", "yen", "pounds",
	"marks", "francs", "shares", "points", "votes", "members", "soldiers", "men", "women", "children", "cars", "homes",
	"jobs", "kilometers", "kilometres", "barrels", "acres", "units", "workers", "employees", "refugees", "deaths",
	"euros", "rupees", "yuan", "years", "days", "hours", "minutes", "months", "weeks", "seconds", "dead", "civilians")

var notAfterYear = set("%", "percent", "people", "troops", "feet", "foot", "meters", "metres", "kilometers",
	"kilometres", "km", "miles", "mile", "tons", "tonnes", "yards", "barrels", "units", "shares", "points", "votes",
	"members", "soldiers", "men", "women", "children", "cars", "homes", "jobs", "acres", "workers", "employees",
	"refugees", "dollars", "yen", "pounds", "marks", "francs", "euros", "rupees", "yuan", "deaths", "dead", "students",
	"hours", "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "cet", "bst", "hrs", "local", "calories",
	"pages", "words", "rooms", "beds", "vehicles", "planes", "aircraft", "ships", "tanks", "guns", "rifles", "rounds",
	"degrees", "kg", "kilograms", "lbs", "mph", "kph", "square", "cubic", "mw", "megawatts", "kw", "seats", "million",
	"billion", "delegates", "patients", "cases", "prisoners", "police", "officers")

var notBeforeYear = set("no.", "number", "flight", "route", "room", "model", "suite", "page", "pages", "article",
	"resolution", "boeing", "airbus", "highway", "interstate", "bus", "apartment", "unit", "box", "code", "lot",
	"mig", "su", "tu", "f", "about", "some", "nearly", "almost", "over", "around", "approximately",
	"roughly", "least", "#", "$", "population", "gmt")
