package extract_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/extract"
)

// hostileHTML are small inputs at the edges of what an HTML reader meets.
func hostileHTML() []string {
	return []string{
		"",
		" ",
		"<",
		"<html",
		"<html><body><div><p>Ministers met on Tuesday <b>to discuss <i>the ceasefire", // unclosed tags
		strings.Repeat("<div>", 3000) + "<p>Deep text that is a sentence.</p>",        // deep nesting
		strings.Repeat("<b><i>", 400) + "deep inline",                                 // deep inline nesting
		strings.Repeat("<table><tr><td>", 300) + "cell",                               // nested tables
		"<html><head><title>T</title><script>var s = '<p>not text</p>';",              // <script> without end
		"<html><head><style>p{color:red}</head><body><p>Hidden?</p>",                  // <style> without end
		"<p>caf\xe9 cr\xe8me \xff\xfe\xfd broken \xc3 bytes</p>",                      // invalid UTF-8
		"<title>A\x00B</title><p>Text with a NUL\x00 byte and \x01\x02 controls.</p>", // NUL and controls
		`<div class="` + strings.Repeat("x", 100000) + `">huge attribute</div>`,       // huge attribute
		`<a href="` + strings.Repeat("/%zz", 5000) + `">link</a>`,                     // huge bad URL
		"\xef\xbb\xbf<html><body><p>After a UTF-8 byte-order mark.</p></body></html>", // BOM
		"\xff\xfe<\x00p\x00>\x00H\x00i\x00<\x00/\x00p\x00>\x00",                       // UTF-16LE
		"\xfe\xff\x00<\x00p\x00>\x00H\x00i",                                           // UTF-16BE, odd length
		`<meta charset="utf-16"><p>declared UTF-16, written in ASCII</p>`,             // wrong declaration
		`<meta http-equiv="Content-Type" content="text/html; charset=x-unknown-9"><p>caf` + "\xe9" + `</p>`,
		`<meta property="article:published_time" content="2024-02-30T25:61:00+99:99"><p>Odd date.</p>`,
		`<meta name="date" content="0000-00-00"><meta property="og:image" content="javascript:alert(1)"><p>x</p>`,
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"9999-99-99","author":[[[[[[[[[[[]]]]]]]]]]],"headline":{"@value":{"@value":1}}}</script>`,
		`<script type="application/ld+json">{"@graph":[{"@graph":[{"@graph":[{"@type":["NewsArticle",7],"author":{"name":["A","B"]},"image":[[{"url":3}]]}]}]}]}</script>`,
		`<script type="application/ld+json"><!-- {"@type": "NewsArticle" --></script>`,
		`<html lang="zz-ZZ-x-private"><title> | | - – — </title><h1> </h1><p>Text.</p>`,
		`<figure><figcaption><span class="credit"></span></figcaption></figure><figure><img src="//cdn.example/x.jpg"><figcaption>Photo: (</figcaption></figure>`,
		"<p>One\r\nTwo\rThree\u2028Four\u2029Five\u00a0\u200b\ufeff</p><br><br><br><p>   </p>",
		"<article><p>" + strings.Repeat("word ", 20000) + "</p></article>",
		"<html><body>" + strings.Repeat("<p>Short paragraph of a story, with a full stop.</p>\n", 400) + "</body></html>",
		"<!DOCTYPE html><html><head><base href=\"javascript:x\"><link rel=\"canonical\" href=\"http://[::1\"></head><body><p>Bad base.</p></body></html>",
		"<?xml version=\"1.0\"?><rss><channel><item><title>Feed</title><description>&lt;p&gt;Escaped&lt;/p&gt;</description></item></channel></rss>",
		"<frameset><frame src=\"a.html\"></frameset><noframes><p>No frames.</p></noframes>",
		"<svg><foreignObject><p>Inside SVG.</p></foreignObject></svg><math><mi>x</mi></math>",
		"<template><p>Template text.</p></template><noscript><p>Noscript text.</p></noscript>",
		"<plaintext><p>everything after is text",
		"&#0;&#xD800;&#x110000;&#65533;&amp;&lt;&gt;&nbsp;&unknown;",
	}
}

func addHTMLSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, path := range files {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(b, "")
		}
	}
	for _, s := range hostileHTML() {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=windows-1252")
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=shift_jis")
	f.Add([]byte("<p>Hi</p>"), "text/html; charset=utf-16")
	f.Add([]byte("<p>Hi</p>"), ";;;charset==")
}

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// FuzzHTML: no input makes HTML panic, and what it returns keeps the
// Document's promises.
func FuzzHTML(f *testing.F) {
	addHTMLSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		var d document.Document
		extract.HTML(data, contentType, &d)
		if !utf8.ValidString(d.Text) {
			t.Errorf("body is not valid UTF-8: %q", head(d.Text))
		}
		if strings.TrimSpace(d.Text) != d.Text {
			t.Errorf("body has leading or trailing white space: %q ... %q", head(d.Text), tail(d.Text))
		}
		if strings.Contains(d.Text, "\n\n\n") {
			t.Errorf("body has a run of blank lines")
		}
		if d.Published != "" && !isoDay.MatchString(d.Published) {
			t.Errorf("published %q does not start with YYYY-MM-DD", d.Published)
		}
		fields := append([]string{d.Title, d.Subtitle, d.Section, d.Site, d.Language, d.Published, d.URL}, d.Authors...)
		fields = append(fields, d.Warnings...)
		for _, im := range d.Images {
			fields = append(fields, im.URL, im.Caption, im.Credit)
		}
		for _, v := range fields {
			if !utf8.ValidString(v) {
				t.Errorf("field is not valid UTF-8: %q", v)
			}
		}
	})
}

// FuzzSniff: Sniff names one of the four forms, or says why there is none.
func FuzzSniff(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	pages, _ := filepath.Glob(filepath.Join("testdata", "page", "*.txt"))
	for _, path := range append(files, pages...) {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(b)
		}
	}
	for _, s := range hostileHTML() {
		f.Add([]byte(s))
	}
	for _, s := range []string{"{\"id\":\"1\",\"text\":\"Body.\"}\n{\"id\":\"2\",\"html\":\"<p>x</p>\"}\n", "{\"id\":1}", "{", "\x00\x01\x02",
		"\xef\xbb\xbf", "\xef\xbb\xbf   \n", "plain text that is clean body text.", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		form, err := extract.Sniff(data)
		switch {
		case err == nil:
			if form != "html" && form != "page" && form != "text" && form != "jsonl" {
				t.Errorf("form %q", form)
			}
		case errors.Is(err, extract.ErrEmpty), errors.Is(err, extract.ErrBinary):
			if form != "" {
				t.Errorf("form %q with error %v", form, err)
			}
		default:
			t.Errorf("unexpected error %v", err)
		}
		if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 && !errors.Is(err, extract.ErrEmpty) {
			t.Errorf("blank input: %q, %v", form, err)
		}
		if form2, err2 := extract.Sniff(data); form2 != form || !errors.Is(err2, err) && err2 != err {
			t.Errorf("two runs differ: %q %v, %q %v", form, err, form2, err2)
		}
	})
}

// FuzzDecode: Decode always returns valid UTF-8 without NUL bytes, and input
// that is valid UTF-8 comes back unchanged but for a leading byte-order mark
// and its NUL bytes.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, path := range files {
		if b, err := os.ReadFile(path); err == nil {
			f.Add(b, "")
			f.Add(b, "text/html; charset=iso-8859-15")
		}
	}
	for _, s := range hostileHTML() {
		f.Add([]byte(s), "")
	}
	for _, c := range []struct{ data, ct string }{
		{"caf\xe9", "text/html; charset=windows-1252"}, {"caf\xe9", "text/html; charset=koi8-r"}, {"\x82\xa0\x82\xa2", "text/html; charset=shift_jis"},
		{"\xa4\xa2", "text/html; charset=euc-jp"}, {"\xc4\xe3\xba\xc3", "text/html; charset=gbk"}, {"\x1b$B$\"\x1b(B", "text/html; charset=iso-2022-jp"},
		{"caf\xe9", "text/html; charset=utf-8"}, {"caf\xe9", "text/html; charset=utf-16le"}, {"caf\xe9", "text/html; charset=\"\""},
		{"caf\xe9", "garbage"}, {"\xff\xfe\x00", ""}, {"\xfe\xff\x00", ""}, {"\xef\xbb\xbf\xef\xbb\xbfdouble BOM", ""},
		{"<meta charset=x-user-defined>\x80\xff", ""}, {"<meta charset=replacement>\x80", ""}, {"<meta charset=utf-7>+AGEAYgBj-\x80", ""},
	} {
		f.Add([]byte(c.data), c.ct)
	}
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		var d document.Document
		s := extract.Decode(data, contentType, &d)
		if !utf8.ValidString(s) {
			t.Errorf("not valid UTF-8: %q", head(s))
		}
		if strings.IndexByte(s, 0) >= 0 {
			t.Errorf("NUL byte in %q", head(s))
		}
		if utf8.Valid(data) && s != strings.ReplaceAll(strings.TrimPrefix(string(data), "\uFEFF"), "\x00", "") {
			t.Errorf("valid UTF-8 changed: %q -> %q", head(string(data)), head(s))
		}
		if s2 := extract.Decode(data, contentType, nil); s2 != s {
			t.Errorf("result depends on the Document")
		}
		for _, w := range d.Warnings {
			if !utf8.ValidString(w) {
				t.Errorf("warning not valid UTF-8: %q", w)
			}
		}
	})
}
