package petrarch

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// actorEntry is one actor: its names and its codes.
type actorEntry struct {
	name  string // the first name, as written
	codes []datedCode
	src   pos
}

// datedCode is an actor code, valid from From (inclusive) until To
// (exclusive); zero times are open ends. Neither set: the default code.
type datedCode struct {
	code     string
	from, to time.Time
}

func (d datedCode) dated() bool { return !d.from.IsZero() || !d.to.IsZero() }

// codeAt is the actor's code on day t (zero: unknown): the first dated code
// whose span holds t, else the first undated one, else the last written.
func (a *actorEntry) codeAt(t time.Time) string {
	if len(a.codes) == 0 {
		return ""
	}
	if !t.IsZero() {
		for _, c := range a.codes {
			if c.dated() && (c.from.IsZero() || !t.Before(c.from)) && (c.to.IsZero() || t.Before(c.to)) {
				return c.code
			}
		}
	}
	for _, c := range a.codes {
		if !c.dated() {
			return c.code
		}
	}
	return a.codes[len(a.codes)-1].code
}

// agentEntry is one agent: a role code put after (or, for "NGO~", before)
// the code of the actor it goes with.
type agentEntry struct {
	name   string
	code   string // without the "~"
	prefix bool   // "[NGO~]": before the actor's code
	src    pos
}

var (
	reDated  = regexp.MustCompile(`^([^\s<>]+)\s*(?:([<>])\s*([0-9]{6,8})|([0-9]{6,8})\s*-\s*([0-9]{6,8}))$`)
	reBraces = regexp.MustCompile(`\{[^}]*\}`)
)

// codeWord reports a code as actor files write them: letters, digits and
// / + # * -.
func codeWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '+' || c == '#' || c == '*' || c == '-') {
			return false
		}
	}
	return true
}

