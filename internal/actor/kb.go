package actor

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Official is one term of office: who held which role for which actor.
type Official struct {
	Name  string
	Names []string // other names ("Blinken", "Tony Blinken")
	Code  string   // "USAGOV", "IGOUNO"
	Role  string   // "Secretary of State"
	From  time.Time
	To    time.Time // zero: still in office as far as the table knows
}

// KB is the actor knowledge base: organisations and dated office holders on
// top of the country table. It is safe for concurrent use once built;
// Load adds rows before use.
type KB struct {
	mu        sync.RWMutex
	officials []Official
	byName    map[string][]int    // folded name or other name -> officials
	orgs      map[string]string   // folded name -> actor code
	orgRow    map[string]string   // folded name -> folded first name of its row: one organisation
	orgNames  []string            // every org name and other name, longest first
	orgFirst  map[string][]string // first word of a name -> the names, longest first
}

//go:embed data/officials.tsv
var officialsTSV string

//go:embed data/orgs.tsv
var orgsTSV string

// Default is the knowledge base of the tables embedded in attache.
var Default = sync.OnceValue(func() *KB {
	kb := &KB{byName: map[string][]int{}, orgs: map[string]string{}, orgRow: map[string]string{}}
	if err := kb.Load(strings.NewReader(officialsTSV)); err != nil {
		panic("actor: embedded officials table: " + err.Error()) // a build error, not input
	}
	if err := kb.loadOrgs(strings.NewReader(orgsTSV)); err != nil {
		panic("actor: embedded organisations table: " + err.Error())
	}
	return kb
})

// Load adds office holders from a table with the columns of
// data/officials.tsv: name, other names (|), actor code, role, from, to.
// Lines starting with # are comments.
func (kb *KB) Load(r io.Reader) error {
	kb.mu.Lock()
	defer kb.mu.Unlock()
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return fmt.Errorf("line %d: want 6 tab-separated columns, got %d", n, len(f))
		}
		o := Official{Name: f[0], Names: split(f[1]), Code: f[2], Role: f[3]}
		var err error
		if o.From, err = parseDay(f[4]); err != nil {
			return fmt.Errorf("line %d: from: %w", n, err)
		}
		if o.To, err = parseDay(f[5]); err != nil {
			return fmt.Errorf("line %d: to: %w", n, err)
		}
		if len(o.Code) < 3 {
			return fmt.Errorf("line %d: actor code %q is too short", n, o.Code)
		}
		kb.officials = append(kb.officials, o)
		i := len(kb.officials) - 1
		for _, name := range append([]string{o.Name}, o.Names...) {
			k := fold(name)
			kb.byName[k] = append(kb.byName[k], i)
		}
	}
	return sc.Err()
}

func parseDay(s string) (time.Time, error) {
	if s = strings.TrimSpace(s); s == "" {
		return time.Time{}, nil
	}
	return time.Parse("2006-01-02", s)
}

func (kb *KB) loadOrgs(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("line %d: want 3 tab-separated columns", n)
		}
		for _, name := range append([]string{f[0]}, split(f[1])...) {
			if k := fold(name); k != "" {
				if _, dup := kb.orgs[k]; !dup {
					kb.orgs[k] = f[2]
					kb.orgRow[k] = fold(f[0])
					kb.orgNames = append(kb.orgNames, name)
				}
			}
		}
	}
	// longest first, so "UN Security Council" wins over "UN"
	sort.SliceStable(kb.orgNames, func(i, j int) bool { return len(kb.orgNames[i]) > len(kb.orgNames[j]) })
	kb.orgFirst = map[string][]string{}
	for _, n := range kb.orgNames {
		w := firstWord(n, 0)
		kb.orgFirst[w] = append(kb.orgFirst[w], n)
	}
	return sc.Err()
}

// Org returns the actor code of an organisation by name, or "".
func (kb *KB) Org(name string) string {
	kb.mu.RLock()
	defer kb.mu.RUnlock()
	return lookup(kb.orgs, name)
}

// Holder returns the office holder known by name on day (the most recent
// term when day is zero), or nil.
func (kb *KB) Holder(name string, day time.Time) *Official {
	kb.mu.RLock()
	defer kb.mu.RUnlock()
	var best *Official
	for _, i := range lookup(kb.byName, name) {
		o := &kb.officials[i]
		if !day.IsZero() {
			if day.Before(o.From) || (!o.To.IsZero() && !day.Before(o.To)) {
				continue
			}
			return o
		}
		if best == nil || o.From.After(best.From) {
			best = o
		}
	}
	return best
}

// lists reports whether the table of office holders has any of these names.
func (kb *KB) lists(names []string) bool {
	kb.mu.RLock()
	defer kb.mu.RUnlock()
	for _, n := range names {
		if len(lookup(kb.byName, n)) > 0 {
			return true
		}
	}
	return false
}

// covers reports whether the term includes day.
func (o *Official) covers(day time.Time) bool {
	return !day.IsZero() && !day.Before(o.From) && (o.To.IsZero() || day.Before(o.To))
}

// nearestTerm is the term of office, of anyone known by one of names, that
// covers day or lies nearest to it; nil when the table knows none of them.
func (kb *KB) nearestTerm(names []string, day time.Time) *Official {
	kb.mu.RLock()
	defer kb.mu.RUnlock()
	var best *Official
	var bestGap time.Duration
	for _, n := range names {
		for _, i := range lookup(kb.byName, n) {
			o := &kb.officials[i]
			gap := time.Duration(0)
			switch {
			case day.IsZero():
				gap = time.Duration(-o.From.Unix()) // the most recent term
			case day.Before(o.From):
				gap = o.From.Sub(day)
			case !o.To.IsZero() && !day.Before(o.To):
				gap = day.Sub(o.To)
			}
			if best == nil || gap < bestGap {
				best, bestGap = o, gap
			}
		}
		if best != nil {
			return best
		}
	}
	return best
}

// firstWord is the run of letters and digits at s[i:] ("U" of "U.N.",
// "Hamas" of "Hamas,").
func firstWord(s string, i int) string {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	return s[i:j]
}

// orgsIn calls fn for each table name of an organisation found in s at word
// boundaries, in text order, the longest first where several start at one
// place, until fn returns false. The caller holds kb.mu.
func (kb *KB) orgsIn(s string, fn func(start int, name string) bool) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		w := firstWord(s, i)
		if i == 0 || !wordByte(s[i-1]) {
			for _, name := range kb.orgFirst[w] {
				if strings.HasPrefix(s[i:], name) && (i+len(name) == len(s) || !wordByte(s[i+len(name)])) {
					if !fn(i, name) {
						return
					}
				}
			}
		}
		i += len(w)
	}
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
