package timex

// ---- quantities: durations, "ago", sets --------------------------------------

// quantity parses "two weeks", "seven and a half hours", "a decade", "the
// first nine months", "10-year", "8-month-old", "two years ago", "a year
// earlier", "three days later".
func (p *parser) quantity(i int) result {
	j := i
	the := false
	if p.low(j) == "the" {
		the = true
		j++
		if p.next(j) == "first" || p.next(j) == "initial" || p.next(j) == "final" {
			j++
		}
		if p.tok(j) == nil {
			return result{}
		}
	}
	n, k, ok := p.number(j)
	if !ok || k == j {
		if the {
			return result{}
		}
		return p.barePlural(i)
	}
	first := p.low(j)
	isA := first == "a" || first == "an"
	if p.kind(j) == kNum && len(first) == 4 && n >= 1000 && k < len(p.toks) && p.toks[k].lx != nil && !p.toks[k].lx.plural {
		return result{} // "the 1988 quarter" is a year
	}
	if the && (isA || n == vague) {
		return result{}
	}
	hy := false
	if p.hyphen(k) {
		k++
		hy = true
	}
	// "20 more years", "an additional year"
	if !hy && (p.next(k) == "more" || p.next(k) == "additional" || p.next(k) == "extra" || p.next(k) == "further") && !isA || isA && p.next(k) == "additional" {
		k++
	}
	u, e := p.unitAt(k)
	if u == uNone {
		return result{}
	}
	if hy && u == uQuarter && p.lx(k).plural { // "three-quarters" is a share
		return result{}
	}
	if u == uSecond && n == 1 && p.kind(j) != kNum && !p.lx(k).plural {
		return result{} // "a second", "one second": mostly the ordinal
	}
	if p.next(e) == "old" || p.hyphen(e) && p.next(e+1) == "old" {
		return result{} // ages of people and things are no times
	}
	if p.toks[k].low != lexUnitName(p.toks[k].low) && p.kind(j) != kNum {
		return result{} // "mins", "hrs" only after digits
	}
	if u == uWeekend && !hy {
		return result{}
	}
	if p.kind(j) == kNum && p.glued(j) && j > 0 && p.toks[j-1].kind == kPunct && !hy {
		return result{}
	}
	// "an hour and a half"
	if p.next(e) == "and" && p.next(e+1) == "a" && p.next(e+2) == "half" && n >= 0 {
		n += 0.5
		e += 3
	}
	if hy {
		if the {
			return result{} // "the two-week crisis": the adjective alone
		}
		if p.hyphen(e) && p.next(e+1) == "long" {
			e += 2
		}
		if n == vague {
			return result{}
		}
		return result{end: e, typ: tDuration, val: duration(n, u)}
	}
	if the {
		return result{end: e, typ: tDuration, val: duration(n, u)}
	}
	if p.next(e) == "or" && p.next(e+1) == "so" && p.next(e+2) == "ago" {
		e += 2
	}
	switch p.next(e) {
	case "ago":
		return p.ago(n, u, e+1)
	case "earlier", "before", "later", "after":
		w := p.next(e)
		if (w == "before" || w == "after") && !p.clauseEnd(e+1) {
			break
		}
		if u <= uWeek {
			// TimeBank: "three days later" is the duration "three days", the
			// word after it a signal; "a year earlier" is a date
			break
		}
		if w == "earlier" || w == "before" {
			return p.offset(n, u, -1, e+1)
		}
		return p.offset(n, u, 1, e+1)
	case "from":
		if p.next(e+1) == "now" {
			return p.offset(n, u, 2, e+2)
		}
	case "hence":
		return p.offset(n, u, 2, e+1)
	case "long":
		e++
	}
	// "one day" after a modal: some day in the future
	if first == "one" && u == uDay && !p.lx(k).plural {
		switch p.low(j - 1) {
		case "will", "would", "could", "might", "may", "can", "should", "must", "to":
			return refRes(e, "FUTURE_REF")
		}
	}
	if isA && p.rateContext(i) {
		return result{end: e, typ: tSet, val: duration(1, u)}
	}
	if n == vague && first == "some" && u >= uMonth {
		// "some years" is vague enough; keep it
	}
	return result{end: e, typ: tDuration, val: duration(n, u)}
}

