package timex

// ---- weekdays, deictic words, parts of days --------------------------------

// weekdayAt parses a weekday name at i ("Sunday", "Wed."); plural for "Sundays".
func (p *parser) weekdayAt(i int) (wd, end int, plural bool) {
	t := p.tok(i)
	if t == nil || t.kind != kWord || t.lx == nil || t.lx.wday == 0 || !t.upper {
		return 0, i, false
	}
	end = i + 1
	if t.lx.abbr {
		if p.next(end) != "." || !p.glued(end) {
			return 0, i, false
		}
		end++
	}
	return t.lx.wday, end, t.lx.plural
}

// dayPart parses "morning", "night", ... at i.
func (p *parser) dayPart(i int) (string, int, bool) {
	l := p.lx(i)
	if l == nil || l.daypart == "" || p.low(i) == "overnight" {
		return "", i, false
	}
	return l.daypart, i + 1, l.plural
}

// withPart turns a day into a part of it ("2023-06-18TNI").
func withPart(v dval, part string) dval {
	if v.g != gDay {
		return v
	}
	v.g, v.part = gPart, part
	return v
}

var newspapers = set("times", "telegraph", "express", "mirror", "observer", "star", "herald", "post", "independent",
	"tribune", "mail", "sport", "people", "business", "world", "magazine", "journal", "edition", "show", "today",
	"night", "live", "bloody")

// weekdayExpr parses "Sunday", "Sunday night", "Sundays", "Tuesday nights".
func (p *parser) weekdayExpr(i int) result {
	wd, e, plural := p.weekdayAt(i)
	if wd == 0 {
		return result{}
	}
	if nx := p.tok(e); nx != nil && nx.upper && newspapers[nx.low] && !monthPreps[p.low(i-1)] {
		return result{}
	}
	part, e2, partPlural := p.dayPart(e)
	if plural || partPlural {
		v := dval{g: gDay, y: unknownYear, wd: wd}
		if part != "" {
			v.g, v.part = gPart, part
			return result{end: e2, typ: tSet, val: v.String()}
		}
		return result{end: e, typ: tSet, val: v.String()}
	}
	dir := p.prepDir(i)
	if dir == unknown || dir == future && p.low(i-1) == "by" {
		dir = p.dir(i, e)
	}
	if p.next(e) == "'" && p.next(e+1) == "s" { // "Friday's meeting" mostly lies behind
		dir = past
	}
	v := p.weekdayDate(wd, dir)
	if part != "" {
		return timeRes(e2, withPart(v, part))
	}
	return dateRes(e, v)
}

// deictic parses today, yesterday, tomorrow, tonight and their parts of
// day: "yesterday morning", "tomorrow night", "the day before yesterday".
func (p *parser) deictic(i int) result {
	w := p.low(i)
	n := 0
	e := i + 1
	switch w {
	case "today":
	case "yesterday":
		n = -1
	case "tomorrow":
		n = 1
	case "tonight":
		v, ok := p.relDay(0)
		if !ok {
			return refRes(e, "PRESENT_REF")
		}
		return timeRes(e, withPart(v, "NI"))
	case "the":
		if k := p.seq(i+1, "day", "before", "yesterday"); k > 0 {
			n, e = -2, k
		} else if k := p.seq(i+1, "day", "after", "tomorrow"); k > 0 {
			n, e = 2, k
		} else {
			return result{}
		}
	default:
		return result{}
	}
	v, ok := p.relDay(n)
	if !ok {
		switch {
		case n < 0:
			return refRes(e, "PAST_REF")
		case n > 0:
			return refRes(e, "FUTURE_REF")
		}
		return refRes(e, "PRESENT_REF")
	}
	if part, e2, pl := p.dayPart(e); part != "" && !pl {
		return timeRes(e2, withPart(v, part))
	}
	return dateRes(e, v)
}

// ---- this / last / next ...  -----------------------------------------------

