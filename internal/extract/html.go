package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"github.com/attache-news/attache/document"
	"golang.org/x/net/html"
)

// maxFull is the largest page given the full extraction. Bigger pages (real
// news pages are rarely over 3 MB) get a linear-time reading of their
// paragraphs instead, with a warning, so that a 50 MB page costs seconds.
const maxFull = 6 << 20

// minFull is the body length, in characters, under which the extraction is
// replaced by the page's own paragraphs.
const minFull = 250

// minConfident is the body length, in characters, from which a container
// the rules name is kept without asking readability.
const minConfident = 3000

// maxDepth is how deep elements may nest; x/net/html refuses deeper trees.
const maxDepth = 256

// HTML extracts the article of a web page into d. The body comes from the
// container the page's markup names (content.go), or from readability's
// scoring of paragraphs (readeck's go-readability) where it names none,
// cleaned of captions and page furniture; the metadata comes from our own
// reading of the page's <meta> tags, JSON-LD, headings and bylines.
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
		r := articleBlocks(root)
		ps = r.ps
		// a container only a generic name gives ("main", "content") may
		// hold more than the story: readability's reading is then preferred
		// unless it finds under half as much. (On a page that goes on into
		// other stories, readability would take them all.)
		weak := r.rule >= weakRule && r.rule < len(containerRules)
		if !r.feed && (textLen(ps) < minConfident || weak) {
			// a short story, or the whole page read for want of a named
			// container: readability's scoring of paragraphs, when it finds
			// over twice the text
			if art, err := readability.FromDocument(root, parseURL(d.URL)); err == nil && art.Node != nil {
				if rd := blocks(art.Node); textLen(rd) > 2*textLen(ps) || (weak && 2*textLen(rd) > textLen(ps)) {
					ps = rd
				}
			}
		}
		if textLen(ps) < minFull {
			// the page's own paragraphs read better than so little
			if simple := simpleBlocks(gq); textLen(simple) > 0 {
				ps = simple
			}
		}
	}
	if m.shownDek != "" && textLen(ps) > 0 && !strings.Contains(normTitle(joinText(ps)), normTitle(m.shownDek)) {
		// the dek printed above the story is part of it, as news archives
		// keep it; pages often set it apart from the story's container
		ps = append([]para{{text: m.shownDek}}, ps...)
	}
	d.Text = cleanBody(ps, d, captions)
	if d.Text == "" {
		d.Warn("html: no article body found")
	}
	if d.Language == "" {
		d.Language = Language(d.Text)
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
