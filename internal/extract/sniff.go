package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrEmpty and ErrBinary are the inputs that carry no article at all.
var (
	ErrEmpty  = errors.New("empty input")
	ErrBinary = errors.New("binary input, not a web page or text")
)

// Sniff tells which form raw input is in: "html", "page", "text" or "jsonl".
// Empty and binary inputs are errors.
func Sniff(data []byte) (string, error) {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(head)
	if len(trimmed) == 0 {
		return "", ErrEmpty
	}
	if isBinary(head) {
		return "", ErrBinary
	}
	if looksLikeHTML(trimmed) {
		return "html", nil
	}
	if looksLikeJSONL(data) {
		return "jsonl", nil
	}
	if LooksLikePage(Decode(data, "", nil)) {
		return "page", nil
	}
	return "text", nil
}

// isBinary reports NUL bytes or a high share of control bytes, the marks of
// images, archives and executables. UTF-16 text (with its byte-order mark) is
// not binary.
func isBinary(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return false
	}
	ctrl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctrl++
		}
	}
	return ctrl*20 > len(b) // over 5 %
}

var htmlMarks = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<article", "<p>", "<p ", "<!--", "<?xml", "<table", "<section", "<span", "<h1", "<script", "<link", "<style"}

func looksLikeHTML(trimmed []byte) bool {
	if trimmed[0] != '<' {
		return false
	}
	low := strings.ToLower(string(trimmed[:min(len(trimmed), 512)]))
	for _, m := range htmlMarks {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// looksLikeJSONL: the first line is a JSON object with "text" or "html".
func looksLikeJSONL(data []byte) bool {
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) == 0 || data[0] != '{' {
		return false
	}
	line := data
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		line = data[:i]
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(line, &obj) != nil {
		return false
	}
	_, t := obj["text"]
	_, h := obj["html"]
	return t || h
}

// validUTF8 returns s with invalid bytes replaced by U+FFFD, and whether any were.
func validUTF8(s string) (string, bool) {
	if utf8.ValidString(s) {
		return s, false
	}
	return strings.ToValidUTF8(s, "\uFFFD"), true
}
