package text

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var showErrors = flag.Int("errors", 0, "log this many boundary errors per corpus in TestAccuracy")

// sharedEval is the evaluation data beside the repository; the tests that
// read it skip when it is absent.
const sharedEval = "../../../shared/eval"

// TestAccuracy measures sentence-boundary precision, recall and F1 against
// the gold sentences of two tokenised news corpora, rebuilt into running
// text. The floors sit a little below the measured figures, so a change that
// makes segmentation worse fails the build. Perfect scores are out of reach:
// CoNLL's own segmentation splits after some abbreviations ("Gov. |
// William Weld") and after quotations before an attribution, and it keeps
// results tables that no prose rule fits. Run with -errors N to see them.
func TestAccuracy(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		skip     int // leading sentences per document to leave out (title, date line)
		minP     float64
		minR     float64
		minF1    float64
		minCases int
	}{
		// Wikinews articles (MEANTIME, CC BY 4.0).
		{"meantime", "ner/meantime/gold.jsonl", 2, 0.99, 0.99, 0.99, 1000},
		// Reuters newswire, 1996 (CoNLL-2003 dev).
		{"conll2003-dev", "ner/conll2003/dev.gold.jsonl", 0, 0.99, 0.98, 0.985, 1000},
		{"conll2003-train", "ner/conll2003/train.gold.jsonl", 0, 0.99, 0.975, 0.98, 5000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := readGold(t, filepath.Join(sharedEval, tc.file))
			var tp, fp, fn int
			var errs []string
			for _, d := range docs {
				text, gold := d.rebuild(tc.skip)
				pred := map[int]bool{}
				for _, s := range Sentences(text) {
					if s.End < len(text) && !strings.HasPrefix(text[s.End:], "\n\n") {
						pred[s.End] = true
					}
				}
				for b := range gold {
					if pred[b] {
						tp++
					} else {
						fn++
						errs = append(errs, "missed: "+around(text, b))
					}
				}
				for b := range pred {
					if !gold[b] {
						fp++
						errs = append(errs, "extra:  "+around(text, b))
					}
				}
			}
			if tp+fn < tc.minCases {
				t.Fatalf("only %d gold boundaries; is %s complete?", tp+fn, tc.file)
			}
			p := float64(tp) / float64(max(tp+fp, 1))
			r := float64(tp) / float64(max(tp+fn, 1))
			f1 := 2 * p * r / max(p+r, 1e-9)
			t.Logf("%d docs, %d gold boundaries: P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)",
				len(docs), tp+fn, p, r, f1, tp, fp, fn)
			slices.Sort(errs)
			for i := 0; i < len(errs) && i < *showErrors; i++ {
				t.Log(errs[i])
			}
			if p < tc.minP || r < tc.minR || f1 < tc.minF1 {
				t.Errorf("P %.4f R %.4f F1 %.4f below the floor P %.3f R %.3f F1 %.3f",
					p, r, f1, tc.minP, tc.minR, tc.minF1)
			}
		})
	}
}

// goldDoc is one document of a gold.jsonl file: its tokens as byte offsets
// into Text and its sentences as token ranges.
type goldDoc struct {
	Text      string   `json:"text"`
	Tokens    [][2]int `json:"tokens"`
	Sentences [][2]int `json:"sentences"`
}

func readGold(t *testing.T, path string) []goldDoc {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("no evaluation data at %s", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// rebuild turns the tokenised sentences back into running text, the way a
// news page prints them, and returns it with the byte offsets where gold
// sentences end inside a paragraph. A sentence that ends without terminal
// punctuation (a headline, a dateline, a results table row) is followed by a
// blank line instead, so that only full-stop decisions are scored.
func (d goldDoc) rebuild(skip int) (string, map[int]bool) {
	var b strings.Builder
	gold := map[int]bool{}
	open := false  // inside a straight double quote
	carry := false // a quote that opens the next sentence, split off the end of this one
	for si := skip; si < len(d.Sentences); si++ {
		sent := d.Sentences[si]
		if sent[0] < 0 || sent[1] > len(d.Tokens) || sent[0] >= sent[1] {
			continue
		}
		if carry {
			sent[0]--
			carry = false
		}
		// CoNLL ends some sentences with the straight quote that opens
		// the next one: `... Tarango . "` + `I think ...`.
		if last := sent[1] - 1; last-1 > sent[0] && d.token(last) == `"` && terminal(d.token(last-1)) &&
			si+1 < len(d.Sentences) && d.Sentences[si+1][0] == sent[1] {
			inner := strings.Count(d.Text[d.Tokens[sent[0]][0]:d.Tokens[last][0]], `"`)
			if open == (inner%2 == 1) { // the quote before it is closed
				sent[1]--
				carry = true
			}
		}
		if b.Len() > 0 {
			if terminal(b.String()) {
				gold[b.Len()] = true
				b.WriteByte(' ')
			} else {
				b.WriteString("\n\n")
			}
		}
		glue := true // no space before the next token
		for _, tk := range d.Tokens[sent[0]:sent[1]] {
			tok := d.Text[tk[0]:tk[1]]
			after := false // no space after this token
			switch tok {
			case "``":
				tok, after = "“", true
			case "''":
				tok = "”"
			case "-LRB-":
				tok = "("
			case "-RRB-":
				tok = ")"
			case `"`:
				open = !open
				after = open
			case "(", "[", "$", "US$", "C$", "A$":
				after = true
			}
			closing := tok == `"` && !open
			if !glue && !closing && !attaches(tok) {
				b.WriteByte(' ')
			}
			b.WriteString(tok)
			glue = after
		}
	}
	return b.String(), gold
}

func (d goldDoc) token(i int) string { return d.Text[d.Tokens[i][0]:d.Tokens[i][1]] }

// attaches reports a token written without a space before it.
func attaches(tok string) bool {
	switch tok {
	case ".", ",", ";", ":", "!", "?", ")", "]", "%", "”", "n't", "N'T":
		return true
	}
	return len(tok) <= 3 && strings.HasPrefix(tok, "'") && tok != "'"
}

// terminal reports whether s ends with sentence-final punctuation, maybe
// followed by closing quotes and brackets.
func terminal(s string) bool {
	s = strings.TrimRight(s, `"”')]’`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") ||
		strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func around(text string, i int) string {
	a, b := max(i-60, 0), min(i+40, len(text))
	return strings.ReplaceAll(text[a:i]+" ‖ "+text[i:b], "\n", "¶")
}
