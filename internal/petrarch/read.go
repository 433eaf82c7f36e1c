package petrarch

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Warning is something in a dictionary that could not be used as written.
type Warning struct {
	File string // path of the file
	Line int    // 1-based; 0 when the warning is about the whole file
	Msg  string
}

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.File, w.Msg)
}

// Kind is what a dictionary file holds.
type Kind string

const (
	KindActors   Kind = "actors"
	KindAgents   Kind = "agents"
	KindVerbs    Kind = "verbs"
	KindDiscards Kind = "discards"
	KindOntology Kind = "ontology"
	KindIssues   Kind = "issues"
)

// File is one dictionary file read into a Set.
type File struct {
	Path    string
	Kind    Kind
	Entries int // actors, agents, verbs (with patterns), discards or codes
}

// Set is every dictionary read from a folder. It is read-only once loaded
// and safe for concurrent use.
type Set struct {
	Files []File

	actors   phraseIndex // actor and agent phrases
	nActors  int
	nAgents  int
	verbs    *verbDict
	discards phraseIndex
	// ontology: CAMEO code -> PICO value, from a UD-PETRARCH ontology
	// file; nil without one. byValue: the first code of each value.
	ontology map[string]int64
	byValue  map[int64]string
}

// UD reports whether the set follows UD-PETRARCH conventions (it has an
// Internal Coding Ontology): compound actor codes such as "FRO/BIL/SAM" are
// then kept whole instead of coding each member.
func (s *Set) UD() bool { return s.ontology != nil }

// maxFile bounds one dictionary file; Phoenix's largest is about 6 MB.
const maxFile = 256 << 20

