package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/store"
)

// Put stores one Document in its own transaction.
func (s *Store) Put(ctx context.Context, d *document.Document) (store.PutResult, error) {
	rs, err := s.PutMany(ctx, []*document.Document{d})
	if err != nil {
		return store.PutResult{}, err
	}
	return rs[0], nil
}

// PutMany stores docs in one transaction.
func (s *Store) PutMany(ctx context.Context, docs []*document.Document) ([]store.PutResult, error) {
	for i, d := range docs {
		if d == nil {
			return nil, fmt.Errorf("sqlite: put: document %d is nil", i)
		}
	}
	if len(docs) == 0 {
		return nil, nil
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: put: %w", err)
	}
	defer tx.Rollback()
	p := &putter{ctx: ctx, tx: tx, now: time.Now().UTC().Format(time.RFC3339)}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM events`).Scan(&p.nextEvent); err != nil {
		return nil, fmt.Errorf("sqlite: put: %w", err)
	}
	defer p.close()
	rs := make([]store.PutResult, len(docs))
	for i, d := range docs {
		if rs[i], err = p.put(d); err != nil {
			return nil, fmt.Errorf("sqlite: put %s: %w", d.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: put: commit: %w", err)
	}
	return rs, nil
}

// putter writes Documents within one transaction, preparing each statement
// once.
type putter struct {
	ctx       context.Context
	tx        *sql.Tx
	now       string
	nextEvent int64
	stmts     map[string]*sql.Stmt
}

func (p *putter) stmt(q string) (*sql.Stmt, error) {
	if st, ok := p.stmts[q]; ok {
		return st, nil
	}
	st, err := p.tx.PrepareContext(p.ctx, q)
	if err != nil {
		return nil, err
	}
	if p.stmts == nil {
		p.stmts = map[string]*sql.Stmt{}
	}
	p.stmts[q] = st
	return st, nil
}

func (p *putter) exec(q string, args ...any) (sql.Result, error) {
	st, err := p.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(p.ctx, args...)
}

func (p *putter) row(q string, args ...any) *sql.Row {
	st, err := p.stmt(q)
	if err != nil {
		return p.tx.QueryRowContext(p.ctx, q, args...) // reports err on Scan
	}
	return st.QueryRowContext(p.ctx, args...)
}

func (p *putter) close() {
	for _, st := range p.stmts {
		st.Close()
	}
}

func (p *putter) put(d *document.Document) (store.PutResult, error) {
	hash := store.ContentHash(d)
	var existing string
	switch err := p.row(`SELECT id FROM articles WHERE hash = ?`, hash).Scan(&existing); {
	case err == nil:
		return store.PutResult{ID: existing}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.PutResult{}, err
	}
	id, err := p.freeID(d.ID, hash)
	if err != nil {
		return store.PutResult{}, err
	}

	// near-duplicates: candidates share a band; the most similar one over
	// the floor is the one linked to (or the article it copies, in turn)
	sig := store.MinHash(d.Text)
	keys := store.BandKeys(sig)
	var dupSeq sql.NullInt64
	var dupID string
	var sim float64
	if len(keys) > 0 {
		dupSeq, dupID, sim, err = p.nearest(sig, keys)
		if err != nil {
			return store.PutResult{}, err
		}
	}

	pub, pubOK := parsePublished(d.Published)
	pubSec, pubDay, pubDayStr := int64(unknownPub), int64(unknownDay), ""
	if pubOK {
		pubSec, pubDay, pubDayStr = pub.Unix(), dayNum(pub), pub.Format("2006-01-02")
	}
	host := ""
	if u, err := url.Parse(d.URL); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	site := d.Site
	if site == "" {
		site = host
	}
	meta := *d
	meta.ID, meta.Text = id, ""
	docJSON, err := json.Marshal(meta)
	if err != nil {
		return store.PutResult{}, err
	}
	var sigBytes []byte
	if sig != nil {
		sigBytes = store.EncodeSignature(sig)
	}
	res, err := p.exec(`INSERT INTO articles(id, hash, url, host, site, title, published, pub, pubday, duplicate_of, similarity, events, added, signature, doc, text)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, hash, d.URL, host, site, d.Title, d.Published, pubSec, pubDayStr, dupSeq, sim, len(d.Events), p.now, sigBytes, string(docJSON), d.Text)
	if err != nil {
		return store.PutResult{}, err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return store.PutResult{}, err
	}
	if _, err := p.exec(`INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`, seq, d.Title, d.Text); err != nil {
		return store.PutResult{}, err
	}
	for _, k := range keys {
		if _, err := p.exec(`INSERT INTO bands(key, article) VALUES (?, ?)`, k, seq); err != nil {
			return store.PutResult{}, err
		}
	}

	codes := map[string]string{} // entity id -> actor code
	for _, e := range d.Entities {
		var a document.Actor
		if e.Actor != nil {
			a = *e.Actor
		}
		codes[e.ID] = a.Code
		if _, err := p.exec(`INSERT INTO entities(article, eid, name, type, mentions, code, country, sector, role, pubday) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			seq, e.ID, e.Name, e.Type, len(e.Mentions), a.Code, a.Country, a.Sector, a.Role, pubDayStr); err != nil {
			return store.PutResult{}, err
		}
	}
	for _, q := range d.Quotes {
		if _, err := p.exec(`INSERT INTO quotes(article, start, end, text, direct, speaker_entity, speaker_name, speaker_start, speaker_end, cue, actor, pub) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			seq, q.Start, q.End, q.Text, q.Direct, q.Speaker.Entity, q.Speaker.Name, q.Speaker.Start, q.Speaker.End, q.Cue, codes[q.Speaker.Entity], pubSec); err != nil {
			return store.PutResult{}, err
		}
	}
	placeCountry := map[string]string{}
	for _, pl := range d.Places {
		for _, n := range []string{pl.Name, pl.Text} {
			if k := strings.ToLower(n); k != "" && placeCountry[k] == "" {
				placeCountry[k] = pl.Country
			}
		}
		if _, err := p.exec(`INSERT INTO places(article, start, end, text, name, country, lat, lon, geonameid, entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			seq, pl.Start, pl.End, pl.Text, pl.Name, pl.Country, pl.Lat, pl.Lon, pl.GeonameID, pl.Entity); err != nil {
			return store.PutResult{}, err
		}
	}
	linked := 0
	for _, ev := range d.Events {
		day, exact := eventDay(ev.Date, pubDay)
		id := p.nextEvent
		p.nextEvent++
		sameAs, grp := int64(0), id
		if exact && ev.Source != "" && ev.Target != "" && ev.Cameo != "" {
			var g int64
			err := p.row(`SELECT grp FROM events WHERE source = ? AND target = ? AND cameo = ? AND day BETWEEN ? AND ? AND exact = 1 AND article != ? ORDER BY grp LIMIT 1`,
				ev.Source, ev.Target, ev.Cameo, day-1, day+1, seq).Scan(&g)
			switch {
			case err == nil:
				sameAs, grp = g, g
				linked++
			case !errors.Is(err, sql.ErrNoRows):
				return store.PutResult{}, err
			}
		}
		if _, err := p.exec(`INSERT INTO events(id, article, source, target, cameo, root, quad, goldstein, plover_event, plover_mode, date, day, exact, place, place_country, lat, lon, sentence, source_entity, target_entity, evidence, rule, same_as, grp)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, seq, ev.Source, ev.Target, ev.Cameo, ev.Root, ev.Quad, ev.Goldstein, ev.Plover.Event, ev.Plover.Mode, ev.Date, day, exact,
			ev.Place, placeCountry[strings.ToLower(ev.Place)], ev.Lat, ev.Lon, ev.Sentence, ev.SourceEntity, ev.TargetEntity, ev.Evidence, ev.Rule, sameAs, grp); err != nil {
			return store.PutResult{}, err
		}
	}
	return store.PutResult{ID: id, Added: true, DuplicateOf: dupID, Events: len(d.Events), Linked: linked}, nil
}

