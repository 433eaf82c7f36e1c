package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/attache-news/attache/internal/event"
)

// Convert writes the set in attache's own formats: verb patterns for
// event.LoadDictionary to verbs, and a tab-separated actor table to actors
// (kind, phrase, code, valid from, valid until; agents' codes keep their
// "~"). What attache's format cannot say is a Warning: codes outside the
// CAMEO table, "%" compounds (attache reads coordination itself, so the
// element becomes a plain slot), "^" skips (attache allows words between
// elements anyway) and words it cannot hold.
func Convert(s *Set, verbs, actors io.Writer) ([]Warning, error) {
	var warns []Warning
	vw := bufio.NewWriter(verbs)
	fmt.Fprintln(vw, "# attache verb patterns converted from PETRARCH/TABARI dictionaries:")
	for _, f := range s.Files {
		fmt.Fprintf(vw, "#   %s (%s, %d entries)\n", f.Path, f.Kind, f.Entries)
	}
	fmt.Fprintln(vw, "# Format: see LoadDictionary in internal/event/dict.go.")
	fmt.Fprintln(vw)
	d := s.verbs
	// synsets, by name
	var names []string
	for n, ss := range d.synsets {
		if len(ss.runs) > 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	setName := map[string]string{}
	for _, n := range names {
		var alts []string
		for _, r := range d.synsets[n].runs {
			if a, ok := attacheRun(r); ok {
				alts = append(alts, a)
			}
		}
		if len(alts) == 0 {
			continue
		}
		id := "p" + strings.ToLower(strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, n))
		setName[n] = id
		fmt.Fprintf(vw, "@%s = %s\n", id, strings.Join(alts, "|"))
	}
	fmt.Fprintln(vw)
	ids := map[string]int{}
	warnAt := func(src pos, msg string) {
		warns = append(warns, Warning{src.file, src.line, msg})
	}
	okCode := func(c string) bool {
		if c == Discard {
			return true
		}
		_, ok := event.Lookup(c)
		return ok
	}
	for _, b := range d.blocks {
		fmt.Fprintf(vw, "# %s  (%s)\n", b.name, b.src)
		for _, v := range b.verbs {
			anchor, pre, ok := verbAnchor(v)
			if !ok {
				warnAt(v.src, fmt.Sprintf("verb %q cannot be written in attache's format (skipped)", v.name))
				continue
			}
			base := strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
					return r
				}
				return -1
			}, strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer("+", "", " ", "_").Replace(v.name)), "_")))
			id := func() string {
				ids[base]++
				return fmt.Sprintf("p.%s.%d", base, ids[base])
			}
			for _, p := range b.patterns {
				code, rev := p.code, p.back
				if !okCode(code) || (rev != "" && !okCode(rev)) {
					warnAt(p.src, fmt.Sprintf("pattern %q: code %s is not in attache's CAMEO table (skipped)", p.text, strings.TrimSuffix(code+":"+rev, ":")))
					continue
				}
				els, ok, why := attacheElems(p, anchor, pre, setName)
				if !ok {
					warnAt(p.src, fmt.Sprintf("pattern %q: %s (skipped)", p.text, why))
					continue
				}
				if why != "" {
					warnAt(p.src, fmt.Sprintf("pattern %q: %s", p.text, why))
				}
				line := fmt.Sprintf("%s %s %s", code, id(), els)
				if rev != "" && code != Discard {
					line += " ; rev=" + rev
				}
				fmt.Fprintln(vw, line)
			}
			code, rev, _ := strings.Cut(v.defaultCode(), ":")
			if !okCode(code) || (rev != "" && !okCode(rev)) {
				warnAt(v.src, fmt.Sprintf("verb %q: code %s is not in attache's CAMEO table (its default is not converted)", v.name, v.defaultCode()))
				continue
			}
			els := anchor
			if len(pre) > 0 {
				els = strings.Join(pre, " ") + " * " + anchor
			}
			line := fmt.Sprintf("%s %s %s", code, id(), els)
			if rev != "" && code != Discard {
				line += " ; rev=" + rev
			}
			fmt.Fprintln(vw, line)
		}
		fmt.Fprintln(vw)
	}
	if err := vw.Flush(); err != nil {
		return warns, err
	}
	aw := bufio.NewWriter(actors)
	fmt.Fprintln(aw, "# kind\tphrase\tcode\tfrom\tuntil   (converted from PETRARCH/TABARI dictionaries; dates YYYY-MM-DD, until exclusive)")
	var firsts []string
	for w := range s.actors {
		firsts = append(firsts, w)
	}
	sort.Strings(firsts)
	for _, w := range firsts {
		for _, p := range s.actors[w] {
			phrase := strings.ToLower(strings.Join(p.words, " "))
			if p.agent != nil {
				code := "~" + p.agent.code
				if p.agent.prefix {
					code = p.agent.code + "~"
				}
				fmt.Fprintf(aw, "agent\t%s\t%s\t\t\n", phrase, code)
				continue
			}
			for _, c := range p.actor.codes {
				from, to := "", ""
				if !c.from.IsZero() {
					from = c.from.Format("2006-01-02")
				}
				if !c.to.IsZero() {
					to = c.to.Format("2006-01-02")
				}
				fmt.Fprintf(aw, "actor\t%s\t%s\t%s\t%s\n", phrase, c.code, from, to)
			}
		}
	}
	return warns, aw.Flush()
}

