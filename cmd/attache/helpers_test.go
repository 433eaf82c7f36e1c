package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// cli runs the command as main does, with stdin, and returns its exit
// status and streams.
func cli(t *testing.T, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code = run(args, stdin, &out, &errb)
	return code, out.String(), errb.String()
}

// writeFiles writes name -> content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// record is one output object: a Document, or the error in its place.
type record struct {
	Doc   *document.Document
	ID    string // for an error record
	Error string
}

// decodeOutput reads the output of analyze: one object per line in jsonl,
// indented objects in json. Every Document is checked with checkDoc.
func decodeOutput(t *testing.T, out, format string) []record {
	t.Helper()
	var raws []json.RawMessage
	switch format {
	case "jsonl":
		sc := bufio.NewScanner(strings.NewReader(out))
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			if !json.Valid(sc.Bytes()) {
				t.Fatalf("jsonl line is not one JSON value: %.200s", sc.Text())
			}
			raws = append(raws, json.RawMessage(bytes.Clone(sc.Bytes())))
		}
	case "json":
		if strings.Count(out, "\n") < 2 && out != "" {
			t.Errorf("json output is not indented: %.200s", out)
		}
		dec := json.NewDecoder(strings.NewReader(out))
		for dec.More() {
			var r json.RawMessage
			if err := dec.Decode(&r); err != nil {
				t.Fatalf("bad json output: %v\n%.300s", err, out)
			}
			raws = append(raws, r)
		}
	default:
		t.Fatalf("format %q", format)
	}
	var recs []record
	for _, r := range raws {
		var probe map[string]json.RawMessage
		if err := json.Unmarshal(r, &probe); err != nil {
			t.Fatalf("output is not an object: %v: %.200s", err, r)
		}
		if _, ok := probe["error"]; ok {
			var e struct{ ID, Error string }
			if err := json.Unmarshal(r, &e); err != nil || len(probe) != 2 || e.Error == "" {
				t.Errorf("error record %s: want {\"id\", \"error\"}", r)
			}
			recs = append(recs, record{ID: e.ID, Error: e.Error})
			continue
		}
		checkLists(t, probe)
		var d document.Document
		if err := json.Unmarshal(r, &d); err != nil {
			t.Fatalf("not a Document: %v: %.200s", err, r)
		}
		checkDoc(t, &d)
		recs = append(recs, record{Doc: &d})
	}
	return recs
}

// checkLists asserts that every field of the contract is present and that
// lists are [] rather than null.
func checkLists(t *testing.T, obj map[string]json.RawMessage) {
	t.Helper()
	for _, k := range []string{"id", "input", "url", "site", "title", "subtitle", "section", "published", "language", "text"} {
		if v, ok := obj[k]; !ok || !strings.HasPrefix(string(v), `"`) {
			t.Errorf("field %q: %s, want a string", k, v)
		}
	}
	for _, k := range []string{"authors", "images", "sentences", "entities", "quotes", "times", "places", "events", "warnings"} {
		if v, ok := obj[k]; !ok || !strings.HasPrefix(string(v), "[") {
			t.Errorf("field %q: %s, want a list", k, v)
		}
	}
}

// checkDoc asserts that Text is valid UTF-8 and every span lies inside it,
// in order, with its text where one is given.
func checkDoc(t *testing.T, d *document.Document) {
	t.Helper()
	if err := docProblem(d); err != nil {
		t.Errorf("document %q: %v", d.Input, err)
	}
}

// docProblem is checkDoc's verdict, for tests that run outside the test
// goroutine.
func docProblem(d *document.Document) error {
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	span := func(what string, start, end int, text string, hasText bool) error {
		if start < 0 || end < start || end > len(d.Text) {
			return fmt.Errorf("%s [%d,%d) out of the text's %d bytes", what, start, end, len(d.Text))
		}
		if hasText && d.Text[start:end] != text {
			return fmt.Errorf("%s [%d,%d) is %q, its text says %q", what, start, end, d.Text[start:end], text)
		}
		return nil
	}
	prev := 0
	for i, s := range d.Sentences {
		if err := span(fmt.Sprint("sentence ", i), s.Start, s.End, "", false); err != nil {
			return err
		}
		if s.Start < prev {
			return fmt.Errorf("sentence %d starts at %d, before the end of the previous one (%d)", i, s.Start, prev)
		}
		prev = s.End
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if err := span("mention of "+e.ID, m.Start, m.End, m.Text, true); err != nil {
				return err
			}
		}
	}
	for i, q := range d.Quotes {
		if err := span(fmt.Sprint("quote ", i), q.Start, q.End, q.Text, true); err != nil {
			return err
		}
	}
	for i, x := range d.Times {
		if err := span(fmt.Sprint("time ", i), x.Start, x.End, x.Text, true); err != nil {
			return err
		}
	}
	for i, p := range d.Places {
		if err := span(fmt.Sprint("place ", i), p.Start, p.End, p.Text, true); err != nil {
			return err
		}
	}
	return nil
}