// lexUnitName maps abbreviations to themselves only when they are written
// out: it returns "" for abbreviations, the word otherwise.
func lexUnitName(w string) string {
	switch w {
	case "min", "mins", "sec", "secs", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks":
		return ""
	}
	return w
}

// clauseEnd reports whether token i ends a clause (punctuation or nothing).
func (p *parser) clauseEnd(i int) bool {
	t := p.tok(i)
	return t == nil || t.kind == kPunct && t.low != "'" && t.low != "$"
}

// rateContext reports whether "a year" at i is a rate ("$3 a year", "twice a day").
func (p *parser) rateContext(i int) bool {
	if i == 0 {
		return false
	}
	prev := &p.toks[i-1]
	if prev.kind == kNum {
		return true
	}
	switch prev.low {
	case "%", "percent", "times", "twice", "once", "thrice", "cents", "dollars", "million", "billion", "pounds",
		"euros", "yen", "barrels", "tons", "flights", "trips", "meals", "visits", "calls", "hours", "pills",
		"tonnes", "miles", "thousand", "hundred", "dozen":
		return true
	}
	return false
}

// ago resolves "n units ago".
func (p *parser) ago(n float64, u, end int) result {
	if n == vague || !p.hasDCT {
		return refRes(end, "PAST_REF")
	}
	if u == uYear && n == 1 && p.quarterContext(end) {
		v := shift(p.quarterCtx(end-1), -4)
		return result{end: end, typ: tDate, val: v.String(), cal: v, rel: true}
	}
	return p.shifted(n, u, -1, p.dctV, end)
}

// shifted is base moved by n units in direction sign, at the unit's granularity.
func (p *parser) shifted(n float64, u, sign int, base dval, end int) result {
	if n != float64(int(n)) {
		if u == uYear && n*12 == float64(int(n*12)) {
			n, u = n*12, uMonth
		} else if u == uMonth && n*2 == float64(int(n*2)) {
			return dateRes(end, shift(coarsen(base, gMonth), sign*int(n+0.5)))
		} else {
			return refRes(end, map[bool]string{true: "FUTURE_REF", false: "PAST_REF"}[sign > 0])
		}
	}
	k := int(n) * sign
	switch u {
	case uDecade:
		return dateRes(end, shift(coarsen(base, gYear), 10*k))
	case uCentury:
		return dateRes(end, shift(coarsen(base, gYear), 100*k))
	case uMillennium:
		return dateRes(end, shift(coarsen(base, gYear), 1000*k))
	case uFortnight:
		return dateRes(end, shift(coarsen(base, gDay), 14*k))
	case uHour, uMinute, uSecond:
		return dateRes(end, coarsen(base, gDay))
	case uWeekend:
		return dateRes(end, shift(coarsen(base, gWeekend), k))
	}
	return dateRes(end, shift(coarsen(base, granOf(u)), k))
}

// quarterContext reports whether the sentence of token i is about a quarter's
// results: a quarter was named in it or in the two before.
func (p *parser) quarterContext(i int) bool {
	return p.lastQuarter.g == gQuarter && p.sentence(i-1)-p.quarterSent <= 2
}

// quarterCtx is the quarter an earnings sentence at token i is about: the
// quarter named last when that was in the last three sentences, else the
// one the document names most.
func (p *parser) quarterCtx(i int) dval {
	if p.recentQuarter.g == gQuarter && p.sentence(i)-p.quarterSent <= 3 {
		return p.recentQuarter
	}
	return p.lastQuarter
}

// offset resolves "a year earlier" (sign -1), "three days later" (+1) and
// "two weeks from now" (+2): from the last quarter for years in earnings
// reports, from the last date named for short spans, else from the
// publication date.
func (p *parser) offset(n float64, u, sign, end int) result {
	if n == vague || !p.hasDCT {
		if sign > 0 {
			return refRes(end, "FUTURE_REF")
		}
		return refRes(end, "PAST_REF")
	}
	if sign == 2 {
		return p.shifted(n, u, 1, p.dctV, end)
	}
	if u == uYear && sign < 0 && n == 1 && p.quarterContext(end) {
		v := shift(p.quarterCtx(end-1), -4)
		return result{end: end, typ: tDate, val: v.String(), cal: v, rel: true}
	}
	base := p.dctV
	if p.lastDate.g != gNone && p.lastDate.y != unknownYear && p.lastDate.wd == 0 && p.lastDate.g >= granOf(u) && (u <= uWeek || sign > 0) {
		base = p.lastDate
		if base.g == gPart || base.g == gMinute {
			base.g = gDay
		}
	}
	return p.shifted(n, u, sign, base, end)
}

