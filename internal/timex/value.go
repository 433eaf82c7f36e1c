package timex

import (
	"strconv"
	"strings"
	"time"
)

// Granularities of a calendar value, coarsest first.
const (
	gNone = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gSeason
	gQuarter
	gMonth
	gWeek
	gWeekend
	gDay
	gPart   // a part of a day: morning, afternoon, evening, night
	gMinute // a clock time
)

// dval is a calendar value: a point or period on the calendar at some
// granularity. Unknown year is y == unknownYear (written XXXX).
type dval struct {
	g    int
	y    int    // the year; the ISO year for weeks; unknownYear when unknown
	m, d int    // month and day, when the granularity has them
	w    int    // ISO week for gWeek and gWeekend; 0 with gWeek/gWeekend means WXX
	q    int    // quarter, half or season (1 spring ... 4 winter); decade (199) or century (19)
	wd   int    // weekday for values without a year ("XXXX-WXX-1")
	part string // MO AF EV NI for gPart
	hh   int    // clock time
	mm   int
}

const unknownYear = -1 << 20

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

func seasonIndex(s string) int {
	for i, c := range seasonCodes {
		if c == s && i > 0 {
			return i
		}
	}
	return 0
}

func (v dval) String() string {
	var b []byte
	y := func() {
		if v.y == unknownYear {
			b = append(b, "XXXX"...)
		} else {
			b = appendInt(b, v.y, 4)
		}
	}
	switch v.g {
	case gMillennium:
		b = strconv.AppendInt(b, int64(v.q), 10)
	case gCentury:
		b = appendInt(b, v.q, 2)
	case gDecade:
		b = appendInt(b, v.q, 3)
	case gYear:
		y()
	case gHalf:
		y()
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(v.q), 10)
	case gSeason:
		y()
		b = append(b, '-')
		b = append(b, seasonCodes[v.q]...)
	case gQuarter:
		y()
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(v.q), 10)
	case gMonth:
		y()
		b = append(b, '-')
		b = appendInt(b, v.m, 2)
	case gWeek, gWeekend:
		y()
		b = append(b, "-W"...)
		if v.w == 0 {
			b = append(b, "XX"...)
		} else {
			b = appendInt(b, v.w, 2)
		}
		if v.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay, gPart, gMinute:
		y()
		if v.wd != 0 { // a weekday without a date: XXXX-WXX-3
			b = append(b, "-WXX-"...)
			b = strconv.AppendInt(b, int64(v.wd), 10)
		} else {
			b = append(b, '-')
			if v.m == 0 {
				b = append(b, "XX"...)
			} else {
				b = appendInt(b, v.m, 2)
			}
			b = append(b, '-')
			if v.d == 0 {
				b = append(b, "XX"...)
			} else {
				b = appendInt(b, v.d, 2)
			}
		}
		switch v.g {
		case gPart:
			b = append(b, 'T')
			b = append(b, v.part...)
		case gMinute:
			b = append(b, 'T')
			b = appendInt(b, v.hh, 2)
			b = append(b, ':')
			b = appendInt(b, v.mm, 2)
		}
	default:
		return ""
	}
	return string(b)
}

