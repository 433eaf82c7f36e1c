package extract

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// pickAuthors returns the article's bylines, one name each: from JSON-LD
// first, then <meta> tags, then byline elements of the page.
func pickAuthors(m *pageMeta, doc *goquery.Document, site string) []string {
	var raw []string
	for _, o := range m.ld {
		if names := ldNames(o["author"]); len(names) > 0 {
			raw = names
			break
		}
	}
	if len(raw) == 0 {
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "dcterms.creator", "cxenseparse:author", "citation_author"} {
			for _, v := range m.metas[k] {
				if !strings.Contains(v, "://") && !strings.HasPrefix(v, "www.") {
					raw = append(raw, v)
				}
			}
			if len(raw) > 0 {
				break
			}
		}
	}
	if len(raw) == 0 {
		doc.Find(`[rel="author"], [itemprop="author"], .byline, .author-name, .author, [class*="byline"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if s.Closest("aside, footer, nav, [class*='comment'], [class*='related']").Length() > 0 {
				return true
			}
			name := s.Find(`[itemprop="name"]`).First().Text()
			if name == "" {
				name = s.Text()
			}
			if name = cleanSpace(name); name != "" && len(name) < 120 {
				raw = append(raw, name)
				return false
			}
			return true
		})
	}
	return splitAuthors(raw, site)
}

var (
	authorSplit  = regexp.MustCompile(`(?i)\s*(?:[;,&|/]|\band\b|\bund\b|\bet\b|\by\b)\s*`)
	authorPrefix = regexp.MustCompile(`(?i)^(?:by|von|par|por|door|di|da|written by|words by|story by|reporting by|autor(?:in)?:?|author:?)\s+`)
	authorSuffix = regexp.MustCompile(`(?i)\s*(?:\bis an?\b|\bis the\b|\bwrites\b|\bcontributed\b|\bupdated\b|\bpublished\b|\bposted\b|[,|]\s*(?:reporter|correspondent|staff writer|editor)).*$`)
)

// splitAuthors turns byline strings into single names, dropping organisation
// names equal to the site and things that are not names.
func splitAuthors(raw []string, site string) []string {
	var out []string
	seen := map[string]bool{}
	ns := strings.ToLower(strings.TrimSpace(site))
	for _, r := range raw {
		r = authorSuffix.ReplaceAllString(cleanSpace(r), "")
		r = authorPrefix.ReplaceAllString(r, "")
		for _, p := range authorSplit.Split(r, -1) {
			p = strings.Trim(authorPrefix.ReplaceAllString(strings.TrimSpace(p), ""), " .:-\"'")
			lp := strings.ToLower(p)
			if p == "" || seen[lp] || len(p) > 60 || strings.ContainsAny(p, "@<>{}=") || strings.Contains(lp, "://") {
				continue
			}
			if ns != "" && lp == ns {
				continue
			}
			seen[lp] = true
			out = append(out, p)
		}
	}
	return out
}