// Load reads every PETRARCH/TABARI dictionary file in dir (not its
// subfolders), recognising each by its content. Files that are no
// dictionary (a licence, a README) are skipped with a warning. It is an
// error when dir cannot be read or holds no verb dictionary.
func Load(dir string) (*Set, []Warning, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("dictionaries: %w", err)
	}
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() || e.Type()&os.ModeSymlink != 0 {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	files := map[string][]byte{}
	for _, n := range names {
		p := filepath.Join(dir, n)
		st, err := os.Stat(p)
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		if st.Size() > maxFile {
			return nil, nil, fmt.Errorf("dictionaries: %s: %d bytes is more than a dictionary (limit %d)", p, st.Size(), maxFile)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("dictionaries: %w", err)
		}
		files[p] = b
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	set, warns := build(paths, files)
	if set.verbs == nil || len(set.verbs.verbs) == 0 {
		return nil, warns, fmt.Errorf("dictionaries: no verb dictionary in %s", dir)
	}
	return set, warns, nil
}

// LoadFiles is Load over named contents instead of a folder (for tests and
// for dictionaries embedded elsewhere); paths name the files in warnings.
func LoadFiles(files map[string][]byte) (*Set, []Warning, error) {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	set, warns := build(paths, files)
	if set.verbs == nil || len(set.verbs.verbs) == 0 {
		return nil, warns, fmt.Errorf("dictionaries: no verb dictionary among %d files", len(files))
	}
	return set, warns, nil
}

func build(paths []string, files map[string][]byte) (*Set, []Warning) {
	s := &Set{discards: phraseIndex{}}
	nlines := 0
	var warns []Warning
	// agents' substitution sets and verbs' synsets are per file; actors
	// and agents share one index
	kinds := map[string]Kind{}
	lines := map[string][]line{}
	for _, p := range paths {
		b := files[p]
		if !utf8.Valid(b) {
			b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
			warns = append(warns, Warning{p, 0, "not valid UTF-8; bad bytes replaced"})
		}
		ls, w := stripComments(p, string(b))
		warns = append(warns, w...)
		k := sniff(ls)
		if k == "" {
			warns = append(warns, Warning{p, 0, "not a PETRARCH/TABARI dictionary (skipped)"})
			continue
		}
		kinds[p] = k
		lines[p] = ls
		if k == KindActors || k == KindAgents {
			nlines += len(ls)
		}
	}
	s.actors = make(phraseIndex, nlines)
	// ontology first (it decides how compound codes are read), then
	// verbs, agents, actors, discards
	order := []Kind{KindOntology, KindVerbs, KindAgents, KindActors, KindDiscards, KindIssues}
	for _, k := range order {
		for _, p := range paths {
			if kinds[p] != k {
				continue
			}
			var n int
			var w []Warning
			switch k {
			case KindOntology:
				n, w = s.readOntology(p, lines[p])
			case KindVerbs:
				n, w = s.readVerbs(p, lines[p])
			case KindAgents:
				n, w = s.readAgents(p, lines[p])
			case KindActors:
				n, w = s.readActors(p, lines[p])
			case KindDiscards:
				n, w = s.readDiscards(p, lines[p])
			case KindIssues:
				for _, l := range lines[p] {
					if strings.Contains(l.text, "[") {
						n++
					}
				}
				w = []Warning{{p, 0, fmt.Sprintf("issues file (%d issue phrases) read but not coded: the Document has no field for issues", n)}}
			}
			warns = append(warns, w...)
			s.Files = append(s.Files, File{Path: p, Kind: k, Entries: n})
		}
	}
	s.actors.sort()
	s.discards.sort()
	if s.verbs != nil {
		warns = append(warns, s.verbs.unknownSynsets()...)
		s.verbs.finish()
	}
	if s.ontology != nil {
		warns = append(warns, Warning{fileOf(s.Files, KindOntology), 0,
			"the coding ontology negates the codes of negated verbs (\"did not clash\"); its other code arithmetic (combining a verb's code with the codes of the clauses it governs) is not applied"})
	}
	return s, warns
}

func fileOf(fs []File, k Kind) string {
	for _, f := range fs {
		if f.Kind == k {
			return f.Path
		}
	}
	return ""
}

// line is one line of a dictionary with its comments removed.
type line struct {
	n    int    // 1-based line number
	text string // comments removed, right-trimmed; may be empty
}

// stripComments removes <!-- --> blocks (also "<! --", over lines) and "#"
// comments. A "#" inside [...] is part of a code ("[###]").
func stripComments(path, s string) ([]line, []Warning) {
	out := make([]line, 0, strings.Count(s, "\n")+1)
	var warns []Warning
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	inBlock := false
	blockStart := 0
	n := 0
	for sc.Scan() {
		n++
		t := sc.Text()
		if !inBlock && !strings.Contains(t, "<!") {
			out = append(out, line{n: n, text: hashComment(t)})
			continue
		}
		var b strings.Builder
		for len(t) > 0 {
			if inBlock {
				i := strings.Index(t, "-->")
				if i < 0 {
					t = ""
					break
				}
				t = t[i+3:]
				inBlock = false
				continue
			}
			i := strings.Index(t, "<!")
			if i < 0 {
				b.WriteString(t)
				break
			}
			rest := strings.TrimLeft(t[i+2:], " ")
			if !strings.HasPrefix(rest, "--") {
				b.WriteString(t[:i+2])
				t = t[i+2:]
				continue
			}
			b.WriteString(t[:i])
			t = rest[2:]
			inBlock = true
			blockStart = n
		}
		out = append(out, line{n: n, text: hashComment(b.String())})
	}
	if err := sc.Err(); err != nil {
		warns = append(warns, Warning{path, n + 1, "line too long to read: " + err.Error()})
	}
	if inBlock {
		warns = append(warns, Warning{path, blockStart, "comment <!-- not closed before the end of the file"})
	}
	return out, warns
}

// hashComment cuts a "#" comment (or a ";" one, the KEDS/TABARI rule)
// outside [...], and trailing blanks. A "### NAME ###" line, the verb block
// header of PETRARCH's documented format, becomes "---### NAME".
func hashComment(txt string) string {
	if t := strings.TrimSpace(txt); len(t) > 8 && strings.HasPrefix(t, "### ") && strings.HasSuffix(t, " ###") {
		if name := strings.TrimSpace(t[4 : len(t)-4]); name != "" && !strings.Contains(name, "#") {
			return "---### " + name
		}
	}
	depth := 0
	for i := 0; i < len(txt); i++ {
		switch txt[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#', ';':
			if depth == 0 {
				txt = txt[:i]
				i = len(txt)
			}
		}
	}
	return strings.TrimRight(txt, " \t\r")
}

var (
	reVerbHeader = regexp.MustCompile(`^\s*---\s*[^\s\[-].*\[[^\]]*\]`)
	reOntology   = regexp.MustCompile(`^\s*[0-9]{2,4}\s*:\s*-?0x[0-9A-Fa-f]`)
	reCode       = regexp.MustCompile(`\[[^\]]*\]`)
	rePhrase     = regexp.MustCompile(`^\+?[A-Za-z0-9][A-Za-z0-9 _'.&/-]*$`)
)

// sniffLines is how many lines sniff reads.
const sniffLines = 20000

// sniff tells what a file holds from its first lines.
func sniff(ls []line) Kind {
	var headers, patterns, syn, onto, agents, coded, plus, phrases, other, issues, total int
	for _, l := range ls {
		if total == sniffLines {
			break
		}
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		total++
		switch {
		case reVerbHeader.MatchString(t) || strings.HasPrefix(t, "---### "):
			headers++
		case strings.HasPrefix(t, "<ISSUE") || strings.HasPrefix(t, "</ISSUE") || strings.HasPrefix(t, "n:") || strings.HasPrefix(t, "v:"):
			issues++
		case strings.HasPrefix(t, "- ") && strings.Contains(t, "*"):
			patterns++
		case strings.HasPrefix(t, "&") && len(strings.Fields(t)) == 1:
			syn++
		case reOntology.MatchString(t):
			onto++
		case strings.Contains(t, "~") && strings.Contains(t, "["):
			agents++
		case strings.HasPrefix(t, "!") && strings.Contains(t, "="):
			agents++
		case reCode.MatchString(t):
			coded++
		case strings.HasPrefix(t, "+"):
			plus++
		case len(strings.Fields(t)) <= 6 && rePhrase.MatchString(t):
			phrases++
		default:
			other++
		}
	}
	switch {
	case total == 0:
		return ""
	case issues > 0:
		return KindIssues
	case headers+syn > 0 && headers+patterns+syn+plus >= total/4 && (headers > 0 || total == sniffLines):
		return KindVerbs
	case onto*2 >= total:
		return KindOntology
	case agents > 0 && agents*2 >= agents+coded:
		return KindAgents
	case coded > 0 && (coded+plus)*2 >= total:
		return KindActors
	case coded == 0 && other*5 <= total && phrases+plus > 0:
		return KindDiscards
	}
	return ""
}

// phraseIndex finds phrases by their first word.
type phraseIndex map[string][]*phrase

// phrase is a run of words (upper case) naming an actor, an agent or a
// discard.
type phrase struct {
	words []string
	actor *actorEntry // actor phrases
	agent *agentEntry // agent phrases
	story bool        // discards: the whole story
	stem  bool        // discards: the last word may begin a longer word
	src   pos
}

func (x phraseIndex) add(p *phrase) {
	if len(p.words) == 0 {
		return
	}
	x[p.words[0]] = append(x[p.words[0]], p)
}

// sort puts the longest phrases first; among equals, the first read.
func (x phraseIndex) sort() {
	for _, ps := range x {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
}

// discardAt returns the discard phrase starting at word i, or nil; a
// phrase's last word is a stem ("BASEBALL" discards "baseballs") unless
// it was written with a final "_".
func (x phraseIndex) discardAt(ws []string, i int) *phrase {
	if p := x.longest(ws, i, nil); p != nil {
		return p
	}
	for _, ps := range [][]*phrase{x[ws[i]], x.stems(ws[i])} {
		for _, p := range ps {
			if !p.stem || i+len(p.words) > len(ws) {
				continue
			}
			ok := true
			for k, w := range p.words {
				last := k == len(p.words)-1
				if !(ws[i+k] == w || last && strings.HasPrefix(ws[i+k], w)) {
					ok = false
					break
				}
			}
			if ok {
				return p
			}
		}
	}
	return nil
}

// stems returns one-word stem phrases that begin word w (BASEBALL for
// BASEBALLS): w's prefixes of four letters and more.
func (x phraseIndex) stems(w string) []*phrase {
	var out []*phrase
	for n := len(w) - 1; n >= 4; n-- {
		for _, p := range x[w[:n]] {
			if len(p.words) == 1 && p.stem {
				out = append(out, p)
			}
		}
	}
	return out
}

// longest returns the longest phrase starting at word i of ws, or nil.
func (x phraseIndex) longest(ws []string, i int, ok func(*phrase) bool) *phrase {
	for _, p := range x[ws[i]] {
		if i+len(p.words) > len(ws) {
			continue
		}
		match := true
		for k, w := range p.words[1:] {
			if ws[i+1+k] != w {
				match = false
				break
			}
		}
		if match && (ok == nil || ok(p)) {
			return p
		}
	}
	return nil
}

// splitWords cuts a dictionary phrase into upper-case words at "_" and
// spaces.
func splitWords(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	for i := range f {
		f[i] = strings.ToUpper(f[i])
	}
	return f
}

func (s *Set) readDiscards(path string, ls []line) (int, []Warning) {
	var warns []Warning
	n := 0
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		story := strings.HasPrefix(t, "+")
		t = strings.TrimPrefix(t, "+")
		exact := strings.HasSuffix(t, "_")
		if strings.ContainsAny(t, "[]{}") {
			warns = append(warns, Warning{path, l.n, fmt.Sprintf("discard %q: codes are not read in a discard file (skipped)", t)})
			continue
		}
		ws := splitWords(t)
		if len(ws) == 0 {
			continue
		}
		s.discards.add(&phrase{words: ws, story: story, stem: !exact, src: pos{path, l.n}})
		n++
	}
	return n, warns
}

func (s *Set) readOntology(path string, ls []line) (int, []Warning) {
	s.ontology = map[string]int64{}
	s.byValue = map[int64]string{}
	var warns []Warning
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		code, val, ok := strings.Cut(t, ":")
		code = strings.TrimSpace(code)
		if !ok || !isDigits(code) {
			warns = append(warns, Warning{path, l.n, fmt.Sprintf("not a CODE:VALUE line: %q (skipped)", t)})
			continue
		}
		v, err := parseHexSum(val)
		if err != nil {
			warns = append(warns, Warning{path, l.n, fmt.Sprintf("code %s: %v (skipped)", code, err)})
			continue
		}
		s.ontology[code] = v
		if _, dup := s.byValue[v]; !dup {
			s.byValue[v] = code
		}
	}
	return len(s.ontology), warns
}