// parseDate reads YYMMDD (two-digit years: 00-29 are 20xx) or YYYYMMDD.
func parseDate(s string) (time.Time, bool) {
	if len(s) == 6 {
		yy, _ := strconv.Atoi(s[:2])
		if yy < 30 {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	t, err := time.Parse("20060102", s)
	return t, err == nil
}

// parseActorCode reads the inside of one [...] of an actor file.
func parseActorCode(s string) (datedCode, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return datedCode{}, fmt.Errorf("empty code []")
	}
	if codeWord(s) {
		if isDigits(strings.ReplaceAll(s, "-", "")) {
			return datedCode{}, fmt.Errorf("[%s] is a date span without a code", s)
		}
		return datedCode{code: strings.ToUpper(s)}, nil
	}
	m := reDated.FindStringSubmatch(s)
	if m == nil {
		return datedCode{}, fmt.Errorf("cannot read code [%s]", s)
	}
	d := datedCode{code: strings.ToUpper(m[1])}
	if !codeWord(d.code) || isDigits(d.code) {
		return datedCode{}, fmt.Errorf("[%s] has no code before its dates", s)
	}
	if m[2] != "" {
		t, ok := parseDate(m[3])
		if !ok {
			return datedCode{}, fmt.Errorf("bad date %q in [%s]", m[3], s)
		}
		// the bounds are "or equal to"
		if m[2] == "<" {
			d.to = t.AddDate(0, 0, 1)
		} else {
			d.from = t
		}
		return d, nil
	}
	a, ok1 := parseDate(m[4])
	b, ok2 := parseDate(m[5])
	if !ok1 || !ok2 {
		return datedCode{}, fmt.Errorf("bad date span in [%s]", s)
	}
	d.from, d.to = a, b.AddDate(0, 0, 1)
	return d, nil
}

// readActors reads an actor dictionary: entries "NAME [CODE]" followed by
// "+SYNONYM" lines and indented "[CODE ...]" lines.
func (s *Set) readActors(path string, ls []line) (int, []Warning) {
	var warns []Warning
	var cur *actorEntry
	var names [][]string
	n := 0
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.codes) == 0 {
			warns = append(warns, Warning{path, cur.src.line, fmt.Sprintf("actor %q has no code (skipped)", cur.name)})
		} else {
			for _, ws := range names {
				s.actors.add(&phrase{words: ws, actor: cur, src: cur.src})
			}
			n++
		}
		cur, names = nil, nil
	}
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		codes, name := cutCodes(t)
		switch {
		case strings.HasPrefix(t, "["):
			if cur == nil {
				warns = append(warns, Warning{path, l.n, fmt.Sprintf("code %s belongs to no actor (skipped)", t)})
				continue
			}
		case strings.HasPrefix(t, "+"):
			if cur == nil {
				warns = append(warns, Warning{path, l.n, fmt.Sprintf("synonym %s belongs to no actor (skipped)", t)})
				continue
			}
			if ws := splitWords(strings.TrimPrefix(name, "+")); len(ws) > 0 {
				names = append(names, ws)
			}
		default:
			flush()
			if strings.ContainsAny(name, "{}") {
				warns = append(warns, Warning{path, l.n, fmt.Sprintf("actor %q: {...} forms are read in agent files only (ignored here)", name)})
				name = strings.TrimSpace(reBraces.ReplaceAllString(name, ""))
			}
			ws := splitWords(name)
			if len(ws) == 0 {
				warns = append(warns, Warning{path, l.n, fmt.Sprintf("cannot read %q", t)})
				continue
			}
			cur = &actorEntry{name: name, src: pos{path, l.n}}
			names = [][]string{ws}
		}
		for _, c := range codes {
			d, err := parseActorCode(c[1 : len(c)-1])
			if err != nil {
				warns = append(warns, Warning{path, l.n, err.Error() + " (skipped)"})
				continue
			}
			if strings.Contains(d.code, "~") {
				warns = append(warns, Warning{path, l.n, fmt.Sprintf("agent code %s in an actor file (skipped)", c)})
				continue
			}
			cur.codes = append(cur.codes, d)
		}
	}
	flush()
	s.nActors += n
	return n, warns
}

// cutCodes returns the [...] groups of t (with their brackets) and the rest
// of t, trimmed.
func cutCodes(t string) ([]string, string) {
	if strings.IndexByte(t, '[') < 0 {
		return nil, strings.TrimSpace(t)
	}
	var codes []string
	var rest strings.Builder
	for {
		i := strings.IndexByte(t, '[')
		if i < 0 {
			rest.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], ']')
		if j < 0 {
			rest.WriteString(t)
			break
		}
		rest.WriteString(t[:i])
		codes = append(codes, t[i:i+j+1])
		t = t[i+j+1:]
	}
	return codes, strings.TrimSpace(rest.String())
}

// pos is where a dictionary entry is written.
type pos struct {
	file string
	line int
}

func (p pos) String() string { return p.file + ":" + strconv.Itoa(p.line) }

var reSubst = regexp.MustCompile(`^!([A-Za-z0-9_]+)!\s*=\s*(.*)$`)

