package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// readJSONL reads a JSON Lines file of T, skipping blank lines; lines may be
// of any length.
func readJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	br := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var v T
			if jerr := json.Unmarshal(line, &v); jerr != nil {
				return nil, fmt.Errorf("%s:%d: bad JSON: %w", path, n, jerr)
			}
			out = append(out, v)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
}

// ReadTexts reads the texts of a JSON Lines input file ({"text": ...} on
// each line, as the sets' *.input.jsonl), leaving out empty ones.
func ReadTexts(path string) ([]string, error) {
	lines, err := readJSONL[struct{ Text string }](path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range lines {
		if l.Text != "" {
			out = append(out, l.Text)
		}
	}
	return out, nil
}
