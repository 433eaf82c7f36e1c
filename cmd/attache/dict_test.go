package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attache-news/attache/internal/event"
)

// tinyDicts is internal/petrarch's own test dictionaries.
const tinyDicts = "../../internal/petrarch/testdata/tiny"

func TestAnalyzeDictionaries(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	writeFiles(t, dir, map[string]string{"in.jsonl": `{"id":"a","text":"Ardent Moss denounced Kestria on Monday.","published":"2012-05-01"}
{"id":"b","text":"Valdoria and Kestria pledged cooperation.","published":"2020-01-01"}
{"id":"c","text":"Valdoria condemned Norvath. Read your horoscope.","published":"2020-01-01"}
`})
	code, out, stderr := cli(t, nil, "analyze", "--as", "jsonl", "--dictionaries", tinyDicts, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "NOTES: not a PETRARCH/TABARI dictionary (skipped)") {
		t.Errorf("the non-dictionary file is not reported: %q", stderr)
	}
	got := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d struct {
			ID     string
			Events []struct{ Source, Target, Cameo string }
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		var evs []string
		for _, e := range d.Events {
			evs = append(evs, e.Source+"-"+e.Target+"-"+e.Cameo)
		}
		sort.Strings(evs)
		got[d.ID] = evs
	}
	want := map[string][]string{"a": {"VLDGOV-KST-122"}, "b": {"KST-VLD-030", "VLD-KST-030"}, "c": nil}
	for id, w := range want {
		if strings.Join(got[id], " ") != strings.Join(w, " ") {
			t.Errorf("%s: events %v, want %v", id, got[id], w)
		}
	}
}

func TestDictCommands(t *testing.T) {
	code, out, stderr := cli(t, nil, "dict", "check", tinyDicts)
	if code != 1 || !strings.Contains(out, "NOTES: not a PETRARCH/TABARI dictionary") {
		t.Fatalf("check: exit %d (want 1: NOTES is no dictionary): %s %s", code, out, stderr)
	}
	for _, want := range []string{"1.txt: actors, 7 entries", "3.txt: verbs", "2.txt: agents", "4.txt: discards, 2 entries"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = cli(t, nil, "dict", "check", "../../internal/petrarch/testdata/broken")
	if code != 1 || !strings.Contains(out, "verbs.txt:3:") {
		t.Errorf("check of broken dictionaries: exit %d, output %q", code, out)
	}
	dir := t.TempDir()
	code, out, stderr = cli(t, nil, "dict", "convert", tinyDicts, dir)
	if code != 0 {
		t.Fatalf("convert: exit %d: %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(dir, "verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := event.LoadDictionary(f); err != nil {
		t.Errorf("converted verbs do not load: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "actors.tsv")); err != nil || !strings.Contains(string(b), "actor\tvaldoria\tVLD") {
		t.Errorf("actors.tsv: %v %q", err, b)
	}
	for _, args := range [][]string{{"dict"}, {"dict", "check"}, {"dict", "convert", tinyDicts}, {"dict", "nope", "x"}} {
		if code, _, _ := cli(t, nil, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestEvalEventsDictionaries(t *testing.T) {
	dir := t.TempDir()
	// a gold file naming its dictionaries relative to itself
	rel, err := filepath.Rel(dir, mustAbs(t, tinyDicts))
	if err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.jsonl")
	writeFiles(t, dir, map[string]string{"gold.jsonl": `{"id":"1","text":"Valdoria condemned Norvath.","published":"2020-01-01","events":[{"source":"VLD","target":"NRV","cameo":"122"}],"dictionaries":"` + filepath.ToSlash(rel) + `","evaluate":true}
{"id":"2","text":"Valdoria condemned the decision.","published":"2020-01-01","events":[{"source":"VLD","target":"---","cameo":"122"}],"dictionaries":"` + filepath.ToSlash(rel) + `","evaluate":true,"options":{"require_dyad":"false"}}
`})
	for _, c := range []struct {
		args []string
		want float64
	}{
		{[]string{"eval", "events", gold, "--suite-dictionaries"}, 1},
		{[]string{"eval", "events", gold, "--dictionaries", tinyDicts}, 0.5}, // require_dyad read from the record only with --suite-dictionaries
	} {
		code, out, stderr := cli(t, nil, c.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, stderr)
		}
		var r struct {
			Score struct {
				RecordsCorrect float64 `json:"records_correct"`
			}
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %v\n%s", c.args, err, out)
		}
		if r.Score.RecordsCorrect != c.want {
			t.Errorf("%v: records_correct %v, want %v", c.args, r.Score.RecordsCorrect, c.want)
		}
	}
	if code, _, _ := cli(t, nil, "eval", "events", gold, "--suite-dictionaries", "--dictionaries", tinyDicts); code != 2 {
		t.Errorf("both flags: exit %d, want 2", code)
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
