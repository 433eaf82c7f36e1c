package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/attache-news/attache/internal/store"
)

// Formats are the formats Write knows.
var Formats = []string{"gdelt", "plover", "csv", "jsonl"}

// Options choose what Write writes.
type Options struct {
	Format string           // gdelt, plover, csv or jsonl
	Query  store.EventQuery // the events (Limit and After are Write's own)
	Max    int              // at most this many rows; 0: all
	Header bool             // gdelt: a first line naming the columns (csv always has one)
}

// pageSize is how many events are read from the store at a time.
var pageSize = 1000

// Write streams what the store holds to w in o.Format and returns the
// number of rows (events, or Documents for jsonl) written. Events come
// newest first, read from the store a page at a time, so memory does not
// grow with the store.
func Write(ctx context.Context, s store.Store, w io.Writer, o Options) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	var n int
	var err error
	switch o.Format {
	case "gdelt":
		n, err = writeGDELT(ctx, s, bw, o)
	case "plover":
		n, err = writePLOVER(ctx, s, bw, o)
	case "csv":
		n, err = writeCSV(ctx, s, bw, o)
	case "jsonl":
		n, err = writeDocuments(ctx, s, bw, o)
	default:
		return 0, fmt.Errorf("export: format %q: want one of %s", o.Format, strings.Join(Formats, ", "))
	}
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	return n, err
}

// eachEvent calls f with every event matching q, newest first, at most max
// (0: all).
func eachEvent(ctx context.Context, s store.Store, q store.EventQuery, max int, f func(store.EventRow) error) (int, error) {
	q.Limit, q.After = pageSize, ""
	n := 0
	for {
		if max > 0 && max-n < q.Limit {
			q.Limit = max - n
		}
		rows, err := s.Events(ctx, q)
		if err != nil {
			return n, err
		}
		for _, r := range rows {
			if err := f(r); err != nil {
				return n, err
			}
			n++
		}
		// a short page may be the store's own cap: only an empty one ends
		if len(rows) == 0 || max > 0 && n >= max {
			return n, nil
		}
		q.After = strconv.FormatInt(rows[len(rows)-1].ID, 10)
	}
}

// GDELTColumns are the columns of the gdelt format: GDELT 2.0's event table,
// in its order. See doc.go for what attache puts in each.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// groupTypes are CAMEO codes that open an actor code in place of a country.
var groupTypes = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "MNC": true, "INT": true}

// roleCodes are CAMEO's actor type (role) codes.
var roleCodes = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "PTY": true, "COP": true, "JUD": true, "SPY": true,
	"MED": true, "EDU": true, "BUS": true, "CRM": true, "CVL": true, "ELI": true, "REF": true, "AGR": true,
	"LAB": true, "LEG": true, "HLH": true, "REL": true, "ETH": true, "IGO": true, "NGO": true, "NGM": true,
	"MNC": true, "UAF": true, "SEP": true, "INS": true, "MOD": true, "RAD": true, "HRI": true, "ENV": true,
	"DEV": true, "IMG": true, "SET": true, "PRO": true, "INT": true, "VET": true, "YTH": true, "CHR": true,
}

// actorParts splits a CAMEO actor code into GDELT's country, known group
// and type codes: "USAGOV" is country USA, type GOV; "IGOUNO" is type IGO,
// group UNO.
func actorParts(code string) (country, group string, types [3]string) {
	var chunks []string
	for i := 0; i+3 <= len(code); i += 3 {
		chunks = append(chunks, code[i:i+3])
	}
	nt := 0
	for i, c := range chunks {
		switch {
		case i == 0 && !groupTypes[c] && !roleCodes[c]:
			country = c
		case roleCodes[c]:
			if nt < 3 {
				types[nt] = c
				nt++
			}
		case group == "":
			group = c
		}
	}
	return
}

