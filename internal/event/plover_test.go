package event

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/attache-news/attache/document"
)

// ploverRecord is one PLOVER gold-standard record (only what is used).
type ploverRecord struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Event  string `json:"event"`
	Source any    `json:"source"`
}

// ploverOld maps the 2016 event names of the gold records to PLOVER 2021's,
// as score_plover.py does.
var ploverOld = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

func readPlover(t testing.TB) []ploverRecord {
	raw := readShared(t, "eval/events/plover_gsr_dev.jsonl")
	var out []ploverRecord
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r ploverRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func ploverDocs(t testing.TB) ([]ploverRecord, []*document.Document) {
	recs := readPlover(t)
	docs := make([]*document.Document, len(recs))
	for i, r := range recs {
		docs[i] = analyze(t, r.Text, "text", r.Date)
	}
	return recs, docs
}
