package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"os"
	"strconv"
	"strings"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/input"
)

// A small reader of WARC files (ISO 28500, WARC/1.0 and 1.1), enough for
// Common Crawl News: a file is a sequence of records, each a version line,
// named header fields, a blank line, a block of Content-Length bytes and two
// line ends; a .warc.gz file is the same with each record a gzip member.

// Record is one WARC record.
type Record struct {
	Version string               // "WARC/1.0"
	Header  textproto.MIMEHeader // WARC-Type, WARC-Target-URI, WARC-Date, Content-Type ...
	Block   []byte               // nil when the block was over the size limit
	Offset  int64                // the record's number in the file, from 1
}

// Type is the record's WARC-Type ("response", "request", "warcinfo" ...).
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// ErrNotWARC marks a stream that does not start with a WARC record.
var ErrNotWARC = errors.New("not a WARC file")

// WARCReader reads the records of a WARC stream, gzipped or not.
type WARCReader struct {
	br       *bufio.Reader
	maxBlock int64
	n        int64
}

// NewWARCReader reads r, decompressing it when it is gzip (one member per
// record or one for the whole file). Blocks over maxBlock bytes are skipped
// (their Record has a nil Block); maxBlock 0 means 20 MiB.
func NewWARCReader(r io.Reader, maxBlock int64) (*WARCReader, error) {
	if maxBlock <= 0 {
		maxBlock = maxBytes
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNotWARC, err)
		}
		br = bufio.NewReaderSize(zr, 64<<10) // gzip reads every member in turn
	}
	head, _ := br.Peek(5)
	if string(head) != "WARC/" {
		return nil, ErrNotWARC
	}
	return &WARCReader{br: br, maxBlock: maxBlock}, nil
}

// maxHeader bounds a record's header block.
const maxHeader = 1 << 20

// Next is the next record, or io.EOF after the last.
func (w *WARCReader) Next() (*Record, error) {
	// the two line ends that close a record, and any stray blank lines
	var line string
	for {
		l, err := w.line()
		if l != "" {
			line = l
			break
		}
		if err != nil {
			return nil, err // io.EOF after the last record
		}
	}
	w.n++
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("record %d: %q is not a WARC version line", w.n, clip(line))
	}
	rec := &Record{Version: line, Header: textproto.MIMEHeader{}, Offset: w.n}
	size := 0
	var last string
	for {
		l, err := w.line()
		if err != nil {
			return nil, fmt.Errorf("record %d: header: %w", w.n, unexpected(err))
		}
		if l == "" {
			break
		}
		if size += len(l); size > maxHeader {
			return nil, fmt.Errorf("record %d: header over %d bytes", w.n, maxHeader)
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" { // a folded line
			vs := rec.Header[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(l)
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("record %d: header line %q has no colon", w.n, clip(l))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		rec.Header.Add(last, strings.TrimSpace(value))
	}
	n, err := strconv.ParseInt(rec.Header.Get("Content-Length"), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("record %d: bad Content-Length %q", w.n, clip(rec.Header.Get("Content-Length")))
	}
	if n > w.maxBlock {
		if _, err := io.CopyN(io.Discard, w.br, n); err != nil {
			return nil, fmt.Errorf("record %d: block: %w", w.n, unexpected(err))
		}
		return rec, nil
	}
	rec.Block = make([]byte, n)
	if _, err := io.ReadFull(w.br, rec.Block); err != nil {
		return nil, fmt.Errorf("record %d: block: %w", w.n, unexpected(err))
	}
	return rec, nil
}

// line reads one line without its line end.
func (w *WARCReader) line() (string, error) {
	var b []byte
	for {
		chunk, err := w.br.ReadSlice('\n')
		if len(b)+len(chunk) > maxHeader {
			return "", fmt.Errorf("line over %d bytes", maxHeader)
		}
		b = append(b, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return strings.TrimRight(string(b), "\r\n"), err
	}
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// Page is the web page of a response record: its status, headers and body
// (decoded from gzip or deflate content-encoding, de-chunked).
func (r *Record) Page() (status int, header http.Header, body []byte, err error) {
	if r.Block == nil {
		return 0, nil, nil, fmt.Errorf("record %d: block over the size limit", r.Offset)
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(r.Block)), nil)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("record %d: HTTP response: %w", r.Offset, err)
	}
	defer resp.Body.Close()
	var rd io.Reader = resp.Body
	switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
	case "gzip", "x-gzip":
		// Common Crawl keeps the header but some crawlers store the payload
		// decoded: decode only what is gzip
		br := bufio.NewReader(rd)
		if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
			zr, err := gzip.NewReader(br)
			if err != nil {
				return 0, nil, nil, fmt.Errorf("record %d: gzip body: %w", r.Offset, err)
			}
			rd = zr
		} else {
			rd = br
		}
	}
	body, err = io.ReadAll(io.LimitReader(rd, maxBytes+1))
	if err != nil {
		return 0, nil, nil, fmt.Errorf("record %d: body: %w", r.Offset, err)
	}
	if len(body) > maxBytes {
		return 0, nil, nil, fmt.Errorf("record %d: body over %d bytes", r.Offset, maxBytes)
	}
	return resp.StatusCode, resp.Header, body, nil
}

// isWARCFile reports whether path names a WARC file: by its name, else by
// its first bytes.
func isWARCFile(path string) bool {
	lower := strings.ToLower(path)
	if strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz") {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.IsDir() {
		return false
	}
	_, err = NewWARCReader(f, 1)
	return err == nil
}

// warcFile yields the HTML pages of a WARC file's response records: each
// with its target URI as URL and, for pages that carry no date, the capture
// date as the reference date.
func (r *run) warcFile(ctx context.Context, path string, yield func(input.Item) bool) bool {
	var in io.Reader
	if path == "-" {
		if in = r.cfg.Input.Stdin; in == nil {
			return yield(input.Item{Input: path, Err: fmt.Errorf("%s: no standard input", path)})
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return yield(input.Item{Input: path, Err: fmt.Errorf("%s: %w", path, err)})
		}
		defer f.Close()
		in = f
	}
	wr, err := NewWARCReader(in, 0)
	if err != nil {
		return yield(input.Item{Input: path, Err: fmt.Errorf("%s: %w", path, err)})
	}
	for {
		if ctx.Err() != nil {
			return false
		}
		rec, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			// the rest of the file cannot be found again after a broken record
			return yield(input.Item{Input: path, Err: fmt.Errorf("%s: %w", path, err)})
		}
		if rec.Type() != "response" {
			continue
		}
		if mt, _, _ := mime.ParseMediaType(rec.Header.Get("Content-Type")); mt != "application/http" {
			continue
		}
		uri := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
		name := uri
		if name == "" {
			name = fmt.Sprintf("%s#%d", path, rec.Offset)
		}
		status, h, body, err := rec.Page()
		if err != nil {
			if !yield(input.Item{Input: name, Err: fmt.Errorf("%s: %w", path, err)}) {
				return false
			}
			continue
		}
		ct := h.Get("Content-Type")
		if mt, _, _ := mime.ParseMediaType(ct); status != http.StatusOK || mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
			continue // redirects, errors, images, scripts: not articles
		}
		published := r.cfg.Input.Published
		if t, err := time.Parse(time.RFC3339, rec.Header.Get("WARC-Date")); err == nil && published == "" {
			published = t.UTC().Format(time.RFC3339)
		}
		if !yield(input.Item{Input: name, Src: attache.Source{Input: name, URL: uri, Published: published, As: "html", ContentType: ct, Data: body}}) {
			return false
		}
	}
}
