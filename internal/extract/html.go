package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/attache-news/attache/document"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// HTML extracts the article of a web page into d. The body comes from
// go-trafilatura (with its readability and DOM-distiller fallbacks), cleaned
// of captions and page furniture; the metadata comes from our own reading of
// the page's <meta> tags, JSON-LD, headings and bylines.
func HTML(data []byte, contentType string, d *document.Document) {
	src := Decode(data, contentType, d)
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // x/net/html only fails on reader errors
		d.Warn("html: " + err.Error())
		return
	}
	gq := goquery.NewDocumentFromNode(root)
	m := readMeta(gq)
	if d.URL == "" {
		d.URL = absURL(m.canonical, "")
		if d.URL == "" {
			d.URL = absURL(m.meta("og:url"), "")
		}
	}
	fillMeta(m, gq, d)

	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if u := parseURL(d.URL); u != nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		d.Warn("html: no article body found")
		return
	}
	d.Text = blockText(res.ContentNode)
	if d.Text == "" {
		d.Warn("html: no article body found")
	}
	if d.Language == "" {
		d.Language = res.Metadata.Language
	}
}

// blockText renders an extracted content tree as paragraphs separated by a
// blank line: each block element (p, h1-h6, li, blockquote, pre, tr, div
// holding text directly) starts a paragraph; <br> starts a new line.
func blockText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := cleanSpace(cur.String()); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "figcaption":
				return
			case "br", "lb":
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th") {
			cur.WriteByte(' ')
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "tr": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "dl": true, "dt": true, "dd": true,
	"figure": true, "hr": true, "main": true, "aside": true, "address": true, "details": true, "summary": true,
	"quote": true, "list": true, "item": true, "row": true,
}
