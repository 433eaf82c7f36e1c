package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Finding the article in a page. News sites build their pages from a few
// content systems whose markup names the story's container ("article-body",
// itemprop="articleBody", "story-content", "entry-content" ...); inside it,
// the share bars, related links, ads and newsletter boxes name themselves
// too. So the body is read from the first container a rule names that holds
// enough text, leaving out the parts whose names say furniture; a page that
// names none is read whole, the same way. Where that reading is short or the
// container only generic, readability's scoring of paragraphs is asked too
// (see html.go).

// containerRules name the story's container, strongest first: the first rule
// with a match holding enough text wins. Each is matched against an element's
// class, id and itemprop.
var containerRules = []*regexp.Regexp{
	regexp.MustCompile(`(?i)articlebody|article[-_]{1,2}(?:body|text|content|container)|articletext|articlecontent|story[-_]{0,2}(?:body|content|text)|entry[-_]content|post[-_]?(?:content|body|text|entry|bodycopy)|body[-_]text|text[-_]content|page[-_]content|art[-_]content|main[-_]text|content[-_](?:body|article)|article[-_]?inner|news[-_](?:body|content|text|article)|detail[-_](?:body|content|text)|field[-_](?:name[-_])?body|rich[-_]?text|c-entry-content|single[-_](?:content|post)|blog[-_](?:content|post)|fulltext|artikel[-_]?(?:text|body|inhalt)`),
	regexp.MustCompile(`^article$`), // the <article> element itself, see matchRule
	regexp.MustCompile(`(?i)^(?:story|article|post|entry|text|cell|postarea)$|^(?:story|article)\b|story[-_]?(?:wrapper|main)|main[-_]?column|section[-_]content|theme[-_]content|wpb_text_column|^primary`),
	regexp.MustCompile(`(?i)content[-_]{1,2}(?:main|body)|contentbody|main[-_]?content|page[-_]?content|^content$`),
	regexp.MustCompile(`(?i)^main`), // and <main>, see matchRule
}

// weakRule is the first of containerRules that names containers by generic
// words, which may hold more than the story.
const weakRule = 2

