package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Defaults used for Config fields left at zero.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 20 << 20 // 20 MiB
	DefaultMaxRedirects = 5
)

const (
	modulePath   = "github.com/attache-news/attache"
	acceptHeader = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
)

// Sentinels for errors.Is. The error returned by Fetch carries a more specific
// message (the URL, the scheme, the limit) and matches one of these.
var (
	ErrScheme           = errors.New("unsupported URL scheme")
	ErrInvalidURL       = errors.New("invalid URL")
	ErrTooLarge         = errors.New("page too large")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrNotArticle       = errors.New("content type is not an article")
)

// Config sets the limits of a Fetcher. The zero Config is ready to use.
type Config struct {
	Timeout      time.Duration // whole request including the body; 0 means DefaultTimeout
	MaxBytes     int64         // body size limit after gzip decoding; 0 means DefaultMaxBytes
	MaxRedirects int           // 0 means DefaultMaxRedirects; negative means follow none
	UserAgent    string        // "" means "attache/<version> (+https://github.com/attache-news/attache)"
	// Client, when non-nil, supplies the Transport and cookie Jar. Its Timeout
	// and CheckRedirect are ignored: the Fetcher applies its own limits.
	Client *http.Client
}

// Fetcher downloads pages within the limits of its Config. It is safe for
// concurrent use.
type Fetcher struct {
	client       http.Client // Transport and Jar only; copied per fetch
	timeout      time.Duration
	maxBytes     int64
	maxRedirects int
	userAgent    string
}

// New returns a Fetcher for cfg, filling in defaults for zero fields.
func New(cfg Config) *Fetcher {
	f := &Fetcher{
		timeout:      cfg.Timeout,
		maxBytes:     cfg.MaxBytes,
		maxRedirects: cfg.MaxRedirects,
		userAgent:    cfg.UserAgent,
	}
	if f.timeout <= 0 {
		f.timeout = DefaultTimeout
	}
	if f.maxBytes <= 0 {
		f.maxBytes = DefaultMaxBytes
	}
	switch {
	case f.maxRedirects == 0:
		f.maxRedirects = DefaultMaxRedirects
	case f.maxRedirects < 0:
		f.maxRedirects = 0
	}
	if f.userAgent == "" {
		f.userAgent = defaultUserAgent()
	}
	if cfg.Client != nil {
		f.client.Transport = cfg.Client.Transport
		f.client.Jar = cfg.Client.Jar
	}
	return f
}

// Page is a downloaded page.
type Page struct {
	URL          string // final URL after redirects
	ContentType  string // the Content-Type header as sent; "" when the server sent none
	Body         []byte // raw bytes, gzip-decoded but not charset-decoded; may be empty
	LastModified string // the Last-Modified header as sent; "" when the server sent none
}

// Fetch downloads rawURL with GET. It returns an error, never a partial Page,
// when the URL is not http or https, the server answers with a non-2xx status,
// the fetch takes longer than the timeout, the body is larger than the size
// limit, there are too many redirects, or the content type is not an article.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	rawURL = strings.TrimSpace(rawURL)
	u, err := url.Parse(rawURL)
	if err != nil {
		if ue, ok := err.(*url.Error); ok {
			err = ue.Err
		}
		return nil, fmt.Errorf("GET %s: %w", quoteIfOdd(rawURL), &kindError{kind: ErrInvalidURL, msg: "invalid URL", err: err})
	}
	if err := checkURL(u); err != nil {
		name := rawURL
		if _, ok := u.User.Password(); ok {
			name = u.Redacted()
		}
		return nil, fmt.Errorf("GET %s: %w", quoteIfOdd(name), err)
	}

	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", u.Redacted(), err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", acceptHeader)
	req.Header.Set("Accept-Language", "en")
	// No Accept-Encoding: net/http then asks for gzip and decodes it itself.

	// last is the URL of the most recent request sent, for error messages.
	// The client is copied per fetch so that CheckRedirect can record it
	// without sharing state between concurrent fetches.
	last := req.URL
	c := f.client
	c.CheckRedirect = func(next *http.Request, via []*http.Request) error {
		if len(via) > f.maxRedirects {
			return &kindError{kind: ErrTooManyRedirects, msg: fmt.Sprintf("stopped after %d redirects", f.maxRedirects)}
		}
		if err := checkURL(next.URL); err != nil {
			return fmt.Errorf("redirect to %s refused: %w", next.URL.Redacted(), err)
		}
		last = next.URL
		return nil
	}
	// what names the request in errors: the URL asked for and, after a
	// redirect, the URL that failed.
	what := func() string {
		if last == req.URL {
			return "GET " + u.Redacted()
		}
		return "GET " + u.Redacted() + " -> " + last.Redacted()
	}
	fail := func(err error) error {
		if parent.Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return fmt.Errorf("%s: timed out after %v: %w", what(), f.timeout, err)
		}
		return fmt.Errorf("%s: %w", what(), err)
	}

	resp, err := c.Do(req)
	if err != nil {
		if ue, ok := err.(*url.Error); ok {
			err = ue.Err // its URL is in what()
		}
		return nil, fail(err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Read a little so that the connection can be reused.
		io.CopyN(io.Discard, resp.Body, 4<<10)
		return nil, fmt.Errorf("%s: %w", what(), newStatusError(resp))
	}
	ct := resp.Header.Get("Content-Type")
	verdict := classify(ct)
	if verdict == refuse {
		return nil, fmt.Errorf("%s: %w", what(), &kindError{kind: ErrNotArticle, msg: fmt.Sprintf("content type %q is not an article", ct)})
	}
	if resp.ContentLength > f.maxBytes {
		return nil, fmt.Errorf("%s: %w", what(), f.tooLarge())
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, fail(fmt.Errorf("reading body: %w", err))
	}
	if int64(len(body)) > f.maxBytes {
		return nil, fmt.Errorf("%s: %w", what(), f.tooLarge())
	}
	if verdict == sniff {
		if got := http.DetectContentType(body); !strings.HasPrefix(got, "text/") {
			return nil, fmt.Errorf("%s: %w", what(), &kindError{kind: ErrNotArticle,
				msg: fmt.Sprintf("content type %q with a body that looks like %q is not an article", ct, got)})
		}
	}
	return &Page{
		URL:          resp.Request.URL.String(),
		ContentType:  ct,
		Body:         body,
		LastModified: resp.Header.Get("Last-Modified"),
	}, nil
}

