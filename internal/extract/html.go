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
		IncludeLinks:    true,
	}
	if u := parseURL(d.URL); u != nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		d.Warn("html: no article body found")
		return
	}
	d.Text = cleanBody(blocks(res.ContentNode), d.Title, captionTexts(gq))
	if d.Text == "" {
		d.Warn("html: no article body found")
	}
	if d.Language == "" {
		d.Language = res.Metadata.Language
	}
}

// captionTexts are the page's photo captions, normalised as titles are.
func captionTexts(doc *goquery.Document) map[string]bool {
	out := map[string]bool{}
	doc.Find(`figcaption, [class*="caption"], [class*="Caption"]`).Each(func(_ int, s *goquery.Selection) {
		if t := normTitle(s.Text()); t != "" && len(t) < 600 {
			out[t] = true
		}
	})
	return out
}