// relative parses expressions anchored on the publication date by a
// determiner: "this year", "last week", "next month", "the past three
// months", "last Friday", "this summer", "last night", "recent years".
func (p *parser) relative(i int) result {
	j := i
	the := p.low(j) == "the"
	if the {
		j++
	}
	det := p.next(j)
	if j == i {
		det = p.low(j)
	}
	switch det {
	case "this", "last", "next", "past", "previous", "coming", "following", "current", "upcoming", "prior", "latest",
		"same", "recent", "that", "present", "these", "those", "preceding", "succeeding", "subsequent":
	default:
		return result{}
	}
	if the && (det == "this" || det == "that" || det == "these" || det == "those") {
		return result{}
	}
	k := j + 1
	// "this past weekend", "this coming week"
	if det == "this" && (p.next(k) == "past" || p.next(k) == "coming") {
		det = p.next(k)
		k++
	}
	// "the past three months", "the next several months", "the last twenty four hours"
	if det == "past" || det == "last" || det == "next" || det == "coming" || det == "previous" || det == "following" || det == "recent" || det == "first" || det == "preceding" {
		if n, e, ok := p.number(k); ok && e > k && p.toks[k].low != "a" && p.toks[k].low != "an" {
			if u, e2 := p.unitAt(e); u != uNone {
				end := e2
				// "the next 12 to 18 months", "the next two years or so"
				if p.next(end) == "or" && p.next(end+1) == "so" {
					end += 2
				}
				if n == vague {
					return p.vagueSpan(det, u, end)
				}
				return result{end: end, typ: tDuration, val: duration(n, u)}
			}
		}
	}
	// recent / coming + plural unit: "recent years", "coming months"
	if l := p.lx(k); l != nil && l.plural && (l.unit != uNone || l.season != "") {
		switch det {
		case "recent":
			if l.unit != uNone && l.unit < uYear {
				return result{end: k + 1, typ: tDuration, val: duration(vague, min(l.unit, uMonth))}
			}
			return refRes(k+1, "PAST_REF")
		case "past", "last", "previous", "prior", "coming", "next", "upcoming", "following":
			if l.unit == uNone {
				return result{}
			}
			return p.vagueSpan(det, l.unit, k+1)
		}
		return result{}
	}
	if det == "recent" || det == "these" || det == "those" {
		return result{}
	}
	// "last Friday", "next Tuesday", "the previous Friday"
	if wd, e, pl := p.weekdayAt(k); wd > 0 && !pl {
		var v dval
		switch det {
		case "last", "past", "previous", "preceding", "prior":
			if det != "last" && p.lastDate.g == gDay && p.lastDate.wd == 0 && p.lastDate.y != unknownYear {
				v = p.weekdayBefore(p.lastDate, wd)
			} else {
				v = p.strictWeekday(wd, -1)
			}
		case "next", "coming", "following", "upcoming":
			v = p.strictWeekday(wd, 1)
		case "this":
			v = p.weekdayDate(wd, p.dir(i, e))
		default:
			return result{}
		}
		if part, e2, pl := p.dayPart(e); part != "" && !pl {
			return timeRes(e2, withPart(v, part))
		}
		return dateRes(e, v)
	}
	// "last May", "this September", "next March"
	if m, e, _ := p.monthAt(k); m > 0 && !the {
		if !p.hasDCT {
			return dateRes(e, dval{g: gMonth, y: unknownYear, m: m})
		}
		y := p.dct.Year()
		cur := int(p.dct.Month())
		switch det {
		case "last", "past", "previous":
			if m >= cur-1 {
				y--
			}
		case "next", "coming":
			if m <= cur {
				y++
			}
		case "this":
		default:
			return result{}
		}
		return dateRes(e, dval{g: gMonth, y: y, m: m})
	}
	// "this morning", "last night", "this evening"
	if part, e, pl := p.dayPart(k); part != "" && !pl && !the {
		var v dval
		var ok bool
		switch det {
		case "this":
			v, ok = p.relDay(0)
		case "last":
			if part == "NI" || part == "EV" {
				v, ok = p.relDay(-1)
			} else {
				return result{}
			}
		default:
			return result{}
		}
		if !ok {
			return refRes(e, "PRESENT_REF")
		}
		return timeRes(e, withPart(v, part))
	}
	// "this summer", "last fall"
	if l := p.lx(k); l != nil && l.season != "" && !l.plural {
		s := seasonIndex(l.season)
		e := k + 1
		if !p.hasDCT {
			return dateRes(e, dval{g: gSeason, y: unknownYear, q: s})
		}
		y := p.dct.Year()
		cur := seasonOf(int(p.dct.Month()))
		if p.dct.Month() <= 2 {
			y-- // January's winter began the year before
		}
		switch det {
		case "this", "current":
			if s != 4 {
				y = p.dct.Year()
			}
		case "last", "past", "previous":
			if s >= cur {
				y--
			}
		case "next", "coming", "following":
			if s <= cur {
				y++
			}
		default:
			return result{}
		}
		return dateRes(e, dval{g: gSeason, y: y, q: s})
	}
	// units: "this year", "last week", "next month", "the following year", "the same day"
	fiscal := false
	if p.next(k) == "fiscal" {
		fiscal = true
		k++
	}
	u, e := p.unitAt(k)
	if u == uNone || p.lx(k).plural {
		return result{}
	}
	if fiscal && u != uYear && u != uQuarter {
		return result{}
	}
	end := e
	if p.next(end) == "or" && p.next(end+1) == "so" {
		end += 2
	}
	g := granOf(u)
	if u == uDay || u == uHour || u == uMinute || u == uSecond {
		// "the next day", "the previous day", "the same day": from the last date named
		if u != uDay || !the {
			return result{}
		}
		base := p.lastDate
		if base.g < gDay || base.wd != 0 || base.y == unknownYear {
			if !p.hasDCT {
				return result{}
			}
			base = p.dctV
		}
		base = dval{g: gDay, y: base.y, m: base.m, d: base.d}
		switch det {
		case "next", "following", "succeeding", "subsequent":
			return dateRes(end, shift(base, 1))
		case "previous", "preceding", "prior":
			return dateRes(end, shift(base, -1))
		case "same":
			return dateRes(end, base)
		}
		return result{}
	}
	if u == uWeekend {
		return p.weekend(i, end, det)
	}
	if !p.hasDCT && det != "same" && det != "following" && det != "that" {
		switch det {
		case "this", "current", "present", "latest":
			return refRes(end, "PRESENT_REF")
		case "next", "coming", "upcoming":
			return refRes(end, "FUTURE_REF")
		}
		return refRes(end, "PAST_REF")
	}
	switch det {
	case "this", "current", "present":
		if u == uQuarter && det == "this" && p.lastQuarter.g == gQuarter {
			return dateRes(end, p.lastQuarter)
		}
		return dateRes(end, p.current(g))
	case "last", "past", "previous", "prior", "preceding":
		if (det == "previous" || det == "preceding" || det == "prior") && the && p.lastDate.g >= g && p.lastDate.y != unknownYear && p.lastDate.wd == 0 {
			return dateRes(end, shift(coarsen(p.lastDate, g), -1))
		}
		if (u == uDecade || u == uCentury) && det == "past" {
			return result{end: end, typ: tDuration, val: duration(1, u)}
		}
		if u == uQuarter && det == "last" && p.lastQuarter.g == gQuarter && p.lastQuarter == shift(p.current(gQuarter), -1) {
			return dateRes(end, p.lastQuarter)
		}
		return dateRes(end, shift(p.current(g), -1))
	case "next", "coming", "upcoming", "following", "succeeding", "subsequent":
		if det == "following" && the && p.lastDate.g >= g && p.lastDate.y != unknownYear && p.lastDate.wd == 0 {
			return dateRes(end, shift(coarsen(p.lastDate, g), 1))
		}
		return dateRes(end, shift(p.current(g), 1))
	case "latest":
		if u == uQuarter && p.lastQuarter.g == gQuarter {
			return dateRes(end, p.lastQuarter)
		}
		if u == uQuarter || u == uMonth || u == uWeek {
			return dateRes(end, shift(p.current(g), -1))
		}
		if u == uYear && fiscal {
			return dateRes(end, shift(p.current(g), -1))
		}
		return result{}
	case "same", "that":
		if p.lastDate.g >= g && p.lastDate.y != unknownYear && p.lastDate.wd == 0 {
			return dateRes(end, coarsen(p.lastDate, g))
		}
		return result{}
	}
	return result{}
}

