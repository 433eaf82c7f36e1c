package timex

import "time"

// ---- quarters, halves and periods of earnings reports ----------------------

// quarter parses "the third quarter", "third-quarter", "the fourth quarter
// of 1989", "this year's third quarter", "the year-ago quarter", "the
// year-earlier period", "the fiscal first quarter", "the first half", "Q3".
func (p *parser) quarter(i int) result {
	j := i
	yearAdj, hasAdj := 0, false
	the := false
	switch p.low(j) {
	case "the":
		the = true
		j++
	case "this", "last", "next":
		if p.next(j+1) == "year" && p.next(j+2) == "'" && p.next(j+3) == "s" {
			hasAdj = true
			yearAdj = map[string]int{"this": 0, "last": -1, "next": 1}[p.low(j)]
			j += 4
		}
	case "q1", "q2", "q3", "q4":
		q := int(p.low(j)[1] - '0')
		e := j + 1
		y := 0
		if yy, ee := p.yearAt(e); yy > 0 {
			y, e = yy, ee
		} else if p.hasDCT {
			y = p.quarterYear(q, 3, i, e)
		} else {
			y = unknownYear
		}
		return dateRes(e, dval{g: gQuarter, y: y, q: q})
	}
	rel := ""
	explicitYear := 0
	q := 0
	half := false
	for {
		w := p.next(j)
		if j == i {
			w = p.low(j)
		}
		switch {
		case w == "fiscal":
			j++
			if p.hyphen(j) {
				j++
			}
			continue
		case w == "year" && p.hyphen(j+1) && (p.next(j+2) == "ago" || p.next(j+2) == "earlier"):
			rel = "yearago"
			j += 3
			continue
		case w == "year-ago" || w == "year-earlier":
			rel = "yearago"
			j++
			continue
		case w == "comparable" || w == "corresponding" || w == "same" || w == "year-before" || w == "prior-year":
			if rel == "" {
				rel = "same"
			}
			j++
			continue
		case w == "latest" || w == "current" || w == "recent" || w == "just-ended" || w == "most" && p.next(j+1) == "recent":
			if w == "most" {
				j++
			}
			rel = "latest"
			if w == "current" {
				rel = "current"
			}
			j++
			continue
		case w == "previous" || w == "prior" || w == "preceding":
			rel = "previous"
			j++
			continue
		}
		break
	}
	if y, e := p.yearAt(j); y > 0 && p.kind(j) == kNum && (p.next(e) == "period" || p.next(e) == "quarter" || ordinalQuarter(p, e)) {
		explicitYear = y
		j = e
	}
	if n, e := p.ordinalAt(j); n > 0 && (n <= 4 || n == -1) {
		k := e
		if p.hyphen(k) {
			if the && j == i+1 {
				return result{} // "the third-quarter loss": the adjective alone
			}
			k++
		}
		if p.next(k) == "fiscal" {
			k++
			if p.hyphen(k) {
				k++
			}
		}
		switch p.next(k) {
		case "quarter":
			if n < 1 {
				return result{}
			}
			q = n
			j = k + 1
		case "half":
			if n > 2 || n == 0 {
				return result{}
			}
			if n == -1 {
				n = 2
			}
			q, half = n, true
			j = k + 1
		default:
			return result{}
		}
	} else {
		switch p.next(j) {
		case "quarter":
			if !the && !hasAdj && rel == "" {
				return result{}
			}
			j++
		case "period":
			if rel == "" && explicitYear == 0 {
				return result{}
			}
			j++
		default:
			return result{}
		}
	}
	if p.next(j) == "-" && p.hyphen(j) { // "third-quarter-end"? leave
		return result{}
	}
	// the year after: "of 1989", "of the year", "of this year", "of fiscal 1990", "1989", "last year"
	e := j
	y := 0
	k := e
	if p.next(k) == "of" || p.next(k) == "," {
		k++
	}
	if p.next(k) == "fiscal" {
		k++
	}
	if yy, ee := p.yearAt(k); yy > 0 && p.kind(k) == kNum {
		y, e = yy, ee
	} else if p.next(k) == "the" && p.next(k+1) == "year" && p.next(k) != "," {
		e = k + 2
		if p.hasDCT {
			y = p.dct.Year()
			if p.lastDate.g >= gYear && p.lastDate.y != unknownYear && p.lastDate.g != gDecade {
				y = p.lastDate.y
			}
		}
	} else if (p.next(k) == "this" || p.next(k) == "last" || p.next(k) == "next") && p.next(k+1) == "year" && p.next(k) != "," {
		e = k + 2
		if p.hasDCT {
			y = p.dct.Year() + map[string]int{"this": 0, "last": -1, "next": 1}[p.next(k)]
		}
	}
	if explicitYear > 0 && y == 0 {
		y = explicitYear
	}
	if hasAdj && y == 0 && p.hasDCT {
		y = p.dct.Year() + yearAdj
	}
	// the quarter the report is about
	ctx := p.quarterCtx(i)
	if ctx.g != gQuarter && p.hasDCT {
		ctx = shift(p.current(gQuarter), -1)
	}
	if half {
		if y == 0 {
			if !p.hasDCT {
				y = unknownYear
			} else {
				y = p.quarterYear(q, 6, i, e)
			}
		}
		return dateRes(e, dval{g: gHalf, y: y, q: q})
	}
	if q == 0 { // "the quarter", "the year-ago period", "the 1988 period"
		if ctx.g != gQuarter {
			if y != 0 {
				return dateRes(e, dval{g: gYear, y: y})
			}
			return result{}
		}
		v := ctx
		switch {
		case y != 0:
			v.y = y
			if rel != "" {
				return result{end: e, typ: tDate, val: v.String(), cal: v, rel: true}
			}
		case rel == "yearago" || rel == "same" && p.next(j) != "of":
			v = shift(ctx, -4)
			return result{end: e, typ: tDate, val: v.String(), cal: v, rel: true}
		case rel == "previous":
			v = shift(ctx, -1)
		case rel == "current" && p.hasDCT:
			v = p.current(gQuarter)
		}
		return dateRes(e, v)
	}
	switch {
	case y != 0:
	case rel == "yearago":
		if ctx.g == gQuarter {
			y = ctx.y - 1
			if q > ctx.q {
				y--
			}
		}
		if y != 0 {
			v := dval{g: gQuarter, y: y, q: q}
			return result{end: e, typ: tDate, val: v.String(), cal: v, rel: true}
		}
	case !p.hasDCT:
		y = unknownYear
	default:
		y = p.quarterYear(q, 3, i, e)
		if ctx.g == gQuarter && p.lastQuarter.g == gQuarter && ctx.q == q && ctx.y >= p.dct.Year()-1 && ctx.y <= p.dct.Year() {
			y = ctx.y
		}
	}
	if y == 0 {
		y = unknownYear
	}
	return dateRes(e, dval{g: gQuarter, y: y, q: q})
}

