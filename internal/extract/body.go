package extract

import (
	"github.com/attache-news/attache/document"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// para is one paragraph of extracted content, with what is needed to judge
// whether it is article text or page furniture.
type para struct {
	text    string
	links   int  // bytes of text inside links
	heading bool // h1-h6
}

// blocks renders an extracted content tree as paragraphs: each block element
// (p, h1-h6, li, blockquote, pre, tr, div holding text directly) starts one;
// <br> starts a new one. Inline elements are set off by a space where
// minified markup left none; and text left loose between blocks joins the
// paragraph before it when that paragraph has not ended its sentence.
func blocks(n *html.Node) []para { return blocksSkip(n, nil, false) }

// blocksSkip is blocks leaving out the elements skip names, with what they
// hold; with textOnly, it also leaves out text outside paragraphs, headings,
// list items, quotations and table cells (the labels, datelines and link
// rows pages set in bare <div>s and <span>s).
func blocksSkip(n *html.Node, skip func(*html.Node) bool, textOnly bool) []para {
	var out []para
	var cur strings.Builder
	links, inLink, heading, depth, inText := 0, 0, false, 0, 0
	// pending marks an inline element's edge: a space goes there if the
	// text on both sides would otherwise run together
	pending := false
	flush := func() {
		t := cleanSpace(cur.String())
		cur.Reset()
		pending = false
		if t == "" {
			links = 0
			return
		}
		if last := len(out) - 1; depth == 0 && last >= 0 && !out[last].heading && !endsSentence(out[last].text) {
			out[last].text += " " + t
			out[last].links += min(links, len(t))
		} else {
			out = append(out, para{text: t, links: min(links, len(t)), heading: heading})
		}
		links = 0
	}
	space := func() { pending = true }
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if textOnly && inText == 0 {
				return
			}
			if pending && needsSpace(cur.String(), n.Data) {
				cur.WriteByte(' ')
			}
			pending = false
			cur.WriteString(n.Data)
			if inLink > 0 {
				links += len(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			if skip != nil && skip(n) {
				return
			}
			switch n.Data {
			case "script", "style", "noscript", "template", "figcaption", "button":
				return
			case "br", "lb":
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		isHead := n.Type == html.ElementNode && len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
		if block {
			flush()
			depth++
			if isHead {
				heading = true
			}
		} else if n.Type == html.ElementNode && inlineSpaced[n.Data] {
			space()
		}
		isLink := n.Type == html.ElementNode && (n.Data == "a" || n.Data == "ref")
		if isLink {
			inLink++
		}
		isText := n.Type == html.ElementNode && textTags[n.Data]
		if isText {
			inText++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if isLink {
			inLink--
		}
		if isText {
			inText--
		}
		switch {
		case block:
			flush()
			depth--
			if isHead {
				heading = false
			}
		case n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th" || inlineSpaced[n.Data]):
			space()
		}
	}
	if n.FirstChild == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c)
	}
	flush()
	return out
}

// inlineSpaced are the inline elements whose edges are word boundaries
// when the markup has no white space there.
var inlineSpaced = map[string]bool{"b": true, "strong": true, "i": true, "em": true, "hi": true, "a": true, "ref": true,
	"span": true, "u": true, "mark": true, "small": true, "code": true, "q": true, "cite": true, "abbr": true, "time": true}

// needsSpace: before ends and next starts with word characters (or before
// ends a clause with ":" ";" "," "." "!" "?" and next starts a word), and
// neither side has white space of its own.
func needsSpace(before, next string) bool {
	if before == "" || next == "" {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(before)
	b, _ := utf8.DecodeRuneInString(next)
	if unicode.IsSpace(a) || unicode.IsSpace(b) {
		return false
	}
	wordB := unicode.IsLetter(b) || unicode.IsDigit(b) || strings.ContainsRune("\"“‘«(", b)
	return wordB && (unicode.IsLetter(a) || unicode.IsDigit(a) || strings.ContainsRune(":;,.!?”’»)", a))
}

// textTags hold article text in pages whose text is set in paragraphs.
var textTags = map[string]bool{"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "td": true, "th": true, "dd": true, "dt": true, "q": true, "code": true}

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "tr": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "dl": true, "dt": true, "dd": true,
	"figure": true, "hr": true, "main": true, "aside": true, "address": true, "details": true, "summary": true,
	"quote": true, "list": true, "item": true, "row": true,
}

// cleanBody drops what readers of a news page skip: the headline repeated
// above the text (a dek stays: news archives count it as the story's first
// paragraph), photo captions, link lists, share and
// subscription boxes, cookie notices, embedded posts' signatures, the
// author's bio after the story, and the run of related headlines that
// follows it. What remains is joined as paragraphs separated by a blank line.
func cleanBody(ps []para, d *document.Document, captions map[string]bool) string {
	nt := normTitle(d.Title)
	keep := make([]para, 0, len(ps))
	seen := map[string]bool{}
	for _, p := range ps {
		key := normTitle(p.text)
		switch {
		case len(keep) < 3 && key != "" && key == nt:
			continue // the headline above the story
		case captions[key] && len(key) > 0:
			continue
		case isBoilerplate(p.text) || isCookieNotice(p.text):
			continue
		case linkList(p):
			continue
		case seen[key] && len(p.text) < 300:
			continue // a caption or teaser printed twice
		}
		seen[key] = true
		keep = append(keep, p)
	}
	keep = dropHeadingRuns(cutTail(keep))
	if n := len(keep); n > 1 && (isAuthorBio(keep[n-1].text, d.Authors) || isSignature(keep[n-1].text, d.Authors)) {
		keep = keep[:n-1]
	}
	texts := make([]string, len(keep))
	for i, p := range keep {
		texts[i] = p.text
	}
	return strings.Join(texts, "\n\n")
}

var cookieRe = regexp.MustCompile(`(?i)\bcookies?\b.*\b(?:accept|consent|agree|privacy|settings|preferences|akzeptier|einwillig|zustimm|datenschutz|accepter|consentement|aceptar|consentimiento|acconsent)`)

// isCookieNotice: a consent banner's text, in any of the common languages.
func isCookieNotice(s string) bool {
	return len(s) < 800 && cookieRe.MatchString(s)
}

// isSignature: the writers' names, maybe with where they wrote from, as the
// story's last line.
func isSignature(s string, authors []string) bool {
	if len(s) > 200 || endsSentence(s) {
		return false
	}
	for _, a := range authors {
		if a != "" && strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// isAuthorBio: "Jane Doe is a reporter covering ..." closing the story.
func isAuthorBio(s string, authors []string) bool {
	if len(s) > 400 {
		return false
	}
	for _, a := range authors {
		if a == "" || !strings.HasPrefix(s, a) {
			continue
		}
		rest := strings.TrimSpace(s[len(a):])
		for _, v := range []string{"is ", "was ", "ist ", "war ", "est ", "es ", "è ", "covers ", "writes ", "reports "} {
			if strings.HasPrefix(rest, v) {
				return true
			}
		}
	}
	return false
}

// linkList: a short paragraph that is mostly link text is navigation or a
// related-story teaser, not article prose.
func linkList(p para) bool {
	n := len(p.text)
	return p.links > 0 && p.links*10 >= n*7 && (wordCount(p.text) < 25 || !endsSentence(p.text))
}

// dropHeadingRuns removes runs of three or more headings with no text
// between them (lists of other stories), and the headings that end the
// text: an article's own subheads are followed by what they head.
func dropHeadingRuns(ps []para) []para {
	out := ps[:0:0]
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].heading {
			j++
		}
		if j > i {
			if j-i < 3 && j < len(ps) {
				out = append(out, ps[i:j]...)
			}
			i = j
			continue
		}
		out = append(out, ps[i])
		i++
	}
	return out
}

// cutTail ends the text at a "Related stories" style heading in its latter
// part: what follows such a heading is other articles, not this one.
func cutTail(ps []para) []para {
	for i := len(ps) * 2 / 5; i < len(ps); i++ {
		if i > 0 && wordCount(ps[i].text) <= 10 && tailMarkerRe.MatchString(strings.TrimSpace(ps[i].text)) {
			return ps[:i]
		}
	}
	return ps
}

var tailMarkerRe = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`related(?: stories| articles| content| coverage| news| posts| reading| topics)?|recommended(?: for you| stories| reading| articles| videos)?|more (?:from|on|stories|news|to explore|like this|in)\b.*|read more|read next|up next|keep reading|you (?:might|may) (?:also )?like|most (?:read|popular|viewed|shared)|trending(?: now| stories| this week)?|popular now|latest (?:news|stories)|what to read next|don't miss|also read|further reading|in other news|from around the web|around the web|top stories|editors'? picks?`,
	`mehr zum thema.*|lesen sie (?:auch|mehr)|das könnte sie auch interessieren|weitere (?:artikel|beiträge|themen|nachrichten|meldungen).*|schon gelesen|neueste (?:artikel|beiträge)|verwandte (?:artikel|themen)|ähnliche (?:artikel|beiträge)|auch interessant|empfohlene (?:artikel|beiträge)|meistgelesen|top-artikel|mehr aus .*|entdecke weitere.*|das könnte dich auch interessieren`,
	`lire aussi|à lire aussi|sur le même sujet|les plus lus|à voir aussi|dans la même rubrique|nos articles`,
	`leer más|lea también|te puede interesar|noticias relacionadas|contenido relacionado|más noticias|lo más leído|también te puede interesar`,
	`polecamy|czytaj (?:też|także)|zobacz (?:też|także)|leggi anche|potrebbe interessarti|articoli correlati|leia (?:também|mais)|veja também|notícias relacionadas`,
}, "|") + `)\s*[:.!?…»>]*$`)