func (f *Fetcher) tooLarge() error {
	return &kindError{kind: ErrTooLarge, msg: fmt.Sprintf("page larger than %d bytes", f.maxBytes)}
}

// checkURL accepts absolute http and https URLs with a host.
func checkURL(u *url.URL) error {
	switch u.Scheme {
	case "http", "https":
	case "":
		return &kindError{kind: ErrScheme, msg: "URL has no scheme (want http or https)"}
	default:
		return &kindError{kind: ErrScheme, msg: fmt.Sprintf("unsupported URL scheme %q (want http or https)", u.Scheme)}
	}
	if u.Hostname() == "" {
		return &kindError{kind: ErrInvalidURL, msg: "URL has no host"}
	}
	return nil
}

// quoteIfOdd quotes a URL for an error message when it is empty or holds
// spaces or control characters, which would make the message ambiguous.
func quoteIfOdd(s string) string {
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f || !unicode.IsPrint(r) }) {
		return strconv.Quote(s)
	}
	return s
}

// A verdict is what to do with a page given its Content-Type header.
type verdict int

const (
	accept verdict = iota // text, HTML, XML, JSON
	refuse                // images, audio, video, fonts, archives
	sniff                 // unknown, missing or generic: look at the body
)

// classify decides on a Content-Type header before the body is read.
func classify(contentType string) verdict {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil || mt == "" {
		return sniff
	}
	major, minor, _ := strings.Cut(mt, "/")
	switch {
	case major == "text",
		minor == "html", minor == "xhtml+xml", minor == "xml", minor == "json",
		strings.HasSuffix(minor, "+xml"), strings.HasSuffix(minor, "+json"):
		return accept
	case major == "image", major == "video", major == "audio", major == "font":
		return refuse
	}
	switch mt {
	case "application/zip", "application/gzip", "application/x-gzip",
		"application/x-tar", "application/x-7z-compressed", "application/x-rar-compressed",
		"application/vnd.rar", "application/x-bzip2", "application/x-xz", "application/zstd":
		return refuse
	}
	return sniff
}

// StatusError is a response with a status other than 2xx.
type StatusError struct {
	Code   int    // 404
	Status string // "404 Not Found"
}

func newStatusError(resp *http.Response) *StatusError {
	status := resp.Status
	if status == "" {
		status = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
	}
	return &StatusError{Code: resp.StatusCode, Status: status}
}

func (e *StatusError) Error() string { return e.Status }

// kindError has its own message and matches the sentinel kind with errors.Is.
// err, when non-nil, is the underlying cause.
type kindError struct {
	kind error
	msg  string
	err  error
}

func (e *kindError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *kindError) Is(target error) bool { return target == e.kind }
func (e *kindError) Unwrap() error        { return e.err }

var defaultUserAgent = sync.OnceValue(func() string {
	return "attache/" + version() + " (+https://" + modulePath + ")"
})

// version is the module version stamped into the binary, or "dev".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Path != modulePath || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "dev"
	}
	return bi.Main.Version
}
