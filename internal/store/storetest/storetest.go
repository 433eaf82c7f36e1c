package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/store"
)

// Run runs the suite. open returns a new, empty store for each test; the
// suite closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"Empty", testEmpty},
		{"RoundTrip", testRoundTrip},
		{"Idempotent", testIdempotent},
		{"IDCollision", testIDCollision},
		{"NearDuplicate", testNearDuplicate},
		{"EventLinking", testEventLinking},
		{"EventFilters", testEventFilters},
		{"EventPages", testEventPages},
		{"Timeline", testTimeline},
		{"Articles", testArticles},
		{"ArticlePages", testArticlePages},
		{"Quotes", testQuotes},
		{"Actor", testActor},
		{"PutMany", testPutMany},
		{"Feeds", testFeeds},
		{"Invalid", testInvalid},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tc.fn(t, s)
		})
	}
}

var ctx = context.Background()

func put(t *testing.T, s store.Store, d *document.Document) store.PutResult {
	t.Helper()
	r, err := s.Put(ctx, d)
	if err != nil {
		t.Fatalf("Put(%s): %v", d.ID, err)
	}
	return r
}

// putAll stores the suite's main articles and returns their results by name.
func putAll(t *testing.T, s store.Store) map[string]store.PutResult {
	t.Helper()
	out := map[string]store.PutResult{}
	for _, d := range Corpus() {
		out[d.ID] = put(t, s, d)
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func events(t *testing.T, s store.Store, q store.EventQuery) []store.EventRow {
	t.Helper()
	rows, err := s.Events(ctx, q)
	if err != nil {
		t.Fatalf("Events(%+v): %v", q, err)
	}
	return rows
}

// eventKeys are rows as "SOURCE>TARGET:CAMEO@DATE/article", sorted.
func eventKeys(rows []store.EventRow) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, fmt.Sprintf("%s>%s:%s@%s/%s", r.Source, r.Target, r.Cameo, r.Date, r.Article))
	}
	sort.Strings(out)
	return out
}