// barePlural parses "years", "weeks", "decades", "decades-long" used alone:
// "for years", "within weeks".
func (p *parser) barePlural(i int) result {
	l := p.lx(i)
	if l == nil || l.unit == uNone || p.toks[i].kind != kWord {
		return result{}
	}
	e := i + 1
	// "year-long", "decades-long", "month-old"
	if p.hyphen(e) && p.next(e+1) == "long" && lexUnitName(p.toks[i].low) != "" {
		if l.plural {
			return result{end: e + 2, typ: tDuration, val: duration(vague, l.unit)}
		}
		return result{end: e + 2, typ: tDuration, val: duration(1, l.unit)}
	}
	if !l.plural || lexUnitName(p.toks[i].low) == "" || l.unit == uWeekend {
		return result{}
	}
	if p.next(e) == "ago" {
		return refRes(e+1, "PAST_REF")
	}
	// "hours after the blast", "minutes later", "weeks before the vote"
	switch p.next(e) {
	case "later", "after", "earlier", "before":
		if l.unit <= uMonth && p.low(i-1) != "the" && p.low(i-1) != "of" && p.low(i-1) != "first" && p.low(i-1) != "last" && p.low(i-1) != "final" && !(p.kind(i-1) == kWord && p.toks[i-1].lx != nil && p.toks[i-1].lx.isCard) {
			return result{end: e, typ: tDuration, val: duration(vague, l.unit)}
		}
	}
	switch p.low(i - 1) {
	case "for", "within", "took", "take", "takes", "lasted", "last", "spent", "spend":
	default:
		return result{}
	}
	switch p.next(e) {
	case "of", "before", "after", "later", "earlier", "-":
		return result{}
	}
	return result{end: e, typ: tDuration, val: duration(vague, l.unit)}
}

// set parses "every week", "each July", "every other day", "daily",
// "twice a year", "per month".
func (p *parser) set(i int) result {
	w := p.low(i)
	switch w {
	case "daily", "nightly":
		return result{end: i + 1, typ: tSet, val: "P1D"}
	case "weekly":
		return result{end: i + 1, typ: tSet, val: "P1W"}
	case "biweekly", "fortnightly":
		return result{end: i + 1, typ: tSet, val: "P2W"}
	case "monthly":
		return result{end: i + 1, typ: tSet, val: "P1M"}
	case "yearly":
		return result{end: i + 1, typ: tSet, val: "P1Y"}
	case "hourly":
		return result{end: i + 1, typ: tSet, val: "PT1H"}
	case "twice", "once", "thrice":
		switch p.next(i + 1) {
		case "a", "an", "per", "each", "every":
			if u, e := p.unitAt(i + 2); u != uNone && !p.lx(i+2).plural {
				return result{end: e, typ: tSet, val: duration(1, u)}
			}
		}
		return result{}
	case "year-ago", "year-earlier":
		return p.yearAgo(i, i+1)
	case "week":
		// "week 25": an ISO week of this year
		if n := atoi(p.next(i + 1)); n >= 1 && n <= 53 && p.hasDCT && p.toks[i].upper == (i == p.sents[p.sentence(i)][0]) {
			y, _ := p.dct.ISOWeek()
			return dateRes(i+2, dval{g: gWeek, y: y, w: n})
		}
	case "year":
		if p.hyphen(i+1) && (p.next(i+2) == "ago" || p.next(i+2) == "earlier") {
			return p.yearAgo(i, i+3)
		}
	case "every", "each", "per":
		j := i + 1
		n := 1.0
		if p.next(j) == "other" {
			n = 2
			j++
		} else if w == "every" {
			if v, k, ok := p.number(j); ok && k > j && v > 0 && p.low(j) != "a" {
				if u, e := p.unitAt(k); u != uNone {
					return result{end: e, typ: tSet, val: duration(v, u)}
				}
			}
		}
		if p.next(j) == "single" {
			j++
		}
		if u, e := p.unitAt(j); u != uNone && !p.lx(j).plural && lexUnitName(p.toks[j].low) != "" {
			if u == uWeekend {
				return result{end: e, typ: tSet, val: "XXXX-WXX-WE"}
			}
			if u == uQuarter && n == 1 {
				return result{end: e, typ: tSet, val: "P1Q"}
			}
			return result{end: e, typ: tSet, val: duration(n, u)}
		}
		if w == "per" {
			return result{}
		}
		if wd, e, pl := p.weekdayAt(j); wd > 0 && !pl {
			v := dval{g: gDay, y: unknownYear, wd: wd}
			if part, e2, _ := p.dayPart(e); part != "" {
				v.g, v.part = gPart, part
				e = e2
			}
			return result{end: e, typ: tSet, val: v.String()}
		}
		if m, e, _ := p.monthAt(j); m > 0 {
			return result{end: e, typ: tSet, val: dval{g: gMonth, y: unknownYear, m: m}.String()}
		}
		if l := p.lx(j); l != nil && l.season != "" && !l.plural {
			return result{end: j + 1, typ: tSet, val: dval{g: gSeason, y: unknownYear, q: seasonIndex(l.season)}.String()}
		}
		if part, e, pl := p.dayPart(j); part != "" && !pl {
			return result{end: e, typ: tSet, val: "XXXX-XX-XXT" + part}
		}
	}
	// "three times a week"
	if p.kind(i) == kNum || p.lx(i) != nil && p.lx(i).isCard {
		if p.next(i+1) == "times" {
			switch p.next(i + 2) {
			case "a", "an", "per", "each", "every":
				if u, e := p.unitAt(i + 3); u != uNone && !p.lx(i+3).plural {
					return result{end: e, typ: tSet, val: duration(1, u)}
				}
			}
		}
	}
	return result{}
}