// vagueSpan is "the next several months", "the past few weeks", "coming
// years": as in TimeBank, a span of months or quarters ahead or behind is
// FUTURE_REF or PAST_REF, others a vague duration ("PXW", "PXY").
func (p *parser) vagueSpan(det string, u, end int) result {
	if u == uMonth || u == uQuarter {
		switch det {
		case "next", "coming", "following", "upcoming":
			return refRes(end, "FUTURE_REF")
		}
		return refRes(end, "PAST_REF")
	}
	return result{end: end, typ: tDuration, val: duration(vague, u)}
}

// weekdayBefore is the last weekday wd strictly before v.
func (p *parser) weekdayBefore(v dval, wd int) dval {
	t := day(v.y, v.m, v.d)
	diff := wd - isoWeekday(t)
	if diff >= 0 {
		diff -= 7
	}
	return dayVal(t.AddDate(0, 0, diff))
}

// weekend resolves "this weekend", "last weekend", "next weekend", "the weekend".
func (p *parser) weekend(i, end int, det string) result {
	if !p.hasDCT {
		return dateRes(end, dval{g: gWeekend, y: unknownYear})
	}
	wd := isoWeekday(p.dct)
	w := coarsen(p.dctV, gWeekend)
	switch det {
	case "last", "past", "previous":
		if wd < 6 {
			w = shift(w, -1)
		} else {
			w = shift(w, -1)
		}
	case "next", "coming", "following":
		if wd >= 6 {
			w = shift(w, 1)
		}
	case "this", "":
		if wd < 6 {
			if d := p.dir(i, end); d == past {
				w = shift(w, -1)
			}
		}
	default:
		return result{}
	}
	return dateRes(end, w)
}

// unitAt parses a unit of time at i.
func (p *parser) unitAt(i int) (int, int) {
	l := p.lx(i)
	if l == nil || l.unit == uNone || p.toks[i].kind != kWord {
		return uNone, i
	}
	// "min", "sec", "mo" and "hr" only as abbreviations after numbers: callers check
	return l.unit, i + 1
}