// quarterYear is the year of quarter (months 3) or half (months 6) q named
// without one: this year's when it has begun, else last year's unless the
// sentence looks ahead.
func (p *parser) quarterYear(q, months, i, e int) int {
	cur := (int(p.dct.Month())-1)/months + 1
	y := p.dct.Year()
	if q <= cur {
		return y
	}
	if p.dir(i, e) == future {
		return y
	}
	return y - 1
}

func ordinalQuarter(p *parser, e int) bool {
	if n, k := p.ordinalAt(e); n > 0 && n <= 4 {
		if p.hyphen(k) {
			k++
		}
		return p.next(k) == "quarter" || p.next(k) == "half"
	}
	return false
}

// ---- holidays -----------------------------------------------------------------

// holiday parses the holidays news names most: "Christmas", "New Year's
// Day", "Thanksgiving", "Easter", "Independence Day", "Halloween".
func (p *parser) holiday(i int) result {
	j := i
	adj := 0
	switch p.low(i) {
	case "last":
		adj = -1
		j++
	case "next":
		adj = 1
		j++
	case "this":
		adj = 2
		j++
	}
	t := p.tok(j)
	if t == nil || !t.upper {
		return result{}
	}
	var m, d int
	var fn func(y int) (int, int)
	e := j + 1
	switch t.low {
	case "christmas":
		m, d = 12, 25
		if p.next(e) == "day" {
			e++
		} else if p.next(e) == "eve" {
			d = 24
			e++
		}
	case "new":
		if p.next(e) == "year" && p.next(e+1) == "'" && p.next(e+2) == "s" {
			switch p.next(e + 3) {
			case "day":
				m, d, e = 1, 1, e+4
			case "eve":
				m, d, e = 12, 31, e+4
			default:
				return result{}
			}
		} else {
			return result{}
		}
	case "thanksgiving":
		fn = func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) }
		if p.next(e) == "day" {
			e++
		}
	case "easter":
		fn = easter
		if p.next(e) == "sunday" {
			e++
		}
	case "halloween":
		m, d = 10, 31
	case "independence":
		if p.next(e) != "day" {
			return result{}
		}
		m, d, e = 7, 4, e+1
	case "valentine":
		if p.next(e) != "'" || p.next(e+1) != "s" || p.next(e+2) != "day" {
			return result{}
		}
		m, d, e = 2, 14, e+3
	case "labor", "labour":
		if p.next(e) != "day" {
			return result{}
		}
		fn = func(y int) (int, int) { return 9, nthWeekday(y, 9, 1, 1) }
		e++
	case "memorial":
		if p.next(e) != "day" {
			return result{}
		}
		fn = func(y int) (int, int) { return 5, lastWeekday(y, 5, 1) }
		e++
	case "veterans":
		if p.next(e) != "day" {
			return result{}
		}
		m, d, e = 11, 11, e+1
	case "boxing":
		if p.next(e) != "day" {
			return result{}
		}
		m, d, e = 12, 26, e+1
	default:
		return result{}
	}
	if !p.hasDCT {
		if fn != nil {
			return result{}
		}
		return dateRes(e, dateOf(unknownYear, m, d))
	}
	y := p.dct.Year()
	if yy, ee := p.yearAt(e); yy > 0 && p.kind(e) == kNum {
		y, e = yy, ee
	} else {
		at := func(y int) time.Time {
			if fn != nil {
				mm, dd := fn(y)
				return day(y, mm, dd)
			}
			return day(y, m, d)
		}
		dir := p.dir(i, e)
		switch adj {
		case -1:
			dir = past
		case 1:
			dir = future
		}
		c := at(y)
		switch {
		case dir == past || adj == -1:
			if c.After(p.dct) {
				y--
			}
		case dir == future || adj == 1:
			if c.Before(p.dct) {
				y++
			}
		default:
			if c.Sub(p.dct) > 183*24*time.Hour {
				y--
			} else if p.dct.Sub(c) > 183*24*time.Hour {
				y++
			}
		}
	}
	if fn != nil {
		m, d = fn(y)
	}
	return dateRes(e, dateOf(y, m, d))
}