// furnitureRe names the parts of a page that are not the story, by words of
// their class or id: sharing and social bars, related and recommended
// stories, ads, newsletter and subscription boxes, comments, navigation,
// bylines and datelines (read apart as metadata), captions and media.
var furnitureRe = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:shar(?:e|ing|edaddy)|social|sociable|syndication|viral|related|elated|recommend|newsletter|promo|sponsor|advert|adsbygoogle|ads?(?:$|[\s_-])|ad[-_]?(?:container|wrapper|slot|unit|box|label)|adslot|adunit|banner|comments?(?:$|[\s_-])|comment[-_]|disqus|reply[-_]|akismet|sidebar|widget|breadcrumb|bread-crumb|tags?(?:$|[\s_-])|tag[-_]?list|byline|author|user[-_](?:info|profile)|bio(?:$|[\s_-])|subscribe(?:$|[\s_-])|subscription[-_]|signup|sign-up|cookie|consent|permission|modal|popup|overlay|outbrain|taboola|criteo|recirc|more[-_](?:stories|articles|news|from|on)|read[-_]?(?:more|next|also)|next[-_]|most[-_]?(?:popular|read|viewed)|trending|caption|credit|toolbar|topbar|navbar|subnav|nav(?:$|[\s_-]|igation)|menu|skip|print(?:$|[\s_-])|noprint|sr-only|visually[-_]hidden|screen[-_]reader|hide[-_]|hidden(?:$|[\s_-])|notloaded|button|btn|meta(?:$|[\s_-]|data)|footer|teaser|inline[-_]?(?:ad|promo|related)|embed|attachment|video|audio|player|gallery|slideshow|slider|carousel|photo|timestamp|dateline[-_]|rating|reactions?|poll(?:$|[\s_-])|survey|donat|newsfeed|pagination|pager|infobox|factbox|rail(?:$|[\s_-])|jp-|dpsp-)|-(?:ad|icon|stories)(?:$|[\s_-])`)

// consentRe names cookie and privacy consent boxes, which are never the
// story however much text their tables of trackers hold.
var consentRe = regexp.MustCompile(`(?i)cookie|consent|gdpr|dsgvo|brlbs`)

// skipTags are never article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "nav": true, "aside": true,
	"footer": true, "form": true, "button": true, "select": true, "iframe": true, "svg": true,
	"figure": true, "figcaption": true, "head": true, "object": true, "canvas": true, "dialog": true,
	"menu": true, "input": true, "textarea": true, "label": true,
}

// pageShape holds, for every element of a page, the length of the text
// under it that is not in links, with skipTags left out.
type pageShape struct {
	text map[*html.Node]int
}

func shapeOf(root *html.Node, pruned map[*html.Node]bool) pageShape {
	s := pageShape{text: make(map[*html.Node]int, 1024)}
	var walk func(n *html.Node, inLink bool) int
	walk = func(n *html.Node, inLink bool) int {
		switch n.Type {
		case html.TextNode:
			if inLink {
				return 0
			}
			return len(strings.TrimSpace(n.Data))
		case html.ElementNode:
			if skipTags[n.Data] || hiddenNode(n) || pruned[n] {
				return 0
			}
			inLink = inLink || n.Data == "a"
		case html.DocumentNode:
		default:
			return 0
		}
		t := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t += walk(c, inLink)
		}
		if n.Type == html.ElementNode {
			s.text[n] = t
		}
		return t
	}
	walk(root, false)
	return s
}

// reading is what articleBlocks found: the story's paragraphs, the index of
// the rule that named their container (len(containerRules) for the whole
// page), and whether the page went on into other stories after it.
type reading struct {
	ps   []para
	rule int
	feed bool
}

// articleBlocks reads the story's paragraphs from the container the rules
// name; where none names one with enough text, from the whole page.
func articleBlocks(root *html.Node) reading {
	pruned, consent := furniture(root, shapeOf(root, nil))
	for _, n := range consent {
		// out of the page for good: readability, asked later, would take a
		// consent box's tables for a short story
		n.Parent.RemoveChild(n)
	}
	shape := shapeOf(root, pruned)
	body := findTag(root, "body")
	if body == nil {
		return reading{rule: -1}
	}
	total := shape.text[body]
	read := func(boxes []*html.Node) []para {
		skip := func(n *html.Node) bool {
			return n.Type == html.ElementNode && (skipTags[n.Data] || hiddenNode(n) || pruned[n])
		}
		// text in paragraphs is the story; bare text beside it is furniture
		pText := 0
		for _, b := range boxes {
			pText += paraText(b, shape)
		}
		strict := pText >= 3*minFull
		var ps []para
		for _, b := range boxes {
			ps = append(ps, blocksSkip(b, skip, strict)...)
		}
		return ps
	}
	for rule := range containerRules {
		boxes := matchRule(root, rule, shape, pruned)
		if len(boxes) == 0 {
			continue
		}
		// the innermost match holding most (80%) of the text of the
		// largest (an <article class="article--content"> around a
		// <section class="article__content">), with the other boxes of the
		// story (stories split into several boxes around ads)
		best, whole := innermost(boxes, shape), total
		first := firstStory(best, shape)
		if first != nil {
			// a page that scrolls on into the next stories: the first is
			// the page's own
			best, whole = first, shape.text[first]
			boxes = within(boxes, first)
			if len(boxes) > 0 {
				best = innermost(boxes, shape)
			} else {
				boxes = []*html.Node{first}
			}
		}
		if shape.text[best] < minFull || shape.text[best]*5 < whole {
			continue // a teaser's box, or a box around a caption
		}
		return reading{read(splitSiblings(best, boxes)), rule, first != nil}
	}
	return reading{read([]*html.Node{body}), len(containerRules), false}
}

// innermost is the deepest box holding most (80%) of the text of the
// largest.
func innermost(boxes []*html.Node, shape pageShape) *html.Node {
	most := 0
	for _, b := range boxes {
		most = max(most, shape.text[b])
	}
	best, depth := boxes[0], -1
	for _, b := range boxes {
		if d := depthOf(b); 10*shape.text[b] >= 8*most && d > depth {
			best, depth = b, d
		}
	}
	return best
}

// firstStory: when box holds several <article> elements each long enough to
// be a story (a page that loads the next stories below its own), the first
// of them; else nil.
func firstStory(box *html.Node, shape pageShape) *html.Node {
	stories := storiesIn(box, shape)
	if len(stories) < 2 {
		return nil
	}
	return stories[0]
}

// storiesIn lists the innermost <article> elements under n that are long
// enough to be stories.
func storiesIn(n *html.Node, shape pageShape) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		inner := storiesIn(c, shape)
		if len(inner) == 0 && c.Data == "article" && 2*shape.text[c] >= minConfident {
			inner = []*html.Node{c}
		}
		out = append(out, inner...)
	}
	return out
}

// within lists the boxes inside n.
func within(boxes []*html.Node, n *html.Node) []*html.Node {
	var out []*html.Node
	for _, b := range boxes {
		for a := b; a != nil; a = a.Parent {
			if a == n {
				out = append(out, b)
				break
			}
		}
	}
	return out
}

// furniture lists the elements whose names say they are not the story,
// outermost first, and of them the consent boxes. An element that holds
// half the page's text is kept whatever its name ("has-sidebar" on the
// page's wrapper), and so are elements of one class that together hold half
// of it (paragraphs marked "subscriber-only" by a paywall); consent boxes go
// whatever their size.
func furniture(root *html.Node, shape pageShape) (map[*html.Node]bool, []*html.Node) {
	total := 0
	if body := findTag(root, "body"); body != nil {
		total = shape.text[body]
	}
	byClass := map[string]int{}
	var hits, consent []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && furnitureTag[n.Data] {
			switch {
			case consentBox(n):
				consent = append(consent, n)
				return
			case furnitureRe.MatchString(nameOf(n)) && shape.text[n]*2 < total:
				hits = append(hits, n)
				byClass[attr(n, "class")] += shape.text[n]
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	out := make(map[*html.Node]bool, len(hits)+len(consent))
	for _, n := range hits {
		if c := attr(n, "class"); c == "" || byClass[c]*2 < total {
			out[n] = true
		}
	}
	for _, n := range consent {
		out[n] = true
	}
	return out, consent
}

// consentBox: a cookie or privacy consent box, named so and holding no
// story (a page wrapper's long class list may name a consent feature).
func consentBox(n *html.Node) bool {
	return consentRe.MatchString(nameOf(n)) && !holdsStory(n)
}

// holdsStory: n holds a heading, an <article> or <main>, or a container
// the strongest rule names.
func holdsStory(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "h1", "article", "main":
			return true
		}
		if containerRules[0].MatchString(attr(c, "class")) || containerRules[0].MatchString(attr(c, "id")) || holdsStory(c) {
			return true
		}
	}
	return false
}

// furnitureTag are the elements furniture is made of.
var furnitureTag = map[string]bool{"div": true, "section": true, "ul": true, "ol": true, "dl": true, "p": true,
	"span": true, "header": true, "aside": true, "table": true, "li": true}

// paraText is the length of the text in n's <p> elements.
func paraText(n *html.Node, shape pageShape) int {
	if n.Type == html.ElementNode && n.Data == "p" {
		return shape.text[n]
	}
	t := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t += paraText(c, shape)
	}
	return t
}

// splitSiblings: the box with the boxes beside it that the same rule
// names, in page order (a story cut into several boxes: a first paragraph,
// the rest around an ad); a box alone beside its siblings comes with the
// boxes of its class elsewhere in the page (a story's text in columns).
func splitSiblings(best *html.Node, boxes []*html.Node) []*html.Node {
	if best.Parent == nil {
		return []*html.Node{best}
	}
	named := make(map[*html.Node]bool, len(boxes))
	for _, b := range boxes {
		named[b] = true
	}
	var out []*html.Node
	for c := best.Parent.FirstChild; c != nil; c = c.NextSibling {
		if named[c] {
			out = append(out, c)
		}
	}
	if class := attr(best, "class"); class != "" && len(out) == 1 {
		out = out[:0]
		for _, b := range boxes {
			if attr(b, "class") == class && !inside(b, out) {
				out = append(out, b)
			}
		}
	}
	return out
}

// inside: n is within one of boxes.
func inside(n *html.Node, boxes []*html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		for _, b := range boxes {
			if a == b {
				return true
			}
		}
	}
	return false
}

func depthOf(n *html.Node) int {
	d := 0
	for ; n.Parent != nil; n = n.Parent {
		d++
	}
	return d
}

// matchRule lists the elements rule names, in document order,
// leaving out those inside skipped parts of the page.
func matchRule(root *html.Node, rule int, shape pageShape, pruned map[*html.Node]bool) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipTags[n.Data] || hiddenNode(n) || pruned[n] {
				return
			}
			hit := false
			if rule == 1 {
				hit = n.Data == "article"
			} else if rule == len(containerRules)-1 && (n.Data == "main" || attr(n, "role") == "main") {
				hit = true
			} else if containerTag[n.Data] {
				hit = containerRules[rule].MatchString(attr(n, "class")) ||
					containerRules[rule].MatchString(attr(n, "id")) ||
					containerRules[rule].MatchString(attr(n, "itemprop"))
			}
			if hit && shape.text[n] > 0 {
				out = append(out, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

var containerTag = map[string]bool{"div": true, "article": true, "main": true, "section": true, "td": true}

// nameOf is an element's class and id, for furnitureRe.
func nameOf(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if c == "" {
		return id
	}
	if id == "" {
		return c
	}
	return c + " " + id
}

// hiddenNode: an element the page does not show, for good. (Paywalls hide
// the story with display:none until the reader logs in: that stays.)
func hiddenNode(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "hidden" {
			return true
		}
	}
	return false
}

// attr is n's attribute key, trimmed; "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func findTag(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findTag(c, tag); f != nil {
			return f
		}
	}
	return nil
}
