package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file reads the date lines of a copied page: "Published: Sun 18 Jun 2023,
// 9:31 PM", "Updated June 18, 2023 9:31 PM EDT", "18.06.2023, 21:31 Uhr",
// "Publié le 18 juin 2023 à 21h31", "2023-06-18T21:31:00Z".
//
// A line is a date line only when every word of it is part of the date, the
// time, the zone or a small set of filler words (weekdays, "Published",
// "Updated", "at", "Uhr", "le" ...): a sentence that merely contains a date is
// not one. Numeric dates a/b/yyyy are read day first unless the second number
// cannot be a month (US "06/18/2023" then reads as June 18).

// ptLayouts are the layouts of every value ptDate.String returns.
var ptLayouts = []string{"2006-01-02", "2006-01-02T15:04:05", "2006-01-02T15:04:05-07:00"}

// ptDate is a calendar date with an optional time of day and UTC offset.
type ptDate struct {
	y, mo, d int
	h, mi, s int
	hasTime  bool
	hasTZ    bool
	off      int // minutes east of UTC, when hasTZ
}

// String is the ISO 8601 form: "2006-01-02", "2006-01-02T15:04:05" or
// "2006-01-02T15:04:05-07:00".
func (t ptDate) String() string {
	b := make([]byte, 0, 25)
	b = ptPad(b, t.y, 4)
	b = append(b, '-')
	b = ptPad(b, t.mo, 2)
	b = append(b, '-')
	b = ptPad(b, t.d, 2)
	if !t.hasTime {
		return string(b)
	}
	b = append(b, 'T')
	b = ptPad(b, t.h, 2)
	b = append(b, ':')
	b = ptPad(b, t.mi, 2)
	b = append(b, ':')
	b = ptPad(b, t.s, 2)
	if t.hasTZ {
		off := t.off
		if off < 0 {
			b = append(b, '-')
			off = -off
		} else {
			b = append(b, '+')
		}
		b = ptPad(b, off/60, 2)
		b = append(b, ':')
		b = ptPad(b, off%60, 2)
	}
	return string(b)
}

func ptPad(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ptDateKind says what a date line announces.
type ptDateKind uint8

const (
	ptDateBare      ptDateKind = iota // a date with no word saying which
	ptDatePublished                   // "Published", "Posted", "Veröffentlicht", "Publié"
	ptDateUpdated                     // "Updated", "Last modified", "Aktualisiert", "Mis à jour"
)

// ptDateStatus is what ptParseDateLine found.
type ptDateStatus uint8

const (
	ptNoDate       ptDateStatus = iota // not a date line
	ptDateLine                         // a date line with a value
	ptRelativeDate                     // "Updated 2 hours ago": a date line without a value
)

// ptMaxDateLine bounds the lines tried as date lines, in bytes.
const ptMaxDateLine = 200

// ptParseDateLine reads s as a date line. With several dates on the line
// ("Published 18 June 2023 | Updated 19 June 2023") it returns the published
// one, else the bare one, else the updated one.
func ptParseDateLine(s string) (ptDate, ptDateKind, ptDateStatus) {
	if len(s) > ptMaxDateLine || !ptHasDigit(s) {
		return ptDate{}, 0, ptNoDate
	}
	var buf [48]ptTok
	toks, ok := ptTokenize(strings.ToLower(s), buf[:0])
	if !ok || len(toks) == 0 {
		return ptDate{}, 0, ptNoDate
	}
	var (
		best     ptDate
		bestKind ptDateKind
		found    bool
		relative bool
	)
	start := 0
	for start < len(toks) {
		// A segment runs to the next kind word that follows a number.
		end := len(toks)
		seenNum := false
		for i := start; i < len(toks); i++ {
			t := toks[i]
			if t.kind == 'n' {
				seenNum = true
			}
			if i > start && seenNum && t.kind == 'w' && ptKindWord(t.s) != ptDateBare {
				end = i
				// "Last updated": the segment begins at "last".
				if i-1 > start && toks[i-1].s == "last" {
					end = i - 1
				}
				break
			}
		}
		seg := toks[start:end]
		start = end
		dt, kind, st := ptParseDateSegment(seg)
		switch st {
		case ptNoDate:
			return ptDate{}, 0, ptNoDate
		case ptRelativeDate:
			relative = true
		case ptDateLine:
			if !found || ptKindRank(kind) < ptKindRank(bestKind) {
				best, bestKind, found = dt, kind, true
			}
		}
	}
	if found {
		return best, bestKind, ptDateLine
	}
	if relative {
		return ptDate{}, 0, ptRelativeDate
	}
	return ptDate{}, 0, ptNoDate
}

func ptKindRank(k ptDateKind) int {
	switch k {
	case ptDatePublished:
		return 0
	case ptDateBare:
		return 1
	}
	return 2
}

func ptHasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// ptTok is a token of a lower-cased date line.
type ptTok struct {
	kind byte   // 'n' number, 'w' word, 'p' punctuation
	s    string // the text
	v    int    // value of a number (capped)
	n    int    // digits of a number
}

// ptTokenize splits s into numbers, words and single punctuation marks. It
// reads "a.m."/"p.m." as the words "am"/"pm". It fails past cap(buf) tokens.
func ptTokenize(s string, buf []ptTok) ([]ptTok, bool) {
	toks := buf
	for i := 0; i < len(s); {
		if len(toks) == cap(toks) {
			return toks, false
		}
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, ptTok{kind: 'n', s: s[i:j], v: v, n: j - i})
			i = j
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				toks = append(toks, ptTok{kind: 'p', s: s[i : i+size]})
				i += size
				continue
			}
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			w := s[i:j]
			if (w == "a" || w == "p") && strings.HasPrefix(s[j:], ".m") {
				k := j + 2
				if k == len(s) || !ptIsLetterAt(s, k) {
					if k < len(s) && s[k] == '.' {
						k++
					}
					toks = append(toks, ptTok{kind: 'w', s: w + "m"})
					i = k
					continue
				}
			}
			toks = append(toks, ptTok{kind: 'w', s: w})
			i = j
		}
	}
	return toks, true
}

func ptIsLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// ptKindWord tells whether w announces a published or an updated date.
func ptKindWord(w string) ptDateKind {
	switch w {
	case "published", "posted", "publié", "publie", "veröffentlicht", "publicado", "publicada",
		"erstellt", "created", "issued", "released", "pubblicato":
		return ptDatePublished
	case "updated", "modified", "modifié", "aktualisiert", "geändert", "stand", "mis", "mise",
		"actualizado", "actualizada", "edited", "aggiornato", "revised":
		return ptDateUpdated
	}
	return ptDateBare
}

// ptMonth maps month names and abbreviations (English, German, French,
// Spanish, Italian) to 1..12.
var ptMonth = map[string]int{
	"january": 1, "jan": 1, "januar": 1, "jänner": 1, "janvier": 1, "janv": 1, "enero": 1, "ene": 1, "gennaio": 1, "gen": 1,
	"february": 2, "feb": 2, "febr": 2, "februar": 2, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "febrero": 2, "febbraio": 2,
	"march": 3, "mar": 3, "märz": 3, "maerz": 3, "mär": 3, "mars": 3, "marzo": 3,
	"april": 4, "apr": 4, "avril": 4, "avr": 4, "abril": 4, "abr": 4, "aprile": 4,
	"may": 5, "mai": 5, "mayo": 5, "maggio": 5, "mag": 5,
	"june": 6, "jun": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "giu": 6,
	"july": 7, "jul": 7, "juli": 7, "juillet": 7, "juil": 7, "julio": 7, "luglio": 7, "lug": 7,
	"august": 8, "aug": 8, "août": 8, "aout": 8, "agosto": 8, "ago": 8,
	"september": 9, "sep": 9, "sept": 9, "septembre": 9, "septiembre": 9, "settembre": 9, "set": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "ott": 10,
	"november": 11, "nov": 11, "novembre": 11, "noviembre": 11,
	"december": 12, "dec": 12, "dezember": 12, "dez": 12, "décembre": 12, "decembre": 12, "déc": 12, "diciembre": 12, "dic": 12, "dicembre": 12,
}

// ptFiller are the words a date line may hold besides the date itself.
var ptFiller = map[string]bool{
	// weekdays
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonnabend": true, "sonntag": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lun": true, "mer": true, "jeu": true, "ven": true, "sam": true, "dim": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	// announcing words and particles
	"published": true, "posted": true, "updated": true, "modified": true, "last": true, "first": true, "date": true, "dated": true,
	"created": true, "issued": true, "released": true, "edited": true, "revised": true, "originally": true,
	"on": true, "at": true, "the": true, "of": true, "local": true, "time": true, "hrs": true, "hr": true,
	"veröffentlicht": true, "aktualisiert": true, "zuletzt": true, "stand": true, "erstellt": true, "geändert": true, "uhr": true, "um": true, "am": true, "vom": true,
	"publié": true, "publie": true, "modifié": true, "mis": true, "mise": true, "à": true, "a": true, "jour": true, "le": true, "la": true, "h": true,
	"publicado": true, "publicada": true, "actualizado": true, "actualizada": true, "el": true, "de": true, "del": true, "las": true, "hs": true,
	"pubblicato": true, "aggiornato": true, "alle": true, "ore": true, "il": true,
}

