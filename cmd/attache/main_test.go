package main

import (
	"flag"
	"slices"
	"strings"
	"testing"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args       []string
		rest       []string
		format, as string
		err        string
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, "", "", ""},
		{[]string{"--format", "jsonl", "a"}, []string{"a"}, "jsonl", "", ""},
		{[]string{"a", "--format", "jsonl", "b", "-as=page"}, []string{"a", "b"}, "jsonl", "page", ""},
		{[]string{"-", "--as", "text"}, []string{"-"}, "", "text", ""},
		{[]string{"--as", "text", "--", "-odd", "--format"}, []string{"-odd", "--format"}, "", "text", ""},
		{[]string{"a", "--", "--as", "b"}, []string{"a", "--as", "b"}, "", "", ""},
		{[]string{"--"}, nil, "", "", ""},
		{[]string{"a", "--"}, []string{"a"}, "", "", ""},
		{[]string{"a", "--bad"}, nil, "", "", "not defined: -bad"},
		{nil, nil, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(new(strings.Builder))
			format := fs.String("format", "", "")
			as := fs.String("as", "", "")
			rest, err := parseFlags(fs, tt.args)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || !slices.Equal(rest, tt.rest) || *format != tt.format || *as != tt.as {
				t.Errorf("rest %q, format %q, as %q, err %v", rest, *format, *as, err)
			}
		})
	}
}

// Inputs whose names start with a dash are given after "--".
func TestAnalyzeDashNames(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"-a.txt": "First text.", "--b.txt": "Second text."})
	t.Chdir(dir)
	code, out, stderr := cli(t, nil, "analyze", "--as", "text", "--", "-a.txt", "--b.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs := decodeOutput(t, out, "jsonl")
	if len(recs) != 2 || recs[0].Doc.Input != "-a.txt" || recs[1].Doc.Text != "Second text." {
		t.Errorf("records %+v", recs)
	}
}
