package document

import (
	"encoding/json"
	"strings"
	"testing"
)

// Unknown fields are empty, never missing or null (CONTRACT.md).
func TestMarshalEmptyLists(t *testing.T) {
	d := Document{ID: "x", Entities: []Entity{{ID: "e1", Name: "Qin Gang", Type: "PERSON"}}}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if strings.Contains(s, "null") {
		t.Errorf("null in %s", s)
	}
	for _, k := range []string{"authors", "images", "sentences", "entities", "quotes", "times", "places", "events", "warnings", "mentions"} {
		if !strings.Contains(s, `"`+k+`":[`) {
			t.Errorf("%s missing or not a list in %s", k, s)
		}
	}
	if d.Entities[0].Mentions != nil {
		t.Error("MarshalJSON changed the caller's Document")
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil || back.Entities[0].Name != "Qin Gang" {
		t.Errorf("round trip: %v %+v", err, back)
	}
}

func TestSpans(t *testing.T) {
	d := Document{Text: "One. Two.", Sentences: []Span{{0, 4}, {5, 9}}}
	if got := d.SentenceText(1); got != "Two." {
		t.Errorf("SentenceText(1) = %q", got)
	}
	if n := d.Sentences[0].Len(); n != 4 {
		t.Errorf("Len = %d", n)
	}
	d.Warn("w")
	if len(d.Warnings) != 1 {
		t.Error("Warn did not record")
	}
}