// nthWeekday is the day of the n-th weekday wd (ISO) of month m.
func nthWeekday(y, m, wd, n int) int {
	first := day(y, m, 1)
	diff := (wd - isoWeekday(first) + 7) % 7
	return 1 + diff + 7*(n-1)
}

func lastWeekday(y, m, wd int) int {
	last := day(y, m+1, 0)
	diff := (isoWeekday(last) - wd + 7) % 7
	return last.Day() - diff
}

// easter is Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return month, dd
}

// ---- reference words --------------------------------------------------------

// refWords parses now, currently, recently, the past, the future, soon...
func (p *parser) refWords(i int) result {
	w := p.low(i)
	switch w {
	case "now", "currently", "presently", "nowadays":
		if w == "now" && p.hyphen(i+1) {
			return result{}
		}
		return refRes(i+1, "PRESENT_REF")
	case "current":
		switch p.next(i + 1) {
		case "account", "accounts", "affairs", "events", "events.":
			return result{}
		case "-", ",", ".":
			return result{}
		}
		if p.kind(i+1) != kWord {
			return result{}
		}
		return refRes(i+1, "PRESENT_REF")
	case "recently", "lately":
		return refRes(i+1, "PAST_REF")
	// "recent", "soon" and the adjective "future" are left out: in TimeBank
	// and AQUAINT most of their uses are not annotated
	case "these":
		if p.next(i+1) == "days" && !p.isNounAfter(i+2) {
			return refRes(i+2, "PRESENT_REF")
		}
	case "the":
		j := i + 1
		// "the weeks ahead", "the months ahead"
		if l := p.lx(j); l != nil && l.plural && l.unit != uNone && p.next(j+1) == "ahead" {
			return p.vagueSpan("next", l.unit, j+2)
		}
		switch p.next(j) {
		case "near", "distant", "immediate", "not-too-distant":
			j++
		}
		switch p.next(j) {
		case "near", "short", "long":
			if p.next(j+1) == "term" {
				return refRes(j+2, "FUTURE_REF")
			}
		}
		switch p.next(j) {
		case "future":
			if p.next(j+1) == "of" && j == i+1 {
				return result{}
			}
			return refRes(j+1, "FUTURE_REF")
		case "past":
			if j == i+1 && p.next(j+1) != "of" {
				if l := p.lx(j + 1); l != nil && (l.unit != uNone || l.isCard) {
					return result{}
				}
				return refRes(j+1, "PAST_REF")
			}
		case "present":
			if j == i+1 && (p.low(i-1) == "to" || p.low(i-1) == "until" || p.low(i-1) == "at") {
				return refRes(j+1, "PRESENT_REF")
			}
		}
	}
	return result{}
}

