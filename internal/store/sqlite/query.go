package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/store"
)

// Article is the full Document stored under id.
func (s *Store) Article(ctx context.Context, id string) (*document.Document, error) {
	var text, doc string
	err := s.r.QueryRowContext(ctx, `SELECT text, doc FROM articles WHERE id = ?`, id).Scan(&text, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: article %q: %w", id, err)
	}
	d := new(document.Document)
	if err := json.Unmarshal([]byte(doc), d); err != nil {
		return nil, fmt.Errorf("sqlite: article %q: stored document: %w", id, err)
	}
	d.Text = text
	return d, nil
}

// Snippet markers inside SQLite, replaced by <mark> once the text is escaped.
const (
	markOpen  = "\x02"
	markClose = "\x03"
)

// Articles searches articles, newest first.
func (s *Store) Articles(ctx context.Context, q store.ArticleQuery) ([]store.ArticleSummary, error) {
	n, err := limit(q.Limit, 50, maxLimit)
	if err != nil {
		return nil, err
	}
	text := strings.TrimSpace(q.Text)
	var c cond // what every way of finding the page checks
	if !q.From.IsZero() {
		c.add(`a.pub >= ?`, q.From.Unix())
	}
	if !q.To.IsZero() {
		c.add(`a.pub < ? AND a.pub > ?`, q.To.Unix(), unknownPub)
	}
	if q.Site != "" {
		c.add(`(a.site = ? COLLATE NOCASE OR a.host = ?)`, q.Site, strings.TrimPrefix(strings.ToLower(q.Site), "www."))
	}
	var after cond
	if q.After != "" {
		var pub, seq int64
		err := s.r.QueryRowContext(ctx, `SELECT pub, seq FROM articles WHERE id = ?`, q.After).Scan(&pub, &seq)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("%w: cursor %q is no stored article", store.ErrInvalid, q.After)
		}
		if err != nil {
			return nil, err
		}
		after.add(`(a.pub < ? OR a.pub = ? AND a.seq < ?)`, pub, pub, seq)
	}
	lim := ` LIMIT ` + strconv.Itoa(n)
	var seqs []int64
	switch {
	case text != "":
		// the page's rows first, sorted on the date alone: snippets are
		// made for those only
		// the matches as a set, probed in date order: a common word stops
		// at the first page, a rare one reads the date index only
		w := c
		w.parts = append(append([]string{`a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`}, w.parts...), after.parts...)
		w.args = append(append([]any{text}, w.args...), after.args...)
		if q.Actor != "" {
			actorIn(&w, q.Actor)
		}
		seqs, err = s.eventIDs(ctx, `SELECT a.seq FROM articles a INDEXED BY articles_pub`+w.where()+` ORDER BY a.pub DESC, a.seq DESC`+lim, w.args)
		if err != nil {
			return nil, invalid(err)
		}
	case q.Actor != "":
		// the actor's articles as a set (from the indexes), probed in date
		// order: a frequent actor stops at the first page, a rare one reads
		// the date index only
		w := c
		w.parts = append(w.parts, after.parts...)
		w.args = append(w.args, after.args...)
		actorIn(&w, q.Actor)
		seqs, err = s.eventIDs(ctx, `SELECT a.seq FROM articles a INDEXED BY articles_pub`+w.where()+` ORDER BY a.pub DESC, a.seq DESC`+lim, w.args)
		if err != nil {
			return nil, err
		}
	default:
		w := c
		w.parts = append(w.parts, after.parts...)
		w.args = append(w.args, after.args...)
		seqs, err = s.eventIDs(ctx, `SELECT a.seq FROM articles a`+w.where()+` ORDER BY a.pub DESC, a.seq DESC`+lim, w.args)
		if err != nil {
			return nil, err
		}
	}
	out := make([]store.ArticleSummary, 0, len(seqs))
	if len(seqs) == 0 {
		return out, nil
	}
	snippet := `substr(a.text, 1, 400)`
	args := anys(seqs)
	if text != "" {
		snippet = `''`
	}
	rows, err := s.r.QueryContext(ctx, `SELECT a.seq, a.id, a.url, a.site, a.title, a.published, a.events, coalesce(d.id, ''), `+snippet+`
		FROM articles a LEFT JOIN articles d ON d.seq = a.duplicate_of WHERE a.seq IN (`+placeholders(len(seqs))+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	bySeq := map[int64]store.ArticleSummary{}
	for rows.Next() {
		var a store.ArticleSummary
		var seq int64
		if err := rows.Scan(&seq, &a.ID, &a.URL, &a.Site, &a.Title, &a.Published, &a.Events, &a.DuplicateOf, &a.Snippet); err != nil {
			return nil, err
		}
		bySeq[seq] = a
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if text != "" {
		rows, err := s.r.QueryContext(ctx, `SELECT rowid, snippet(articles_fts, -1, char(2), char(3), '…', 32) FROM articles_fts
			WHERE articles_fts MATCH ? AND rowid IN (`+placeholders(len(seqs))+`)`, append([]any{text}, args...)...)
		if err != nil {
			return nil, invalid(err)
		}
		defer rows.Close()
		for rows.Next() {
			var seq int64
			var snip string
			if err := rows.Scan(&seq, &snip); err != nil {
				return nil, err
			}
			a := bySeq[seq]
			a.Snippet = snip
			bySeq[seq] = a
		}
		if err := rows.Err(); err != nil {
			return nil, invalid(err)
		}
	}
	for _, seq := range seqs {
		a := bySeq[seq]
		a.Snippet = markSnippet(a.Snippet, text != "")
		out = append(out, a)
	}
	return out, nil
}

// actorIn adds "the article has an entity or an event of actor" as sets
// read from the indexes.
func actorIn(c *cond, actor string) {
	lo, hi := rangeOf(actor)
	c.add(`a.seq IN (SELECT article FROM entities WHERE code >= ? AND code < ? AND code != ''
		UNION SELECT article FROM events WHERE source >= ? AND source < ?
		UNION SELECT article FROM events WHERE target >= ? AND target < ?)`, lo, hi, lo, hi, lo, hi)
}

// markSnippet makes a snippet safe HTML: the text escaped, the hits in
// <mark>. A snippet that is only the text's opening is cut at a word.
func markSnippet(s string, search bool) string {
	if !search {
		s = strings.Join(strings.Fields(s), " ")
		if len(s) >= 300 {
			cut := 300
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			if i := strings.LastIndexByte(s[:cut], ' '); i > 200 {
				cut = i
			}
			s = s[:cut] + " …"
		}
	}
	s = html.EscapeString(s)
	s = strings.ReplaceAll(s, markOpen, "<mark>")
	return strings.ReplaceAll(s, markClose, "</mark>")
}

// eventFilter is q's filters on events e: conditions every event meets,
// and at most one set of alternatives (an actor on either side, a dyad in
// either direction), made exclusive so that a UNION ALL of them lists each
// event once. Each alternative is answered from an actor index alone,
// where an OR of them would read every matching row of the table.
type eventFilter struct {
	common cond
	alts   []cond
	// narrow: a filter the day index cannot check (place, article), so the
	// newest-first scan is not tried
	narrow bool
}

// rangeOf is the bounds of the codes starting with p.
func rangeOf(p string) (lo, hi string) {
	lo, hi = prefixRange(p)
	if hi == "" {
		hi = "\U0010FFFF"
	}
	return lo, hi
}

func newEventFilter(q store.EventQuery) (*eventFilter, error) {
	f := &eventFilter{}
	c := &f.common
	in := func(col, p string) (string, []any) {
		lo, hi := rangeOf(p)
		return "(" + col + " >= ? AND " + col + " < ?)", []any{lo, hi}
	}
	either := func(a1 string, a1args []any, a2 string, a2args []any) []cond {
		return []cond{
			{parts: []string{a1}, args: a1args},
			{parts: []string{a2, "NOT " + a1}, args: append(append([]any{}, a2args...), a1args...)},
		}
	}
	if q.Dyad[0] != "" || q.Dyad[1] != "" {
		if q.Dyad[0] == "" || q.Dyad[1] == "" {
			return nil, fmt.Errorf("%w: a dyad needs two actors", store.ErrInvalid)
		}
		sa, saArgs := in("e.source", q.Dyad[0])
		tb, tbArgs := in("e.target", q.Dyad[1])
		sb, sbArgs := in("e.source", q.Dyad[1])
		ta, taArgs := in("e.target", q.Dyad[0])
		f.alts = either("("+sa+" AND "+tb+")", append(saArgs, tbArgs...), "("+sb+" AND "+ta+")", append(sbArgs, taArgs...))
	}
	if q.Actor != "" {
		s, sArgs := in("e.source", q.Actor)
		t, tArgs := in("e.target", q.Actor)
		if f.alts == nil {
			f.alts = either(s, sArgs, t, tArgs)
		} else {
			c.add("("+s+" OR "+t+")", append(sArgs, tArgs...)...)
		}
	}
	if q.Source != "" {
		c.prefix("e.source", q.Source)
	}
	if q.Target != "" {
		c.prefix("e.target", q.Target)
	}
	if q.Cameo != "" {
		c.prefix("e.cameo", q.Cameo)
	}
	if q.Quad != 0 {
		if q.Quad < 1 || q.Quad > 4 {
			return nil, fmt.Errorf("%w: quad class %d: want 1 to 4", store.ErrInvalid, q.Quad)
		}
		c.add(`e.quad = ?`, q.Quad)
	}
	if !q.From.IsZero() {
		c.add(`e.day >= ?`, dayOf(q.From))
	}
	if !q.To.IsZero() {
		// To is exclusive: an event on To's day is out unless To is past midnight
		to := dayOf(q.To)
		if !q.To.Equal(time.Date(q.To.Year(), q.To.Month(), q.To.Day(), 0, 0, 0, 0, q.To.Location())) {
			to++
		}
		c.add(`e.day < ? AND e.day > ?`, to, unknownDay)
	}
	if q.Place != "" {
		c.add(`(e.place = ? COLLATE NOCASE OR e.place_country = ?)`, q.Place, strings.ToUpper(q.Place))
		f.narrow = true
	}
	if q.Article != "" {
		c.add(`e.article = (SELECT seq FROM articles WHERE id = ?)`, q.Article)
		f.narrow = true
	}
	if q.Distinct {
		c.add(`e.same_as = 0`)
	}
	return f, nil
}

// union is the SELECT of cols from the events e matching f and extra,
// one SELECT per alternative joined by UNION ALL.
func (f *eventFilter) union(cols string, extra *cond) (string, []any) {
	alts := f.alts
	if len(alts) == 0 {
		alts = []cond{{}}
	}
	var parts []string
	var args []any
	for _, alt := range alts {
		var c cond
		c.parts = append(append(append(c.parts, f.common.parts...), alt.parts...), extra.parts...)
		c.args = append(append(append(c.args, f.common.args...), alt.args...), extra.args...)
		parts = append(parts, `SELECT `+cols+` FROM events e`+c.where())
		args = append(args, c.args...)
	}
	return strings.Join(parts, " UNION ALL "), args
}

// all is f as one condition, alternatives OR'd: for the newest-first scan,
// which checks each row anyway.
func (f *eventFilter) all(extra *cond) cond {
	var c cond
	c.parts = append(append(c.parts, f.common.parts...), extra.parts...)
	c.args = append(append(c.args, f.common.args...), extra.args...)
	if len(f.alts) > 0 {
		var ors []string
		for _, a := range f.alts {
			ors = append(ors, "("+strings.Join(a.parts, " AND ")+")")
			c.args = append(c.args, a.args...)
		}
		// the alternatives' arguments come last: put their condition last
		c.parts = append(c.parts, "("+strings.Join(ors, " OR ")+")")
	}
	return c
}

// scanWindow is how many of the newest events the first try of a page
// reads: a filter that matches often finds its page among them without a
// sort; one that matches rarely is answered from the actor indexes.
const scanWindow = 3000

// Events lists events, newest first.
func (s *Store) Events(ctx context.Context, q store.EventQuery) ([]store.EventRow, error) {
	n, err := limit(q.Limit, 100, maxLimit)
	if err != nil {
		return nil, err
	}
	f, err := newEventFilter(q)
	if err != nil {
		return nil, err
	}
	var after cond
	if q.After != "" {
		id, err := strconv.ParseInt(q.After, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: cursor %q: want an event id", store.ErrInvalid, q.After)
		}
		var day int64
		err = s.r.QueryRowContext(ctx, `SELECT day FROM events WHERE id = ?`, id).Scan(&day)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("%w: cursor %q is no stored event", store.ErrInvalid, q.After)
		}
		if err != nil {
			return nil, err
		}
		after.add(`(e.day < ? OR e.day = ? AND e.id < ?)`, day, day, id)
	}
	var ids []int64
	if !f.narrow {
		// first try: the newest events in the day index, checked one by one
		c := f.all(&cond{})
		win := `SELECT e.id, e.day, e.quad, e.same_as, e.source, e.target, e.cameo FROM events e INDEXED BY events_day_cover` +
			after.where() + ` ORDER BY e.day DESC, e.id DESC LIMIT ` + strconv.Itoa(scanWindow)
		ids, err = s.eventIDs(ctx, `SELECT e.id FROM (`+win+`) e`+c.where()+` ORDER BY e.day DESC, e.id DESC LIMIT `+strconv.Itoa(n),
			append(append([]any{}, after.args...), c.args...))
		if err != nil {
			return nil, err
		}
	}
	if len(ids) < n {
		// a rare match, or fewer events than a page: from the indexes
		u, args := f.union(`e.id, e.day`, &after)
		ids, err = s.eventIDs(ctx, `SELECT id FROM (`+u+`) ORDER BY day DESC, id DESC LIMIT `+strconv.Itoa(n), args)
		if err != nil {
			return nil, err
		}
	}
	out := make([]store.EventRow, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+eventCols+` FROM events e JOIN articles a ON a.seq = e.article WHERE e.id IN (`+placeholders(len(ids))+`)`, anys(ids)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byID := map[int64]store.EventRow{}
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		byID[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, id := range ids {
		out = append(out, byID[id])
	}
	return out, nil
}

// placeholders is "?, ?, ..." for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func (s *Store) eventIDs(ctx context.Context, query string, args []any) ([]int64, error) {
	rows, err := s.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

const eventCols = `e.id, a.id, a.title, e.source, e.target, e.cameo, e.root, e.quad, e.goldstein, e.plover_event, e.plover_mode,
	e.date, e.place, e.lat, e.lon, e.sentence, e.source_entity, e.target_entity, e.evidence, e.rule, e.same_as,
	(SELECT count(DISTINCT m.article) FROM events m WHERE m.grp = e.grp),
	coalesce((SELECT n.name FROM entities n WHERE n.article = e.article AND n.eid = e.source_entity AND e.source_entity != ''), ''),
	coalesce((SELECT n.name FROM entities n WHERE n.article = e.article AND n.eid = e.target_entity AND e.target_entity != ''), ''),
	a.url, a.site, a.added, e.day, e.place_country,
	(SELECT count(DISTINCT s.host || '|' || s.site) FROM events m JOIN articles s ON s.seq = m.article WHERE m.grp = e.grp)`

type scanner interface{ Scan(...any) error }

func scanEvent(r scanner) (store.EventRow, error) {
	var e store.EventRow
	var day int64
	err := r.Scan(&e.ID, &e.Article, &e.Title, &e.Source, &e.Target, &e.Cameo, &e.Root, &e.Quad, &e.Goldstein, &e.Plover.Event, &e.Plover.Mode,
		&e.Date, &e.Place, &e.Lat, &e.Lon, &e.Sentence, &e.SourceEntity, &e.TargetEntity, &e.Evidence, &e.Rule, &e.SameAs, &e.Mentions,
		&e.SourceName, &e.TargetName, &e.URL, &e.Site, &e.Added, &day, &e.PlaceCountry, &e.Sources)
	if day > unknownDay {
		e.Day = dayString(day)
	}
	return e, err
}

// maxBuckets bounds a timeline's length when gaps are filled.
const maxBuckets = 20000

// Timeline counts events in buckets, oldest first. Buckets between the
// first and the last (or between From and To when given) are all present,
// with zeros where nothing happened.
func (s *Store) Timeline(ctx context.Context, q store.TimelineQuery) ([]store.Bucket, error) {
	var bucket string
	switch q.Bucket {
	case "day":
		bucket = `e.day`
	case "", "week":
		bucket = `e.day - (((e.day + 3) % 7) + 7) % 7` // 1970-01-01 was a Thursday; weeks start on Monday
	case "month":
		bucket = `CAST(strftime('%Y', e.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', e.day * 86400, 'unixepoch') AS INTEGER) - 1`
	default:
		return nil, fmt.Errorf("%w: bucket %q: want day, week or month", store.ErrInvalid, q.Bucket)
	}
	eq := q.EventQuery
	eq.Distinct = false
	f, err := newEventFilter(eq)
	if err != nil {
		return nil, err
	}
	var known cond
	known.add(`e.day > ?`, unknownDay)
	u, args := f.union(`e.grp, e.day, e.quad, e.goldstein`, &known)
	// an event counts once, at its first report among those that match
	// (the reports of one event share its CAMEO code, so its quad class and
	// Goldstein score)
	rows, err := s.r.QueryContext(ctx, `WITH m AS (SELECT e.grp, min(e.day) AS day, count(*) AS n, min(e.quad) AS quad, min(e.goldstein) AS goldstein
			FROM (`+u+`) e GROUP BY e.grp)
		SELECT `+strings.ReplaceAll(bucket, "e.day", "m.day")+` AS b, count(*), sum(m.quad IN (1, 2)), sum(m.quad IN (3, 4)), avg(m.goldstein), sum(m.n)
		FROM m GROUP BY b ORDER BY b`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type agg struct {
		b                      int64
		n, coop, conf, mention int
		mean                   float64
	}
	var got []agg
	for rows.Next() {
		var a agg
		if err := rows.Scan(&a.b, &a.n, &a.coop, &a.conf, &a.mean, &a.mention); err != nil {
			return nil, err
		}
		got = append(got, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// the bucket numbers: days, Monday days or months since year 0
	step := int64(1)
	key := func(t time.Time) int64 { return dayNum(t) }
	start := func(b int64) string { return dayString(b) }
	switch q.Bucket {
	case "", "week":
		step = 7
		key = func(t time.Time) int64 { d := dayNum(t); return d - ((d+3)%7+7)%7 }
	case "month":
		key = func(t time.Time) int64 { return int64(t.Year())*12 + int64(t.Month()) - 1 }
		start = func(b int64) string { return fmt.Sprintf("%04d-%02d-01", b/12, b%12+1) }
	}
	lo, hi := int64(0), int64(-1)
	if len(got) > 0 {
		lo, hi = got[0].b, got[len(got)-1].b
	}
	if !q.From.IsZero() {
		lo = key(q.From)
		if len(got) == 0 {
			hi = lo - step
		}
	}
	if !q.To.IsZero() {
		hi = key(q.To.Add(-time.Nanosecond))
	}
	if (hi-lo)/step > maxBuckets {
		return nil, fmt.Errorf("%w: the timeline would have over %d buckets: narrow the dates or use a larger bucket", store.ErrInvalid, maxBuckets)
	}
	out := []store.Bucket{}
	i := 0
	for b := lo; b <= hi; b += step {
		bk := store.Bucket{Start: start(b)}
		for i < len(got) && got[i].b < b {
			i++
		}
		if i < len(got) && got[i].b == b {
			a := got[i]
			bk.Events, bk.Cooperative, bk.Conflictual, bk.MeanGoldstein, bk.Mentions = a.n, a.coop, a.conf, a.mean, a.mention
		}
		out = append(out, bk)
	}
	return out, nil
}

// Quotes lists quotations, newest first.
func (s *Store) Quotes(ctx context.Context, q store.QuoteQuery) ([]store.QuoteRow, error) {
	n, err := limit(q.Limit, 100, maxLimit)
	if err != nil {
		return nil, err
	}
	var c cond
	if q.Speaker != "" {
		c.add(`instr(lower(q.speaker_name), lower(?)) > 0`, q.Speaker)
	}
	if q.Actor != "" {
		c.prefix("q.actor", q.Actor)
	}
	if q.Text != "" {
		c.add(`instr(lower(q.text), lower(?)) > 0`, q.Text)
	}
	if !q.From.IsZero() {
		c.add(`q.pub >= ?`, q.From.Unix())
	}
	if !q.To.IsZero() {
		c.add(`q.pub < ? AND q.pub > ?`, q.To.Unix(), unknownPub)
	}
	if q.After != "" {
		id, err := strconv.ParseInt(q.After, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: cursor %q: want a quote id", store.ErrInvalid, q.After)
		}
		var pub int64
		err = s.r.QueryRowContext(ctx, `SELECT pub FROM quotes WHERE id = ?`, id).Scan(&pub)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("%w: cursor %q is no stored quote", store.ErrInvalid, q.After)
		}
		if err != nil {
			return nil, err
		}
		c.add(`(q.pub < ? OR q.pub = ? AND q.id < ?)`, pub, pub, id)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT q.id, q.start, q.end, q.text, q.direct, q.speaker_entity, q.speaker_name, q.speaker_start, q.speaker_end, q.cue, q.actor, a.id, a.title, a.published
		FROM quotes q JOIN articles a ON a.seq = q.article`+c.where()+`
		ORDER BY q.pub DESC, q.id DESC LIMIT `+strconv.Itoa(n), c.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.QuoteRow{}
	for rows.Next() {
		var r store.QuoteRow
		if err := rows.Scan(&r.ID, &r.Start, &r.End, &r.Text, &r.Direct, &r.Speaker.Entity, &r.Speaker.Name, &r.Speaker.Start, &r.Speaker.End, &r.Cue, &r.Actor, &r.Article, &r.Title, &r.Published); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// maxPartners is how many counterparts an actor page lists.
const maxPartners = 20

// Actor is what the archive knows of the actors whose code starts with code.
func (s *Store) Actor(ctx context.Context, code string) (*store.ActorPage, error) {
	code = strings.TrimSpace(code)
	if code == "" {
		return nil, fmt.Errorf("%w: no actor code", store.ErrInvalid)
	}
	lo, hi := prefixRange(code)
	if hi == "" {
		hi = "\U0010FFFF"
	}
	p := &store.ActorPage{Code: code, Names: []string{}, Roles: []store.RoleSpan{}, Partners: []store.Partner{}}
	err := s.r.QueryRowContext(ctx, `SELECT count(DISTINCT article) FROM entities WHERE code >= ? AND code < ? AND code != ''`, lo, hi).Scan(&p.Articles)
	if err != nil {
		return nil, err
	}
	err = s.r.QueryRowContext(ctx, `SELECT count(*) FROM events e WHERE e.source >= ? AND e.source < ? OR e.target >= ? AND e.target < ?`, lo, hi, lo, hi).Scan(&p.Events)
	if err != nil {
		return nil, err
	}
	if p.Articles == 0 && p.Events == 0 {
		return nil, fmt.Errorf("actor %q: %w", code, store.ErrNotFound)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT name FROM entities WHERE code >= ? AND code < ? AND code != '' GROUP BY name ORDER BY sum(mentions) DESC, count(*) DESC, name LIMIT 50`, lo, hi)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		p.Names = append(p.Names, n)
	}
	rows.Close()
	rows, err = s.r.QueryContext(ctx, `SELECT name, role, min(pubday), max(pubday), count(*) FROM entities
		WHERE code >= ? AND code < ? AND code != '' AND role != ''
		GROUP BY name, role ORDER BY min(pubday) = '', min(pubday), name, role LIMIT 500`, lo, hi)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var r store.RoleSpan
		if err := rows.Scan(&r.Name, &r.Role, &r.First, &r.Last, &r.Count); err != nil {
			rows.Close()
			return nil, err
		}
		p.Roles = append(p.Roles, r)
	}
	rows.Close()
	rows, err = s.r.QueryContext(ctx, `SELECT partner, count(*) AS n FROM (
			SELECT CASE WHEN e.source >= ? AND e.source < ? THEN e.target ELSE e.source END AS partner
			FROM events e WHERE e.source >= ? AND e.source < ? OR e.target >= ? AND e.target < ?)
		WHERE partner != '' GROUP BY partner ORDER BY n DESC, partner LIMIT ?`, lo, hi, lo, hi, lo, hi, maxPartners)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var pt store.Partner
		if err := rows.Scan(&pt.Code, &pt.Events); err != nil {
			return nil, err
		}
		p.Partners = append(p.Partners, pt)
	}
	return p, rows.Err()
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM entities)`).Scan(&st.Articles, &st.Duplicates, &st.Events, &st.Quotes, &st.Entities)
	return st, err
}