// parseHexSum reads "0x1000", "-0xFFFF+0x0070", "0x1000-0xFFFF".
func parseHexSum(s string) (int64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if s == "" {
		return 0, fmt.Errorf("no value")
	}
	var sum int64
	for len(s) > 0 {
		sign := int64(1)
		switch s[0] {
		case '-':
			sign, s = -1, s[1:]
		case '+':
			s = s[1:]
		}
		j := 0
		for j < len(s) && s[j] != '+' && s[j] != '-' {
			j++
		}
		term := s[:j]
		s = s[j:]
		if !strings.HasPrefix(term, "0x") && !strings.HasPrefix(term, "0X") {
			return 0, fmt.Errorf("%q is not a hexadecimal number", term)
		}
		v, err := strconv.ParseInt(term[2:], 16, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not a hexadecimal number", term)
		}
		sum += sign * v
	}
	return sum, nil
}

// negate is the code of a negated event in the coding ontology ("did not
// criticize" -> 050): the value's 0xFFFF component is toggled. ok is false
// without an ontology or a code for the result.
func (s *Set) negate(code string) (string, bool) {
	v, ok := s.ontology[code]
	if !ok {
		return "", false
	}
	switch {
	case v > 0xFFFF:
		v -= 0xFFFF
	default:
		v += 0xFFFF
	}
	c, ok := s.byValue[v]
	return c, ok
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
