package extract

import (
	"golang.org/x/net/html"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/attache-news/attache/document"
)

// fillMeta sets d's title, dek, authors, date, section, site, language and
// lead image from what the page says about itself; readText allows the
// slower search of the page's text for a date.
func fillMeta(m *pageMeta, doc *goquery.Document, d *document.Document, readText bool) {
	d.Site = pickSite(m, doc, d.URL)
	d.Title = pickTitle(m, d.Site, d.URL)
	d.Published = pickDate(m, doc, d.URL, readText)
	d.Authors = pickAuthors(m, doc, d.Site)
	d.Section = firstNonEmpty(m.meta("article:section", "parsely-section", "section", "article.section", "sailthru.section", "articlesection"), ldSection(m))
	d.Subtitle = pickDek(m, doc, d.Title)
	d.Language = pickLanguage(m)
	if img := pickImage(m, doc, d.URL); img.URL != "" || img.Caption != "" {
		d.Images = append(d.Images, img)
	}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// pickSite: og:site_name (in the publisher's own spelling when JSON-LD has
// it), the JSON-LD or microdata publisher, the "| Site" end of <title>, and
// last the URL's host.
func pickSite(m *pageMeta, doc *goquery.Document, pageURL string) string {
	pub := publisherName(m)
	if pub == "" {
		pub = cleanSpace(firstNonEmpty(
			doc.Find(`[itemprop="publisher"] meta[itemprop="name"]`).First().AttrOr("content", ""),
			doc.Find(`[itemprop="publisher"] [itemprop="name"]`).First().Text()))
	}
	if og := m.meta("og:site_name", "application-name"); og != "" {
		if strings.EqualFold(og, pub) {
			return pub
		}
		return og
	}
	if pub != "" {
		return pub
	}
	if site := titleSuffix(m.htmlTitle); site != "" {
		return site
	}
	return hostOf(pageURL)
}

// titleSuffix is the "Site" of "Headline - Site" when it is short.
func titleSuffix(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			tail := strings.TrimSpace(t[i+len(sep):])
			if n := wordCount(tail); n >= 1 && n <= 4 && wordCount(t[:i]) >= 3 {
				return tail
			}
		}
	}
	return ""
}

func publisherName(m *pageMeta) string {
	for _, o := range m.ld {
		if s := ldText(o["publisher"]); s != "" {
			return s
		}
	}
	for _, o := range m.ldAll {
		if t, _ := o["@type"].(string); t == "WebSite" || t == "NewsMediaOrganization" {
			if s := ldText(o["name"]); s != "" {
				return s
			}
		}
	}
	return ""
}

func ldSection(m *pageMeta) string {
	s := m.ldString("articleSection")
	if i := strings.IndexAny(s, ",;|"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// ---------------------------------------------------------------- title

// titleSeparators split "Headline | Site" into its parts.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " // ", " ~ ", " : "}

// pickTitle prefers the page's <h1> when the metadata agrees with it, since
// titles in <meta> and <title> often carry the site's name; otherwise the
// article headline of the metadata with any site suffix removed.
func pickTitle(m *pageMeta, site, pageURL string) string {
	metaTitles := []string{m.ldString("headline"), m.meta("og:title"), m.meta("twitter:title"), m.htmlTitle, m.meta("title", "dc.title", "headline")}
	for _, h := range m.h1 {
		nh := normTitle(h)
		if len(nh) < 4 {
			continue
		}
		for _, t := range metaTitles {
			if nt := normTitle(t); nt != "" && (nt == nh || strings.HasPrefix(nt, nh) || strings.Contains(nt, nh) && len(nh)*2 > len(nt)) {
				return h
			}
		}
	}
	for _, t := range metaTitles {
		if t != "" {
			return stripSite(t, site, pageURL)
		}
	}
	if len(m.h1) > 0 {
		return m.h1[0]
	}
	return ""
}

// stripSite removes a leading or trailing "| Site name" part of a title.
func stripSite(t, site, pageURL string) string {
	host := hostOf(pageURL)
	ns := normTitle(site)
	isSite := func(part string) bool {
		np := normTitle(part)
		if np == "" {
			return true
		}
		if ns != "" && (np == ns || strings.Contains(np, ns) || strings.Contains(ns, np)) {
			return true
		}
		if host != "" {
			h := strings.ReplaceAll(np, " ", "")
			hostName := strings.SplitN(host, ".", 2)[0]
			if strings.Contains(host, h) || strings.Contains(h, hostName) && len(hostName) > 3 {
				return true
			}
		}
		return false
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			if isSite(tail) || (len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) >= 4 && sep != " : " && sep != " - ") {
				return stripSite(strings.TrimSpace(head), site, pageURL)
			}
		}
		if i := strings.Index(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			if isSite(head) && len(strings.Fields(tail)) >= 2 {
				return strings.TrimSpace(tail)
			}
		}
	}
	return t
}

var titleNormRe = regexp.MustCompile(`[\s\p{P}]+`)

func normTitle(s string) string {
	return strings.TrimSpace(titleNormRe.ReplaceAllString(strings.ToLower(s), " "))
}

// ---------------------------------------------------------------- dek

var dekSelector = `[class*="dek"], [class*="standfirst"], [class*="subtitle"], [class*="sub-title"], [class*="subhead"], [class*="sub-head"], [class*="subheadline"], [class*="article-summary"], [class*="lede"], [itemprop="description"], [class*="strapline"]`

