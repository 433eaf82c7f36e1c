package petrarch

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// verbDict is a verb dictionary: blocks of synonymous verbs sharing a code
// and patterns, and the synsets the patterns use.
type verbDict struct {
	blocks  []*block
	verbs   []*verbEntry
	byHead  map[string][]*verbForm // a form of a verb's head word -> forms
	synsets map[string]*synset
	nPat    int
}

type synset struct {
	name    string
	members []string   // as written, "+" removed
	runs    [][]string // expanded: runs of upper-case words
	src     pos
	// noPlural: the label ends in "_": no plurals for its members (a
	// member ending in "_" gets none either)
	noPlural bool
	state    byte // 0 new, 1 expanding, 2 done
}

// block is one "--- NAME [CODE] ---" section.
type block struct {
	name     string
	code     string // default code of its verbs; Discard codes nothing
	patterns []*vpattern
	verbs    []*verbEntry
	src      pos
}

// Discard is the code that codes nothing.
const Discard = "---"

// verbEntry is one verb of a block.
type verbEntry struct {
	block *block
	name  string // as written
	code  string // its own code; "" for the block's
	src   pos
}

func (v *verbEntry) defaultCode() string {
	if v.code != "" {
		return v.code
	}
	if v.block.code == "" {
		return Discard
	}
	return v.block.code
}

// verbForm is one written form of a verb: the head word (the one that
// inflects) and the words that must stand just before and after it.
type verbForm struct {
	entry *verbEntry
	pre   []string
	head  string
	post  []string
}

// vpattern is one "- ... * ... [CODE]" line.
type vpattern struct {
	code, back string // back: the code of the reverse event in [a:b]
	left       []item // words before the verb, nearest first
	right      []item // words after the verb, in order
	text       string
	src        pos
	order      int
	weight     int // items, not counting the verb
}

// item is one element of a pattern.
type item struct {
	kind  byte // 'w' word, 's' synset, '$' source, '+' target, '%' compound, '^' skip a phrase
	word  string
	set   *synset
	adj   bool // must touch the neighbour nearer the verb
	grp   bool // in the same phrase as that neighbour: only noun-phrase words between
	np    bool // inside a {noun phrase} group: must be a noun-phrase word
	last  bool // the last word of its group (a noun phrase's head)
	setNm string
}

var bracketDropper = strings.NewReplacer("(", "", ")", "", "{", "", "}", "")

var reHeaderParts = regexp.MustCompile(`^\s*---\s*(.*?)\s*((?:\[[^\]]*\]\s*)+)\s*(?:---)?`)

func (s *Set) readVerbs(path string, ls []line) (int, []Warning) {
	if s.verbs == nil {
		s.verbs = &verbDict{byHead: map[string][]*verbForm{}, synsets: map[string]*synset{}}
	}
	d := s.verbs
	var warns []Warning
	warn := func(n int, f string, a ...any) { warns = append(warns, Warning{path, n, fmt.Sprintf(f, a...)}) }
	var cur *block
	var curSet *synset
	nBlocks := 0
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		src := pos{path, l.n}
		switch {
		case strings.HasPrefix(t, "---### "):
			// "### NAME ###": the block's code is its first verb's
			cur = &block{name: strings.TrimSpace(t[7:]), src: src}
			curSet = nil
			d.blocks = append(d.blocks, cur)
			nBlocks++
		case strings.HasPrefix(t, "---") && reVerbHeader.MatchString(t):
			m := reHeaderParts.FindStringSubmatch(t)
			if m == nil {
				warn(l.n, "cannot read block header %q (block skipped)", t)
				cur, curSet = nil, nil
				continue
			}
			codes := reCode.FindAllString(m[2], -1)
			if len(codes) > 1 {
				warn(l.n, "block %s has %d codes; the first, %s, is used", m[1], len(codes), codes[0])
			}
			code, back, err := parseVerbCode(codes[0])
			if err != nil {
				warn(l.n, "block %s: %v; its verbs code nothing by default", m[1], err)
				code = Discard
			}
			if back != "" {
				code = code + ":" + back
			}
			cur = &block{name: strings.TrimSpace(m[1]), code: code, src: src}
			curSet = nil
			d.blocks = append(d.blocks, cur)
			nBlocks++
		case strings.HasPrefix(t, "&"):
			raw := strings.Fields(t)[0][1:]
			name := strings.ToUpper(strings.TrimRight(raw, "_"))
			if _, dup := d.synsets[name]; dup {
				warn(l.n, "synset &%s defined again; the later definition is used", name)
			}
			curSet = &synset{name: name, src: src, noPlural: strings.HasSuffix(raw, "_")}
			d.synsets[name] = curSet
		case strings.HasPrefix(t, "+") && curSet != nil:
			curSet.members = append(curSet.members, strings.TrimSpace(t[1:]))
		case strings.HasPrefix(t, "-") || (strings.Contains(t, "*") && strings.Contains(t, "[")):
			if !strings.HasPrefix(t, "-") {
				warn(l.n, "pattern without its leading '-': read as a pattern")
			} else {
				t = strings.TrimSpace(t[1:])
			}
			if cur == nil {
				warn(l.n, "pattern outside any verb block (skipped)")
				continue
			}
			p, err := parsePattern(t)
			if err != nil {
				warn(l.n, "pattern %q: %v (skipped)", strings.Join(strings.Fields(t), " "), err)
				continue
			}
			p.src, p.order = src, d.nPat
			d.nPat++
			cur.patterns = append(cur.patterns, p)
		default:
			// a verb of the current block
			curSet = nil
			if cur == nil {
				warn(l.n, "verb %q outside any block (skipped)", t)
				continue
			}
			if err := d.addVerb(cur, t, src); err != nil {
				warn(l.n, "verb %q: %v (skipped)", t, err)
			}
		}
	}
	// blocks with patterns but no verb line: the header names the verb
	for _, b := range d.blocks {
		if len(b.verbs) == 0 && b.src.file == path {
			if err := d.addVerb(b, b.name, b.src); err != nil {
				warns = append(warns, Warning{path, b.src.line, fmt.Sprintf("block %s has no verb (skipped): %v", b.name, err)})
			} else {
				warns = append(warns, Warning{path, b.src.line, fmt.Sprintf("block %s lists no verb: its name is used as the verb", b.name)})
			}
		}
	}
	return nBlocks, warns
}