// yearAgo is the adjective "year-ago" / "year-earlier" ("a year-earlier
// loss"): the quarter a year before the report's in earnings news, else last year.
func (p *parser) yearAgo(i, end int) result {
	if !p.hasDCT {
		return refRes(end, "PAST_REF")
	}
	if p.quarterContext(end) {
		v := shift(p.quarterCtx(end-1), -4)
		return result{end: end, typ: tDate, val: v.String(), cal: v, rel: true}
	}
	return dateRes(end, shift(p.current(gYear), -1))
}

// ---- clock times ------------------------------------------------------------

var timeZones = set("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "ist",
	"jst", "et", "pt", "ct", "aest", "hkt", "sgt", "msk", "eet", "eest", "wib", "z")

// clockAt parses a clock time at i: "9:31", "9:31 PM", "7:15 p.m.", "10
// a.m.", "10am", "noon", "midnight", "nine o'clock", "0930 GMT".
func (p *parser) clockAt(i int) (hh, mm, end int, ok bool) {
	t := p.tok(i)
	if t == nil {
		return
	}
	switch t.low {
	case "noon", "midday":
		return 12, 0, i + 1, true
	case "midnight":
		return 24, 0, i + 1, true
	}
	explicit := false // a.m./p.m./o'clock/time zone, or an "at" before
	e := i + 1
	switch t.kind {
	case kNum:
		s := t.low
		k := 0
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == 0 || k > 4 {
			return
		}
		hh = atoi(s[:k])
		if k == 4 { // "0930 GMT", "1400 hours"
			hh, mm = atoi(s[:2]), atoi(s[2:4])
			if !(timeZones[p.next(e)] || p.next(e) == "hours" || p.next(e) == "hrs") || hh > 24 || mm > 59 {
				return
			}
			end = e + 1
			if p.next(e) == "hours" || p.next(e) == "hrs" {
				end = e + 1
			}
			return hh, mm, end, true
		}
		rest := s[k:]
		if len(rest) > 0 && (rest[0] == ':' || rest[0] == '.') {
			m := 1
			for m < len(rest) && isDigit(rest[m]) {
				m++
			}
			if m != 3 {
				return
			}
			mm = atoi(rest[1:3])
			if rest[0] == '.' && !ampm(rest[m:]) && !ampm(p.next(e)) {
				return // "9.30" alone is a number
			}
			rest = rest[m:]
		} else if len(rest) > 0 && !ampm(rest) {
			return
		}
		if rest != "" {
			if !ampm(rest) {
				return
			}
			hh = applyAMPM(hh, rest)
			explicit = true
		} else if ampm(p.next(e)) && !p.toks[e].upper || ampm(p.next(e)) && (p.toks[e].low == "pm" || p.toks[e].low == "am" || len(p.toks[e].low) > 2) {
			hh = applyAMPM(hh, p.next(e))
			e++
			explicit = true
		} else if p.next(e) == "o'clock" {
			e++
			explicit = true
		}
		if !explicit && len(s) == k && hh <= 12 {
			if h, e2 := p.inThePart(hh, e); e2 > e { // "4 in the morning"
				hh, e, explicit = h, e2, true
			}
		}
		if !explicit && len(s) == k {
			return // a bare number is no time
		}
	case kWord:
		l := t.lx
		if l == nil || !l.isCard || l.card < 1 || l.card > 12 {
			return
		}
		hh = int(l.card)
		if p.next(e) == "o'clock" {
			e++
		} else if ampm(p.next(e)) && len(p.toks[e].low) > 2 {
			hh = applyAMPM(hh, p.next(e))
			e++
		} else if h, e2 := p.inThePart(hh, e); e2 > e {
			hh, e = h, e2
		} else {
			return
		}
		explicit = true
	default:
		return
	}
	if hh > 24 || mm > 59 {
		return
	}
	if !explicit {
		switch p.low(i - 1) {
		case "at", "by", "around", "about", "before", "after", "until", "till", "from", "since", "approximately", "to", "past":
		default:
			if !timeZones[p.next(e)] {
				return
			}
		}
	}
	if timeZones[p.next(e)] {
		e++
	} else if p.next(e) == "local" && p.next(e+1) == "time" {
		e += 2
	}
	return hh, mm, e, true
}

