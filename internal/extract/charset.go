package extract

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)`)

// Decode turns input bytes into UTF-8 text. A byte-order mark decides first;
// then input that is valid UTF-8 is taken as UTF-8 whatever it declares, and
// so is input that declares UTF-8 or is mostly UTF-8 with a few stray bytes;
// else the charset of the Content-Type header or of a <meta> declaration in
// the first 4 KiB is used, and Windows-1252 when there is none, as browsers
// do. Bytes that do not decode become U+FFFD, NUL bytes are dropped, and
// either is a warning on d when d is not nil.
func Decode(data []byte, contentType string, d *document.Document) string {
	enc, name := detectCharset(data, contentType)
	var s string
	if enc == nil {
		s = string(data)
	} else {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			s = string(data)
		} else {
			s = string(out)
		}
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	s, bad := validUTF8(s)
	if bad && d != nil {
		d.Warn("input: invalid " + name + " byte sequences replaced by U+FFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
		if d != nil {
			d.Warn("input: NUL bytes removed")
		}
	}
	return s
}

// detectCharset returns nil for UTF-8 (no decoding needed).
func detectCharset(data []byte, contentType string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return nil, "utf-8"
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	}
	if utf8.Valid(data) {
		// valid UTF-8 with high bytes is almost never a legacy charset, and
		// pages saved as UTF-8 often keep the declaration of their origin
		return nil, "utf-8"
	}
	var labels []string
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		labels = append(labels, params["charset"])
	}
	if m := metaCharset.FindSubmatch(data[:min(len(data), 4096)]); m != nil {
		labels = append(labels, string(m[1]))
	}
	for _, label := range labels {
		enc, name := charset.Lookup(label)
		switch {
		case name == "utf-8" || strings.HasPrefix(name, "utf-16"):
			if mostlyUTF8(data) {
				return nil, "utf-8" // UTF-8 with stray bytes: keep it, mark them
			} // else the declaration is wrong: try the next
		case enc != nil:
			return enc, name
		}
	}
	if mostlyUTF8(data) {
		return nil, "utf-8"
	}
	enc, name := charset.Lookup("windows-1252")
	return enc, name
}

// mostlyUTF8: the high bytes form more valid multi-byte sequences than
// invalid ones, as in UTF-8 text with a stray Latin-1 byte pasted in.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	return good > bad
}
