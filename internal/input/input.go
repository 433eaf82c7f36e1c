// Package input turns the INPUT arguments of attache's commands (files,
// directories, http(s) URLs, "-" for standard input, and jsonl batches) into
// an ordered stream of articles to analyse, and analyses them on several
// workers while keeping the output in input order.
//
// It consumes argument strings and readers; it produces attache.Source
// values, or a per-input error, in order. Memory stays bounded: inputs are
// read lazily, one jsonl line at a time.
package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"

	attache "github.com/attache-news/attache"
)

// Options say how to read the inputs.
type Options struct {
	As        string    // auto|html|text|page|jsonl
	URL       string    // --url: the page address for a file or standard input
	Published string    // --published
	Stdin     io.Reader // standard input
	MaxBytes  int64     // the largest input accepted; 0 means 64 MiB
}

// Item is one article to analyse: a ready Source, a URL still to fetch, or
// the error that stopped its reading.
type Item struct {
	Input string // the INPUT path or URL, or the jsonl id
	Src   attache.Source
	Fetch string // a URL the worker fetches before analysis
	Err   error
	Batch bool // the item is one line of a jsonl batch

	line []byte // a jsonl line still to decode; see Decode
}

// Decode parses the item's jsonl line, if it still holds one, into its
// Source (or its error). Workers call it, so that decoding large lines runs
// in parallel rather than in the reader.
func (it Item) Decode() Item {
	if it.line == nil {
		return it
	}
	return jsonlItem(it.Input, it.line, Options{URL: it.Src.URL, Published: it.Src.Published})
}

// ErrTooLarge marks an input over Options.MaxBytes.
var ErrTooLarge = errors.New("input too large")

// Items yields every article named by args, in order. Directories are walked
// in path order, leaving out hidden files and folders (names starting with
// "."), and following symbolic links to files; a folder without any file is
// an error. jsonl inputs yield one item per non-empty line.
func Items(ctx context.Context, args []string, o Options) iter.Seq[Item] {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 64 << 20
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	return func(yield func(Item) bool) {
		for _, a := range args {
			if ctx.Err() != nil {
				return
			}
			if !expand(ctx, a, o, yield) {
				return
			}
		}
	}
}

// IsURL reports whether arg names a web address rather than a file. The
// scheme is case-insensitive, as in RFC 3986.
func IsURL(arg string) bool {
	return hasPrefixFold(arg, "http://") || hasPrefixFold(arg, "https://")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func expand(ctx context.Context, a string, o Options, yield func(Item) bool) bool {
	switch {
	case a == "-":
		return readOne(a, o.Stdin, o, yield)
	case IsURL(a):
		if o.As == "jsonl" {
			return yield(Item{Input: a, Err: fmt.Errorf("%s: --as jsonl reads files or standard input, not URLs", a)})
		}
		return yield(Item{Input: a, Fetch: a, Src: source(a, nil, o)})
	case strings.Contains(a, "://"):
		return yield(Item{Input: a, Err: fmt.Errorf("%s: only http and https URLs can be fetched", a)})
	}
	st, err := os.Stat(a)
	if err != nil {
		return yield(Item{Input: a, Err: fileError(a, err)})
	}
	if !st.IsDir() {
		return readFile(a, o, yield)
	}
	var files []string
	err = filepath.WalkDir(a, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, p) // reported when read
			return nil
		}
		if p != a && strings.HasPrefix(de.Name(), ".") {
			if de.IsDir() {
				return fs.SkipDir // .git, .cache and the like
			}
			return nil
		}
		switch t := de.Type(); {
		case t.IsRegular():
			files = append(files, p)
		case t&fs.ModeSymlink != 0:
			if st, err := os.Stat(p); err != nil || st.Mode().IsRegular() {
				files = append(files, p) // a broken link is reported when read
			}
		}
		return nil
	})
	if err != nil {
		return yield(Item{Input: a, Err: fileError(a, err)})
	}
	if len(files) == 0 {
		return yield(Item{Input: a, Err: fmt.Errorf("%s: no files in this folder", a)})
	}
	sort.Strings(files)
	for _, f := range files {
		if ctx.Err() != nil || !readFile(f, o, yield) {
			return false
		}
	}
	return true
}

func readFile(path string, o Options, yield func(Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Item{Input: path, Err: fileError(path, err)})
	}
	defer f.Close()
	return readOne(path, f, o, yield)
}

