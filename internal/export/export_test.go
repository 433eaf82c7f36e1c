package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/store"
	"github.com/attache-news/attache/internal/store/sqlite"
	"github.com/attache-news/attache/internal/store/storetest"
)

func archive(t *testing.T) store.Store {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "attache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.PutMany(context.Background(), storetest.Corpus()); err != nil {
		t.Fatal(err)
	}
	pageSize = 3 // several pages even on the small archive
	t.Cleanup(func() { pageSize = 1000 })
	return s
}

func export(t *testing.T, s store.Store, o Options) (string, int) {
	t.Helper()
	var b bytes.Buffer
	n, err := Write(context.Background(), s, &b, o)
	if err != nil {
		t.Fatalf("Write(%+v): %v", o, err)
	}
	return b.String(), n
}

func lines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func TestGDELT(t *testing.T) {
	s := archive(t)
	out, n := export(t, s, Options{Format: "gdelt"})
	rows := lines(out)
	if n != 8 || len(rows) != 8 {
		t.Fatalf("%d rows (%d lines); want the 8 events", n, len(rows))
	}
	col := map[string]int{}
	for i, c := range GDELTColumns {
		col[c] = i
	}
	if len(GDELTColumns) != 61 || col["SOURCEURL"] != 60 || col["NumMentions"] != 31 || col["ActionGeo_Lat"] != 56 {
		t.Fatalf("GDELT 2.0 has 61 columns, NumMentions 32nd, ActionGeo_Lat 57th, SOURCEURL last")
	}
	var visit []string
	for _, r := range rows {
		f := strings.Split(r, "\t")
		if len(f) != 61 {
			t.Fatalf("row of %d fields: %q", len(f), r)
		}
		if f[col["SOURCEURL"]] == "https://wire.example/2023/06/18/blinken-beijing" && f[col["EventCode"]] == "042" {
			visit = f
		}
	}
	if visit == nil {
		t.Fatal("no row for the visit's 042 event")
	}
	want := map[string]string{
		"Day": "20230618", "MonthYear": "202306", "Year": "2023", "FractionDate": "2023.5425",
		"Actor1Code": "USAGOV", "Actor1Name": "Antony Blinken", "Actor1CountryCode": "USA", "Actor1Type1Code": "GOV",
		"Actor2Code": "CHNGOV", "Actor2Name": "Qin Gang", "Actor2CountryCode": "CHN",
		"EventCode": "042", "EventBaseCode": "042", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "1.9",
		"NumMentions": "3", "NumSources": "3", "NumArticles": "3", "AvgTone": "", "IsRootEvent": "1",
		"ActionGeo_FullName": "Beijing", "ActionGeo_CountryCode": "CHN", "ActionGeo_Lat": "", "Actor1EthnicCode": "",
	}
	for c, w := range want {
		if got := visit[col[c]]; got != w {
			t.Errorf("%s = %q; want %q", c, got, w)
		}
	}
	if len(visit[col["DATEADDED"]]) != 14 {
		t.Errorf("DATEADDED %q; want YYYYMMDDHHMMSS", visit[col["DATEADDED"]])
	}

	out, _ = export(t, s, Options{Format: "gdelt", Header: true, Query: store.EventQuery{Cameo: "04"}})
	rows = lines(out)
	if len(rows) != 4 || rows[0] != strings.Join(GDELTColumns, "\t") {
		t.Errorf("cameo 04 with a header: %d lines, first %.40q", len(rows), rows[0])
	}
}

func TestActorParts(t *testing.T) {
	for _, c := range []struct {
		code, country, group string
		types                [3]string
	}{
		{"USAGOV", "USA", "", [3]string{"GOV"}},
		{"USA", "USA", "", [3]string{}},
		{"IGOUNO", "", "UNO", [3]string{"IGO"}},
		{"IGOUNOHCHR", "", "UNO", [3]string{"IGO"}},
		{"CHNMILGOV", "CHN", "", [3]string{"MIL", "GOV"}},
		{"GOV", "", "", [3]string{"GOV"}},
		{"", "", "", [3]string{}},
		{"US", "", "", [3]string{}},
	} {
		country, group, types := actorParts(c.code)
		if country != c.country || group != c.group || types != c.types {
			t.Errorf("actorParts(%q) = %q %q %q; want %q %q %q", c.code, country, group, types, c.country, c.group, c.types)
		}
	}
}

