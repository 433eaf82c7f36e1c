package extract

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// pageMeta is what a page says about itself: <meta> tags, JSON-LD, headings
// and bylines, gathered once so that each field can weigh all its sources.
type pageMeta struct {
	metas     map[string][]string // lower-cased name/property/itemprop -> contents, in page order
	ld        []map[string]any    // JSON-LD objects of article-like types, best first
	ldAll     []map[string]any    // every JSON-LD object, @graph flattened
	htmlTitle string              // <title>
	h1        []string            // <h1> texts, in page order
	lang      string              // <html lang>
	canonical string
	timeAttrs []string // datetime attributes of <time> elements
	shownDek  string   // the dek as printed on the page ("" when only in metadata)
}

func readMeta(doc *goquery.Document) *pageMeta {
	m := &pageMeta{metas: map[string][]string{}}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			if v, ok2 := s.Attr("value"); ok2 {
				content = v
			}
		}
		content = cleanSpace(content)
		if content == "" {
			return
		}
		for _, a := range []string{"name", "property", "itemprop", "http-equiv"} {
			if k, ok := s.Attr(a); ok && k != "" {
				k = strings.ToLower(strings.TrimSpace(k))
				m.metas[k] = append(m.metas[k], content)
			}
		}
	})
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		raw := strings.TrimSpace(s.Text())
		raw = strings.TrimSuffix(strings.TrimPrefix(raw, "<!--"), "-->")
		if json.Unmarshal([]byte(raw), &v) != nil {
			return
		}
		flattenLD(v, &m.ldAll, 0)
	})
	for _, o := range m.ldAll {
		if isArticleType(o["@type"]) {
			m.ld = append(m.ld, o)
		}
	}
	m.htmlTitle = cleanSpace(doc.Find("title").First().Text())
	doc.Find("h1").Each(func(_ int, s *goquery.Selection) {
		if t := cleanSpace(s.Text()); t != "" {
			m.h1 = append(m.h1, t)
		}
	})
	m.lang, _ = doc.Find("html").First().Attr("lang")
	m.canonical, _ = doc.Find(`link[rel="canonical"]`).First().Attr("href")
	doc.Find("time[datetime]").Each(func(_ int, s *goquery.Selection) {
		if v, _ := s.Attr("datetime"); strings.TrimSpace(v) != "" {
			m.timeAttrs = append(m.timeAttrs, strings.TrimSpace(v))
		}
	})
	return m
}

// meta returns the first non-empty content of the first key that has one.
func (m *pageMeta) meta(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.metas[k] {
			if v != "" {
				return v
			}
		}
	}
	return ""
}

// ldString returns the first article-like JSON-LD object's field as text.
func (m *pageMeta) ldString(key string) string {
	for _, o := range m.ld {
		if s := ldText(o[key]); s != "" {
			return s
		}
	}
	return ""
}

func flattenLD(v any, out *[]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			flattenLD(x, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, t)
		if g, ok := t["@graph"]; ok {
			flattenLD(g, out, depth+1)
		}
		if me, ok := t["mainEntity"]; ok {
			flattenLD(me, out, depth+1)
		}
	}
}

var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "blogposting": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true,
	"reviewnewsarticle": true, "liveblogposting": true, "scholarlyarticle": true,
	"report": true, "socialmediaposting": true, "techarticle": true, "advertisercontentarticle": true,
	"satiricalarticle": true, "askpublicnewsarticle": true, "posting": true,
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return articleTypes[strings.ToLower(v)]
	case []any:
		for _, x := range v {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// ldText reads a JSON-LD value as text: a string, the "name" of an object, or
// the first usable item of a list.
func ldText(v any) string {
	switch t := v.(type) {
	case string:
		return cleanSpace(html.UnescapeString(t))
	case map[string]any:
		if s := ldText(t["name"]); s != "" {
			return s
		}
		return ldText(t["@value"])
	case []any:
		for _, x := range t {
			if s := ldText(x); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldNames reads every name in a JSON-LD value (authors are often a list).
func ldNames(v any) []string {
	switch t := v.(type) {
	case string:
		if s := cleanSpace(html.UnescapeString(t)); s != "" {
			return []string{s}
		}
	case map[string]any:
		if s := ldText(t["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range t {
			out = append(out, ldNames(x)...)
		}
		return out
	}
	return nil
}

// cleanSpace collapses runs of white space (including no-break spaces) to one
// space and trims the ends.
func cleanSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2009', '\u200a', '\u202f', '\u2002', '\u2003', '\u3000', '\u200b', '\ufeff':
		return true
	}
	return false
}

// hostOf returns the host of a URL without "www.".
func hostOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// metaAll returns the contents of every key, in key order.
func (m *pageMeta) metaAll(keys ...string) []string {
	var out []string
	for _, k := range keys {
		out = append(out, m.metas[k]...)
	}
	return out
}