func writeGDELT(ctx context.Context, s store.Store, w *bufio.Writer, o Options) (int, error) {
	if o.Header {
		w.WriteString(strings.Join(GDELTColumns, "\t") + "\n")
	}
	rec := make([]string, len(GDELTColumns))
	return eachEvent(ctx, s, o.Query, o.Max, func(e store.EventRow) error {
		for i := range rec {
			rec[i] = ""
		}
		rec[0] = strconv.FormatInt(e.ID, 10)
		if t, err := time.Parse("2006-01-02", e.Day); err == nil {
			rec[1] = t.Format("20060102")
			rec[2] = t.Format("200601")
			rec[3] = t.Format("2006")
			rec[4] = strconv.FormatFloat(float64(t.Year())+float64(int(t.Month())*30+t.Day())/365, 'f', 4, 64)
		}
		actor := func(at int, code, name string) {
			rec[at], rec[at+1] = code, clean(name)
			country, group, types := actorParts(code)
			rec[at+2], rec[at+3] = country, group
			copy(rec[at+7:at+10], types[:])
		}
		actor(5, e.Source, e.SourceName)
		actor(15, e.Target, e.TargetName)
		rec[25] = "0"
		if e.Sentence < 2 {
			rec[25] = "1"
		}
		rec[26] = e.Cameo
		rec[27] = e.Cameo
		if len(rec[27]) > 3 {
			rec[27] = rec[27][:3]
		}
		rec[28] = e.Root
		if e.Quad > 0 {
			rec[29] = strconv.Itoa(e.Quad)
		}
		rec[30] = strconv.FormatFloat(e.Goldstein, 'f', -1, 64)
		rec[31] = strconv.Itoa(e.Mentions)
		rec[32] = strconv.Itoa(e.Sources)
		rec[33] = strconv.Itoa(e.Mentions)
		if e.Place != "" {
			rec[52] = clean(e.Place)
			rec[53] = e.PlaceCountry
			if e.Lat != 0 || e.Lon != 0 {
				rec[56] = strconv.FormatFloat(e.Lat, 'f', -1, 64)
				rec[57] = strconv.FormatFloat(e.Lon, 'f', -1, 64)
			}
		}
		if t, err := time.Parse(time.RFC3339, e.Added); err == nil {
			rec[59] = t.UTC().Format("20060102150405")
		}
		rec[60] = clean(e.URL)
		_, err := w.WriteString(strings.Join(rec, "\t") + "\n")
		return err
	})
}

// clean keeps a field on its line: tabs and line ends become spaces.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
}

// PloverActor is a source or target in a PLOVER record.
type PloverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
}

// PloverRecord is one event in PLOVER's JSON record layout (the fields of
// PLOVER's gold-standard records), with attache's own fields after them.
type PloverRecord struct {
	ID        string        `json:"id"`
	Date      string        `json:"date"`
	Source    []PloverActor `json:"source"`
	Target    []PloverActor `json:"target"`
	Event     string        `json:"event"`
	Mode      string        `json:"mode"`
	Context   string        `json:"context"` // attache reads no context: ""
	EventText string        `json:"eventText"`
	Text      string        `json:"text"` // the sentence the event was read in
	URL       string        `json:"url"`
	Language  string        `json:"language"`
	// attache's
	Cameo     string  `json:"cameo"`
	Goldstein float64 `json:"goldstein"`
	Mentions  int     `json:"mentions"`
	SameAs    string  `json:"same_as,omitempty"`
	Article   string  `json:"article"`
}

func ploverActors(code, name string) []PloverActor {
	if code == "" {
		return []PloverActor{}
	}
	return []PloverActor{{ActorText: name, Code: code}}
}

