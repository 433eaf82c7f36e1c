// Package eval scores attache's output against gold-standard data with the
// same definitions as the Python scorers in ../shared/eval/tools, so that
// `attache eval` and those scorers agree.
//
// It consumes gold files (JSON Lines) and predictions (Documents, or any
// value with the fields scored); it produces metric structs ready to print.
package eval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Page is one gold page of an extraction set.
type Page struct {
	ID        string   `json:"id"`
	File      string   `json:"file"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	Body      string   `json:"body"`
	With      []string `json:"with"`
	Without   []string `json:"without"`
}

// Prediction is what is scored of a Document.
type Prediction struct {
	ID        string   `json:"id"`
	Input     string   `json:"input"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	Text      string   `json:"text"`
	Error     string   `json:"error"`
}

// ReadGold reads an extraction gold.jsonl.
func ReadGold(path string) ([]Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var pages []Page
	br := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var p Page
			if jerr := json.Unmarshal(line, &p); jerr != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, jerr)
			}
			pages = append(pages, p)
		}
		if err == io.EOF {
			return pages, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ReadHTML returns the raw bytes of a gold page.
func ReadHTML(goldPath string, p Page) ([]byte, error) {
	return ReadFile(filepath.Join(filepath.Dir(goldPath), p.File))
}

// ReadFile reads a file, unzipping it when its name ends in .gz.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	return io.ReadAll(r)
}

// BodyScore is the Zyte/ScrapingHub article-extraction-benchmark metric.
type BodyScore struct {
	Pages, PrecisionPages, RecallPages int
	Precision, Recall, F1, Accuracy    float64
}

// SnippetScore is trafilatura's evaluation: with-snippets found, without-snippets absent.
type SnippetScore struct {
	Pages, With, WithFound, Without, WithoutAbsent int
	Precision, Recall, F1, Accuracy                float64
}

// ExtractionScore is the whole extraction report.
type ExtractionScore struct {
	Pages, Matched, Errors int
	Body                   *BodyScore
	Snippets               *SnippetScore
	TitlePages, TitleOK    int
	DatePages, DateOK      int
	AuthorPages, AuthorOK  int
}

// Rate is ok/n, or 0 without pages.
func Rate(ok, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(ok) / float64(n)
}

