package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/fetch"
	"github.com/attache-news/attache/internal/input"
	"github.com/attache-news/attache/internal/store"
)

// Config says where and how to ingest. Store is required; zero fields take
// the defaults given.
type Config struct {
	Store    store.Store
	Pipeline *attache.Pipeline // nil: attache.New(attache.Config{})
	Fetcher  *fetch.Fetcher    // article pages; nil: fetch.New with UserAgent
	Client   *http.Client      // feeds and URLs given as inputs; nil: a client with the Fetcher's limits
	// UserAgent is sent with every request; "" is attache's.
	UserAgent string
	Workers   int           // articles analysed at once; 0: every core
	BatchSize int           // Documents per write transaction; 0: 256
	BatchWait time.Duration // the longest an analysed Document waits for its batch; 0: 2 s
	// HostDelay is the least time between two requests to one host; 0: 1 s,
	// negative: none.
	HostDelay time.Duration
	// Input reads the arguments as attache analyze does (--as, --url,
	// --published, standard input); As may also be "warc".
	Input input.Options
	// Progress, when set, is called after each input with the counts so
	// far, from one goroutine at a time.
	Progress func(Stats)
	// Error, when set, is called with each input that failed.
	Error func(input string, err error)
}

// Stats counts what an ingest did.
type Stats struct {
	Read       int // inputs read: articles, jsonl lines, feed items, WARC responses
	Added      int // articles stored
	Skipped    int // already stored (by content hash, or a feed item's URL)
	Duplicates int // of the added, near-duplicates of a stored article
	Failed     int // inputs that could not be read, fetched or analysed
	Events     int // events stored
	Linked     int // of them, further reports of an event already stored
	Feeds      int // feeds polled
	Unchanged  int // of them, not modified since the last poll
	Elapsed    time.Duration
}

// Rate is the inputs read per second.
func (s Stats) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Read) / s.Elapsed.Seconds()
}

// String is the one-line summary.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %d, added %d, skipped %d (already stored), duplicates %d, failed %d; %d events (%d further reports); %.1f s, %.0f articles/s",
		s.Read, s.Added, s.Skipped, s.Duplicates, s.Failed, s.Events, s.Linked, s.Elapsed.Seconds(), s.Rate())
	if s.Feeds > 0 {
		fmt.Fprintf(&b, "; %d feeds (%d unchanged)", s.Feeds, s.Unchanged)
	}
	return b.String()
}

// maxBatchBytes bounds the text held in one batch, so that a run of long
// articles keeps memory bounded however large BatchSize is.
const maxBatchBytes = 16 << 20

// errStored marks an input whose article is already stored: it is counted
// as skipped, without analysis.
var errStored = errors.New("already stored")

// Run ingests the articles named by args (files, folders, URLs of pages or
// RSS/Atom feeds, WARC files, "-" for standard input; no args is standard
// input) into cfg.Store. Workers extract and analyse in parallel; one
// goroutine writes, in batched transactions, in input order. An article is
// analysed only when its content hash is not yet stored, so that a second
// run over the same input, or a run after a crash, adds only what is
// missing.
//
// A bad input is counted and reported through cfg.Error; the error returned
// is the one that stopped the run (the store failing, ctx cancelled).
// Whatever was analysed before an interruption is written before Run
// returns.
func Run(ctx context.Context, cfg Config, args []string) (Stats, error) {
	if cfg.Store == nil {
		return Stats{}, errors.New("ingest: no store")
	}
	r := newRun(cfg)
	start := time.Now()
	err := r.run(ctx, args)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stats.Elapsed = time.Since(start)
	return r.stats, err
}

type run struct {
	cfg    Config
	p      *attache.Pipeline
	f      *fetch.Fetcher
	client *http.Client
	hosts  *hosts

	mu    sync.Mutex
	stats Stats
	start time.Time
	feeds map[string]*feedRun // by feed URL
	from  map[string]*feedRun // feed item URL -> its feed
}