func testEmpty(t *testing.T, s store.Store) {
	st, err := s.Stats(ctx)
	if err != nil || st != (store.Stats{}) {
		t.Errorf("Stats = %+v, %v; want zeros", st, err)
	}
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(nope) error = %v; want ErrNotFound", err)
	}
	if _, err := s.Actor(ctx, "USA"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Actor(USA) error = %v; want ErrNotFound", err)
	}
	if a, err := s.Articles(ctx, store.ArticleQuery{}); err != nil || a == nil || len(a) != 0 {
		t.Errorf("Articles = %v, %v; want an empty, non-nil list", a, err)
	}
	if e, err := s.Events(ctx, store.EventQuery{}); err != nil || e == nil || len(e) != 0 {
		t.Errorf("Events = %v, %v; want an empty, non-nil list", e, err)
	}
	if q, err := s.Quotes(ctx, store.QuoteQuery{}); err != nil || q == nil || len(q) != 0 {
		t.Errorf("Quotes = %v, %v; want an empty, non-nil list", q, err)
	}
	if b, err := s.Timeline(ctx, store.TimelineQuery{}); err != nil || len(b) != 0 {
		t.Errorf("Timeline = %v, %v; want none", b, err)
	}
	if ok, err := s.HasHash(ctx, store.ContentHash(visit())); ok || err != nil {
		t.Errorf("HasHash on an empty store = %v, %v", ok, err)
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	d := visit()
	want, _ := json.Marshal(d)
	r := put(t, s, d)
	if !r.Added || r.ID != "visit" || r.Events != 2 || r.Linked != 0 || r.DuplicateOf != "" {
		t.Errorf("Put = %+v; want added as visit with 2 events, none linked", r)
	}
	if after, _ := json.Marshal(d); string(after) != string(want) {
		t.Errorf("Put changed the caller's Document")
	}
	got, err := s.Article(ctx, "visit")
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	gotJSON, _ := json.Marshal(got)
	if string(gotJSON) != string(want) {
		t.Errorf("Article differs from what was put:\n got %s\nwant %s", gotJSON, want)
	}
	// a Document with nil lists comes back with empty ones, as the contract writes them
	u := undated()
	put(t, s, u)
	back, err := s.Article(ctx, "undated")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(back)
	if !strings.Contains(string(b), `"entities":[]`) || back.Text != textUndated {
		t.Errorf("undated article came back as %s", b)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.Stats{Articles: 2, Events: 3, Quotes: 1, Entities: 3}); st != want {
		t.Errorf("Stats = %+v; want %+v", st, want)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	first := put(t, s, visit())
	again := put(t, s, visit())
	if again.Added || again.ID != first.ID || again.Events != 0 {
		t.Errorf("second Put = %+v; want not added, id %s", again, first.ID)
	}
	// the same content under another jsonl id is the same article
	d := visit()
	d.ID, d.Input = "17", "batch.jsonl:17"
	if r := put(t, s, d); r.Added || r.ID != first.ID {
		t.Errorf("Put of the same content under id 17 = %+v; want the stored %s", r, first.ID)
	}
	ok, err := s.HasHash(ctx, store.ContentHash(visit()))
	if !ok || err != nil {
		t.Errorf("HasHash(visit) = %v, %v; want true", ok, err)
	}
	if ok, _ := s.HasHash(ctx, store.ContentHash(protest())); ok {
		t.Errorf("HasHash(protest) = true before it was stored")
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 1 || st.Events != 2 || st.Quotes != 1 {
		t.Errorf("Stats after three Puts of one article = %+v", st)
	}
}

func testIDCollision(t *testing.T, s store.Store) {
	a := put(t, s, visit())
	b := put(t, s, other()) // also "visit", another text
	if !b.Added || b.ID == a.ID || b.ID == "" {
		t.Fatalf("Put of another article with a taken id = %+v; want added under a new id", b)
	}
	got, err := s.Article(ctx, b.ID)
	if err != nil || got.Text != textOther || got.ID != b.ID {
		t.Errorf("Article(%s) = %v, %v; want the apricot story under its new id", b.ID, got, err)
	}
	if got, _ := s.Article(ctx, "visit"); got == nil || got.Text != textVisit {
		t.Errorf("Article(visit) is no longer the first article")
	}
}

func testNearDuplicate(t *testing.T, s store.Store) {
	orig := put(t, s, visit())
	cp := put(t, s, visitCopy())
	if !cp.Added || cp.DuplicateOf != orig.ID {
		t.Errorf("Put(copy) = %+v; want added, duplicate of %s", cp, orig.ID)
	}
	// a copy of the copy links to the first
	d := visitCopy()
	d.ID, d.URL, d.Site = "copy2", "https://third.example/story", "Third Example"
	d.Text = strings.Replace(d.Text, "Daily Example world desk", "Third Example", 1)
	c2 := put(t, s, d)
	if !c2.Added || c2.DuplicateOf != orig.ID {
		t.Errorf("Put(copy of copy) = %+v; want duplicate of %s", c2, orig.ID)
	}
	for _, o := range []*document.Document{second(), protest(), other()} {
		if r := put(t, s, o); r.DuplicateOf != "" {
			t.Errorf("Put(%s) = %+v; an unrelated article is no duplicate", o.ID, r)
		}
	}
	st, _ := s.Stats(ctx)
	if st.Duplicates != 2 || st.Articles != 6 {
		t.Errorf("Stats = %+v; want 6 articles, 2 duplicates", st)
	}
	as, err := s.Articles(ctx, store.ArticleQuery{Site: "Daily Example"})
	if err != nil || len(as) != 1 || as[0].DuplicateOf != orig.ID {
		t.Errorf("Articles(site Daily Example) = %+v, %v; want the copy with duplicate_of", as, err)
	}
}

func testEventLinking(t *testing.T, s store.Store) {
	rv := put(t, s, visit())
	if rv.Linked != 0 {
		t.Errorf("first report linked: %+v", rv)
	}
	rc := put(t, s, visitCopy()) // a wire copy: both its events are reports of visit's
	if rc.Linked != 2 || rc.Events != 2 {
		t.Errorf("Put(copy) = %+v; want 2 events, both linked", rc)
	}
	rs := put(t, s, second()) // the meeting, dated a day later by another source
	if rs.Linked != 1 {
		t.Errorf("Put(second) = %+v; want its event linked", rs)
	}
	put(t, s, protest())
	// a week later the same kind of meeting is another event
	later := second()
	later.ID, later.URL, later.Published = "later", "https://news.example/later", "2023-06-26T08:00:00Z"
	later.Text = textUndated + " " + textOther
	later.Events[0].Date = "2023-06-26"
	if r := put(t, s, later); r.Linked != 0 {
		t.Errorf("an event a week later was linked: %+v", r)
	}

	rows := events(t, s, store.EventQuery{Cameo: "042"})
	var first store.EventRow
	for _, r := range rows {
		if r.Article == "visit" {
			first = r
		}
	}
	if first.ID == 0 || first.SameAs != 0 || first.Mentions != 3 {
		t.Fatalf("visit's 042 event = %+v; want a first report with 3 mentions", first)
	}
	for _, r := range rows {
		switch r.Article {
		case "visit-copy", "second":
			if r.SameAs != first.ID || r.Mentions != 3 {
				t.Errorf("%s's 042 event: same_as %d, mentions %d; want %d, 3", r.Article, r.SameAs, r.Mentions, first.ID)
			}
		case "later":
			if r.SameAs != 0 || r.Mentions != 1 {
				t.Errorf("later's event: same_as %d, mentions %d; want 0, 1", r.SameAs, r.Mentions)
			}
		}
	}
	// what exports need: names, address, sites
	f := first
	if f.SourceName != "Antony Blinken" || f.TargetName != "Qin Gang" || f.URL != visit().URL || f.Site != "Example Wire" || f.Sources != 3 || f.Added == "" {
		t.Errorf("visit's 042 event: names %q %q, url %q, site %q, %d sources, added %q; want Blinken, Qin Gang, its URL and site, 3 sources",
			f.SourceName, f.TargetName, f.URL, f.Site, f.Sources, f.Added)
	}
	if f.Day != "2023-06-18" || f.PlaceCountry != "CHN" {
		t.Errorf("visit's 042 event: day %q, place country %q; want 2023-06-18, CHN", f.Day, f.PlaceCountry)
	}
	for _, r := range events(t, s, store.EventQuery{}) {
		if r.Article == "undated" && r.Day != "" || r.Article == "protest" && r.Day != r.Date {
			t.Errorf("%s event dated %q filed under day %q", r.Article, r.Date, r.Day)
		}
	}
	d := events(t, s, store.EventQuery{Cameo: "042", Distinct: true})
	if got := eventKeys(d); !reflect.DeepEqual(got, []string{"USAGOV>CHNGOV:042@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-26/later"}) {
		t.Errorf("Distinct 042 events = %v", got)
	}
}

func testEventFilters(t *testing.T, s store.Store) {
	putAll(t, s)
	all := events(t, s, store.EventQuery{})
	if len(all) != 8 {
		t.Fatalf("Events() = %d rows; want 8: %v", len(all), eventKeys(all))
	}
	// newest first; undated last
	for i := 1; i < len(all); i++ {
		if all[i-1].Date != "" && all[i].Date != "" && all[i-1].Date < all[i].Date {
			t.Errorf("Events not newest first: %s before %s", all[i-1].Date, all[i].Date)
		}
	}
	if all[len(all)-1].Date != "" || all[0].Date != "2023-07-04" {
		t.Errorf("Events order: first %q, last %q; want 2023-07-04 first, the undated last", all[0].Date, all[len(all)-1].Date)
	}
	if all[0].Title != "China protests US chip rules" || all[0].Article != "protest" {
		t.Errorf("first row's article = %q %q", all[0].Article, all[0].Title)
	}
	cases := []struct {
		name string
		q    store.EventQuery
		want []string
	}{
		{"actor prefix", store.EventQuery{Actor: "RUS"}, []string{"USAGOV>RUS:163@2023-07-04/protest"}},
		{"actor exact code", store.EventQuery{Actor: "CHNGOV"}, []string{"CHNGOV>USA:111@2023-06-20/protest", "USAGOV>CHNGOV:036@2023-06-18/visit", "USAGOV>CHNGOV:036@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-19/second"}},
		{"source", store.EventQuery{Source: "CHN"}, []string{"CHNGOV>USA:111@2023-06-20/protest"}},
		{"target", store.EventQuery{Target: "USA"}, []string{"CHNGOV>USA:111@2023-06-20/protest"}},
		{"dyad either direction", store.EventQuery{Dyad: [2]string{"CHN", "USA"}}, []string{"CHNGOV>USA:111@2023-06-20/protest", "USAGOV>CHNGOV:036@2023-06-18/visit", "USAGOV>CHNGOV:036@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-19/second"}},
		{"dyad USA-RUS", store.EventQuery{Dyad: [2]string{"USA", "RUS"}}, []string{"USAGOV>RUS:163@2023-07-04/protest"}},
		{"dyad with a full code", store.EventQuery{Dyad: [2]string{"USA", "CHNGOV"}}, []string{"CHNGOV>USA:111@2023-06-20/protest", "USAGOV>CHNGOV:036@2023-06-18/visit", "USAGOV>CHNGOV:036@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-19/second"}},
		{"cameo root", store.EventQuery{Cameo: "04"}, []string{"USAGOV>CHNGOV:042@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-19/second"}},
		{"cameo code", store.EventQuery{Cameo: "163"}, []string{"USAGOV>RUS:163@2023-07-04/protest"}},
		{"quad", store.EventQuery{Quad: 3}, []string{"CHNGOV>USA:111@2023-06-20/protest"}},
		{"from", store.EventQuery{From: day("2023-06-20")}, []string{"CHNGOV>USA:111@2023-06-20/protest", "USAGOV>RUS:163@2023-07-04/protest"}},
		{"to excludes its day", store.EventQuery{To: day("2023-06-19")}, []string{"USAGOV>CHNGOV:036@2023-06-18/visit", "USAGOV>CHNGOV:036@2023-06-18/visit-copy", "USAGOV>CHNGOV:042@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-18/visit-copy"}},
		{"from and to", store.EventQuery{From: day("2023-06-19"), To: day("2023-06-21")}, []string{"CHNGOV>USA:111@2023-06-20/protest", "USAGOV>CHNGOV:042@2023-06-19/second"}},
		{"place name", store.EventQuery{Place: "moscow"}, []string{"USAGOV>RUS:163@2023-07-04/protest"}},
		{"place country", store.EventQuery{Place: "CHN", Article: "visit"}, []string{"USAGOV>CHNGOV:036@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-18/visit"}},
		{"article", store.EventQuery{Article: "protest"}, []string{"CHNGOV>USA:111@2023-06-20/protest", "USAGOV>RUS:163@2023-07-04/protest"}},
		{"unknown article", store.EventQuery{Article: "nope"}, []string{}},
		{"distinct", store.EventQuery{Distinct: true, Actor: "USAGOV"}, []string{"USAGOV>CHNGOV:036@2023-06-18/visit", "USAGOV>CHNGOV:042@2023-06-18/visit", "USAGOV>RUS:163@2023-07-04/protest"}},
		{"nothing", store.EventQuery{Actor: "FRA"}, []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := eventKeys(events(t, s, c.q)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Events(%+v)\n got %v\nwant %v", c.q, got, c.want)
			}
		})
	}
	// the Event fields come back as stored
	ev := events(t, s, store.EventQuery{Cameo: "163"})[0]
	w := protest().Events[1]
	if ev.Event != w {
		t.Errorf("stored event = %+v; want %+v", ev.Event, w)
	}
}

func testEventPages(t *testing.T, s store.Store) {
	putAll(t, s)
	all := events(t, s, store.EventQuery{})
	var paged []store.EventRow
	q := store.EventQuery{Limit: 3}
	for range 10 {
		rows := events(t, s, q)
		paged = append(paged, rows...)
		if len(rows) < q.Limit {
			break
		}
		q.After = fmt.Sprint(rows[len(rows)-1].ID)
	}
	if !reflect.DeepEqual(ids(paged), ids(all)) {
		t.Errorf("pages of 3 = %v; want %v", ids(paged), ids(all))
	}
	// a filter holds across pages
	q = store.EventQuery{Dyad: [2]string{"USA", "CHN"}, Limit: 2}
	n := 0
	for range 10 {
		rows := events(t, s, q)
		n += len(rows)
		for _, r := range rows {
			if !strings.HasPrefix(r.Source+r.Target, "USA") && !strings.HasPrefix(r.Source, "CHN") {
				t.Errorf("row %+v outside the dyad", r)
			}
		}
		if len(rows) < 2 {
			break
		}
		q.After = fmt.Sprint(rows[len(rows)-1].ID)
	}
	if n != 6 {
		t.Errorf("paged dyad events = %d; want 6", n)
	}
	if rows := events(t, s, store.EventQuery{Limit: 1}); len(rows) != 1 {
		t.Errorf("Limit 1 gave %d rows", len(rows))
	}
}

func ids(rows []store.EventRow) []int64 {
	out := []int64{}
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

func testTimeline(t *testing.T, s store.Store) {
	putAll(t, s)
	tl, err := s.Timeline(ctx, store.TimelineQuery{EventQuery: store.EventQuery{Dyad: [2]string{"USA", "CHN"}}})
	if err != nil {
		t.Fatal(err)
	}
	// 2023-06-18 is a Sunday: its week starts on Monday 2023-06-12; the
	// 19th and 20th are in the week of the 19th. Linked reports count once:
	// the 042 and 036 of the 18th (with their copies and the report of the
	// 19th), and the 111 of the 20th.
	want := []store.Bucket{
		{Start: "2023-06-12", Events: 2, Cooperative: 2, MeanGoldstein: (1.9 + 4.0) / 2, Mentions: 5},
		{Start: "2023-06-19", Events: 1, Conflictual: 1, MeanGoldstein: -2, Mentions: 1},
	}
	if !bucketsEqual(tl, want) {
		t.Errorf("weekly USA-CHN timeline =\n%+v\nwant\n%+v", tl, want)
	}
	// gaps are filled, and From/To set the span
	tl, err = s.Timeline(ctx, store.TimelineQuery{Bucket: "week", EventQuery: store.EventQuery{Actor: "USA", From: day("2023-06-05"), To: day("2023-07-10")}})
	if err != nil {
		t.Fatal(err)
	}
	starts := []string{}
	counts := []int{}
	for _, b := range tl {
		starts = append(starts, b.Start)
		counts = append(counts, b.Events)
	}
	if !reflect.DeepEqual(starts, []string{"2023-06-05", "2023-06-12", "2023-06-19", "2023-06-26", "2023-07-03"}) || !reflect.DeepEqual(counts, []int{0, 2, 1, 0, 1}) {
		t.Errorf("weekly USA timeline June 5 to July 10: %v %v", starts, counts)
	}
	tl, err = s.Timeline(ctx, store.TimelineQuery{Bucket: "month"})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl) != 2 || tl[0].Start != "2023-06-01" || tl[0].Events != 3 || tl[1].Start != "2023-07-01" || tl[1].Events != 1 || tl[1].MeanGoldstein != -8 {
		t.Errorf("monthly timeline = %+v", tl)
	}
	tl, err = s.Timeline(ctx, store.TimelineQuery{Bucket: "day", EventQuery: store.EventQuery{Cameo: "04"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl) != 1 || tl[0].Start != "2023-06-18" || tl[0].Events != 1 || tl[0].Mentions != 3 {
		t.Errorf("daily 04 timeline = %+v; want one event on the 18th, 3 mentions", tl)
	}
	if _, err := s.Timeline(ctx, store.TimelineQuery{Bucket: "fortnight"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bucket fortnight: error %v; want ErrInvalid", err)
	}
}

func bucketsEqual(a, b []store.Bucket) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if d := x.MeanGoldstein - y.MeanGoldstein; d > 1e-9 || d < -1e-9 {
			return false
		}
		x.MeanGoldstein, y.MeanGoldstein = 0, 0
		if x != y {
			return false
		}
	}
	return true
}

func articleIDs(t *testing.T, s store.Store, q store.ArticleQuery) []string {
	t.Helper()
	as, err := s.Articles(ctx, q)
	if err != nil {
		t.Fatalf("Articles(%+v): %v", q, err)
	}
	out := []string{}
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func testArticles(t *testing.T, s store.Store) {
	putAll(t, s)
	if got := articleIDs(t, s, store.ArticleQuery{}); !reflect.DeepEqual(got, []string{"protest", "second", "visit-copy", "visit", "undated"}) {
		t.Errorf("Articles() = %v; want newest first, the undated last", got)
	}
	cases := []struct {
		name string
		q    store.ArticleQuery
		want []string
	}{
		{"word", store.ArticleQuery{Text: "apricots"}, []string{}},
		{"word in text", store.ArticleQuery{Text: "coercion"}, []string{"protest"}},
		{"stemmed", store.ArticleQuery{Text: "criticise"}, []string{"protest"}},
		{"phrase", store.ArticleQuery{Text: `"foreign minister Qin Gang"`}, []string{"second", "visit-copy", "visit"}},
		{"title", store.ArticleQuery{Text: "protests"}, []string{"protest"}},
		{"or", store.ArticleQuery{Text: "maritime OR coercion"}, []string{"protest", "undated"}},
		{"from", store.ArticleQuery{From: day("2023-06-19")}, []string{"protest", "second"}},
		{"to", store.ArticleQuery{To: day("2023-06-19")}, []string{"visit-copy", "visit"}},
		{"site name", store.ArticleQuery{Site: "example wire"}, []string{"protest", "visit"}},
		{"site host", store.ArticleQuery{Site: "daily.example"}, []string{"visit-copy"}},
		{"actor by entity", store.ArticleQuery{Actor: "RUS"}, []string{"protest"}},
		{"actor by event", store.ArticleQuery{Actor: "IGO"}, []string{"undated"}},
		{"actor prefix", store.ArticleQuery{Actor: "CHN"}, []string{"protest", "second", "visit-copy", "visit"}},
		{"text and date", store.ArticleQuery{Text: "Beijing", From: day("2023-06-19")}, []string{"protest", "second"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := articleIDs(t, s, c.q); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Articles(%+v) = %v; want %v", c.q, got, c.want)
			}
		})
	}
	as, err := s.Articles(ctx, store.ArticleQuery{Text: "coercion"})
	if err != nil || len(as) != 1 {
		t.Fatalf("Articles(coercion) = %v, %v", as, err)
	}
	a := as[0]
	if a.Title != "China protests US chip rules" || a.URL != "https://wire.example/2023/06/20/chips" || a.Site != "Example Wire" || a.Published != "2023-06-20T09:15:00Z" || a.Events != 2 {
		t.Errorf("summary = %+v", a)
	}
	if !strings.Contains(a.Snippet, "<mark>coercion</mark>") || !strings.Contains(a.Snippet, "&#34;") {
		t.Errorf("snippet %q: want the hit marked and the text escaped", a.Snippet)
	}
	as, _ = s.Articles(ctx, store.ArticleQuery{Site: "News Example"})
	if len(as) != 1 || !strings.HasPrefix(as[0].Snippet, "Chinese state media gave") || strings.Contains(as[0].Snippet, "<mark>") {
		t.Errorf("snippet without a search = %q; want the opening words", as[0].Snippet)
	}
}

func testArticlePages(t *testing.T, s store.Store) {
	putAll(t, s)
	all := articleIDs(t, s, store.ArticleQuery{})
	var paged []string
	q := store.ArticleQuery{Limit: 2}
	for range 10 {
		got := articleIDs(t, s, q)
		paged = append(paged, got...)
		if len(got) < 2 {
			break
		}
		q.After = got[len(got)-1]
	}
	if !reflect.DeepEqual(paged, all) {
		t.Errorf("pages of 2 = %v; want %v", paged, all)
	}
	q = store.ArticleQuery{Text: "Beijing", Limit: 1}
	paged = nil
	for range 10 {
		got := articleIDs(t, s, q)
		paged = append(paged, got...)
		if len(got) < 1 {
			break
		}
		q.After = got[0]
	}
	if !reflect.DeepEqual(paged, []string{"protest", "second", "visit-copy", "visit"}) {
		t.Errorf("search pages of 1 = %v", paged)
	}
}

func quoteKeys(t *testing.T, s store.Store, q store.QuoteQuery) []string {
	t.Helper()
	rows, err := s.Quotes(ctx, q)
	if err != nil {
		t.Fatalf("Quotes(%+v): %v", q, err)
	}
	out := []string{}
	for _, r := range rows {
		out = append(out, r.Speaker.Name+"/"+r.Article)
	}
	return out
}

func testQuotes(t *testing.T, s store.Store) {
	putAll(t, s)
	cases := []struct {
		name string
		q    store.QuoteQuery
		want []string
	}{
		{"all", store.QuoteQuery{}, []string{"Wang/protest", "Blinken/visit-copy", "Blinken/visit"}},
		{"speaker", store.QuoteQuery{Speaker: "blink"}, []string{"Blinken/visit-copy", "Blinken/visit"}},
		{"actor", store.QuoteQuery{Actor: "CHN"}, []string{"Wang/protest"}},
		{"text", store.QuoteQuery{Text: "COERCION"}, []string{"Wang/protest"}},
		{"from", store.QuoteQuery{From: day("2023-06-19")}, []string{"Wang/protest"}},
		{"to", store.QuoteQuery{To: day("2023-06-19")}, []string{"Blinken/visit-copy", "Blinken/visit"}},
		{"nobody", store.QuoteQuery{Speaker: "Nobody"}, []string{}},
		{"percent is literal", store.QuoteQuery{Text: "%"}, []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := quoteKeys(t, s, c.q); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Quotes(%+v) = %v; want %v", c.q, got, c.want)
			}
		})
	}
	rows, _ := s.Quotes(ctx, store.QuoteQuery{Speaker: "Wang"})
	if len(rows) != 1 {
		t.Fatal("no Wang quote")
	}
	r := rows[0]
	if r.Actor != "CHNGOV" || r.Title != "China protests US chip rules" || r.Published != "2023-06-20T09:15:00Z" || r.Quote != protest().Quotes[0] || r.ID == 0 {
		t.Errorf("quote row = %+v", r)
	}
	// pages
	var got []string
	q := store.QuoteQuery{Limit: 1}
	for range 10 {
		rows, err := s.Quotes(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 {
			break
		}
		got = append(got, rows[0].Speaker.Name+"/"+rows[0].Article)
		q.After = fmt.Sprint(rows[0].ID)
	}
	if !reflect.DeepEqual(got, []string{"Wang/protest", "Blinken/visit-copy", "Blinken/visit"}) {
		t.Errorf("quote pages of 1 = %v", got)
	}
}

func testActor(t *testing.T, s store.Store) {
	putAll(t, s)
	p, err := s.Actor(ctx, "CHNGOV")
	if err != nil {
		t.Fatal(err)
	}
	if p.Code != "CHNGOV" || p.Articles != 4 || p.Events != 6 {
		t.Errorf("Actor(CHNGOV) = %+v; want 4 articles, 6 events", p)
	}
	if !reflect.DeepEqual(p.Names, []string{"Qin Gang", "Wang Wenbin"}) {
		t.Errorf("names = %v; want Qin Gang (3 articles) then Wang Wenbin", p.Names)
	}
	want := []store.RoleSpan{
		{Name: "Qin Gang", Role: "Foreign Minister", First: "2023-06-18", Last: "2023-06-19", Count: 3},
		{Name: "Wang Wenbin", Role: "Foreign Ministry Spokesman", First: "2023-06-20", Last: "2023-06-20", Count: 1},
	}
	if !reflect.DeepEqual(p.Roles, want) {
		t.Errorf("roles = %+v; want %+v", p.Roles, want)
	}
	if !reflect.DeepEqual(p.Partners, []store.Partner{{Code: "USAGOV", Events: 5}, {Code: "USA", Events: 1}}) {
		t.Errorf("partners = %+v", p.Partners)
	}
	p, err = s.Actor(ctx, "USA")
	if err != nil {
		t.Fatal(err)
	}
	if p.Events != 7 || p.Articles != 4 || len(p.Roles) != 1 || p.Roles[0].Name != "Antony Blinken" {
		t.Errorf("Actor(USA) = %+v", p)
	}
	if p, err := s.Actor(ctx, "IGO"); err != nil || p.Events != 1 || p.Articles != 0 {
		t.Errorf("Actor(IGO) = %+v, %v; want one event", p, err)
	}
	if _, err := s.Actor(ctx, "FRA"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Actor(FRA) error = %v; want ErrNotFound", err)
	}
}

func testPutMany(t *testing.T, s store.Store) {
	rs, err := s.PutMany(ctx, []*document.Document{visit(), visitCopy(), visit(), second()})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 4 || !rs[0].Added || !rs[1].Added || rs[1].DuplicateOf != "visit" || rs[1].Linked != 2 || rs[2].Added || rs[2].ID != "visit" || rs[3].Linked != 1 {
		t.Errorf("PutMany = %+v", rs)
	}
	if _, err := s.PutMany(ctx, []*document.Document{protest(), nil}); err == nil {
		t.Errorf("PutMany with a nil Document: no error")
	}
	if ok, _ := s.HasHash(ctx, store.ContentHash(protest())); ok {
		t.Errorf("a failed PutMany stored part of its batch")
	}
	if rs, err := s.PutMany(ctx, nil); err != nil || len(rs) != 0 {
		t.Errorf("PutMany(nil) = %v, %v", rs, err)
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 3 {
		t.Errorf("articles = %d; want 3", st.Articles)
	}
}

func testFeeds(t *testing.T, s store.Store) {
	f, err := s.Feed(ctx, "https://feeds.example/world.xml")
	if err != nil || f.URL != "https://feeds.example/world.xml" || f.ETag != "" || !f.Checked.IsZero() {
		t.Errorf("Feed of a new feed = %+v, %v", f, err)
	}
	now := time.Date(2023, 6, 18, 12, 0, 0, 0, time.UTC)
	f = store.FeedState{URL: "https://feeds.example/world.xml", ETag: `"abc"`, LastModified: "Sun, 18 Jun 2023 11:00:00 GMT", Checked: now, Items: 3}
	if err := s.SetFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	f.ETag, f.Items = `"def"`, 5
	if err := s.SetFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	got, err := s.Feed(ctx, f.URL)
	if err != nil || got.ETag != `"def"` || got.Items != 5 || !got.Checked.Equal(now) || got.LastModified != f.LastModified {
		t.Errorf("Feed = %+v, %v; want %+v", got, err, f)
	}
	put(t, s, visit())
	if ok, err := s.HasURL(ctx, visit().URL); !ok || err != nil {
		t.Errorf("HasURL(visit) = %v, %v", ok, err)
	}
	if ok, _ := s.HasURL(ctx, "https://wire.example/other"); ok {
		t.Errorf("HasURL of an unknown page = true")
	}
	if ok, _ := s.HasURL(ctx, ""); ok {
		t.Errorf("HasURL(\"\") = true")
	}
}

func testInvalid(t *testing.T, s store.Store) {
	putAll(t, s)
	bad := []struct {
		name string
		err  error
	}{}
	check := func(name string, err error) {
		bad = append(bad, struct {
			name string
			err  error
		}{name, err})
	}
	_, err := s.Articles(ctx, store.ArticleQuery{Text: `"unclosed`})
	check("fts syntax", err)
	_, err = s.Articles(ctx, store.ArticleQuery{After: "no-such-article"})
	check("article cursor", err)
	_, err = s.Events(ctx, store.EventQuery{After: "x12"})
	check("event cursor", err)
	_, err = s.Events(ctx, store.EventQuery{After: "999999"})
	check("unknown event cursor", err)
	_, err = s.Events(ctx, store.EventQuery{Quad: 7})
	check("quad", err)
	_, err = s.Events(ctx, store.EventQuery{Dyad: [2]string{"USA", ""}})
	check("half a dyad", err)
	_, err = s.Events(ctx, store.EventQuery{Limit: -1})
	check("negative limit", err)
	_, err = s.Quotes(ctx, store.QuoteQuery{After: "?"})
	check("quote cursor", err)
	for _, b := range bad {
		if !errors.Is(b.err, store.ErrInvalid) {
			t.Errorf("%s: error %v; want ErrInvalid", b.name, b.err)
		}
	}
	// odd but valid input is no error
	for _, q := range []string{"Beijing AND", "AND", "*", "\x00", "'; DROP TABLE articles; --", "NEAR(", "ü", "title:"} {
		_, err := s.Articles(ctx, store.ArticleQuery{Text: q})
		if err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Articles(%q): %v; want results or ErrInvalid", q, err)
		}
	}
	if rows := events(t, s, store.EventQuery{Actor: "\xff\xff", Limit: 5000}); len(rows) != 0 {
		t.Errorf("odd actor matched %d rows", len(rows))
	}
	if st, _ := s.Stats(ctx); st.Articles != 5 {
		t.Errorf("articles after odd queries = %d", st.Articles)
	}
}

// testConcurrent writes and reads at once: run it with -race.
func testConcurrent(t *testing.T, s store.Store) {
	const writers, per = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				d := visit()
				// every writer also puts the same few articles: stored once
				if i%2 == 0 {
					d.ID = fmt.Sprintf("w%d-%d", w, i)
					d.URL = fmt.Sprintf("https://site%d.example/%d", w, i)
				} else {
					d.ID = fmt.Sprintf("shared-%d", i)
					d.URL = fmt.Sprintf("https://shared.example/%d", i)
				}
				if _, err := s.Put(ctx, d); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if _, err := s.Events(ctx, store.EventQuery{Dyad: [2]string{"USA", "CHN"}}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Articles(ctx, store.ArticleQuery{Text: "Beijing"}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Timeline(ctx, store.TimelineQuery{}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 4 writers x 5 own + 5 shared articles
	if st.Articles != writers*per/2+per/2 {
		t.Errorf("articles = %d; want %d", st.Articles, writers*per/2+per/2)
	}
	// all but the first are copies of one another, and every event is one
	// of two, reported many times
	if st.Duplicates != st.Articles-1 {
		t.Errorf("duplicates = %d; want %d", st.Duplicates, st.Articles-1)
	}
	d := events(t, s, store.EventQuery{Distinct: true})
	if len(d) != 2 || d[0].Mentions != st.Articles {
		t.Errorf("distinct events = %v; want 2 with %d mentions each", eventKeys(d), st.Articles)
	}
}