// readAgents reads an agent dictionary: "NAME {PLURALS} [~CODE]" lines and
// "!SET! = A, B" substitution sets.
func (s *Set) readAgents(path string, ls []line) (int, []Warning) {
	var warns []Warning
	subst := map[string][]string{}
	n, spaced, firstSpaced := 0, 0, 0
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if m := reSubst.FindStringSubmatch(t); m != nil {
			var vals []string
			for _, v := range strings.Split(m[2], ",") {
				if v = strings.ToUpper(strings.TrimSpace(v)); v != "" {
					vals = append(vals, v)
				}
			}
			subst[strings.ToUpper(m[1])] = vals
			continue
		}
		codes, body := cutCodes(t)
		if len(codes) == 0 {
			warns = append(warns, Warning{path, l.n, fmt.Sprintf("agent %q has no [~CODE] (skipped)", t)})
			continue
		}
		if len(codes) > 1 {
			warns = append(warns, Warning{path, l.n, fmt.Sprintf("agent %q has %d codes; the first is used", t, len(codes))})
		}
		raw := strings.ReplaceAll(codes[0][1:len(codes[0])-1], " ", "")
		e := &agentEntry{src: pos{path, l.n}}
		switch {
		case strings.HasPrefix(raw, "~"):
			e.code = strings.ToUpper(raw[1:])
		case strings.HasSuffix(raw, "~"):
			e.code, e.prefix = strings.ToUpper(raw[:len(raw)-1]), true
		default:
			warns = append(warns, Warning{path, l.n, fmt.Sprintf("agent code [%s] has no ~; read as [~%s]", raw, raw)})
			e.code = strings.ToUpper(raw)
		}
		if e.code == "" || !codeWord(e.code) {
			warns = append(warns, Warning{path, l.n, fmt.Sprintf("bad agent code %s (skipped)", codes[0])})
			continue
		}
		var plurals []string
		explicit := false
		if i := strings.IndexByte(body, '{'); i >= 0 {
			j := strings.IndexByte(body[i:], '}')
			if j < 0 {
				warns = append(warns, Warning{path, l.n, "{ not closed; plural forms ignored"})
				body = body[:i]
			} else {
				explicit = true
				plurals = strings.Fields(body[i+1 : i+j])
				body = body[:i] + body[i+j+1:]
			}
		}
		name := strings.TrimSpace(body)
		e.name = name
		if strings.ContainsAny(name, " \t") {
			if spaced == 0 {
				firstSpaced = l.n
			}
			spaced++
		}
		for _, form := range expandSubst(name, subst, path, l.n, &warns) {
			ws := splitWords(form)
			if len(ws) == 0 {
				continue
			}
			s.actors.add(&phrase{words: ws, agent: e, src: e.src})
			if !explicit {
				pl := append([]string(nil), ws...)
				pl[len(pl)-1] = plural(pl[len(pl)-1])
				s.actors.add(&phrase{words: pl, agent: e, src: e.src})
			}
		}
		for _, p := range plurals {
			for _, form := range expandSubst(p, subst, path, l.n, &warns) {
				if ws := splitWords(form); len(ws) > 0 {
					s.actors.add(&phrase{words: ws, agent: e, src: e.src})
				}
			}
		}
		n++
	}
	if spaced > 0 {
		warns = append(warns, Warning{path, firstSpaced, fmt.Sprintf("%d agent phrases are written with blanks, which PETRARCH reads as \"other words may come between\"; they are matched as consecutive words", spaced)})
	}
	s.nAgents += n
	return n, warns
}

// expandSubst replaces !SET! markers by each of the set's values.
func expandSubst(name string, subst map[string][]string, path string, ln int, warns *[]Warning) []string {
	i := strings.IndexByte(name, '!')
	if i < 0 {
		return []string{name}
	}
	j := strings.IndexByte(name[i+1:], '!')
	if j < 0 {
		*warns = append(*warns, Warning{path, ln, fmt.Sprintf("unclosed ! in %q", name)})
		return []string{strings.ReplaceAll(name, "!", "")}
	}
	key := strings.ToUpper(name[i+1 : i+1+j])
	vals, ok := subst[key]
	if !ok {
		*warns = append(*warns, Warning{path, ln, fmt.Sprintf("unknown substitution set !%s! (entry skipped)", key)})
		return nil
	}
	var out []string
	for _, v := range vals {
		out = append(out, expandSubst(name[:i]+v+name[i+2+j:], subst, path, ln, warns)...)
	}
	return out
}

// plural is the regular English plural of an upper-case word.
func plural(w string) string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		return w[:n-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES"
	case strings.HasSuffix(w, "MAN"):
		return w[:n-3] + "MEN"
	}
	return w + "S"
}