func isProse(p para) bool {
	return !p.heading && wordCount(p.text) >= 8 && endsSentence(p.text) && p.links*2 < len(p.text)
}

func isHeadlineLike(p para) bool {
	return p.heading || (wordCount(p.text) < 20 && !endsSentence(p.text))
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]*`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:。！？", r)
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// boilerplateRe matches whole paragraphs of page furniture, in the languages
// of the sets attache is measured on. Patterns are anchored: a paragraph of
// prose that merely mentions a newsletter is kept.
var boilerplateRe = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`advertisement|advertising|anzeige|werbung|publicité|publicidad|sponsored|supported by|paid content`,
	`(?:read|see|watch|listen)(?: also| more| next| the full story)?\s*[:|>»-].*`,
	`(?:related|recommended|more from|more on|most read|most popular|trending|also read|also see|also:|don't miss|read next|you might like|you may also like|up next|further reading|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|weitere artikel|lire aussi|à lire aussi|leer más|lea también)\b.{0,120}`,
	`(?:share|teilen|partager|compartir)(?: this| this article| on| via)?\b.{0,40}`,
	`(?:follow|folgen sie|suivez)(?: us| uns| nous)?(?: on| auf| sur)?\b.{0,60}`,
	`(?:sign up|subscribe|abonnieren|newsletter|get our|join the|thanks for signing up|your subscription has been confirmed|by signing up|by clicking|we need your help|i would like to contribute|support (?:us|our journalism)|stand up for the facts).{0,240}`,
	`(?:copyright|©|\(c\)|all rights reserved|alle rechte vorbehalten|tous droits réservés).{0,200}`,
	`(?:photo|image|picture|foto|bild|credit|gallery credit|source|quelle|image source|image caption|getty images|reuters|ap photo|afp)\s*[:/|].{0,120}`,
	`\d+ of \d+|\d+ / \d+|\d+ (?:min|minute|minutes) read|listen to this article|print|email|e-mail|comments?|\d+ comments?|closecomments|bookmark.*|posted on|published|updated|by|news|oops!.*|loading.*|waiting for your permission.*|this content can also be viewed.*|(?:instagram|twitter|facebook|tiktok|youtube) content|pic\.twitter\.com/.*`,
	`(?:reporting|editing|writing|additional reporting|compiled) by .{0,200}`,
	`this article has been reviewed according to.*|fact-checked|peer-reviewed publication|trusted source|proofread|reputable news agency|(?:\w+ )?\d{1,2}, \d{4} report`,
	`— .{1,80} \(@\w{1,30}\) \w+ \d{1,2}, \d{4}|.{0,120}pic\.twitter\.com/\w+|\[(?:image|photo|clip|video)[^\]]*\]`,
	`(?:cookie|cookies).{0,300}`,
	`(?:editor'?s|editors'?) note\b.*|corrections?:?|correction: .*|clarification: .*|article continues (?:below|after).*|story continues (?:below|after).*|continue reading.*|scroll (?:down|to continue).*`,
	`.{0,80}\b(?:can be reached at|contributed to this report|contributed reporting|is a (?:staff writer|reporter|correspondent|contributor)|reported from [A-Z][\w .,'-]{1,60})\b.{0,200}`,
	`contact (?:the )?(?:reporter|writer|author)\b.*|send (?:us )?(?:a )?(?:tip|news tip)s?\b.*|got a (?:news )?tip\b.*`,
	`story source:?|materials? provided by .*|journal references?:?.*|cite this page:?|more information:.*|journal information:.*|citation:.*|provided by .{1,120}|explore further.*`,
	`\*?\s*follow .{1,80} on (?:twitter|x|instagram|facebook|snapchat|tiktok|threads|bluesky|linkedin|youtube)\b.*`,
	`(?:want|looking for) (?:more|to read more)\b.{0,160}\b(?:sign up|subscribe|newsletter|inbox|here)\b.*|get (?:the|our|daily|weekly|all the) .{0,120}(?:newsletter|inbox|app)\b.*|.{0,80}\bnewsletter\b.{0,40}`,
	`(?:this (?:story|article|piece|post) (?:was )?(?:originally|first) (?:appeared|published)|originally published (?:as|in|on|by)|this (?:story|article) has been updated|updated to (?:add|include|reflect)|includes information from|with (?:additional )?reporting by)\b.*`,
	`[\[(]\s*(?:related|more|read|see|watch|listen|also|here's|here is|learn more|click)\b[^\])]{0,200}[\])]\.?`,
	`(?:click|tap|go) here\b.*|(?:download|get) the .{1,40} app\b.*|_{3,}|-{3,}|\*{3,}|submitted photo|(?:video|photos?)(?: and story)? by .{1,60}`,
	`— .{1,80} \(@\w{1,30}\).{0,60}`,
	`\(?(?:reporting|editing|writing|additional reporting|compiled) by .{0,200}\)?\.?`,
	`.{0,200}\b(?:sign up|subscribe)(?: here| now| today| for free)?[.!]?`,
	`(?:published|updated|posted|first published|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)(?: on| am| le| el)?:? .{0,40}\d{4}.{0,24}`,
	`(?:about the (?:author|writer)|über (?:die autorin|den autor)|à propos de l'auteur|sobre el autor)\b.*`,
	`<[a-z!/][^>]*>.*`, // markup shown as text (a <noscript> fallback)
	`(?:tags|tagged|tagged with|labels|categories|category|filed under|posted in|kategorie|kategorien|themen|schlagworte|schlagwörter|stichworte|abgelegt unter|mots-clés|catégories|etiquetas|categorías|temas)\s*:.{0,200}`,
	`(?:publiziert|publiziert am|erstellt am|erschienen am|stand|datum|date|dated|posted|publié le|publicado el|pubblicato il)\s*:?\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.{0,40}`,
	`(?:bildnachweis|bildquelle|fotos?|bilder|abbildung|quelle|foto(?:grafie)?|photo credit|image credit|crédit photo|crédits?)\b.{0,100}©.{0,100}|.{0,120}©\s*[\p{L}\s./,&-]{0,60}(?:getty|istock|imago|dpa|reuters|afp|ap|picture alliance|shutterstock|pixelio|adobe stock|unsplash)[\p{L}\s./,&-]{0,60}`,
}, "|") + `)$`)

func isBoilerplate(s string) bool {
	if len(s) > 400 {
		return strings.HasPrefix(s, "<") && boilerplateRe.MatchString(s)
	}
	return boilerplateRe.MatchString(strings.TrimSpace(s))
}