// ScoreExtraction scores predictions against gold pages; a gold page with no
// prediction counts as an empty one. Predictions are matched by id, by input
// equal to the id, or by input ending with the gold file name.
func ScoreExtraction(gold []Page, preds []Prediction) ExtractionScore {
	match := matchPredictions(gold, preds)
	s := ExtractionScore{Pages: len(gold), Matched: len(match)}
	var rows []counts
	var sn SnippetScore
	for _, g := range gold {
		p := match[g.ID]
		if p.Error != "" {
			s.Errors++
		}
		if g.Body != "" {
			rows = append(rows, shingleCounts(g.Body, p.Text))
		}
		if len(g.With) > 0 || len(g.Without) > 0 {
			sn.Pages++
			text := normWS(p.Text)
			for _, w := range g.With {
				sn.With++
				if strings.Contains(text, normWS(w)) {
					sn.WithFound++
				}
			}
			for _, w := range g.Without {
				sn.Without++
				if !strings.Contains(text, normWS(w)) {
					sn.WithoutAbsent++
				}
			}
		}
		if g.Title != "" {
			s.TitlePages++
			if NormTitle(g.Title) == NormTitle(p.Title) {
				s.TitleOK++
			}
		}
		if g.Published != "" {
			s.DatePages++
			if date10(p.Published) == g.Published {
				s.DateOK++
			}
		}
		if len(g.Authors) > 0 {
			s.AuthorPages++
			if sameSet(authorUnits(g.Authors), authorUnits(p.Authors)) {
				s.AuthorOK++
			}
		}
	}
	if len(rows) > 0 {
		b := aggregate(rows)
		s.Body = &b
	}
	if sn.Pages > 0 {
		tp, fn := float64(sn.WithFound), float64(sn.With-sn.WithFound)
		fp, tn := float64(sn.Without-sn.WithoutAbsent), float64(sn.WithoutAbsent)
		sn.Precision = ratio(tp, tp+fp)
		sn.Recall = ratio(tp, tp+fn)
		sn.F1 = ratio(2*tp, 2*tp+fp+fn)
		sn.Accuracy = ratio(tp+tn, tp+tn+fp+fn)
		s.Snippets = &sn
	}
	return s
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func matchPredictions(gold []Page, preds []Prediction) map[string]Prediction {
	byID := map[string]bool{}
	byFile := map[string]string{}
	byBase := map[string][]string{}
	for _, g := range gold {
		byID[g.ID] = true
		if f := strings.TrimSuffix(filepath.ToSlash(g.File), ".gz"); f != "" {
			byFile[f] = g.ID
			b := filepath.Base(f)
			byBase[b] = append(byBase[b], g.ID)
		}
	}
	out := map[string]Prediction{}
	for _, p := range preds {
		gid := ""
		switch {
		case byID[p.ID]:
			gid = p.ID
		case byID[p.Input]:
			gid = p.Input
		case p.Input != "":
			in := strings.TrimSuffix(filepath.ToSlash(p.Input), ".gz")
			for f, id := range byFile {
				if in == f || strings.HasSuffix(in, "/"+f) {
					gid = id
					break
				}
			}
			if c := byBase[filepath.Base(in)]; gid == "" && len(c) == 1 {
				gid = c[0]
			}
		}
		if _, seen := out[gid]; gid != "" && !seen {
			out[gid] = p
		}
	}
	return out
}

// ---------------------------------------------------------------- body metric

var tokenRe = regexp.MustCompile(`[\p{L}\p{N}_]+`) // Python's \w

type counts struct{ tp, fp, fn int }

func tokens(s string) []string { return tokenRe.FindAllString(s, -1) }

func shingles(toks []string) map[string]int {
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	n := max(1, len(toks)-3)
	for i := range n {
		m[strings.Join(toks[i:min(i+4, len(toks))], "\x00")]++
	}
	return m
}

func shingleCounts(gold, pred string) counts {
	g, p := shingles(tokens(gold)), shingles(tokens(pred))
	var c counts
	for k, gv := range g {
		pv := p[k]
		c.tp += min(gv, pv)
		c.fn += max(0, gv-pv)
	}
	for k, pv := range p {
		c.fp += max(0, pv-g[k])
	}
	return c
}

// PagePR is one page's precision and recall under the Zyte definition.
func PagePR(gold, pred string) (float64, float64) {
	return pagePR(shingleCounts(gold, pred))
}

func pagePR(c counts) (float64, float64) {
	if c.fp == 0 && c.fn == 0 {
		return 1, 1
	}
	var p, r float64
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	return p, r
}

func aggregate(rows []counts) BodyScore {
	var ps, rs float64
	b := BodyScore{Pages: len(rows)}
	exact := 0
	for _, c := range rows {
		p, r := pagePR(c)
		if c.tp+c.fp > 0 {
			ps += p
			b.PrecisionPages++
		}
		if c.tp+c.fn > 0 {
			rs += r
			b.RecallPages++
		}
		if c.fp == 0 && c.fn == 0 {
			exact++
		}
	}
	if b.PrecisionPages > 0 {
		b.Precision = ps / float64(b.PrecisionPages)
	}
	if b.RecallPages > 0 {
		b.Recall = rs / float64(b.RecallPages)
	}
	if b.Precision+b.Recall > 0 {
		b.F1 = 2 * b.Precision * b.Recall / (b.Precision + b.Recall)
	}
	b.Accuracy = float64(exact) / float64(len(rows))
	return b
}

// ---------------------------------------------------------------- normalisers

var wsRe = regexp.MustCompile(`[\s\p{Z}\x{85}\x{1c}-\x{1f}]+`) // Python's \s

func normWS(s string) string { return strings.TrimSpace(wsRe.ReplaceAllString(s, " ")) }

var quoteFold = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "\u00b4", "'", "`", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
)

// NormTitle is the scorer's title normalisation: NFKC, quotes and dashes
// folded, white space collapsed, case folded.
func NormTitle(s string) string {
	return caseFold(normWS(quoteFold.Replace(norm.NFKC.String(s))))
}

// caseFold approximates Python's str.casefold for the scripts in the sets.
func caseFold(s string) string {
	s = strings.ToLower(s)
	return strings.ReplaceAll(s, "ß", "ss")
}

var (
	authorSplitRe  = regexp.MustCompile(`(?i)\s*(?:[;,&|/]|\band\b|\bund\b)\s*`)
	authorPrefixRe = regexp.MustCompile(`(?i)^(?:by|von|par|por|door|di|da)\s+`)
	authorDrop     = map[string]bool{"phd": true, "ph.d.": true, "ph.d": true, "md": true, "m.d.": true, "m.d": true, "jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true, "dr": true, "dr.": true, "prof": true, "prof.": true}
)

func authorUnits(values []string) map[string]bool {
	units := map[string]bool{}
	for _, v := range values {
		v = quoteFold.Replace(norm.NFKC.String(v))
		for _, part := range authorSplitRe.Split(v, -1) {
			part = authorPrefixRe.ReplaceAllString(normWS(part), "")
			part = caseFold(strings.TrimFunc(part, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".:-\"'", r) }))
			if part != "" && !authorDrop[part] {
				units[part] = true
			}
		}
	}
	return units
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

var dateRe = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

func date10(s string) string {
	m := dateRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	return m[1] + "-" + m[2] + "-" + m[3]
}