// isNounAfter reports whether token i continues a noun phrase ("these days of ...").
func (p *parser) isNounAfter(i int) bool { return p.next(i) == "of" }

// ---- modifiers ----------------------------------------------------------------

// modified parses a date with a modifier the span keeps: "early next year",
// "late November", "mid-1996", "the end of 1990", "earlier this month",
// "the first half of 1989", "the late 1970s".
func (p *parser) modified(i int) result {
	w := p.low(i)
	j := i + 1
	halfOf := 0
	switch w {
	case "early", "late", "mid", "earlier", "later":
		if p.hyphen(j) {
			j++
		}
		// "mid-afternoon yesterday", "late Friday night" is below; "early morning"
		if part, e, pl := p.dayPart(j); part != "" && !pl && w != "earlier" && w != "later" {
			v := dval{}
			for _, r := range [...]result{p.deictic(e), p.weekdayExpr(e)} {
				if r.ok() && r.typ == tDate && r.cal.g == gDay {
					v, e = r.cal, r.end
					break
				}
			}
			if v.g == gNone {
				v = p.dayContext(i)
			}
			if v.g == gNone {
				return timeRes(e, dval{g: gPart, y: unknownYear, part: part})
			}
			return timeRes(e, withPart(v, part))
		}
		if w == "earlier" || w == "later" {
			// "earlier in the year", "later in the day"
			if p.next(j) == "in" && p.next(j+1) == "the" {
				if u, e := p.unitAt(j + 2); u != uNone && !p.lx(j+2).plural && p.hasDCT {
					switch u {
					case uDay, uWeek, uMonth, uYear, uQuarter:
						return dateRes(e, p.current(granOf(u)))
					}
				}
			}
		}
		if p.next(j) == "on" || p.next(j) == "in" {
			return result{}
		}
	case "the":
		switch p.next(j) {
		case "end", "beginning", "start", "middle", "close", "turn", "rest", "remainder", "dawn", "spring", "summer", "fall", "autumn", "winter":
			if p.next(j+1) != "of" {
				return result{}
			}
			j += 2
		case "early", "late", "mid":
			j++
			if p.hyphen(j) {
				j++
			}
		case "first", "second", "last", "latter", "later":
			if p.next(j+1) == "half" && p.next(j+2) == "of" {
				halfOf = 1
				if p.next(j) == "second" || p.next(j) == "last" || p.next(j) == "latter" {
					halfOf = 2
				}
				j += 3
			} else if p.next(j+1) == "part" && p.next(j+2) == "of" {
				j += 3
			} else {
				return result{}
			}
		default:
			return result{}
		}
	default:
		if l := p.lx(i); l != nil && l.season != "" && !l.plural && p.next(j) == "of" {
			// "the winter of 1994" without "the": "summer of 1990"
			j++
			if y, e := p.yearAt(j); y > 0 {
				return dateRes(e, dval{g: gSeason, y: y, q: seasonIndex(l.season)})
			}
		}
		return result{}
	}
	if w == "the" {
		if l := p.lx(i + 1); l != nil && l.season != "" && !l.plural {
			if y, e := p.yearAt(j); y > 0 {
				return dateRes(e, dval{g: gSeason, y: y, q: seasonIndex(l.season)})
			}
			return result{}
		}
	}
	r := p.core(j)
	if !r.ok() && (w == "the" || w == "early" || w == "late") {
		// "the end of the year", "the end of the month"
		if p.next(j) == "the" {
			if u, e := p.unitAt(j + 1); u != uNone && !p.lx(j+1).plural && p.hasDCT {
				switch u {
				case uWeek, uMonth, uYear, uQuarter, uDecade, uCentury:
					r = dateRes(e, p.current(granOf(u)))
				}
			}
		}
	}
	if !r.ok() || r.typ == tDuration || r.typ == tSet {
		return result{}
	}
	if halfOf > 0 && r.cal.g == gYear {
		v := dval{g: gHalf, y: r.cal.y, q: halfOf}
		return dateRes(r.end, v)
	}
	if (w == "early" || w == "late") && (r.cal.g == gDay || r.cal.g == gNone) && r.val != "" && r.typ == tDate && p.next(j) == "this" {
		return r
	}
	return r
}

