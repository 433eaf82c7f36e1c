package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/attache-news/attache/internal/export"
	"github.com/attache-news/attache/internal/store"
	"github.com/attache-news/attache/internal/store/sqlite"
)

func init() {
	commands["export"] = command{runExport, "write stored events as GDELT-style TSV, PLOVER, CSV or Documents as jsonl"}
}

const exportUsage = `usage: attache export [--db PATH] --format gdelt|plover|csv|jsonl [filters]

Writes the stored events (newest first) to standard output or --out:
  gdelt   GDELT 2.0 event table columns, tab-separated (--header names them)
  plover  PLOVER JSON records, one per line
  csv     one row per event, with a header line, for R and pandas
  jsonl   the Documents of the articles with a matching event, one per line`

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("export", exportUsage, stderr)
	db := dbFlag(fs)
	format := fs.String("format", "", "gdelt, plover, csv or jsonl (required)")
	out := fs.String("out", "", "write to this file rather than standard output")
	actor := fs.String("actor", "", "events with a source or target code starting with this (USA, USAGOV)")
	source := fs.String("source", "", "events whose source code starts with this")
	target := fs.String("target", "", "events whose target code starts with this")
	dyad := fs.String("dyad", "", "events between two actors, either direction: USA-CHN")
	cameo := fs.String("cameo", "", "CAMEO code prefix: 04 (a root), 042")
	quad := fs.Int("quad", 0, "quad class 1-4 (verbal and material cooperation, verbal and material conflict)")
	from := fs.String("from", "", "events on or after this date (YYYY-MM-DD or RFC 3339)")
	to := fs.String("to", "", "events before this date")
	place := fs.String("place", "", "events at this place name or country code")
	distinct := fs.Bool("distinct", false, "only the first report of each event")
	max := fs.Int("max", 0, "at most this many rows (0: all)")
	header := fs.Bool("header", false, "gdelt: a first line naming the columns")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "attache export: "+format+"\n", a...)
		return 2
	}
	if len(rest) > 0 {
		return bad("unexpected argument %q (filters are flags: --actor, --dyad ...)", rest[0])
	}
	if *format == "" {
		return bad("--format is required: %s", strings.Join(export.Formats, ", "))
	}
	q := store.EventQuery{Actor: *actor, Source: *source, Target: *target, Cameo: *cameo, Quad: *quad, Place: *place, Distinct: *distinct}
	if *dyad != "" {
		a, b, ok := strings.Cut(*dyad, "-")
		if !ok || a == "" || b == "" || strings.Contains(b, "-") {
			return bad("--dyad %q: want two actor codes joined by '-', like USA-CHN", *dyad)
		}
		q.Dyad = [2]string{strings.ToUpper(a), strings.ToUpper(b)}
	}
	if *quad < 0 || *quad > 4 {
		return bad("--quad %d: want 1 to 4", *quad)
	}
	if *max < 0 {
		return bad("--max must not be negative")
	}
	for _, d := range []struct {
		name, v string
		t       *time.Time
	}{{"from", *from, &q.From}, {"to", *to, &q.To}} {
		if d.v == "" {
			continue
		}
		t, ok := parseDate(d.v)
		if !ok {
			return bad("--%s %q: want YYYY-MM-DD or RFC 3339", d.name, d.v)
		}
		*d.t = t
	}
	ok := false
	for _, f := range export.Formats {
		ok = ok || f == *format
	}
	if !ok {
		return bad("--format %q: want %s", *format, strings.Join(export.Formats, ", "))
	}

	path := dbPath(*db)
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(stderr, "attache export: no store at %s (run attache ingest first, or give --db): %v\n", path, errors.Unwrap(err))
		return 1
	}
	st, err := sqlite.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "attache export: %v\n", err)
		return 1
	}
	defer st.Close()

	w := stdout
	var file *os.File
	if *out != "" {
		if file, err = os.Create(*out); err != nil {
			fmt.Fprintf(stderr, "attache export: %v\n", err)
			return 1
		}
		w = file
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bw := bufio.NewWriterSize(w, 1<<16)
	n, err := export.Write(ctx, st, bw, export.Options{Format: *format, Query: q, Max: *max, Header: *header})
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if file != nil {
		if cerr := file.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "attache export: %v\n", err)
		return 1
	}
	if *out != "" {
		fmt.Fprintf(stderr, "attache export: %d rows to %s\n", n, *out)
	}
	return 0
}

// parseDate reads a date flag: YYYY-MM-DD or RFC 3339.
func parseDate(s string) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	t, err := time.Parse(time.RFC3339, s)
	return t, err == nil
}