// readOne reads a whole input, or streams it line by line in jsonl mode.
func readOne(name string, r io.Reader, o Options, yield func(Item) bool) bool {
	if r == nil {
		return yield(Item{Input: name, Err: fmt.Errorf("%s: no standard input", name)})
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if o.As == "jsonl" {
		return readJSONL(name, br, o, yield)
	}
	if o.As == "" || o.As == "auto" {
		// a jsonl batch is recognised by its first line
		if head, _ := br.Peek(4096); looksJSONL(head) {
			return readJSONL(name, br, o, yield)
		}
	}
	data, err := io.ReadAll(io.LimitReader(br, o.MaxBytes+1))
	if err != nil {
		return yield(Item{Input: name, Err: fmt.Errorf("%s: %w", name, err)})
	}
	if int64(len(data)) > o.MaxBytes {
		return yield(Item{Input: name, Err: fmt.Errorf("%s: %w (over %d bytes)", name, ErrTooLarge, o.MaxBytes)})
	}
	return yield(Item{Input: name, Src: source(name, data, o)})
}

// fileError names the file once: "x.html: no such file or directory"
// rather than "open x.html: no such file or directory".
func fileError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == name {
		return fmt.Errorf("%s: %w", name, pe.Err)
	}
	return fmt.Errorf("%s: %w", name, err)
}

func source(name string, data []byte, o Options) attache.Source {
	return attache.Source{Input: name, URL: o.URL, Published: o.Published, As: o.As, Data: data}
}

// Line is one object of a jsonl batch.
type Line struct {
	ID        lineID `json:"id"` // a string, or a number kept as written`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	URL       string `json:"url"`
	Published string `json:"published"`
	As        string `json:"as"` // optional: how to read "text" (text or page); default text
}

func looksJSONL(head []byte) bool {
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	// a whole first line is needed to be sure; a long one is judged by its keys
	return bytes.Contains(line, []byte(`"text"`)) || bytes.Contains(line, []byte(`"html"`))
}

func readJSONL(name string, br *bufio.Reader, o Options, yield func(Item) bool) bool {
	for n := 1; ; n++ {
		raw, tooLarge, err := readLine(br, o.MaxBytes)
		if n == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")) // a byte-order mark
		}
		where := fmt.Sprintf("%s:%d", name, n)
		switch {
		case tooLarge:
			if !yield(Item{Input: where, Batch: true, Err: fmt.Errorf("%s: %w (over %d bytes)", where, ErrTooLarge, o.MaxBytes)}) {
				return false
			}
		case len(bytes.TrimSpace(raw)) > 0:
			it := Item{Input: where, Batch: true, line: raw, Src: attache.Source{URL: o.URL, Published: o.Published}}
			if !yield(it) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(Item{Input: where, Batch: true, Err: fmt.Errorf("%s: %w", where, err)})
		}
	}
}

// readLine reads one line. A line over max bytes is read to its end and
// dropped, so that the stream goes on after it.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLarge bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLarge {
			if int64(len(line)+len(chunk)) > max {
				tooLarge, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLarge, err
		}
	}
}

func jsonlItem(where string, raw []byte, o Options) Item {
	var l Line
	if err := json.Unmarshal(raw, &l); err != nil {
		return Item{Input: where, Batch: true, Err: fmt.Errorf("%s: bad JSON line: %v", where, err)}
	}
	id := firstNonEmpty(string(l.ID), where)
	src := attache.Source{Input: id, ID: string(l.ID), URL: firstNonEmpty(l.URL, o.URL), Published: firstNonEmpty(l.Published, o.Published)}
	switch {
	case l.HTML != "":
		src.As, src.Data = "html", []byte(l.HTML)
	case l.Text != "":
		src.As, src.Data = firstNonEmpty(l.As, "text"), []byte(l.Text)
	default:
		return Item{Input: id, Batch: true, Err: fmt.Errorf("%s: line has neither \"text\" nor \"html\"", where)}
	}
	return Item{Input: id, Src: src, Batch: true}
}

// lineID is the id of a jsonl line: a JSON string, or a number kept as it is
// written (17 becomes "17"); null is no id.
type lineID string

func (id *lineID) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = lineID(s)
	case string(b) == "null":
		*id = ""
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("\"id\" must be a string or a number, not %.20s", b)
		}
		*id = lineID(n)
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
