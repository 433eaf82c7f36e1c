package text

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func tokenStrings(s string) []string {
	var out []string
	for _, t := range Tokens(s) {
		out = append(out, s[t.Start:t.End])
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"
	}{
		{"", ""},
		{"   \n\t ", ""},
		{"Hello world", "Hello|world"},
		{"Hello, world.", "Hello|,|world|."},
		{`("Yes," she said.)`, `(|"|Yes|,|"|she|said|.|)`},
		{"U.S. officials", "U.S.|officials"},
		{"in the U.S.", "in|the|U.S."},
		{"$1.2 billion", "$|1.2|billion"},
		{"US$40 million", "US$|40|million"},
		{"1,200.50 and 10:30", "1,200.50|and|10:30"},
		{"on 1996-08-30 .", "on|1996-08-30|."},
		{"rain-affected match", "rain-affected|match"},
		{"don't", "do|n't"},
		{"can't won't", "ca|n't|wo|n't"},
		{"Blinken's visit", "Blinken|'s|visit"},
		{"Blinken’s visit", "Blinken|’s|visit"},
		{"players' union", "players|'|union"},
		{"O'Neill and D'Alema", "O'Neill|and|D'Alema"},
		{"Blinken 's visit", "Blinken|'s|visit"},
		{"do n't", "do|n't"},
		{"AT&T and S&P", "AT&T|and|S&P"},
		{"George W. Bush", "George|W.|Bush"},
		{"Acme Inc. said", "Acme|Inc.|said"},
		{"Sen. Smith", "Sen.|Smith"},
		{"at 9 a.m. Tuesday", "at|9|a.m.|Tuesday"},
		{"He said no.", "He|said|no|."},
		{"Wait...", "Wait|..."},
		{"Wait... what", "Wait|...|what"},
		{"yes -- no", "yes|--|no"},
		{"yes--no", "yes|--|no"},
		{"up 5% today", "up|5|%|today"},
		{"“Quote,” he said", "“|Quote|,|”|he|said"},
		{"``Quote,'' he said", "``|Quote|,|''|he|said"},
		{"a—b", "a|—|b"},
		{"1990–95", "1990–95"},
		{"the '90s", "the|'90s"},
		{"'Hello'", "'|Hello|'"},
		{"Zürich, Genève", "Zürich|,|Genève"},
		{"北京 东京", "北京|东京"},
		{"a\u00a0b", "a|b"},
		{"Hi!?", "Hi|!|?"},
		{"1/2 and 3-1", "1/2|and|3-1"},
		{"(AP)", "(|AP|)"},
		{"[1]", "[|1|]"},
		{"#1 pick", "#|1|pick"},
		{"e-mail: a@b.com.", "e-mail|:|a@b.com|."},
		{"Lt.-Col. Smith", "Lt.-Col.|Smith"},
		{"end.\"", `end|.|"`},
		{"'s", "'s"},
		{"n't", "n't"},
		{".", "."},
		{"'", "'"},
		{"%", "%"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := strings.Join(tokenStrings(tc.in), "|")
			if got != tc.want {
				t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestTokensGold checks that on tokenised text (gold tokens joined by single
// spaces, as the CoNLL and MEANTIME files are) Tokens gives back the gold
// tokens. Run with -errors N to see the disagreements.
func TestTokensGold(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		min        float64
	}{
		{"conll2003-dev", "ner/conll2003/dev.gold.jsonl", 0.999},
		{"conll2003-train", "ner/conll2003/train.gold.jsonl", 0.999},
		{"meantime", "ner/meantime/gold.jsonl", 0.995},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := readGold(t, filepath.Join(sharedEval, tc.file))
			var same, gold, pred int
			var errs []string
			for _, d := range docs {
				g := map[Token]bool{}
				for _, tk := range d.Tokens {
					g[Token{tk[0], tk[1]}] = true
				}
				gold += len(g)
				got := Tokens(d.Text)
				pred += len(got)
				for _, tk := range got {
					if g[tk] {
						same++
					} else if len(errs) < 10000 {
						errs = append(errs, d.Text[max(0, tk.Start-20):tk.Start]+"["+d.Text[tk.Start:tk.End]+"]")
					}
				}
			}
			p := float64(same) / float64(max(pred, 1))
			r := float64(same) / float64(max(gold, 1))
			t.Logf("%d gold tokens: %d agree; precision %.5f recall %.5f", gold, same, p, r)
			slices.Sort(errs)
			errs = slices.Compact(errs)
			for i := 0; i < len(errs) && i < *showErrors; i++ {
				t.Log(errs[i])
			}
			if p < tc.min || r < tc.min {
				t.Errorf("token agreement below %.4f", tc.min)
			}
		})
	}
}

func checkTokens(t *testing.T, s string, toks []Token) {
	t.Helper()
	// Rune boundaries as the decoder sees them.
	bound := make([]bool, len(s)+1)
	for i := range s {
		bound[i] = true
	}
	bound[len(s)] = true
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("bad token %v after %d in %q", tk, prev, s)
		}
		if !bound[tk.Start] || !bound[tk.End] {
			t.Fatalf("token %v splits a rune in %q", tk, s)
		}
		if strings.TrimSpace(s[tk.Start:tk.End]) != s[tk.Start:tk.End] && utf8.ValidString(s[tk.Start:tk.End]) {
			t.Fatalf("token %v = %q holds space", tk, s[tk.Start:tk.End])
		}
		prev = tk.End
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "U.S. officials' don't", "$1.2 ... --", "“a”—b’s", "\xff\xfe'", "a.\u00a0b", benchArticle[:200]} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s, Tokens(s))
	})
}

func TestTokensWhitespaceOnly(t *testing.T) {
	// Every non-space byte is in some token.
	s := benchArticle
	covered := make([]bool, len(s))
	for _, tk := range Tokens(s) {
		for i := tk.Start; i < tk.End; i++ {
			covered[i] = true
		}
	}
	for i, r := range s {
		if !covered[i] && !isSpaceRune(r) && r >= utf8.RuneSelf == false && tokClass[r] != tSpace {
			t.Fatalf("byte %d (%q) in no token", i, r)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	buf := make([]Token, 0, len(text)/4)
	for b.Loop() {
		buf = AppendTokens(buf[:0], text)
	}
}