func appendInt(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// day is a calendar day as a time.Time at noon UTC (no DST surprises).
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func dayVal(t time.Time) dval {
	return dval{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

func weekVal(t time.Time) dval {
	y, w := t.ISOWeek()
	return dval{g: gWeek, y: y, w: w}
}

func monthVal(y, m int) dval {
	for m < 1 {
		m += 12
		y--
	}
	for m > 12 {
		m -= 12
		y++
	}
	return dval{g: gMonth, y: y, m: m}
}

// isoWeekday is Monday=1 ... Sunday=7.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func daysIn(y, m int) int { return day(y, m+1, 0).Day() }

// validDate reports whether y-m-d is a real calendar day (y may be unknown).
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == unknownYear {
		return d <= daysIn(2000, m)
	}
	return d <= daysIn(y, m)
}

// seasonOf maps a month to its (northern) season: Dec-Feb winter, and the
// winter of December counts to that year.
func seasonOf(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 1
	case m >= 6 && m <= 8:
		return 2
	case m >= 9 && m <= 11:
		return 3
	}
	return 4
}

// shift moves a value by n of its own granularity.
func shift(v dval, n int) dval {
	if v.y == unknownYear && v.g != gCentury && v.g != gDecade && v.g != gMillennium {
		return v
	}
	switch v.g {
	case gMillennium, gCentury, gDecade:
		v.q += n
	case gYear:
		v.y += n
	case gHalf:
		i := v.y*2 + v.q - 1 + n
		v.y, v.q = floorDiv(i, 2), i-floorDiv(i, 2)*2+1
	case gSeason, gQuarter:
		i := v.y*4 + v.q - 1 + n
		v.y, v.q = floorDiv(i, 4), i-floorDiv(i, 4)*4+1
	case gMonth:
		v = monthVal(v.y, v.m+n)
	case gWeek, gWeekend:
		if v.w == 0 {
			return v
		}
		t := isoWeekStart(v.y, v.w).AddDate(0, 0, 7*n)
		y, w := t.ISOWeek()
		v.y, v.w = y, w
	case gDay, gPart, gMinute:
		if v.m == 0 || v.d == 0 {
			return v
		}
		t := day(v.y, v.m, v.d).AddDate(0, 0, n)
		v.y, v.m, v.d = t.Year(), int(t.Month()), t.Day()
	}
	return v
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// isoWeekStart is the Monday of ISO week w of ISO year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := day(y, 1, 4)
	mon := jan4.AddDate(0, 0, 1-isoWeekday(jan4))
	return mon.AddDate(0, 0, 7*(w-1))
}

// coarsen turns a day-level value into the given coarser granularity.
func coarsen(v dval, g int) dval {
	if v.g < gDay || v.y == unknownYear || v.m == 0 || v.d == 0 {
		if g == gYear && v.g >= gYear {
			return dval{g: gYear, y: v.y}
		}
		if g == gMonth && v.g >= gMonth && v.m != 0 && v.g != gWeek && v.g != gWeekend {
			return dval{g: gMonth, y: v.y, m: v.m}
		}
		return v
	}
	t := day(v.y, v.m, v.d)
	switch g {
	case gYear:
		return dval{g: gYear, y: v.y}
	case gHalf:
		return dval{g: gHalf, y: v.y, q: (v.m-1)/6 + 1}
	case gQuarter:
		return dval{g: gQuarter, y: v.y, q: (v.m-1)/3 + 1}
	case gSeason:
		s := seasonOf(v.m)
		y := v.y
		if v.m == 12 {
			y++ // December opens the next year's winter
		}
		_ = y
		return dval{g: gSeason, y: v.y, q: s}
	case gMonth:
		return dval{g: gMonth, y: v.y, m: v.m}
	case gWeek:
		return weekVal(t)
	case gWeekend:
		w := weekVal(t)
		w.g = gWeekend
		return w
	case gDecade:
		return dval{g: gDecade, q: v.y / 10}
	case gCentury:
		return dval{g: gCentury, q: v.y / 100}
	}
	return v
}

// duration formats a TIMEX3 duration of n units ("P2Y", "PT7.5H", "PXM").
// vague n (negative) gives X.
func duration(n float64, unit int) string {
	if n < 0 {
		switch unit {
		case uSecond:
			return "PTXS"
		case uMinute:
			return "PTXM"
		case uHour:
			return "PTXH"
		case uDay:
			return "PXD"
		case uWeekend:
			return "PXWE"
		case uWeek, uFortnight:
			return "PXW"
		case uMonth:
			return "PXM"
		case uQuarter:
			return "PXQ"
		case uYear, uDecade:
			return "PXY"
		case uCentury:
			return "PXC"
		case uMillennium:
			return "PXL"
		case uHalf:
			return "PXM"
		case uSeason:
			return "PXM"
		}
		return "PXX"
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	whole := func(x float64) bool { return x == float64(int64(x)) }
	switch unit {
	case uSecond:
		return "PT" + f(n) + "S"
	case uMinute:
		if !whole(n) && whole(n*60) {
			return "PT" + f(float64(int64(n))) + "M" + f(n*60-float64(int64(n))*60) + "S"
		}
		return "PT" + f(n) + "M"
	case uHour:
		return "PT" + f(n) + "H"
	case uDay:
		return "P" + f(n) + "D"
	case uWeekend:
		return "P" + f(2*n) + "D"
	case uWeek:
		return "P" + f(n) + "W"
	case uFortnight:
		return "P" + f(2*n) + "W"
	case uMonth:
		return "P" + f(n) + "M"
	case uQuarter:
		return "P" + f(n) + "Q"
	case uHalf:
		return "P" + f(6*n) + "M"
	case uSeason:
		return "P" + f(3*n) + "M"
	case uYear:
		if !whole(n) && whole(n*12) {
			s := "P"
			if int64(n) > 0 {
				s += f(float64(int64(n))) + "Y"
			}
			return s + f(n*12-float64(int64(n))*12) + "M"
		}
		return "P" + f(n) + "Y"
	case uDecade:
		return "P" + f(10*n) + "Y"
	case uCentury:
		return "P" + f(100*n) + "Y"
	case uMillennium:
		return "P" + f(1000*n) + "Y"
	}
	return "PXX"
}

// granOf is the granularity of a value of one unit.
func granOf(unit int) int {
	switch unit {
	case uSecond, uMinute, uHour:
		return gMinute
	case uDay:
		return gDay
	case uWeekend:
		return gWeekend
	case uWeek, uFortnight:
		return gWeek
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uHalf:
		return gHalf
	case uSeason:
		return gSeason
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	case uMillennium:
		return gMillennium
	}
	return gNone
}

// wellFormed reports whether v looks like a TIMEX3 value this package writes.
func wellFormed(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	}
	if v == "" {
		return false
	}
	if v[0] == 'P' {
		return len(v) > 1 && strings.Trim(v[1:], "0123456789.XTYMWDHSQECL") == ""
	}
	return strings.Trim(v, "0123456789X-WTEQHSUPFAIMONVL:") == ""
}