// parseVerbCode reads "[064]", "[032:033]", "[---]".
func parseVerbCode(c string) (code, back string, err error) {
	c = strings.TrimSpace(strings.Trim(c, "[]"))
	a, b, paired := strings.Cut(c, ":")
	ok := func(x string) bool {
		if x == Discard {
			return true
		}
		if x == "" {
			return false
		}
		for _, r := range x {
			if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
				return false
			}
		}
		return true
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	a = strings.TrimSuffix(a, "?")
	if !ok(a) || (paired && !ok(b)) {
		return "", "", fmt.Errorf("code [%s] is not a CAMEO-style code", c)
	}
	return strings.ToUpper(a), strings.ToUpper(b), nil
}

// addVerb reads "VERB {FORMS} [CODE]", "+BREAK_DOWN {+BROKE_DOWN}",
// "WIRE_+TAP".
func (d *verbDict) addVerb(b *block, t string, src pos) error {
	codes, body := cutCodes(t)
	v := &verbEntry{block: b, src: src}
	if len(codes) > 0 {
		code, back, err := parseVerbCode(codes[0])
		if err != nil {
			return err
		}
		v.code = code
		if back != "" {
			v.code += ":" + back
		}
		if b.code == "" {
			b.code = v.code
		}
	}
	var forms []string
	if i := strings.IndexByte(body, '{'); i >= 0 {
		j := strings.IndexByte(body[i:], '}')
		if j < 0 {
			return fmt.Errorf("{ not closed")
		}
		forms = strings.Fields(body[i+1 : i+j])
		body = strings.TrimSpace(body[:i] + body[i+j+1:])
	}
	v.name = body
	pre, head, post, err := splitVerb(body)
	if err != nil {
		return err
	}
	add := func(pre []string, head string, post []string) {
		f := &verbForm{entry: v, pre: pre, head: head, post: post}
		d.byHead[head] = append(d.byHead[head], f)
	}
	seen := map[string]bool{}
	for _, h := range regularForms(head) {
		if !seen[h] {
			seen[h] = true
			add(pre, h, post)
		}
	}
	for _, f := range forms {
		p2, h2, q2, err := splitVerb(f)
		if err != nil {
			continue
		}
		if !strings.Contains(f, "+") && len(p2)+len(q2) > 0 && len(pre) > 0 {
			// multi-word form without a marked head: the head sits
			// where the base form has it
			ws := append(append(append([]string{}, p2...), h2), q2...)
			if len(ws) == len(pre)+1+len(post) {
				p2, h2, q2 = ws[:len(pre)], ws[len(pre)], ws[len(pre)+1:]
			}
		}
		key := strings.Join(p2, " ") + "|" + h2 + "|" + strings.Join(q2, " ")
		if !seen[key] && !seen[h2] {
			seen[key] = true
			add(p2, h2, q2)
		}
	}
	b.verbs = append(b.verbs, v)
	d.verbs = append(d.verbs, v)
	return nil
}