// The fetch limits, as analyze's.
const (
	timeout  = 30 * time.Second
	maxBytes = 20 << 20
)

func newRun(cfg Config) *run {
	if cfg.UserAgent == "" {
		cfg.UserAgent = "attache/0.1 (+https://github.com/attache-news/attache)"
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 256
	}
	if cfg.BatchWait <= 0 {
		cfg.BatchWait = 2 * time.Second
	}
	switch {
	case cfg.HostDelay == 0:
		cfg.HostDelay = time.Second
	case cfg.HostDelay < 0:
		cfg.HostDelay = 0
	}
	r := &run{cfg: cfg, p: cfg.Pipeline, f: cfg.Fetcher, client: cfg.Client, start: time.Now(),
		hosts: newHosts(cfg.HostDelay), feeds: map[string]*feedRun{}, from: map[string]*feedRun{}}
	if r.p == nil {
		r.p = attache.New(attache.Config{})
	}
	if r.f == nil {
		r.f = fetch.New(fetch.Config{UserAgent: cfg.UserAgent})
	}
	if r.client == nil {
		r.client = &http.Client{Timeout: timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= fetch.DefaultMaxRedirects {
				return fmt.Errorf("%w (over %d)", fetch.ErrTooManyRedirects, fetch.DefaultMaxRedirects)
			}
			return nil
		}}
	}
	return r
}

// update changes the counts and reports them.
func (r *run) update(f func(*Stats)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(&r.stats)
	if r.cfg.Progress != nil {
		s := r.stats
		s.Elapsed = time.Since(r.start)
		r.cfg.Progress(s)
	}
}

func (r *run) fail(in string, err error) {
	r.update(func(s *Stats) { s.Read++; s.Failed++ })
	if r.cfg.Error != nil {
		r.cfg.Error(in, err)
	}
}

// pending is an analysed article waiting for its batch.
type pending struct {
	input string
	doc   *document.Document
}

func (r *run) run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	// the writer: one goroutine, one transaction per batch. Writes do not
	// stop on cancellation, so that analysed work is kept.
	batches := make(chan []pending, 1)
	var writeErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for b := range batches {
			if writeErr != nil {
				continue
			}
			if err := r.write(context.WithoutCancel(ctx), b); err != nil {
				writeErr = err
				cancel(err)
			}
		}
	}()

	var batch []pending
	var batchStart time.Time
	var batchBytes int
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
			batch, batchBytes = nil, 0
		}
	}
	err := input.Run(ctx, r.items(ctx, args), r.cfg.Workers, r.work, func(res input.Result) error {
		switch {
		case res.Err != nil && ctx.Err() != nil && errors.Is(res.Err, context.Cause(ctx)):
			// cut short by the interruption: not read, not failed
		case errors.Is(res.Err, errStored):
			r.update(func(s *Stats) { s.Read++; s.Skipped++ })
		case res.Err != nil:
			r.fail(res.Item.Input, res.Err)
		default:
			if len(batch) == 0 {
				batchStart = time.Now()
			}
			batch = append(batch, pending{res.Item.Input, res.Doc})
			batchBytes += len(res.Doc.Text)
			if len(batch) >= r.cfg.BatchSize || batchBytes >= maxBatchBytes || time.Since(batchStart) >= r.cfg.BatchWait {
				flush()
			}
		}
		return nil
	})
	flush()
	close(batches)
	<-done
	if writeErr != nil {
		return writeErr
	}
	if err == nil {
		err = r.saveFeeds(context.WithoutCancel(ctx))
	}
	return err
}

// write stores one batch.
func (r *run) write(ctx context.Context, b []pending) error {
	docs := make([]*document.Document, len(b))
	for i, p := range b {
		docs[i] = p.doc
	}
	rs, err := r.cfg.Store.PutMany(ctx, docs)
	if err != nil {
		return fmt.Errorf("ingest: storing %d articles: %w", len(docs), err)
	}
	r.mu.Lock()
	for i, res := range rs {
		if fr := r.from[b[i].input]; fr != nil && res.Added {
			fr.added++
		}
	}
	r.mu.Unlock()
	r.update(func(s *Stats) {
		for _, res := range rs {
			s.Read++
			if !res.Added {
				s.Skipped++
				continue
			}
			s.Added++
			if res.DuplicateOf != "" {
				s.Duplicates++
			}
			s.Events += res.Events
			s.Linked += res.Linked
		}
	})
	return nil
}