// freeID is the id to store an article under: its own when free, else one
// made from its content hash.
func (p *putter) freeID(want, hash string) (string, error) {
	for _, id := range []string{want, hash[:16], hash} {
		if id == "" {
			continue
		}
		var n int
		if err := p.row(`SELECT count(*) FROM articles WHERE id = ?`, id).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
			return id, nil
		}
	}
	return "", fmt.Errorf("no free id for content hash %s", hash)
}

// maxCandidates bounds the near-duplicate candidates compared per article.
const maxCandidates = 64

// nearest is the stored article most similar to sig among those sharing a
// band with it, when over store.NearDupFloor: the original it copies when it
// is itself a copy.
func (p *putter) nearest(sig []uint64, keys []int64) (seq sql.NullInt64, id string, sim float64, err error) {
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	q := `SELECT a.seq, a.signature, coalesce(a.duplicate_of, a.seq) FROM articles a WHERE a.seq IN (SELECT article FROM bands WHERE key IN (?` + strings.Repeat(", ?", len(keys)-1) + `) LIMIT ` + fmt.Sprint(maxCandidates) + `)`
	st, err := p.stmt(q)
	if err != nil {
		return seq, "", 0, err
	}
	rows, err := st.QueryContext(p.ctx, args...)
	if err != nil {
		return seq, "", 0, err
	}
	defer rows.Close()
	var best, bestRoot int64
	for rows.Next() {
		var s, root int64
		var b []byte
		if err := rows.Scan(&s, &b, &root); err != nil {
			return seq, "", 0, err
		}
		if v := store.Similarity(sig, store.DecodeSignature(b)); v >= store.NearDupFloor && (v > sim || v == sim && s < best) {
			best, bestRoot, sim = s, root, v
		}
	}
	if err := rows.Err(); err != nil {
		return seq, "", 0, err
	}
	if best == 0 {
		return seq, "", 0, nil
	}
	if err := p.row(`SELECT id FROM articles WHERE seq = ?`, bestRoot).Scan(&id); err != nil {
		return seq, "", 0, err
	}
	return sql.NullInt64{Int64: bestRoot, Valid: true}, id, sim, nil
}