// splitVerb cuts a (multi-word) verb into the words before its head, the
// head (marked "+", else the first word) and the words after.
func splitVerb(s string) (pre []string, head string, post []string, err error) {
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	if len(ws) == 0 {
		return nil, "", nil, fmt.Errorf("no verb")
	}
	h := 0
	for i, w := range ws {
		if strings.HasPrefix(w, "+") {
			h = i
			break
		}
	}
	for i := range ws {
		ws[i] = strings.ToUpper(strings.TrimPrefix(ws[i], "+"))
		if ws[i] == "" {
			return nil, "", nil, fmt.Errorf("empty word")
		}
	}
	return ws[:h], ws[h], ws[h+1:], nil
}

// regularForms: base, -s, -ed, -ing.
func regularForms(w string) []string {
	n := len(w)
	if n < 2 {
		return []string{w}
	}
	out := []string{w}
	consY := w[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[n-2]))
	switch {
	case consY:
		out = append(out, w[:n-1]+"IES")
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"), strings.HasSuffix(w, "O"):
		out = append(out, w+"ES")
	default:
		out = append(out, w+"S")
	}
	switch {
	case strings.HasSuffix(w, "E"):
		out = append(out, w+"D")
	case consY:
		out = append(out, w[:n-1]+"IED")
	default:
		out = append(out, w+"ED")
	}
	switch {
	case strings.HasSuffix(w, "EE"):
		out = append(out, w+"ING")
	case strings.HasSuffix(w, "E"):
		out = append(out, w[:n-1]+"ING")
	default:
		out = append(out, w+"ING")
	}
	return out
}

// parsePattern reads the text after "- ": items, "*", and [CODE].
func parsePattern(t string) (*vpattern, error) {
	i := strings.LastIndexByte(t, '[')
	j := strings.LastIndexByte(t, ']')
	if i < 0 || j < i {
		return nil, fmt.Errorf("no [CODE]")
	}
	code, back, err := parseVerbCode(t[i : j+1])
	if err != nil {
		return nil, err
	}
	p := &vpattern{code: code, back: back, text: strings.TrimSpace(t[:i])}
	body := groupsToRuns(p.text)
	// pieces and the separator after each
	type piece struct {
		s   string
		sep byte // '_' or ' ' or 0 at the end
	}
	var ps []piece
	start := -1
	for k := 0; k <= len(body); k++ {
		if k == len(body) || body[k] == ' ' || body[k] == '_' || body[k] == '~' || body[k] == '\t' {
			if start >= 0 {
				ps = append(ps, piece{s: body[start:k]})
				start = -1
			}
			if k < len(body) && len(ps) > 0 {
				sep := byte(' ')
				if body[k] == '_' || body[k] == '~' {
					sep = body[k]
				}
				if ps[len(ps)-1].sep == ' ' || ps[len(ps)-1].sep == 0 {
					ps[len(ps)-1].sep = sep
				}
			}
			continue
		}
		if start < 0 {
			start = k
		}
	}
	var mkItem func(string) (item, error)
	star := -1
	for k, pc := range ps {
		if pc.s == "**" { // the verb, in PETRARCH's documented format
			ps[k].s, pc.s = "*", "*"
		}
		if pc.s == "*" {
			if star >= 0 {
				return nil, fmt.Errorf("two '*'")
			}
			star = k
		}
	}
	if star < 0 {
		return nil, fmt.Errorf("no '*' for the verb")
	}
	mk := func(pc piece) (item, error) {
		np := strings.HasPrefix(pc.s, "{")
		it, err := mkItem(strings.TrimPrefix(pc.s, "{"))
		it.np = np
		return it, err
	}
	mkItem = func(s string) (item, error) {
		pc := piece{s: s}
		switch {
		case pc.s == "$" || pc.s == "+" || pc.s == "%" || pc.s == "^":
			return item{kind: pc.s[0]}, nil
		case strings.HasPrefix(pc.s, "&"):
			return item{kind: 's', setNm: strings.ToUpper(pc.s[1:])}, nil
		case strings.ContainsAny(pc.s, "*{}()[]"):
			return item{}, fmt.Errorf("cannot read %q", pc.s)
		}
		return item{kind: 'w', word: strings.ToUpper(pc.s)}, nil
	}
	for k := star + 1; k < len(ps); k++ {
		it, err := mk(ps[k])
		if err != nil {
			return nil, err
		}
		it.adj = ps[k-1].sep == '_'
		it.grp = ps[k-1].sep == '~'
		it.last = ps[k].sep != '~'
		p.right = append(p.right, it)
	}
	for k := star - 1; k >= 0; k-- {
		it, err := mk(ps[k])
		if err != nil {
			return nil, err
		}
		it.adj = ps[k].sep == '_'
		it.grp = ps[k].sep == '~'
		it.last = k == 0 || ps[k-1].sep != '~'
		p.left = append(p.left, it)
	}
	p.weight = len(p.left) + len(p.right)
	return p, nil
}