func pickDek(m *pageMeta, doc *goquery.Document, title string) string {
	var dek string
	// a dek stands between the headline and the story: candidates after the
	// first long paragraph below the headline are subheads
	order := map[*html.Node]int{}
	firstProse, seenH1 := -1, false
	i := 0
	for n := range doc.Nodes[0].Descendants() {
		order[n] = i
		i++
		if n.Type == html.ElementNode && n.Data == "h1" {
			seenH1 = true
		}
		if seenH1 && firstProse < 0 && n.Type == html.ElementNode && n.Data == "p" && len(cleanSpace(nodeText(n))) > 100 {
			firstProse = order[n]
		}
	}
	doc.Find(dekSelector).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if goquery.NodeName(s) == "meta" || s.Closest("nav, footer, aside").Length() > 0 {
			return true
		}
		if firstProse >= 0 && order[s.Nodes[0]] > firstProse {
			return false
		}
		t := cleanSpace(s.Text())
		if n := len(strings.Fields(t)); n >= 5 && n <= 80 && normTitle(t) != normTitle(title) {
			dek = t
			return false
		}
		return true
	})
	if dek != "" {
		m.shownDek = dek
		return dek
	}
	return firstNonEmpty(m.meta("og:description", "description", "twitter:description"), m.ldString("description"))
}

// ---------------------------------------------------------------- language

func pickLanguage(m *pageMeta) string {
	for _, v := range []string{m.lang, m.meta("og:locale", "content-language", "language", "dc.language"), m.ldString("inLanguage")} {
		v = strings.ToLower(strings.TrimSpace(v))
		if len(v) >= 2 && v[0] >= 'a' && v[0] <= 'z' && v[1] >= 'a' && v[1] <= 'z' && (len(v) == 2 || v[2] == '-' || v[2] == '_') {
			return v[:2]
		}
	}
	return ""
}

// ---------------------------------------------------------------- image

func pickImage(m *pageMeta, doc *goquery.Document, pageURL string) document.Image {
	img := document.Image{URL: absURL(firstNonEmpty(m.meta("og:image", "og:image:url", "twitter:image", "twitter:image:src"), ldImage(m)), pageURL)}
	fc := doc.Find("article figure figcaption, main figure figcaption, figure figcaption").First()
	if img.URL == "" && fc.Length() > 0 {
		src, _ := fc.Closest("figure").Find("img").First().Attr("src")
		img.URL = absURL(src, pageURL)
	}
	if fc.Length() > 0 {
		fc = fc.Clone()
		fc.Find("a, button, script, style").Remove() // licensing and share links
		creditSel := fc.Find(`[class*="credit"], [class*="copyright"], [class*="source"], [class*="byline"]`).First()
		credit := cleanSpace(creditSel.Text())
		creditSel.Remove()
		caption, c2 := splitCredit(cleanSpace(fc.Text()))
		img.Caption = caption
		img.Credit = cleanCredit(firstNonEmpty(credit, c2))
	}
	return img
}

func ldImage(m *pageMeta) string {
	for _, o := range m.ld {
		switch v := o["image"].(type) {
		case string:
			return v
		case map[string]any:
			if s, _ := v["url"].(string); s != "" {
				return s
			}
		case []any:
			for _, x := range v {
				if s, ok := x.(string); ok && s != "" {
					return s
				}
				if o, ok := x.(map[string]any); ok {
					if s, _ := o["url"].(string); s != "" {
						return s
					}
				}
			}
		}
	}
	return ""
}

var creditLabel = regexp.MustCompile(`(?i)^(?:photo(?:graph)?s?|image|picture|pic|foto|bild|credit|crédit|source|quelle|illustration)(?:\s*credit)?\s*(?:by\b|:|\|)\s*`)

// cleanCredit strips a credit's parentheses and its "Photograph:" label.
func cleanCredit(c string) string {
	c = strings.TrimSpace(c)
	for strings.HasPrefix(c, "(") && strings.HasSuffix(c, ")") || strings.HasPrefix(c, "[") && strings.HasSuffix(c, "]") {
		c = strings.TrimSpace(c[1 : len(c)-1])
	}
	return strings.TrimSpace(creditLabel.ReplaceAllString(c, ""))
}

var creditTail = regexp.MustCompile(`(?i)\s*(?:[(\[]\s*)?(?:photo|image|picture|credit|foto|bild|source)s?\s*(?:credit)?\s*(?:by|:)\s*([^()\[\]]{2,80}?)\s*[)\]]?\s*$`)

// splitCredit separates a trailing photo credit from a caption.
func splitCredit(caption string) (string, string) {
	if loc := creditTail.FindStringSubmatchIndex(caption); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(caption[:loc[0]]), strings.TrimSpace(caption[loc[2]:loc[3]])
	}
	for _, sep := range []string{" — ", " – ", " - ", " | "} {
		if i := strings.LastIndex(caption, sep); i > 0 {
			tail := strings.TrimSpace(caption[i+len(sep):])
			if n := len(strings.Fields(tail)); n >= 1 && n <= 4 && !strings.HasSuffix(tail, ".") {
				return strings.TrimSpace(caption[:i]), tail
			}
		}
	}
	return caption, ""
}

func absURL(ref, base string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		r = b.ResolveReference(r)
	}
	if r.Scheme != "http" && r.Scheme != "https" {
		return ""
	}
	return r.String()
}

func parseURL(s string) *url.URL {
	if s == "" {
		return nil
	}
	u, err := url.ParseRequestURI(s)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

// nodeText is the text of n and its descendants.
func nodeText(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
