package ingest

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/attache-news/attache/internal/input"
)

// Count is how many inputs args will yield, for a progress bar's total: the
// lines of jsonl files, the files of folders, one per other file; -1 when
// it cannot be known beforehand (standard input, URLs, feeds, WARC files).
// It reads jsonl files once to count their lines.
func Count(args []string, o input.Options) int {
	if len(args) == 0 {
		return -1
	}
	total := 0
	for _, a := range args {
		if a == "-" || input.IsURL(a) || o.As == "warc" {
			return -1
		}
		st, err := os.Stat(a)
		if err != nil {
			total++ // reported as one failed input
			continue
		}
		if st.IsDir() {
			if hasWARC(a) {
				return -1
			}
			filepath.WalkDir(a, func(p string, de fs.DirEntry, err error) error {
				if err == nil && p != a && strings.HasPrefix(de.Name(), ".") {
					if de.IsDir() {
						return fs.SkipDir
					}
					return nil
				}
				if err == nil && !de.IsDir() {
					total++
				}
				return nil
			})
			continue
		}
		if isWARCFile(a) {
			return -1
		}
		n := jsonlLines(a, o.As)
		if n < 0 {
			total++
		} else {
			total += n
		}
	}
	return total
}

// jsonlLines counts the non-blank lines of a jsonl file; -1 when it is not
// one.
func jsonlLines(path, as string) int {
	f, err := os.Open(path)
	if err != nil {
		return -1
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	if as != "jsonl" {
		if as != "" && as != "auto" {
			return -1
		}
		head, _ := br.Peek(4096)
		head = bytes.TrimLeft(head, " \t\r\n\ufeff")
		line, _, _ := bytes.Cut(head, []byte("\n"))
		if len(head) == 0 || head[0] != '{' || !bytes.Contains(line, []byte(`"text"`)) && !bytes.Contains(line, []byte(`"html"`)) {
			return -1
		}
	}
	n := 0
	blank := true
	buf := make([]byte, 1<<16)
	for {
		k, err := br.Read(buf)
		for _, c := range buf[:k] {
			switch c {
			case '\n':
				if !blank {
					n++
				}
				blank = true
			case ' ', '\t', '\r':
			default:
				blank = false
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return -1
		}
	}
	if !blank {
		n++
	}
	return n
}