// seasonNear is season s (1 spring ... 4 winter) nearest the publication
// date in direction dir: the current one, the last or the next. A winter
// takes the year it begins in.
func (p *parser) seasonNear(s, dir int) dval {
	y, m := p.dct.Year(), int(p.dct.Month())
	if m <= 2 {
		y--
	}
	cur := y*4 + seasonOf(m) - 1
	next := cur + (s-1-cur%4+4)%4 // the first season s from now on
	prev := next
	if prev > cur {
		prev -= 4
	}
	idx := prev
	switch dir {
	case future, present:
		idx = next
	case past:
	default:
		if next-cur < cur-prev {
			idx = next
		}
	}
	return dval{g: gSeason, y: idx / 4, q: idx%4 + 1}
}

// ---- approximations -----------------------------------------------------------

// approx parses an approximate quantity or time: "nearly five years",
// "more than four hours", "about a year ago", "around 7:15 p.m.".
func (p *parser) approx(i int) result {
	j := -1
	switch p.low(i) {
	case "nearly", "around", "approximately", "roughly", "some", "barely", "fully":
		// TimeML spans keep these; "about", "almost", "over", "just" mostly stay out
		j = i + 1
	case "more", "less", "fewer":
		if p.next(i+1) == "than" {
			j = i + 2
		}
	case "up":
		if p.next(i+1) == "to" {
			j = i + 2
		}
	case "at":
		if p.next(i+1) == "least" || p.next(i+1) == "most" {
			j = i + 2
		}
	case "no", "not":
		if (p.next(i+1) == "more" || p.next(i+1) == "less") && p.next(i+2) == "than" {
			j = i + 3
		}
	case "well", "little", "slightly":
		if (p.next(i+1) == "more" || p.next(i+1) == "less") && p.next(i+2) == "than" {
			j = i + 3
		}
	case "close":
		if p.next(i+1) == "to" {
			j = i + 2
		}
	case "upwards":
		if p.next(i+1) == "of" {
			j = i + 2
		}
	case "as":
		if (p.next(i+1) == "many" || p.next(i+1) == "much" || p.next(i+1) == "long" || p.next(i+1) == "little") && p.next(i+2) == "as" {
			j = i + 3
		}
	}
	if j < 0 || p.next(j) == "the" || p.tok(j) == nil {
		return result{}
	}
	// "nearly two-thirds", "about 2,000 people": only quantities of time
	r := p.core(j)
	if !r.ok() {
		return result{}
	}
	switch r.typ {
	case tDuration:
	case tTime:
		if r.cal.g != gMinute {
			return result{}
		}
	case tDate:
		last := p.low(r.end - 1)
		if last != "ago" && last != "earlier" && last != "later" && last != "now" {
			return result{}
		}
	default:
		return result{}
	}
	if p.low(i) == "some" && p.low(j) == "time" {
		return result{}
	}
	return r
}

// theUnit parses "the year", "the week", "the month", "the day", "the
// weekend": the current one, or a duration before "ended".
func (p *parser) theUnit(i int) result {
	if p.low(i) != "the" {
		return result{}
	}
	j := i + 1
	fiscal := false
	if p.next(j) == "fiscal" || p.next(j) == "full" || p.next(j) == "whole" || p.next(j) == "entire" {
		fiscal = true
		j++
	}
	// "the week of March 6"
	if p.next(j) == "week" && p.next(j+1) == "of" && !fiscal {
		if r := p.calendarDate(j + 2); r.ok() && r.cal.g == gDay && r.cal.y != unknownYear {
			return dateRes(r.end, coarsen(r.cal, gWeek))
		}
	}
	if l := p.lx(j); l != nil && l.season != "" && !l.plural && !fiscal && p.next(j+1) != "of" && p.hasDCT {
		// "the summer": the one the tense points at
		return dateRes(j+1, p.seasonNear(seasonIndex(l.season), p.dir(i, j+1)))
	}
	u, e := p.unitAt(j)
	if u == uNone || p.lx(j).plural || lexUnitName(p.low(j)) == "" {
		return result{}
	}
	if fiscal && u != uYear {
		return result{}
	}
	switch p.next(e) {
	case "ended", "ending", "ends", "through", "to", "-", "before", "after", "earlier", "later", "'", "of", "when", "that", "which":
		if u == uYear && (p.next(e) == "ended" || p.next(e) == "ending" || p.next(e) == "through" || p.next(e) == "to") {
			return result{end: e, typ: tDuration, val: "P1Y"}
		}
		return result{}
	}
	if !p.hasDCT {
		return result{}
	}
	switch u {
	case uYear:
		return dateRes(e, p.current(gYear))
	case uWeekend:
		return p.weekend(i, e, "")
	case uWeek, uMonth, uDay:
		return dateRes(e, p.current(granOf(u)))
	}
	return result{}
}
