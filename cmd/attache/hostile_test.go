package main

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// The committed hostile inputs, as a folder: the bad ones fail in their
// place with the error a user needs, the others are analysed.
func TestAnalyzeHostileFolder(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "hostile")
	code, out, stderr := cli(t, nil, "analyze", "--workers", "3", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	recs := decodeOutput(t, out, "jsonl")
	wantErr := map[string]string{
		"empty.txt":      "empty input",
		"whitespace.txt": "empty input",
		"png-header.bin": "binary input",
		"nul.txt":        "binary input",
	}
	seen := 0
	for _, r := range recs {
		name := ""
		if r.Doc != nil {
			name = filepath.Base(r.Doc.Input)
		} else {
			name = filepath.Base(r.ID)
		}
		want, bad := wantErr[name]
		switch {
		case bad && r.Doc != nil:
			t.Errorf("%s: a Document, want the error %q", name, want)
		case bad && !strings.Contains(r.Error, want):
			t.Errorf("%s: error %q, want %q", name, r.Error, want)
		case bad:
			seen++
			if !strings.Contains(stderr, name+": "+want) {
				t.Errorf("stderr does not say %q", name+": "+want)
			}
		case r.Doc == nil:
			t.Errorf("%s: error %q, want a Document", name, r.Error)
		}
	}
	if seen != len(wantErr) || len(recs) < 14 {
		t.Errorf("%d records, %d of the %d bad inputs", len(recs), seen, len(wantErr))
	}
}

func TestAnalyzeHostileStdin(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	noise := make([]byte, 1<<16)
	for i := range noise {
		noise[i] = byte(r.UintN(256))
	}
	tests := []struct {
		name   string
		args   []string
		stdin  []byte
		code   int
		format string
		errs   string // on stderr
	}{
		{"random bytes", []string{"analyze"}, noise, 1, "json", "-: binary input"},
		{"random bytes as html", []string{"analyze", "--as", "html"}, noise, 0, "json", ""},
		{"random bytes as jsonl", []string{"analyze", "--as", "jsonl"}, noise, 1, "jsonl", "bad JSON line"},
		{"deep nesting", []string{"analyze"}, []byte("<html><body>" + strings.Repeat("<div>", 20000) + "<p>Text at the bottom of the well, long enough to count as the body of a page.</p></body></html>"), 0, "json", ""},
		{"jsonl with NUL escapes and lone surrogates", []string{"analyze", "--as", "jsonl"},
			[]byte(`{"id": "a", "text": "A \u0000 NUL and a lone \ud800 surrogate. Then \u2028 a line separator."}` + "\n" +
				`{"id": "b", "html": "<p>Unclosed <b><i>` + strings.Repeat("<div>", 3000) + `text.</p>"}` + "\n"), 0, "jsonl", ""},
		{"jsonl, one line only", []string{"analyze"}, []byte(`{"id": "solo", "text": "A batch of one line."}`), 0, "jsonl", ""},
		{"a line of 4 MB", []string{"analyze", "--as", "jsonl"},
			append(append([]byte(`{"id": "long", "text": "`), bytes.Repeat([]byte("word "), 800<<10)...), `"}`...), 0, "jsonl", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := cli(t, bytes.NewReader(tt.stdin), tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d: %.300s", code, tt.code, stderr)
			}
			if tt.errs != "" && !strings.Contains(stderr, tt.errs) {
				t.Errorf("stderr %.300q, want %q", stderr, tt.errs)
			}
			recs := decodeOutput(t, out, tt.format)
			if tt.code == 0 && len(recs) == 0 {
				t.Errorf("no output")
			}
		})
	}
}
