package event

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/cameo.tsv
var cameoTSV string

// CodeInfo describes one CAMEO event code.
type CodeInfo struct {
	Code      string  // "042"
	Root      string  // "04"
	Quad      int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein float64 // -10 .. +10
	Plover    string  // PLOVER event type; "" for statements (01x)
	Mode      string  // PLOVER mode; often ""
	Name      string  // a short description
}

var cameoTable = sync.OnceValue(func() map[string]CodeInfo {
	m, err := parseCameo(cameoTSV)
	if err != nil {
		panic("event: embedded data/cameo.tsv: " + err.Error()) // a build defect, caught by the tests
	}
	return m
})

func parseCameo(src string) (map[string]CodeInfo, error) {
	m := map[string]CodeInfo{}
	for n, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d fields, want 5", n+1, len(f))
		}
		code := f[0]
		if !wellFormedCode(code) {
			return nil, fmt.Errorf("line %d: bad code %q", n+1, code)
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		m[code] = CodeInfo{Code: code, Root: code[:2], Quad: quadClass(code[:2]), Goldstein: g,
			Plover: f[2], Mode: f[3], Name: f[4]}
	}
	return m, nil
}

// wellFormedCode reports whether s looks like a CAMEO code: two to four
// digits with a root from 01 to 20.
func wellFormedCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	r := s[:2]
	return r >= "01" && r <= "20"
}

func quadClass(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "14":
		return 3
	}
	return 4
}

// Lookup returns the table entry of a CAMEO code ("042", "1711").
func Lookup(code string) (CodeInfo, bool) {
	c, ok := cameoTable()[code]
	return c, ok
}

// Codes returns every code of the table, sorted.
func Codes() []CodeInfo {
	t := cameoTable()
	out := make([]CodeInfo, 0, len(t))
	for _, c := range t {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