// HasHash reports whether an article with this content hash is stored.
func (s *Store) HasHash(ctx context.Context, hash string) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE hash = ?`, hash).Scan(&n)
	return n > 0, err
}

// HasURL reports whether an article read from url is stored.
func (s *Store) HasURL(ctx context.Context, u string) (bool, error) {
	if u == "" {
		return false, nil
	}
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE url = ? AND url != ''`, u).Scan(&n)
	return n > 0, err
}

// Feed is the state of the last poll of a feed.
func (s *Store) Feed(ctx context.Context, u string) (store.FeedState, error) {
	f := store.FeedState{URL: u}
	var checked int64
	err := s.r.QueryRowContext(ctx, `SELECT etag, last_modified, checked, items FROM feeds WHERE url = ?`, u).Scan(&f.ETag, &f.LastModified, &checked, &f.Items)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return f, nil
	case err != nil:
		return f, err
	}
	f.Checked = time.Unix(checked, 0).UTC()
	return f, nil
}

// SetFeed records a poll.
func (s *Store) SetFeed(ctx context.Context, f store.FeedState) error {
	if f.URL == "" {
		return errors.New("sqlite: set feed: no URL")
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO feeds(url, etag, last_modified, checked, items) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked = excluded.checked, items = excluded.items`,
		f.URL, f.ETag, f.LastModified, f.Checked.Unix(), f.Items)
	return err
}