// inThePart reads "in the morning", "in the afternoon", "in the evening",
// "at night" after an hour and returns the hour on a 24-hour clock.
func (p *parser) inThePart(hh, e int) (int, int) {
	switch {
	case p.next(e) == "in" && p.next(e+1) == "the":
		switch p.next(e + 2) {
		case "morning":
			if hh == 12 {
				hh = 0
			}
			return hh, e + 3
		case "afternoon", "evening":
			if hh < 12 {
				hh += 12
			}
			return hh, e + 3
		}
	case p.next(e) == "at" && p.next(e+1) == "night":
		if hh < 12 && hh >= 6 {
			hh += 12
		}
		return hh, e + 2
	}
	return hh, e
}

func ampm(s string) bool {
	switch s {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return true
	}
	return false
}

func applyAMPM(hh int, s string) int {
	if s[0] == 'p' && hh < 12 {
		return hh + 12
	}
	if s[0] == 'a' && hh == 12 {
		return 0
	}
	return hh
}

// clock parses a clock time and the day after it: "9:31 PM", "10 p.m.
// Wednesday", "noon Thursday".
func (p *parser) clock(i int) result {
	hh, mm, e, ok := p.clockAt(i)
	if !ok {
		return result{}
	}
	base := dval{}
	// a day right after: "10 p.m. Wednesday", "noon today", "9 a.m. on June 18"
	k := e
	if p.next(k) == "," {
		k++
	}
	if p.next(k) == "on" {
		k++
	}
	for _, r := range [...]result{p.weekdayExpr(k), p.deictic(k), p.calendarDate(k)} {
		if r.ok() && r.typ == tDate && r.cal.g == gDay && r.end > e {
			base, e = r.cal, r.end
			break
		}
	}
	if base.g == gNone {
		base = p.dayContext(i)
	}
	if base.g == gNone {
		v := dval{g: gMinute, y: unknownYear, hh: hh, mm: mm}
		return timeRes(e, v)
	}
	v := base
	v.g, v.hh, v.mm, v.part = gMinute, hh, mm, ""
	return timeRes(e, v)
}

// dayContext is the day a clock time at token i belongs to: a day named
// earlier in its sentence, else the publication day.
func (p *parser) dayContext(i int) dval {
	if n := len(p.out); n > 0 {
		last := p.out[n-1]
		s := p.sentence(i)
		if p.lastDate.g >= gDay && p.lastDate.y != unknownYear && p.lastDate.wd == 0 && last.Start >= p.sentStartByte(s) {
			v := p.lastDate
			v.g = gDay
			return v
		}
	}
	if p.hasDCT {
		return p.dctV
	}
	return dval{}
}

func (p *parser) sentStartByte(s int) int {
	a := p.sents[s][0]
	if a < len(p.toks) {
		return p.toks[a].start
	}
	return len(p.text)
}
