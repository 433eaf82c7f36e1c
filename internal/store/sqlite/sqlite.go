package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attache-news/attache/internal/store"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is the SQLite store. It is safe for concurrent use: writes go
// through one connection, one transaction at a time; reads through a pool.
type Store struct {
	w    *sql.DB // the one writer connection
	r    *sql.DB // readers
	path string
}

var _ store.Store = (*Store)(nil)

// Open opens the store in the file at path, creating it and bringing its
// schema up to date as needed. Several processes may open the same file
// (ingest while serve runs): SQLite's locks order their writes.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlite: no database path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlite: database path %q: '?' and '#' are not allowed in it", path)
	}
	// a page cache of 64 MB and reads through mmap: index pages of a large
	// store stay in memory rather than being read again for every insert
	const pragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)" +
		"&_pragma=cache_size(-65536)&_pragma=mmap_size(1073741824)"
	w, err := sql.Open("sqlite", path+"?"+pragmas+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxIdleTime(0)
	w.SetConnMaxLifetime(0)
	s := &Store{w: w, path: path}
	if err := s.migrate(context.Background()); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", path+"?"+pragmas+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	n := 2 * runtime.GOMAXPROCS(0)
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s.r = r
	return s, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the store; the WAL is checkpointed into the database file.
func (s *Store) Close() error {
	var errs []error
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	errs = append(errs, s.w.Close())
	return errors.Join(errs...)
}

// SchemaVersion is the number of the last migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.w.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

// migration is one numbered schema change, from migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	ents, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range ents {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqlite: migration %s: name must be NNNN_what.sql", e.Name())
		}
		b, err := migrations.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, e.Name(), string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("sqlite: migrations must be numbered 1, 2, 3...: %s", m.name)
		}
	}
	return ms, nil
}

// migrate applies the migrations the database has not seen, each in its own
// transaction with its schema_version row, so that a crash leaves the schema
// at one version or the next.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("sqlite: %s: %w", s.path, err)
	}
	for _, m := range ms {
		if err := s.apply(ctx, m, len(ms)); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, m migration, latest int) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", s.path, err)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return fmt.Errorf("sqlite: %s: %w", s.path, err)
	}
	if v > latest {
		return fmt.Errorf("sqlite: %s has schema version %d, newer than this attache knows (%d): use a newer attache", s.path, v, latest)
	}
	if v >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version(version, applied) VALUES (?, ?)`, m.version, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("sqlite: migration %s: %w", m.name, err)
	}
	return tx.Commit()
}

// Dates as numbers: unknown ones sort after every known one in newest-first
// order and fall outside every range.
const (
	unknownPub = -1_000_000_000 // Unix seconds
	unknownDay = -1_000_000     // days since 1970-01-01
)

// parsePublished reads a Document's publication date: RFC 3339, or ISO 8601
// without an offset (taken as UTC), or a bare date.
func parsePublished(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dayNum is the day of t (its own calendar date) in days since 1970-01-01.
func dayNum(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// dayString is the date of day number n.
func dayString(n int64) string {
	return time.Unix(n*86400, 0).UTC().Format("2006-01-02")
}

// eventDay is an event's day: its date when it is a full one (exact), else
// the first day of its month, else the article's day.
func eventDay(date string, articleDay int64) (day int64, exact bool) {
	if len(date) >= 10 {
		if t, err := time.Parse("2006-01-02", date[:10]); err == nil {
			return dayNum(t), true
		}
	}
	if len(date) >= 7 {
		if t, err := time.Parse("2006-01", date[:7]); err == nil {
			return dayNum(t), false
		}
	}
	if len(date) == 4 { // a year alone ("suspended them in 2022"): filed under its first day
		if t, err := time.Parse("2006", date); err == nil {
			return dayNum(t), false
		}
	}
	return articleDay, false
}

// dayOf is the day number of a query bound, unknownDay for the zero time.
func dayOf(t time.Time) int64 {
	if t.IsZero() {
		return unknownDay
	}
	return dayNum(t)
}

// prefixRange is the half-open range [lo, hi) of strings starting with p,
// for an index range scan; hi is "" when there is no upper bound.
func prefixRange(p string) (lo, hi string) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return p, string(b[:i+1])
		}
	}
	return p, ""
}

// cond is a growing WHERE clause.
type cond struct {
	parts []string
	args  []any
}

func (c *cond) add(sql string, args ...any) {
	c.parts = append(c.parts, sql)
	c.args = append(c.args, args...)
}

// prefix adds "col starts with p".
func (c *cond) prefix(col, p string) {
	lo, hi := prefixRange(p)
	if hi == "" {
		c.add(col+" >= ?", lo)
		return
	}
	c.add("("+col+" >= ? AND "+col+" < ?)", lo, hi)
}

func (c *cond) where() string {
	if len(c.parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.parts, " AND ")
}

// limit is the page size: def when n is 0, at most max.
func limit(n, def, max int) (int, error) {
	switch {
	case n < 0:
		return 0, fmt.Errorf("%w: limit %d is negative", store.ErrInvalid, n)
	case n == 0:
		return def, nil
	case n > max:
		return max, nil
	}
	return n, nil
}

const maxLimit = 1000

// invalid wraps a query error that comes from what was asked (an FTS5
// syntax error) as store.ErrInvalid.
func invalid(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, s := range []string{"fts5:", "malformed MATCH", "unterminated string", "unknown special query", "no such column", "syntax error"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: full-text query: %s", store.ErrInvalid, msg)
		}
	}
	return err
}