// ptRelWord are the words of "Updated 2 hours ago", "vor 3 Stunden", "il y a 2 heures".
var ptRelWord = map[string]bool{
	"ago": true, "just": true, "now": true, "min": true, "mins": true, "minute": true, "minutes": true,
	"hour": true, "hours": true, "hr": true, "hrs": true, "h": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "an": true, "a": true, "yesterday": true, "today": true,
	"vor": true, "stunde": true, "stunden": true, "minuten": true, "tag": true, "tagen": true, "gestern": true, "heute": true,
	"il": true, "y": true, "heure": true, "heures": true, "jours": true, "hier": true, "aujourd": true, "hui": true,
	"hace": true, "hora": true, "horas": true, "minuto": true, "minutos": true, "día": true, "días": true, "ayer": true, "hoy": true,
}

// ptTZ is the small table of written zone names, in minutes east of UTC.
// Ambiguous abbreviations take their most common news meaning: IST is India,
// CST is US Central, BST is British Summer Time. ET, CT, MT and PT follow the
// US daylight saving rules of the date.
var ptTZ = map[string]int{
	"utc": 0, "gmt": 0, "ut": 0, "wet": 0, "west": 60, "bst": 60, "ist": 330,
	"cet": 60, "cest": 120, "met": 60, "mest": 120, "mez": 60, "mesz": 120,
	"eet": 120, "eest": 180, "msk": 180, "trt": 180, "gst": 240, "pkt": 300, "npt": 345,
	"ict": 420, "wib": 420, "hkt": 480, "sgt": 480, "awst": 480, "pht": 480, "myt": 480,
	"jst": 540, "kst": 540, "acst": 570, "acdt": 630, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
	"pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
	"eat": 180, "cat": 120, "wat": 60, "sast": 120, "brt": -180, "art": -180, "irst": 210, "idt": 180,
}

// ptUSZone are the US zones written without S/D: standard offsets.
var ptUSZone = map[string]int{"et": -300, "ct": -360, "mt": -420, "pt": -480}

// ptParseDateSegment reads one segment of a date line.
func ptParseDateSegment(toks []ptTok) (ptDate, ptDateKind, ptDateStatus) {
	var used [48]bool
	kind := ptDateBare
	for _, t := range toks {
		if t.kind == 'w' {
			if k := ptKindWord(t.s); k != ptDateBare {
				kind = k
				break
			}
		}
	}
	var dt ptDate
	dateEnd, dateStart := -1, -1
	for i := range toks {
		if n := ptMatchDate(toks, i, &dt); n > 0 {
			for k := i; k < i+n; k++ {
				used[k] = true
			}
			dateStart, dateEnd = i, i+n
			break
		}
	}
	if dateEnd < 0 {
		if ptRelative(toks) {
			return ptDate{}, kind, ptRelativeDate
		}
		return ptDate{}, kind, ptNoDate
	}
	// The time: after the date first ("18 June 2023, 9:31 PM"), else before it
	// ("21:31, 18 June 2023").
	timeEnd := -1
	for _, from := range []int{dateEnd, 0} {
		for i := from; i < len(toks); i++ {
			if used[i] {
				if from == 0 && i >= dateStart {
					break
				}
				continue
			}
			if n := ptMatchTime(toks, i, &dt); n > 0 {
				for k := i; k < i+n; k++ {
					used[k] = true
				}
				timeEnd = i + n
				break
			}
		}
		if timeEnd >= 0 {
			break
		}
	}
	if timeEnd >= 0 {
		i := timeEnd
		for i < len(toks) && toks[i].kind == 'p' && (toks[i].s == "(" || toks[i].s == ",") {
			i++
		}
		if i < len(toks) && toks[i].s == "uhr" {
			used[i] = true
			i++
		}
		if n := ptMatchZone(toks, i, &dt); n > 0 {
			for k := i; k < i+n; k++ {
				used[k] = true
			}
		}
	}
	for i, t := range toks {
		if used[i] {
			continue
		}
		switch t.kind {
		case 'n':
			return ptDate{}, kind, ptNoDate
		case 'w':
			if !ptFiller[t.s] {
				return ptDate{}, kind, ptNoDate
			}
		case 'p':
			if !strings.Contains(",.:;|-–—/()[]•·@'\"+*", t.s) {
				return ptDate{}, kind, ptNoDate
			}
		}
	}
	return dt, kind, ptDateLine
}

