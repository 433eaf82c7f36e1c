package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/fetch"
	"github.com/attache-news/attache/internal/input"
	"github.com/attache-news/attache/internal/store"
	"github.com/mmcdole/gofeed"
)

// hosts spaces the requests made to each host by at least delay.
type hosts struct {
	delay time.Duration
	mu    sync.Mutex
	next  map[string]time.Time
}

func newHosts(delay time.Duration) *hosts {
	return &hosts{delay: delay, next: map[string]time.Time{}}
}

// wait blocks until a request to rawURL's host is polite, and books it.
func (h *hosts) wait(ctx context.Context, rawURL string) error {
	if h.delay <= 0 {
		return nil
	}
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		host = strings.ToLower(u.Host)
	}
	h.mu.Lock()
	now := time.Now()
	at := h.next[host]
	if at.Before(now) {
		at = now
	}
	h.next[host] = at.Add(h.delay)
	h.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// feedRun is a feed polled in this run, whose new state is saved once the
// run has stored its items.
type feedRun struct {
	state store.FeedState
	added int
}

// response is a page fetched for url.
type response struct {
	status      int
	url         string // after redirects
	contentType string
	etag        string
	modified    string
	body        []byte
}

// get fetches rawURL, conditionally when etag or modified is set.
func (r *run) get(ctx context.Context, rawURL, etag, modified string) (*response, error) {
	if err := r.hosts.wait(ctx, rawURL); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", r.cfg.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if modified != "" {
		req.Header.Set("If-Modified-Since", modified)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	out := &response{status: resp.StatusCode, url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type"),
		etag: resp.Header.Get("ETag"), modified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("GET %s: %s", rawURL, resp.Status)
	}
	out.body, err = io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", rawURL, err)
	}
	if len(out.body) > maxBytes {
		return nil, fmt.Errorf("GET %s: %w (over %d bytes)", rawURL, fetch.ErrTooLarge, maxBytes)
	}
	return out, nil
}

// isFeed reports whether a fetched body is an RSS or Atom feed rather than
// a page: by its media type, else by its first element.
func isFeed(contentType string, body []byte) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return true
	case "text/html", "application/xhtml+xml":
		return false
	}
	head := body
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.ToLower(head)
	for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if i := bytes.Index(head, []byte(tag)); i >= 0 && !bytes.Contains(head[:i], []byte("<html")) {
			return true
		}
	}
	return false
}

// url reads an http(s) input: a feed yields its items not yet stored (each
// fetched by a worker, politely); a page is itself the item.
func (r *run) url(ctx context.Context, rawURL string, yield func(input.Item) bool) bool {
	st, err := r.cfg.Store.Feed(ctx, rawURL)
	if err != nil {
		return yield(input.Item{Input: rawURL, Err: err})
	}
	resp, err := r.get(ctx, rawURL, st.ETag, st.LastModified)
	if err != nil {
		return yield(input.Item{Input: rawURL, Err: err})
	}
	if resp.status == http.StatusNotModified {
		st.Checked = time.Now()
		r.mu.Lock()
		r.feeds[rawURL] = &feedRun{state: st}
		r.mu.Unlock()
		r.update(func(s *Stats) { s.Feeds++; s.Unchanged++ })
		return true
	}
	if !isFeed(resp.contentType, resp.body) {
		o := r.cfg.Input
		return yield(input.Item{Input: rawURL, Src: attache.Source{Input: rawURL, URL: resp.url, Published: o.Published,
			As: o.As, ContentType: resp.contentType, Data: resp.body}})
	}
	feed, err := parseFeed(resp.body)
	if err != nil {
		return yield(input.Item{Input: rawURL, Err: fmt.Errorf("%s: reading the feed: %w", rawURL, err)})
	}
	fr := &feedRun{state: store.FeedState{URL: rawURL, ETag: resp.etag, LastModified: resp.modified, Checked: time.Now(), Items: st.Items}}
	r.mu.Lock()
	r.feeds[rawURL] = fr
	r.mu.Unlock()
	r.update(func(s *Stats) { s.Feeds++ })
	base, _ := url.Parse(resp.url)
	seen := map[string]bool{}
	for _, item := range feed.Items {
		if ctx.Err() != nil {
			return false
		}
		link := strings.TrimSpace(item.Link)
		if link == "" && len(item.Links) > 0 {
			link = strings.TrimSpace(item.Links[0])
		}
		if link == "" {
			continue
		}
		if u, err := url.Parse(link); err == nil && base != nil {
			link = base.ResolveReference(u).String()
		}
		if seen[link] {
			continue
		}
		seen[link] = true
		if !input.IsURL(link) {
			if !yield(input.Item{Input: link, Err: fmt.Errorf("%s: item link %q is not an http(s) URL", rawURL, link)}) {
				return false
			}
			continue
		}
		if ok, err := r.cfg.Store.HasURL(ctx, link); err == nil && ok {
			r.update(func(s *Stats) { s.Read++; s.Skipped++ })
			continue
		}
		published := r.cfg.Input.Published
		if item.PublishedParsed != nil {
			published = item.PublishedParsed.UTC().Format(time.RFC3339)
		} else if item.UpdatedParsed != nil {
			published = item.UpdatedParsed.UTC().Format(time.RFC3339)
		}
		r.mu.Lock()
		r.from[link] = fr
		r.mu.Unlock()
		if !yield(input.Item{Input: link, Fetch: link, Src: attache.Source{Input: link, URL: link, Published: published, As: r.cfg.Input.As}}) {
			return false
		}
	}
	return true
}

// saveFeeds records the state of each feed polled, once its items are
// stored: a run that stopped early leaves the old state, so that the next
// poll fetches the feed again rather than hear "not modified" and miss the
// items this run did not reach.
func (r *run) saveFeeds(ctx context.Context) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, fr := range r.feeds {
		fr.state.Items += fr.added
		if err := r.cfg.Store.SetFeed(ctx, fr.state); err != nil {
			return fmt.Errorf("ingest: saving the state of feed %s: %w", fr.state.URL, err)
		}
	}
	return nil
}

// parseFeed reads an RSS, Atom or JSON feed. The parser is another
// project's code run on what a web server sent: a panic in it is this
// feed's error, not the end of the run.
func parseFeed(body []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if v := recover(); v != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", v)
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(body))
}