// work fetches an item when it is a URL, extracts its article and, unless
// that is already stored, analyses it. A panic becomes the input's error.
func (r *run) work(ctx context.Context, it input.Item) (res input.Result) {
	it = it.Decode()
	if it.Err != nil {
		return input.Result{Item: it, Err: it.Err}
	}
	defer func() {
		if v := recover(); v != nil {
			res = input.Result{Item: it, Err: fmt.Errorf("%s: internal error (please report it): %v", it.Input, v)}
		}
	}()
	src := it.Src
	if it.Fetch != "" {
		if err := r.hosts.wait(ctx, it.Fetch); err != nil {
			return input.Result{Item: it, Err: err}
		}
		page, err := r.f.Fetch(ctx, it.Fetch)
		if err != nil {
			return input.Result{Item: it, Err: err}
		}
		src.Data, src.ContentType = page.Body, page.ContentType
		if src.URL == "" || src.URL == it.Fetch {
			src.URL = page.URL
		}
	}
	d, err := r.p.Extract(ctx, src)
	if err != nil {
		return input.Result{Item: it, Err: fmt.Errorf("%s: %w", it.Input, err)}
	}
	stored, err := r.cfg.Store.HasHash(ctx, store.ContentHash(d))
	if err != nil {
		return input.Result{Item: it, Err: fmt.Errorf("%s: %w", it.Input, err)}
	}
	if stored {
		return input.Result{Item: it, Err: errStored}
	}
	if err := r.p.Annotate(ctx, d); err != nil {
		return input.Result{Item: it, Err: fmt.Errorf("%s: %w", it.Input, err)}
	}
	return input.Result{Item: it, Doc: d}
}

// items is the stream of articles named by args: URLs are fetched here
// (a feed becomes its items), WARC files are read record by record, the
// rest is read as analyze reads it.
func (r *run) items(ctx context.Context, args []string) iter.Seq[input.Item] {
	o := r.cfg.Input
	return func(yield func(input.Item) bool) {
		for _, a := range args {
			if ctx.Err() != nil {
				return
			}
			var ok bool
			switch {
			case input.IsURL(a) && o.As != "jsonl" && o.As != "warc":
				ok = r.url(ctx, a, yield)
			case o.As == "warc" || a != "-" && isWARCFile(a):
				ok = r.warcFile(ctx, a, yield)
			case a != "-" && hasWARC(a):
				// a folder with WARC files: each file read as what it is
				ok = true
				for _, f := range files(a) {
					if ctx.Err() != nil {
						return
					}
					if isWARCFile(f) {
						ok = r.warcFile(ctx, f, yield)
					} else {
						for it := range input.Items(ctx, []string{f}, o) {
							if ok = yield(it); !ok {
								break
							}
						}
					}
					if !ok {
						break
					}
				}
			default:
				ok = true
				for it := range input.Items(ctx, []string{a}, o) {
					if !yield(it) {
						ok = false
						break
					}
				}
			}
			if !ok {
				return
			}
		}
	}
}

// files lists the files under dir as input reads a folder: in path order,
// leaving out hidden files and folders.
func files(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if p != dir && strings.HasPrefix(de.Name(), ".") {
			if de.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !de.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// hasWARC reports whether dir is a folder holding a WARC file, by name.
func hasWARC(dir string) bool {
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return false
	}
	for _, f := range files(dir) {
		l := strings.ToLower(f)
		if strings.HasSuffix(l, ".warc") || strings.HasSuffix(l, ".warc.gz") {
			return true
		}
	}
	return false
}