// attacheRun writes a run of words as attache's "a_b".
func attacheRun(r []string) (string, bool) {
	ws := make([]string, len(r))
	for i, w := range r {
		w = strings.ToLower(w)
		if !attacheWord(w) {
			return "", false
		}
		ws[i] = w
	}
	return strings.Join(ws, "_"), true
}

func attacheWord(w string) bool {
	if w == "" || len(w) > 64 {
		return false
	}
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case r == '\'' || r == '-' || r == '.' || r == '&' || r == '/':
		case r > 127:
		default:
			return false
		}
	}
	return true
}

// verbAnchor is a verb's anchor element (its base with the words after it)
// and the words before it.
func verbAnchor(v *verbEntry) (string, []string, bool) {
	pre, head, post, err := splitVerb(v.name)
	if err != nil {
		return "", nil, false
	}
	a, ok := attacheRun(append([]string{head}, post...))
	if !ok {
		return "", nil, false
	}
	var ps []string
	for _, w := range pre {
		x, ok := attacheRun([]string{w})
		if !ok {
			return "", nil, false
		}
		ps = append(ps, x)
	}
	return a, ps, true
}

// attacheElems writes a pattern's elements around the anchor.
func attacheElems(p *vpattern, anchor string, pre []string, setName map[string]string) (string, bool, string) {
	var notes []string
	el := func(it item, left bool) (string, bool) {
		switch it.kind {
		case 'w':
			return attacheRun([]string{it.word})
		case 's':
			n, ok := setName[it.setNm]
			return "@" + n, ok
		case '$', '+':
			return string(it.kind), true
		case '%':
			notes = append(notes, "'%' written as a plain slot")
			if left {
				return "$", true
			}
			return "+", true
		case '^':
			notes = append(notes, "'^' dropped")
			return "", true
		}
		return "", false
	}
	var left []string
	for k := len(p.left) - 1; k >= 0; k-- {
		s, ok := el(p.left[k], true)
		if !ok {
			return "", false, "an element cannot be written in attache's format"
		}
		if s != "" {
			left = append(left, s)
		}
	}
	left = append(left, pre...)
	var right []string
	for _, it := range p.right {
		s, ok := el(it, false)
		if !ok {
			return "", false, "an element cannot be written in attache's format"
		}
		if s != "" {
			right = append(right, s)
		}
	}
	out := anchor
	if len(left) > 0 {
		out = strings.Join(left, " ") + " * " + anchor
	}
	if len(right) > 0 {
		out += " " + strings.Join(right, " ")
	}
	return out, true, strings.Join(dedupe(notes), "; ")
}