// groupsToRuns marks PETRARCH-2's {noun phrase} and (prepositional phrase)
// groups: the words of a group are joined by "~" (in one phrase), and a
// word inside {...} is marked with a leading "{":
// "* (TO {PEACE PLAN})" -> "* TO~{PEACE~{PLAN".
func groupsToRuns(s string) string {
	var b strings.Builder
	var stack []rune
	wordStart := true
	for _, r := range s {
		switch r {
		case '{', '(':
			stack = append(stack, r)
			continue
		case '}', ')':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			continue
		case ' ', '\t':
			if len(stack) > 0 {
				if !wordStart {
					b.WriteByte('~')
				}
			} else {
				b.WriteByte(' ')
			}
			wordStart = true
			continue
		}
		if wordStart && r != '_' && len(stack) > 0 && stack[len(stack)-1] == '{' {
			b.WriteByte('{')
		}
		wordStart = r == '_'
		b.WriteRune(r)
	}
	return b.String()
}

// finish resolves synsets (nested ones too) and the patterns' references.
func (d *verbDict) finish() {
	var expand func(s *synset) [][]string
	expand = func(s *synset) [][]string {
		switch s.state {
		case 1:
			return nil // a cycle: what is expanded so far
		case 2:
			return s.runs
		}
		s.state = 1
		for _, m := range s.members {
			m = bracketDropper.Replace(m)
			ws := strings.FieldsFunc(m, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
			// a member may hold synset references: the cross product
			runs := [][]string{nil}
			for _, w := range ws {
				if strings.HasPrefix(w, "&") {
					sub, ok := d.synsets[strings.ToUpper(strings.TrimRight(w[1:], "_"))]
					if !ok {
						runs = nil
						break
					}
					var next [][]string
					for _, r := range runs {
						for _, x := range expand(sub) {
							next = append(next, append(append([]string{}, r...), x...))
						}
					}
					runs = next
					continue
				}
				for k := range runs {
					runs[k] = append(runs[k], strings.ToUpper(w))
				}
			}
			plurals := !s.noPlural && !strings.HasSuffix(strings.TrimSpace(m), "_") && !strings.Contains(m, "&")
			for _, r := range runs {
				if len(r) > 0 {
					s.runs = append(s.runs, r)
					if plurals {
						pl := append([]string(nil), r...)
						pl[len(pl)-1] = synsetPlural(pl[len(pl)-1])
						s.runs = append(s.runs, pl)
					}
				}
			}
		}
		sort.SliceStable(s.runs, func(i, j int) bool { return len(s.runs[i]) > len(s.runs[j]) })
		s.state = 2
		return s.runs
	}
	for _, s := range d.synsets {
		expand(s)
	}
	for _, b := range d.blocks {
		kept := b.patterns[:0]
		for _, p := range b.patterns {
			ok := true
			for _, its := range [][]item{p.left, p.right} {
				for k := range its {
					if its[k].kind == 's' {
						its[k].set = d.synsets[its[k].setNm]
						if its[k].set == nil {
							ok = false
						}
					}
				}
			}
			if ok {
				kept = append(kept, p)
			}
		}
		b.patterns = kept
		sort.SliceStable(b.patterns, func(i, j int) bool { return b.patterns[i].weight > b.patterns[j].weight })
	}
}

// synsetPlural is PETRARCH's plural of a synset word: +S, Y -> IES,
// SS -> +ES.
func synsetPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "SS"):
		return w + "ES"
	case strings.HasSuffix(w, "Y") && len(w) > 1:
		return w[:len(w)-1] + "IES"
	}
	return w + "S"
}

// unresolved lists the patterns dropped for an unknown synset, for warnings.
func (d *verbDict) unknownSynsets() []Warning {
	var w []Warning
	for _, b := range d.blocks {
		for _, p := range b.patterns {
			for _, its := range [][]item{p.left, p.right} {
				for _, it := range its {
					if it.kind == 's' && d.synsets[it.setNm] == nil {
						w = append(w, Warning{p.src.file, p.src.line, fmt.Sprintf("pattern %q uses unknown synset &%s (skipped)", p.text, it.setNm)})
					}
				}
			}
		}
	}
	return w
}
