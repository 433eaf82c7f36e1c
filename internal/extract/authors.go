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
		doc.Find(`[itemprop="author"]`).Each(func(_ int, s *goquery.Selection) {
			if s.Closest("aside, footer, nav, [class*='comment'], [class*='related']").Length() > 0 {
				return
			}
			name := firstNonEmpty(s.Find(`[itemprop="name"]`).First().AttrOr("content", ""), s.Find(`[itemprop="name"]`).First().Text(), s.AttrOr("content", ""))
			if name == "" && s.Children().Length() == 0 {
				name = s.Text()
			}
			if name = cleanSpace(name); name != "" && len(name) < 120 {
				raw = append(raw, name)
			}
		})
	}
	if len(raw) == 0 {
		doc.Find(`[rel="author"], .byline, .author-name, .author, [class*="byline"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
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
	if len(raw) == 0 {
		raw = textByline(doc)
	}
	return splitAuthors(raw, site)
}

var bylineRe = regexp.MustCompile(`^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|[Tt]exte?:|[Aa]utor(?:in)?:|[Aa]uthor:|Written by|Veröffentlicht von)\s*((?:\p{Lu}[\p{L}.'’-]*\.?)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|da|del|der|den|di|le|la|du|bin|al)){0,4}(?:\s*(?:,|and|und|et|y|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)\s*(?:[|,·•–—-].*)?$`)

// textByline finds a visible "By Jane Doe" line when the page's metadata
// names no author: the first short element that reads as a byline.
func textByline(doc *goquery.Document) []string {
	var out []string
	doc.Find("body p, body span, body div, body a, body address, body li, body em, body strong").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if s.Children().Length() > 3 || s.Closest("nav, footer, aside, [class*='comment'], [class*='related']").Length() > 0 {
			return true
		}
		t := cleanSpace(s.Text())
		if len(t) < 5 || len(t) > 100 {
			return true
		}
		if m := bylineRe.FindStringSubmatch(t); m != nil && wordCount(m[1]) >= 1 {
			out = append(out, m[1])
			return false
		}
		return true
	})
	return out
}

var (
	authorSplit  = regexp.MustCompile(`(?i)\s*(?:[;,&|/]|\band\b|\bund\b|\bet\b|\by\b)\s*`)
	authorPrefix = regexp.MustCompile(`(?i)^(?:by|von|par|por|door|di|da|written by|words by|story by|text by|reporting by|review by|analysis by|opinion by|interview by|commentary by|autor(?:in)?:?|author:?)\s+`)
	authorSuffix = regexp.MustCompile(`(?i)\s*(?:\bis an?\b|\bis the\b|\bwrites\b|\bcontributed\b|\bupdated\b|\bpublished\b|\bposted\b|\bfollow\b|\bemail\b|[,|]\s*(?:reporter|correspondent|staff writer|editor)).*$`)
	authorRole   = regexp.MustCompile(`(?i)\s+(?:contributor|contributing writer|staff writer|senior (?:writer|editor|reporter|correspondent)|reporter|correspondent|editor|columnist|writer)$`)
	notName      = regexp.MustCompile(`(?i)[0-9@()\[\]:]|\b(?:image|photo|comments?|published|updated|correspondent|reporter|editor|columnist|contributor|bureau|chief|writer|analyst|producer|envoyée?|spéciale?|korrespondent(?:in)?)\b`)
	orgWords     = regexp.MustCompile(`(?i)\b(?:staff|newsroom|editorial|team|desk|redaktion|rédaction|redacción|news service|reports?)\b`)
)

// agencies are bylines that name a news agency or network rather than a
// writer; they, staff credits and credentials ("MS", "RDN") are kept only
// when no person is named.
var agencies = map[string]bool{
	"associated press": true, "the associated press": true, "ap": true, "reuters": true, "afp": true,
	"agence france-presse": true, "agence france presse": true, "bloomberg": true, "bloomberg news": true,
	"dpa": true, "efe": true, "ansa": true, "pti": true, "ians": true, "xinhua": true, "kyodo": true,
	"kyodo news": true, "yonhap": true, "tass": true, "upi": true, "cnn": true, "nbc news": true, "bbc": true,
	"bbc news": true, "press association": true, "pa": true, "aap": true, "anadolu": true,
}

// splitAuthors turns byline strings into single names, dropping the site's
// own name, agencies next to named writers, credentials, roles and things
// that are not names at all.
func splitAuthors(raw []string, site string) []string {
	var people, orgs []string
	seen := map[string]bool{}
	ns := strings.ToLower(strings.TrimSpace(site))
	for _, r := range raw {
		r = undouble(cleanSpace(r))
		r = authorSuffix.ReplaceAllString(r, "")
		r = authorPrefix.ReplaceAllString(r, "")
		for _, p := range authorSplit.Split(r, -1) {
			p = strings.Trim(authorPrefix.ReplaceAllString(strings.TrimSpace(p), ""), " .:-\"'")
			if q := strings.TrimSpace(authorRole.ReplaceAllString(p, "")); wordCount(q) >= 2 {
				p = q
			}
			lp := strings.ToLower(p)
			switch {
			case p == "" || seen[lp] || len(p) > 60 || wordCount(p) > 5:
				continue
			case strings.ContainsAny(p, "<>{}=") || strings.Contains(lp, "://") || (strings.Contains(p, ".") && !strings.Contains(p, " ")):
				continue // markup, a URL or a domain
			case notName.MatchString(p):
				continue
			case ns != "" && (lp == ns || lp == "the "+ns):
				continue
			}
			seen[lp] = true
			if agencies[lp] || isCredential(p) || orgWords.MatchString(p) {
				orgs = append(orgs, p)
			} else {
				people = append(people, p)
			}
		}
	}
	if len(people) == 0 {
		return orgs
	}
	return people
}

// isCredential: "MS", "RDN", "PhD" after a name.
func isCredential(p string) bool {
	if len(p) > 4 || strings.Contains(p, " ") {
		return false
	}
	return strings.ToUpper(p) == p || strings.EqualFold(p, "phd")
}

// undouble turns "Jane DoeJane Doe..." (a name printed twice by a byline
// widget) back into one name with what follows.
func undouble(s string) string {
	for n := 3; n*2 <= len(s) && n <= 60; n++ {
		if s[:n] == s[n:2*n] && (2*n == len(s) || s[2*n] != ' ') {
			return s[:n] + " " + s[2*n:]
		}
	}
	return s
}