// writePLOVER writes the events that have a PLOVER type (CAMEO roots 01 and
// 02 have none), one JSON object per line.
func writePLOVER(ctx context.Context, s store.Store, w *bufio.Writer, o Options) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	written := 0
	_, err := eachEvent(ctx, s, o.Query, 0, func(e store.EventRow) error {
		if o.Max > 0 && written >= o.Max {
			return errEnough
		}
		if e.Plover.Event == "" {
			return nil
		}
		r := PloverRecord{
			ID: "attache-" + strconv.FormatInt(e.ID, 10), Date: e.Day,
			Source: ploverActors(e.Source, e.SourceName), Target: ploverActors(e.Target, e.TargetName),
			Event: e.Plover.Event, Mode: e.Plover.Mode, Text: e.Evidence, URL: e.URL, Language: "en",
			Cameo: e.Cameo, Goldstein: e.Goldstein, Mentions: e.Mentions, Article: e.Article,
		}
		if e.SameAs != 0 {
			r.SameAs = "attache-" + strconv.FormatInt(e.SameAs, 10)
		}
		written++
		return enc.Encode(r)
	})
	if err == errEnough {
		err = nil
	}
	return written, err
}

// errEnough stops a walk over the events once Max rows are written.
var errEnough = errors.New("enough rows")

// CSVColumns are the columns of the csv format.
var CSVColumns = []string{"id", "date", "day", "source", "source_name", "target", "target_name", "cameo", "root", "quad",
	"goldstein", "plover_event", "plover_mode", "place", "place_country", "lat", "lon", "mentions", "sources", "same_as",
	"article", "title", "url", "site", "evidence"}

func writeCSV(ctx context.Context, s store.Store, w *bufio.Writer, o Options) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return 0, err
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	n, err := eachEvent(ctx, s, o.Query, o.Max, func(e store.EventRow) error {
		lat, lon := "", ""
		if e.Lat != 0 || e.Lon != 0 {
			lat, lon = f(e.Lat), f(e.Lon)
		}
		same := ""
		if e.SameAs != 0 {
			same = strconv.FormatInt(e.SameAs, 10)
		}
		quad := ""
		if e.Quad != 0 {
			quad = strconv.Itoa(e.Quad)
		}
		return cw.Write([]string{strconv.FormatInt(e.ID, 10), e.Date, e.Day, e.Source, e.SourceName, e.Target, e.TargetName,
			e.Cameo, e.Root, quad, f(e.Goldstein), e.Plover.Event, e.Plover.Mode, e.Place, e.PlaceCountry, lat, lon,
			strconv.Itoa(e.Mentions), strconv.Itoa(e.Sources), same, e.Article, e.Title, e.URL, e.Site, e.Evidence})
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	return n, err
}

// filtered reports whether q selects events by more than an actor and
// dates, which articles can be filtered by too.
func filtered(q store.EventQuery) bool {
	return q.Source != "" || q.Target != "" || q.Dyad != [2]string{} || q.Cameo != "" || q.Quad != 0 || q.Place != "" || q.Article != "" || q.Distinct
}

// writeDocuments writes whole Documents, one per line: those of the
// articles with a matching event when q filters events, else those of the
// articles matching q's actor and dates, newest first.
func writeDocuments(ctx context.Context, s store.Store, w *bufio.Writer, o Options) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n := 0
	put := func(id string) error {
		d, err := s.Article(ctx, id)
		if err != nil {
			return err
		}
		n++
		return enc.Encode(d)
	}
	if filtered(o.Query) {
		seen := map[string]bool{}
		_, err := eachEvent(ctx, s, o.Query, 0, func(e store.EventRow) error {
			if seen[e.Article] {
				return nil
			}
			if o.Max > 0 && n >= o.Max {
				return errEnough
			}
			seen[e.Article] = true
			return put(e.Article)
		})
		if err == errEnough {
			err = nil
		}
		return n, err
	}
	q := store.ArticleQuery{Actor: o.Query.Actor, From: o.Query.From, To: o.Query.To, Limit: pageSize}
	for {
		if o.Max > 0 && o.Max-n < q.Limit {
			q.Limit = o.Max - n
		}
		as, err := s.Articles(ctx, q)
		if err != nil {
			return n, err
		}
		for _, a := range as {
			if err := put(a.ID); err != nil {
				return n, err
			}
		}
		if len(as) == 0 || o.Max > 0 && n >= o.Max {
			return n, nil
		}
		q.After = as[len(as)-1].ID
	}
}
