package timex

import "time"

// sentence is the index of the sentence holding token i.
func (p *parser) sentence(i int) int {
	if i < 0 {
		i = 0
	}
	if i >= len(p.sentOf) {
		i = len(p.sentOf) - 1
	}
	return int(p.sentOf[i])
}

// weekdayDate is the day of weekday wd (1 Monday ... 7 Sunday) nearest the
// publication date in direction dir: the publication day itself when it is
// that weekday.
func (p *parser) weekdayDate(wd, dir int) dval {
	if !p.hasDCT {
		return dval{g: gDay, y: unknownYear, wd: wd}
	}
	diff := wd - isoWeekday(p.dct)
	if diff == 0 {
		return p.dctV
	}
	if dir == nearest {
		if diff > 3 {
			diff -= 7
		} else if diff < -3 {
			diff += 7
		}
		return dayVal(p.dct.AddDate(0, 0, diff))
	}
	if dir == future || dir == present {
		if diff < 0 {
			diff += 7
		}
	} else if diff > 0 {
		diff -= 7
	}
	return dayVal(p.dct.AddDate(0, 0, diff))
}

// strictWeekday is "last Friday" (dir < 0) or "next Friday" (dir > 0): never the publication day.
func (p *parser) strictWeekday(wd, dir int) dval {
	if !p.hasDCT {
		return dval{g: gDay, y: unknownYear, wd: wd}
	}
	diff := wd - isoWeekday(p.dct)
	if dir > 0 {
		if diff <= 0 {
			diff += 7
		}
	} else if diff >= 0 {
		diff -= 7
	}
	return dayVal(p.dct.AddDate(0, 0, diff))
}

// cycleYear picks the year of the n-th of cycle k (month of 12, quarter of 4,
// season of 4) nearest the publication date in direction dir; cur is the
// publication date's position in the cycle.
func (p *parser) cycleYear(n, cur, dir int) int {
	y := p.dct.Year()
	if n == cur {
		return y
	}
	switch dir {
	case future, present:
		if n < cur {
			return y + 1
		}
	default:
		if n > cur {
			return y - 1
		}
	}
	return y
}

// monthYear is the year of a month named without one: the last such month
// in a past-tense sentence, the next one in a future-tense one, else the
// nearest.
func (p *parser) monthYear(m, i, end int) int {
	if !p.hasDCT {
		return unknownYear
	}
	dir := p.prepDir(i)
	if dir == unknown {
		dir = p.dir(i, end)
	}
	cur := int(p.dct.Month())
	if d := (m - cur + 12) % 12; (dir == past || dir == future) && d != 1 && d != 11 {
		return p.cycleYear(m, cur, dir)
	}
	y := p.dct.Year()
	switch {
	case m-cur > 6:
		return y - 1
	case cur-m > 6:
		return y + 1
	}
	return y
}

// dayYear is the year of a month and day named without one: the nearest
// such day to the publication date, unless a preposition ("since",
// "until") or the tense puts it clearly on the other side.
func (p *parser) dayYear(m, d, i, end int) int {
	if !p.hasDCT {
		return unknownYear
	}
	y := p.dct.Year()
	if m == 2 && d == 29 {
		return y // no year to choose well
	}
	diff := day(y, m, d).Sub(p.dct).Hours() / 24
	switch {
	case diff > 183:
		y--
	case diff < -183:
		y++
	}
	diff = day(y, m, d).Sub(p.dct).Hours() / 24
	switch p.prepDir(i) {
	case past:
		if diff > 1 {
			y--
		}
		return y
	case future:
		if diff < -7 {
			y++
		}
		return y
	}
	if diff > 45 || diff < -45 {
		switch p.dir(i, end) {
		case past:
			if diff > 45 {
				y--
			}
		case future:
			if diff < -45 {
				y++
			}
		}
	}
	return y
}

// prepDir is the direction a preposition before token i gives.
func (p *parser) prepDir(i int) int {
	k := i - 1
	for k >= 0 && (p.low(k) == "mid" || p.low(k) == "-" || p.low(k) == "early" || p.low(k) == "late") {
		k--
	}
	switch p.low(k) {
	case "since":
		return past
	case "until", "till", "by":
		return future
	}
	if k >= 2 && p.low(k) == "as" && p.low(k-1) == "soon" && p.low(k-2) == "as" {
		return future
	}
	return unknown
}

// dateOf builds the value of a day (y may be unknown).
func dateOf(y, m, d int) dval { return dval{g: gDay, y: y, m: m, d: d} }

// relDay is the publication day moved by n days.
func (p *parser) relDay(n int) (dval, bool) {
	if !p.hasDCT {
		return dval{}, false
	}
	return dayVal(p.dct.AddDate(0, 0, n)), true
}

// current is the publication date at granularity g.
func (p *parser) current(g int) dval { return coarsen(p.dctV, g) }

// parseDCT reads an ISO 8601 date or date-time; the date as written, so the
// local date of a time with an offset.
func parseDCT(s string) (time.Time, bool) {
	if len(s) < 10 { // a year or month alone gives no day to count from
		return time.Time{}, false
	}
	y, m, d := atoi(s[0:4]), atoi(s[5:7]), atoi(s[8:10])
	if y < 1 || s[4] != '-' || s[7] != '-' || !validDate(y, m, d) {
		return time.Time{}, false
	}
	return day(y, m, d), true
}
