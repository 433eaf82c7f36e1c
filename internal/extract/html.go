package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/attache-news/attache/document"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// maxFull is the largest page given the full extraction. Bigger pages (real
// news pages are rarely over 3 MB) get a linear-time reading of their
// paragraphs instead, with a warning, so that a 50 MB page costs seconds.
const maxFull = 6 << 20

// minFull is the body length, in characters, under which go-trafilatura's
// result is replaced by the page's own paragraphs (its MinExtractedSize).
const minFull = 250

// minConfident is the body length, in characters, from which go-trafilatura's
// reading without its fallback extractors is kept.
const minConfident = 3000

// maxDepth is how deep elements may nest; x/net/html refuses deeper trees.
const maxDepth = 256

// HTML extracts the article of a web page into d. The body comes from
// go-trafilatura (with its readability and DOM-distiller fallbacks), cleaned
// of captions and page furniture; the metadata comes from our own reading of
// the page's <meta> tags, JSON-LD, headings and bylines.
func HTML(data []byte, contentType string, d *document.Document) {
	src := Decode(data, contentType, d)
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// the parser refuses trees over 512 open elements: flatten and retry
		d.Warn(fmt.Sprintf("html: elements nested over %d deep were flattened", maxDepth))
		root, err = html.Parse(strings.NewReader(flatten(src, maxDepth)))
		if err != nil {
			d.Warn("html: " + err.Error())
			return
		}
	}
	large := len(src) > maxFull
	if large {
		d.Warn(fmt.Sprintf("html: page of %d MB is over the %d MB of full extraction; its paragraphs were read without boilerplate analysis", len(src)>>20, maxFull>>20))
	}
	gq := goquery.NewDocumentFromNode(root)
	m := readMeta(gq)
	if d.URL == "" {
		d.URL = absURL(m.canonical, "")
		if d.URL == "" {
			d.URL = absURL(m.meta("og:url"), "")
		}
	}
	fillMeta(m, gq, d, !large)
	captions := captionTexts(gq)

	var ps []para
	if large {
		ps = simpleBlocks(gq)
	} else {
		opts := trafilatura.Options{
			ExcludeComments: true,
			HtmlDateMode:    trafilatura.Disabled,
			IncludeLinks:    true,
		}
		if u := parseURL(d.URL); u != nil {
			opts.OriginalURL = u
		}
		// go-trafilatura's own reading first; its fallbacks (readability and
		// the DOM distiller, which double the cost) only when that reading
		// is thin
		for _, fallback := range []bool{false, true} {
			opts.EnableFallback = fallback
			res, err := trafilatura.ExtractDocument(root, opts)
			if err == nil && res != nil && res.ContentNode != nil {
				ps = blocks(res.ContentNode)
				if d.Language == "" {
					d.Language = res.Metadata.Language
				}
			}
			if textLen(ps) >= minConfident {
				break
			}
		}
		if textLen(ps) < minFull {
			// below this go-trafilatura falls back to a raw dump of the page;
			// the page's own paragraphs read better
			if simple := simpleBlocks(gq); textLen(simple) > 0 {
				ps = simple
			}
		}
	}
	if m.shownDek != "" && textLen(ps) > 0 && !strings.Contains(normTitle(joinText(ps)), normTitle(m.shownDek)) {
		// the dek printed above the story is part of it, as news archives
		// keep it; go-trafilatura often leaves it out
		ps = append([]para{{text: m.shownDek}}, ps...)
	}
	d.Text = cleanBody(ps, d, captions)
	if d.Text == "" {
		d.Warn("html: no article body found")
	}
}

// simpleBlocks reads the paragraphs of the page's <article>, else <main>,
// else <body>, leaving out navigation, headers, footers, asides and forms.
func simpleBlocks(doc *goquery.Document) []para {
	box := doc.Find("article").First()
	if box.Length() == 0 {
		box = doc.Find("main").First()
	}
	if box.Length() == 0 {
		box = doc.Find("body").First()
	}
	if box.Length() == 0 {
		return nil
	}
	box.Find("nav, header, footer, aside, form, figure, script, style, noscript, iframe, svg").Remove()
	return blocks(box.Nodes[0])
}

func joinText(ps []para) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.text)
		b.WriteByte(' ')
	}
	return b.String()
}

func textLen(ps []para) int {
	n := 0
	for _, p := range ps {
		n += utf8.RuneCountInString(p.text)
	}
	return n
}

// flatten rewrites a page so that no element nests deeper than max: deeper
// start and end tags are dropped, their text kept.
func flatten(src string, max int) string {
	var b strings.Builder
	b.Grow(len(src))
	z := html.NewTokenizer(strings.NewReader(src))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				b.Write(z.Raw())
				continue
			}
			depth++
			if depth > max {
				continue
			}
		case html.EndTagToken:
			depth--
			if depth >= max {
				continue
			}
		}
		b.Write(z.Raw())
	}
}

var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

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