// ptRelative reports whether toks are a relative time: "Updated 2 hours ago".
func ptRelative(toks []ptTok) bool {
	rel := false
	for _, t := range toks {
		switch t.kind {
		case 'w':
			switch t.s {
			case "ago", "vor", "hace", "yesterday", "gestern", "hier", "ayer":
				rel = true
			}
			if t.s == "y" || ptRelWord[t.s] || ptFiller[t.s] {
				continue
			}
			return false
		case 'p':
			if !strings.Contains(",.:;|-–—/()[]•·'’", t.s) {
				return false
			}
		}
	}
	return rel
}

func ptIsSep(t ptTok) bool {
	return t.kind == 'p' && (t.s == "-" || t.s == "/" || t.s == ".")
}

// ptMatchDate matches a date at toks[i:] into dt and returns how many tokens
// it used, 0 when there is none.
func ptMatchDate(toks []ptTok, i int, dt *ptDate) int {
	n := len(toks)
	at := func(k int) ptTok {
		if k < n {
			return toks[k]
		}
		return ptTok{}
	}
	t := toks[i]
	if t.kind == 'n' {
		// yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd
		if t.n == 4 && ptIsSep(at(i+1)) && at(i+2).kind == 'n' && at(i+2).n <= 2 &&
			at(i+3).kind == 'p' && at(i+3).s == at(i+1).s && at(i+4).kind == 'n' && at(i+4).n <= 2 {
			if ptSetDate(dt, t.v, at(i+2).v, at(i+4).v) {
				return 5
			}
			return 0
		}
		// dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, mm/dd/yyyy, dd.mm.yy
		if t.n <= 2 && ptIsSep(at(i+1)) && at(i+2).kind == 'n' && at(i+2).n <= 2 &&
			at(i+3).kind == 'p' && at(i+3).s == at(i+1).s && at(i+4).kind == 'n' && (at(i+4).n == 4 || at(i+4).n == 2) {
			y := at(i + 4).v
			if at(i+4).n == 2 {
				if y < 70 {
					y += 2000
				} else {
					y += 1900
				}
			}
			a, b := t.v, at(i+2).v
			d, m := a, b
			if b > 12 && a <= 12 && at(i+1).s != "." {
				d, m = b, a
			}
			if ptSetDate(dt, y, m, d) {
				return 5
			}
			return 0
		}
	}
	// 18 June 2023, June 18, 2023
	return ptWordDate(toks, i, dt, ptMonth)
}

// ptWordDate matches a date whose month is a word of months at toks[i:]:
// "18 June 2023", "18. Juni 2023", "18th of June, 2023", "18 de junio de
// 2023", "June 18, 2023", "Jun. 18 2023", "June 18th, 2023". It returns how
// many tokens it used, 0 when there is none. The page text (ptMonth) and the
// HTML date finder (hdMonths) share it.
func ptWordDate(toks []ptTok, i int, dt *ptDate, months map[string]int) int {
	at := func(k int) ptTok {
		if k < len(toks) {
			return toks[k]
		}
		return ptTok{}
	}
	t := toks[i]
	k := i + 1
	switch {
	case t.kind == 'n' && t.n <= 2:
		switch at(k).s {
		case "st", "nd", "rd", "th", "er", "e", "º", "°", ".", "-":
			k++
		}
		if at(k).s == "of" || at(k).s == "de" {
			k++
		}
		m, ok := months[at(k).s]
		if !ok || at(k).kind != 'w' {
			return 0
		}
		k++
		for at(k).s == "." || at(k).s == "," || at(k).s == "-" || at(k).s == "de" || at(k).s == "del" || at(k).s == "of" {
			k++
		}
		if at(k).kind == 'n' && at(k).n == 4 && ptSetDate(dt, at(k).v, m, t.v) {
			return k + 1 - i
		}
	case t.kind == 'w':
		m, ok := months[t.s]
		if !ok {
			return 0
		}
		if at(k).s == "." {
			k++
		}
		if at(k).kind != 'n' || at(k).n > 2 {
			return 0
		}
		d := at(k).v
		k++
		switch at(k).s {
		case "st", "nd", "rd", "th", ".":
			k++
		}
		if at(k).s == "," {
			k++
		}
		if at(k).kind == 'n' && at(k).n == 4 && ptSetDate(dt, at(k).v, m, d) {
			return k + 1 - i
		}
	}
	return 0
}

func ptSetDate(dt *ptDate, y, m, d int) bool {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > ptDaysIn(y, m) {
		return false
	}
	dt.y, dt.mo, dt.d = y, m, d
	return true
}

func ptDaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ptMatchTime matches 21:31, 21:31:05, 9:31 pm, 9 pm, 21h31, 21.31 (Uhr) and
// the ISO "T21:31:00.000".
func ptMatchTime(toks []ptTok, i int, dt *ptDate) int {
	n := len(toks)
	at := func(k int) ptTok {
		if k < n {
			return toks[k]
		}
		return ptTok{}
	}
	k := i
	if at(k).kind == 'w' && at(k).s == "t" && k > 0 && at(k+1).kind == 'n' {
		k++ // the T of 2023-06-18T21:31
	}
	h := at(k)
	if h.kind != 'n' || h.n > 2 {
		return 0
	}
	k++
	mi, s := 0, 0
	sep := at(k)
	switch {
	case (sep.s == ":" || sep.s == "h" || sep.s == ".") && at(k+1).kind == 'n' && at(k+1).n == 2:
		mi = at(k + 1).v
		k += 2
		if at(k).s == ":" && at(k+1).kind == 'n' && at(k+1).n == 2 {
			s = at(k + 1).v
			k += 2
			if at(k).s == "." && at(k+1).kind == 'n' {
				k += 2 // fractions of a second
			}
		}
	case sep.s == "am" || sep.s == "pm":
	default:
		return 0
	}
	hour := h.v
	switch at(k).s {
	case "am", "pm":
		if hour < 1 || hour > 12 {
			return 0
		}
		if at(k).s == "am" && hour == 12 {
			hour = 0
		} else if at(k).s == "pm" && hour != 12 {
			hour += 12
		}
		k++
	}
	if hour > 23 || mi > 59 || s > 59 {
		return 0
	}
	dt.h, dt.mi, dt.s, dt.hasTime = hour, mi, s, true
	return k - i
}

// ptMatchZone matches a zone after a time: "EDT", "GMT+8", "UTC+05:30",
// "+08:00", "+0800", "Z".
func ptMatchZone(toks []ptTok, i int, dt *ptDate) int {
	n := len(toks)
	at := func(k int) ptTok {
		if k < n {
			return toks[k]
		}
		return ptTok{}
	}
	t := at(i)
	k := i
	off, named := 0, false
	switch {
	case t.kind == 'w' && t.s == "z":
		k++
		named = true
	case t.kind == 'w':
		if v, ok := ptTZ[t.s]; ok {
			off, named = v, true
			k++
		} else if v, ok := ptUSZone[t.s]; ok {
			off, named = v, true
			if ptUSDST(dt.y, dt.mo, dt.d) {
				off += 60
			}
			k++
		} else {
			return 0
		}
		if t.s != "gmt" && t.s != "utc" && t.s != "ut" {
			break
		}
		fallthrough
	default:
		// a numeric offset, alone or after GMT/UTC
		sign := at(k)
		if sign.kind != 'p' || (sign.s != "+" && sign.s != "-" && sign.s != "−") {
			if named {
				break
			}
			return 0
		}
		hh := at(k + 1)
		if hh.kind != 'n' {
			if named {
				break
			}
			return 0
		}
		var oh, om int
		switch {
		case hh.n == 4:
			oh, om = hh.v/100, hh.v%100
			k += 2
		case hh.n <= 2 && at(k+2).s == ":" && at(k+3).kind == 'n' && at(k+3).n == 2:
			oh, om = hh.v, at(k+3).v
			k += 4
		case hh.n <= 2 && named:
			oh = hh.v
			k += 2
		default:
			if named {
				break
			}
			return 0
		}
		if oh > 14 || om > 59 {
			return 0
		}
		off = oh*60 + om
		if sign.s != "+" {
			off = -off
		}
	}
	if !dt.hasTime {
		return k - i // a zone without a time carries nothing
	}
	dt.off, dt.hasTZ = off, true
	return k - i
}

// ptUSDST reports whether US daylight saving time is in force on the date.
func ptUSDST(y, m, d int) bool {
	var sm, sd, em, ed int
	if y >= 2007 {
		sm, sd = 3, ptNthSunday(y, 3, 2)
		em, ed = 11, ptNthSunday(y, 11, 1)
	} else {
		sm, sd = 4, ptNthSunday(y, 4, 1)
		em, ed = 10, 31-int(time.Date(y, 10, 31, 0, 0, 0, 0, time.UTC).Weekday())
	}
	md := m*100 + d
	return md >= sm*100+sd && md < em*100+ed
}

func ptNthSunday(y, m, nth int) int {
	w := int(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Weekday())
	return 1 + (7-w)%7 + 7*(nth-1)
}
