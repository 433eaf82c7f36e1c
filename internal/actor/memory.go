package actor

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Memory remembers the roles articles give people ("Chinese Foreign Minister
// Qin Gang", dated by the article) and gives them to later articles that name
// the person alone ("Qin Gang said ..."). It is what the corpus teaches: the
// curated table of office holders goes stale, the news does not.
//
// A remembered role is used within memorySpan of the days it was read on, so
// a minister read in 2023 is not a minister in 2030. The text's own words
// and the curated table come first; memory fills what they leave empty.
// Memory is safe for concurrent use; what an article finds in it depends on
// the articles resolved before it, so a batch analysed by several workers
// may learn in a different order from one run to the next.
type Memory struct {
	mu    sync.RWMutex
	roles map[string][]*Learned // folded name -> roles, by First
}

// Learned is one role of one person as the corpus reads it.
type Learned struct {
	Name        string
	Code        string // "CHNGOV"
	Role        string // "Foreign Minister"
	First, Last time.Time
	Count       int // articles that said so
}

// memorySpan is how far from the days it was read a role is still believed.
const memorySpan = 365 * 24 * time.Hour

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{roles: map[string][]*Learned{}} }

// Learn records that an article of day calls name role of code. Names of one
// word ("Qin") are not learned: too many people share them.
func (m *Memory) Learn(name, code, role string, day time.Time) {
	m.merge(Learned{Name: name, Code: code, Role: role, First: day, Last: day, Count: 1})
}

// merge adds l to what is known of its name.
func (m *Memory) merge(l Learned) {
	k := fold(l.Name)
	if m == nil || l.First.IsZero() || l.Code == "" || l.Role == "" || strings.IndexByte(k, ' ') < 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, o := range m.roles[k] {
		if o.Code == l.Code && strings.EqualFold(o.Role, l.Role) {
			if l.First.Before(o.First) {
				o.First = l.First
			}
			if l.Last.After(o.Last) {
				o.Last = l.Last
			}
			o.Count += l.Count
			return
		}
	}
	m.roles[k] = append(m.roles[k], &l)
	slices.SortStableFunc(m.roles[k], func(a, b *Learned) int { return a.First.Compare(b.First) })
}

// Lookup is the role of name on day: of the roles read within memorySpan of
// day, the one read nearest to it (on a tie, the most often read); nil when
// none.
func (m *Memory) Lookup(name string, day time.Time) *Learned {
	if m == nil || day.IsZero() {
		return nil
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	var best *Learned
	var bestGap time.Duration
	for _, l := range lookup(m.roles, name) {
		gap := time.Duration(0)
		if day.Before(l.First) {
			gap = l.First.Sub(day)
		} else if day.After(l.Last) {
			gap = day.Sub(l.Last)
		}
		if gap > memorySpan {
			continue
		}
		if best == nil || gap < bestGap || gap == bestGap && l.Count > best.Count {
			c := *l
			best, bestGap = &c, gap
		}
	}
	return best
}

// Len is the number of roles remembered.
func (m *Memory) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	n := 0
	for _, l := range m.roles {
		n += len(l)
	}
	return n
}

// memoryHeader names the columns WriteTo writes and ReadFrom reads.
const memoryHeader = "# name\tcode\trole\tfirst\tlast\tcount"

// WriteTo writes the memory as a table, one role per line, sorted by name
// and date: name, actor code, role, first and last day read, count.
func (m *Memory) WriteTo(w io.Writer) (int64, error) {
	m.mu.RLock()
	var all []*Learned
	for _, l := range m.roles {
		all = append(all, l...)
	}
	m.mu.RUnlock()
	slices.SortFunc(all, func(a, b *Learned) int {
		if c := strings.Compare(fold(a.Name), fold(b.Name)); c != 0 {
			return c
		}
		if c := a.First.Compare(b.First); c != 0 {
			return c
		}
		return strings.Compare(a.Code+a.Role, b.Code+b.Role)
	})
	bw := bufio.NewWriter(w)
	var n int64
	k, _ := fmt.Fprintln(bw, memoryHeader)
	n += int64(k)
	for _, l := range all {
		k, _ = fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%d\n", l.Name, l.Code, l.Role,
			l.First.Format(time.DateOnly), l.Last.Format(time.DateOnly), l.Count)
		n += int64(k)
	}
	return n, bw.Flush()
}

// ReadFrom adds the roles of a table WriteTo wrote.
func (m *Memory) ReadFrom(r io.Reader) (int64, error) {
	sc := bufio.NewScanner(r)
	var n int64
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		n += int64(len(t)) + 1
		if strings.TrimSpace(t) == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 6 {
			return n, fmt.Errorf("line %d: want 6 tab-separated columns, got %d", line, len(f))
		}
		first, err1 := time.Parse(time.DateOnly, f[3])
		last, err2 := time.Parse(time.DateOnly, f[4])
		count, err3 := strconv.Atoi(f[5])
		if err1 != nil || err2 != nil || err3 != nil || count < 1 || last.Before(first) || len(f[1]) < 3 || f[2] == "" {
			return n, fmt.Errorf("line %d: want name, code, role, first and last day (YYYY-MM-DD) and a count", line)
		}
		m.merge(Learned{Name: f[0], Code: f[1], Role: f[2], First: first, Last: last, Count: count})
	}
	return n, sc.Err()
}