func TestCSV(t *testing.T) {
	s := archive(t)
	out, n := export(t, s, Options{Format: "csv", Query: store.EventQuery{Dyad: [2]string{"CHN", "USA"}}})
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if n != 6 || len(recs) != 7 || !reflect.DeepEqual(recs[0], CSVColumns) {
		t.Fatalf("USA-CHN csv: %d rows, %d records, header %v", n, len(recs), recs[0])
	}
	row := map[string]string{}
	for i, c := range CSVColumns {
		row[c] = recs[1][i]
	}
	// newest first: China's protest of 2023-06-20
	if row["source"] != "CHNGOV" || row["target"] != "USA" || row["date"] != "2023-06-20" || row["quad"] != "3" || row["goldstein"] != "-2" || row["article"] != "protest" {
		t.Errorf("first row %v", row)
	}
	if _, n := export(t, s, Options{Format: "csv", Max: 2}); n != 2 {
		t.Errorf("Max 2 wrote %d rows", n)
	}
}

func TestPLOVER(t *testing.T) {
	s := archive(t)
	out, n := export(t, s, Options{Format: "plover"})
	if n != 8 {
		t.Fatalf("%d records; want 8", n)
	}
	var recs []PloverRecord
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var r PloverRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	r := recs[0]
	if r.Date != "2023-07-04" || len(r.Source) != 1 || r.Source[0].Code != "USAGOV" || r.Target[0].Code != "RUS" || r.Event != "CONSULT" || r.Cameo != "163" || r.URL == "" || r.ID == "" {
		t.Errorf("first record %+v", r)
	}
	for _, r := range recs {
		if r.Target == nil || r.Source == nil {
			t.Errorf("record %s has a null actor list", r.ID)
		}
	}
	if _, n := export(t, s, Options{Format: "plover", Max: 4}); n != 4 {
		t.Errorf("Max 4 wrote %d records", n)
	}
	if !strings.Contains(out, `"target":[]`) {
		t.Errorf("the IGO event without a target has no empty target list")
	}
}

func TestJSONL(t *testing.T) {
	s := archive(t)
	out, n := export(t, s, Options{Format: "jsonl"})
	if n != 5 || len(lines(out)) != 5 {
		t.Fatalf("%d documents; want 5", n)
	}
	out, n = export(t, s, Options{Format: "jsonl", Query: store.EventQuery{Dyad: [2]string{"USA", "RUS"}}})
	var d document.Document
	if err := json.Unmarshal([]byte(out), &d); n != 1 || err != nil || d.ID != "protest" || d.Text == "" || len(d.Events) != 2 {
		t.Errorf("USA-RUS documents: %d, %v, %s", n, err, d.ID)
	}
	// a filter matching several events of one article writes it once
	if _, n := export(t, s, Options{Format: "jsonl", Query: store.EventQuery{Source: "USAGOV", Quad: 1}}); n != 3 {
		t.Errorf("USAGOV quad 1 documents = %d; want visit, its copy and second", n)
	}
	if _, n := export(t, s, Options{Format: "jsonl", Max: 2}); n != 2 {
		t.Errorf("Max 2 wrote %d documents", n)
	}
}

func TestBadFormat(t *testing.T) {
	s := archive(t)
	if _, err := Write(context.Background(), s, &bytes.Buffer{}, Options{Format: "xml"}); err == nil {
		t.Errorf("format xml: no error")
	}
	if _, err := Write(context.Background(), s, &bytes.Buffer{}, Options{Format: "csv", Query: store.EventQuery{Quad: 9}}); err == nil {
		t.Errorf("quad 9: no error")
	}
}
