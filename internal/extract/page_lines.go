package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file classifies the lines of a copied page one at a time: boilerplate,
// trailers that end the body, date lines, bylines, captions and credits,
// breadcrumbs, and the rest (text). Which text is title, dek or body is decided
// later, from the order of the lines (page.go).

// ptKind is what a line is.
type ptKind uint8

const (
	ptText         ptKind = iota // prose, headline, label: decided by position
	ptBoiler                     // never in the body: share bars, ads, "Read more: ..."
	ptStop                       // a trailer that ends the body: "Reporting by", "©", "More news from"
	ptDateL                      // a date line
	ptByline                     // "By Jane Doe and John Roe"
	ptCaption                    // an image caption, maybe with its credit
	ptCreditBefore               // "Image source, Getty Images": credit of the caption after it
	ptCreditAfter                // "Photo: Getty Images": credit of the caption before it
	ptCrumb                      // "Home > World > Asia"
)

// Line flags.
const (
	ptShare    uint8 = 1 << iota // share, follow or print bar item
	ptList                       // heading of a list of links: "Related", "Most read"
	ptWeak                       // caption known only by a trailing agency: "... — AFP"
	ptAnnounce                   // date line that says "Published"/"Updated"
)

// ptInfo is what a special line carries.
type ptInfo struct {
	date     ptDate
	dateKind ptDateKind
	hasDate  bool
	names    []string // byline
	caption  string
	credit   string
	section  string // breadcrumb, "More news from X"
	site     string // copyright holder
}

// Bounds, in bytes, of the lines each test looks at: longer lines are text.
const (
	ptMaxShort   = 300 // boilerplate, bylines, breadcrumbs
	ptMaxCaption = 700 // captions
)

// ptClassify says what the cleaned, non-empty line s is.
func ptClassify(s string, info *ptInfo) (ptKind, uint8) {
	if len(s) > ptMaxCaption {
		return ptText, 0
	}
	core := ptStripBullet(s)
	if !ptHasLetter(core) {
		return ptBoiler, 0 // bullets, rules, lone numbers, "1/5"
	}
	low := strings.ToLower(core)
	if len(s) <= ptMaxShort {
		if k, f := ptBoilerplate(core, low, info); k != ptText {
			return k, f
		}
		switch dt, kind, st := ptParseDateLine(core); st {
		case ptDateLine:
			info.date, info.dateKind, info.hasDate = dt, kind, true
			var f uint8
			if kind != ptDateBare {
				f = ptAnnounce
			}
			return ptDateL, f
		case ptRelativeDate:
			return ptBoiler, 0
		}
		if ptReadByline(core, low, info) {
			return ptByline, 0
		}
		if sec, ok := ptBreadcrumb(core); ok {
			info.section = sec
			return ptCrumb, 0
		}
	}
	return ptCaptionLine(core, low, info)
}

// ptStripBullet removes list bullets from the start of s.
func ptStripBullet(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case '•', '·', '*', '▪', '●', '◦', '‣', '►', '▶', '■', '□', '✓', '✔', '➤', '→', '»', '›', '+', '-', '–', '—', '>', '|':
		default:
			return s
		}
		rest := s[size:]
		if r == '-' || r == '+' || r == '*' || r == '>' {
			// "-" opens a bullet only before a space: "-5 degrees" is text.
			if !strings.HasPrefix(rest, " ") && rest != "" {
				return s
			}
		}
		s = strings.TrimLeft(rest, " ")
	}
	return s
}

// ptTrimOpen trims opening brackets and spaces from the start of s.
func ptTrimOpen(s string) string {
	for len(s) > 0 && (s[0] == '(' || s[0] == '[' || s[0] == ' ') {
		s = s[1:]
	}
	return s
}

var ptMorePrefixes = []string{"more news from ", "more stories from ", "more articles from ", "more from ", "more in ", "more news in "}

func ptHasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// ptKeyOf cuts trailing punctuation, arrows and dashes from a lower-cased line:
// the key its boilerplate is looked up by.
func ptKeyOf(low string) string {
	return strings.TrimRightFunc(low, func(r rune) bool {
		return r == ' ' || r == ':' || r == '.' || r == '!' || r == '»' || r == '›' || r == '→' || r == '>' ||
			r == '|' || r == '…' || r == '-' || r == '–' || r == '—' || r == '↗' || r == '▸' || r == '▶'
	})
}

// ptBoilerExact are whole lines that are never part of an article. The value
// holds the line flags.
var ptBoilerExact = map[string]uint8{}

// ptStopExact are whole lines that end the article body.
var ptStopExact = map[string]bool{}

func init() {
	share := []string{
		"share", "share this", "share this article", "share this story", "share this page", "share article",
		"share story", "share full article", "share on facebook", "share on twitter", "share on x", "share on linkedin",
		"share on whatsapp", "share via email", "share via", "share on", "share this post", "tweet", "tweet this",
		"facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e-mail", "mail", "copy link",
		"copy url", "copy article link", "link copied", "copied", "print", "print article", "print this article",
		"reddit", "pinterest", "flipboard", "messenger", "facebook messenger", "google-news", "google news",
		"youtube", "instagram", "tiktok", "threads", "bluesky", "mastodon", "viber", "wechat", "weibo", "sms",
		"save", "save article", "save for later", "saved", "bookmark", "gift article", "gift this article",
		"follow", "follow us", "follow us on", "follow us on google news", "follow us on twitter",
		"follow us on facebook", "follow topic", "follow this topic", "teilen", "artikel teilen", "drucken",
		"partager", "partager l'article", "imprimer", "compartir", "imprimir", "whatsapp channel", "comment",
		"zoom", "font size", "text size", "aa", "a a", "listen", "listen to this article", "listen to article",
		"audio", "play", "pause", "artikel anhören", "écouter", "écouter cet article",
	}
	for _, k := range share {
		ptBoilerExact[k] = ptShare
	}
	plain := []string{
		"more", "less", "close", "open", "menu", "search", "home", "sign in", "log in", "login", "logout",
		"log out", "register", "my account", "account", "subscribe", "subscribe now", "newsletter",
		"newsletters", "sign up", "skip to content", "skip to main content", "skip to navigation",
		"skip navigation", "toggle navigation", "back to top", "next", "previous", "prev", "next article",
		"previous article", "next story", "accept", "accept all", "accept cookies", "reject all",
		"manage cookies", "cookie settings", "cookie policy", "privacy policy", "terms of use",
		"terms and conditions", "contact us", "about us", "advertisement", "advertising", "ad", "ads",
		"sponsored", "sponsored content", "paid content", "promoted", "partner content", "scroll to continue",
		"scroll to continue with content", "continue reading", "continue reading below",
		"story continues below advertisement", "skip advertisement", "end of advertisement", "article continues below advertisement",
		"article continues below", "story continues below", "content continues below", "anzeige", "werbung",
		"publicité", "publicidad", "pubblicità", "video", "watch", "watch video", "watch now", "photos",
		"photo gallery", "gallery", "view gallery", "view comments", "show comments", "hide comments",
		"load more", "load more comments", "see more", "show more", "read full article", "view full article",
		"expand", "collapse", "loading", "live", "breaking", "breaking news", "get the app", "download the app",
		"open in app", "view in app", "ok", "got it", "dismiss", "translate", "report", "report an error",
		"report a correction", "corrections", "feedback", "send feedback", "listen to the story",
		"enlarge", "enlarge image", "view image", "expand image", "fullscreen", "full screen", "image", "photo",
		"exclusive", "analysis", "explainer", "opinion piece", "zur startseite", "startseite", "accueil",
		"sections", "all sections", "reuse this content", "print subscriptions", "edition", "select edition", "light mode", "dark mode",
	}
	for _, k := range plain {
		ptBoilerExact[k] = 0
	}
	list := []string{
		"related", "related articles", "related stories", "related content", "related coverage", "related news",
		"related posts", "related links", "related topics", "recommended", "recommended stories",
		"recommended articles", "recommended reading", "you may be interested in", "more on this story",
		"more on this topic", "more on this", "also read", "read also", "see also", "read more", "read next",
		"trending", "trending now", "trending stories", "top stories", "latest", "latest news", "latest stories",
		"in other news", "don't miss", "popular", "popular now", "what to read next", "up next", "more stories",
		"more news", "more articles", "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren",
		"à lire aussi", "lire aussi", "voir aussi", "sur le même sujet", "te puede interesar", "leer más",
		"topics", "tags", "explore more on these topics", "more on these topics", "more to explore", "explore more", "keep reading", "related video", "related videos",
	}
	for _, k := range list {
		ptBoilerExact[k] = ptList
	}
	stop := []string{
		"most read", "most popular", "most viewed", "most shared", "most commented", "most watched",
		"you may also like", "you might also like", "recommended for you", "editor's picks", "editors' picks",
		"meistgelesen", "les plus lus", "lo más leído", "más leídas", "comments", "comment on this article",
		"leave a comment", "join the conversation", "add a comment", "post a comment", "comments are closed",
		"be the first to comment", "kommentare", "commentaires", "about the author", "about the authors",
		"our standards", "the thomson reuters trust principles", "sign up for our newsletter",
		"more from this author", "other stories", "read the latest", "footer", "site map", "sitemap",
	}
	for _, k := range stop {
		ptStopExact[k] = true
	}
}

// ptPrefix is a boilerplate line that starts with a phrase.
type ptPrefix struct {
	p        string
	maxWords int
	kind     ptKind
	flags    uint8
}

// ptBoilerPrefix holds the prefixes by their first byte.
var ptBoilerPrefix = map[byte][]ptPrefix{}

func init() {
	for _, p := range ptBoilerPrefixes {
		ptBoilerPrefix[p.p[0]] = append(ptBoilerPrefix[p.p[0]], p)
	}
}

var ptBoilerPrefixes = []ptPrefix{
	{"follow us", 12, ptBoiler, ptShare},
	{"share this", 8, ptBoiler, ptShare},
	{"share on", 6, ptBoiler, ptShare},
	{"subscribe to", 30, ptBoiler, 0},
	{"subscribe for", 30, ptBoiler, 0},
	{"subscribe now", 30, ptBoiler, 0},
	{"subscribe today", 30, ptBoiler, 0},
	{"sign up for", 30, ptBoiler, 0},
	{"sign up to", 30, ptBoiler, 0},
	{"sign up now", 30, ptBoiler, 0},
	{"click here", 30, ptBoiler, 0},
	{"tap here", 30, ptBoiler, 0},
	{"read more:", 30, ptBoiler, 0},
	{"read more on", 20, ptBoiler, 0},
	{"read more about", 20, ptBoiler, 0},
	{"read more at", 20, ptBoiler, 0},
	{"read:", 25, ptBoiler, 0},
	{"read also:", 30, ptBoiler, 0},
	{"read next:", 30, ptBoiler, 0},
	{"related:", 30, ptBoiler, 0},
	{"related coverage:", 30, ptBoiler, 0},
	{"also read:", 30, ptBoiler, 0},
	{"also read", 30, ptBoiler, 0},
	{"see also:", 30, ptBoiler, 0},
	{"recommended:", 30, ptBoiler, 0},
	{"more:", 25, ptBoiler, 0},
	{"watch:", 25, ptBoiler, 0},
	{"video:", 25, ptBoiler, 0},
	{"listen:", 25, ptBoiler, 0},
	{"photos:", 25, ptBoiler, 0},
	{"gallery:", 25, ptBoiler, 0},
	{"advertisement", 8, ptBoiler, 0},
	{"story continues", 8, ptBoiler, 0},
	{"article continues", 8, ptBoiler, 0},
	{"scroll to continue", 8, ptBoiler, 0},
	{"continue reading", 8, ptBoiler, 0},
	{"listen to this article", 12, ptBoiler, ptShare},
	{"skip to", 6, ptBoiler, 0},
	{"download the", 15, ptBoiler, 0},
	{"download our", 15, ptBoiler, 0},
	{"get the app", 15, ptBoiler, 0},
	{"join our", 20, ptBoiler, 0},
	{"join us on", 20, ptBoiler, 0},
	{"we use cookies", 80, ptBoiler, 0},
	{"this site uses cookies", 80, ptBoiler, 0},
	{"this website uses cookies", 80, ptBoiler, 0},
	{"have a tip", 20, ptBoiler, 0},
	{"got a tip", 20, ptBoiler, 0},
	{"contact the author", 20, ptBoiler, 0},
	{"email the author", 20, ptBoiler, 0},
	{"to see this content", 30, ptBoiler, 0},
	{"enable javascript", 30, ptBoiler, 0},
	{"please enable", 30, ptBoiler, 0},
	{"this article is more than", 12, ptBoiler, 0},
	{"sponsored by", 15, ptBoiler, 0},
	{"presented by", 15, ptBoiler, 0},
	{"lesen sie auch", 25, ptBoiler, 0},
	{"lesen sie mehr", 25, ptBoiler, 0},
	{"mehr zum thema", 25, ptBoiler, 0},
	{"lire aussi", 25, ptBoiler, 0},
	{"à lire aussi", 25, ptBoiler, 0},
	{"abonnez-vous", 30, ptBoiler, 0},
	{"inscrivez-vous", 30, ptBoiler, 0},
	{"jetzt abonnieren", 30, ptBoiler, 0},
	{"anzeige", 5, ptBoiler, 0},
	{"werbung", 5, ptBoiler, 0},
	{"publicité", 5, ptBoiler, 0},
	{"image 1 of", 6, ptBoiler, 0},
	// trailers
	{"reporting by", 60, ptStop, 0},
	{"additional reporting by", 60, ptStop, 0},
	{"writing by", 60, ptStop, 0},
	{"editing by", 60, ptStop, 0},
	{"edited by", 30, ptStop, 0},
	{"compiled by", 30, ptStop, 0},
	{"reporting and writing by", 60, ptStop, 0},
	{"our standards:", 30, ptStop, 0},
	{"this article was originally published", 40, ptStop, 0},
	{"this story was originally published", 40, ptStop, 0},
	{"this article first appeared", 40, ptStop, 0},
	{"this story first appeared", 40, ptStop, 0},
	{"topics:", 40, ptStop, 0},
	{"tags:", 40, ptStop, 0},
	{"filed under", 40, ptStop, 0},
	{"themen:", 40, ptStop, 0},
	{"mots-clés", 40, ptStop, 0},
}

// ptShareWords are the words of a share bar written on one line:
// "Share Facebook Twitter Email".
var ptShareWords = map[string]bool{
	"share": true, "tweet": true, "facebook": true, "twitter": true, "x": true, "linkedin": true,
	"whatsapp": true, "telegram": true, "email": true, "e-mail": true, "mail": true, "print": true,
	"copy": true, "link": true, "reddit": true, "pinterest": true, "flipboard": true, "messenger": true,
	"google-news": true, "google": true, "news": true, "save": true, "comment": true, "comments": true,
	"follow": true, "us": true, "on": true, "via": true, "this": true, "article": true, "story": true,
	"|": true, "·": true, "•": true, "/": true, "youtube": true, "instagram": true, "tiktok": true,
	"threads": true, "bluesky": true, "gift": true, "url": true, "sms": true,
}

// ptPlatform are the share-bar words that name a platform or action.
var ptPlatform = map[string]bool{
	"share": true, "tweet": true, "facebook": true, "twitter": true, "linkedin": true, "whatsapp": true,
	"telegram": true, "email": true, "e-mail": true, "print": true, "reddit": true, "pinterest": true,
	"flipboard": true, "messenger": true, "google-news": true,
}

// ptBoilerplate classifies boilerplate and trailer lines.
func ptBoilerplate(core, low string, info *ptInfo) (ptKind, uint8) {
	key := ptKeyOf(ptTrimOpen(low))
	for len(key) > 0 && (key[len(key)-1] == ')' || key[len(key)-1] == ']' || key[len(key)-1] == ' ') {
		key = key[:len(key)-1]
	}
	if key == "" {
		return ptBoiler, 0
	}
	if f, ok := ptBoilerExact[key]; ok {
		return ptBoiler, f
	}
	if ptStopExact[key] {
		return ptStop, 0
	}
	words := ptWordCount(core)
	// "More news from World", "More from Asia": the section, and the end.
	for _, p := range ptMorePrefixes {
		if !strings.HasPrefix(key, p) || words > 7 {
			continue
		}
		if rest, ok := ptCutPrefixFold(ptTrimOpen(core), p); ok {
			name := strings.TrimRight(ptKeyOf(strings.TrimSpace(rest)), ")] ")
			if p == "more from " || p == "more in " {
				if !ptSections[strings.ToLower(name)] {
					return ptBoiler, ptList
				}
			}
			info.section = ptSectionName(name)
			return ptStop, 0
		}
	}
	if strings.Contains(key, "cookie") && words <= 80 &&
		(strings.HasPrefix(key, "by continuing") || strings.HasPrefix(key, "by using") || strings.Contains(key, "we use") ||
			strings.Contains(key, "accept") || strings.Contains(key, "consent")) {
		return ptBoiler, 0
	}
	for _, p := range ptBoilerPrefix[key[0]] {
		if words <= p.maxWords && strings.HasPrefix(key, p.p) {
			rest := key[len(p.p):]
			if rest == "" || !ptIsLetterAt(rest, 0) || strings.HasSuffix(p.p, ":") {
				return p.kind, p.flags
			}
		}
	}
	// copyright lines
	if site, ok := ptCopyright(core, key); ok {
		info.site = site
		return ptStop, 0
	}
	if words <= 12 && ptShareWords[strings.Trim(ptFirstWord(key), ",;:.()")] {
		// a share bar on one line
		all, platform := true, false
		for _, w := range strings.Fields(key) {
			w = strings.Trim(w, ",;:.()")
			if w == "" {
				continue
			}
			if !ptShareWords[w] {
				all = false
				break
			}
			platform = platform || ptPlatform[w]
		}
		if all && platform {
			return ptBoiler, ptShare
		}
	}
	if words <= 12 {
		if ptMinRead(key) || ptCounter(key) || ptCommentCount(key) {
			return ptBoiler, 0
		}
		if strings.HasPrefix(key, "follow ") && strings.Contains(key, " on ") && words <= 8 &&
			(strings.Contains(key, "twitter") || strings.Contains(key, "facebook") || strings.Contains(key, " x") ||
				strings.Contains(key, "instagram") || strings.Contains(key, "linkedin") || strings.Contains(key, "bluesky")) {
			return ptBoiler, ptShare
		}
		if words == 1 && (strings.HasPrefix(key, "http://") || strings.HasPrefix(key, "https://") ||
			strings.HasPrefix(key, "www.") || strings.HasPrefix(key, "@") || strings.HasPrefix(key, "#")) {
			return ptBoiler, 0
		}
	}
	return ptText, 0
}

// ptMinRead matches "5 min read", "5-minute read", "Reading time: 4 minutes",
// "Lesezeit: 3 Min.", "Temps de lecture : 2 min".
func ptMinRead(key string) bool {
	if !ptHasDigit(key) {
		return false
	}
	if strings.HasPrefix(key, "reading time") || strings.HasPrefix(key, "lesezeit") ||
		strings.HasPrefix(key, "temps de lecture") || strings.HasPrefix(key, "tiempo de lectura") ||
		strings.HasPrefix(key, "read time") || strings.HasPrefix(key, "estimated reading time") {
		return true
	}
	for _, s := range []string{" min read", "-min read", " mins read", " minute read", "-minute read", " minutes read", " min lesezeit", " min. lesezeit", " min de lecture", " min. read"} {
		if strings.HasSuffix(key, s) || strings.Contains(key, s+" ") {
			return ptHasDigit(key)
		}
	}
	return false
}

// ptCounter matches image counters: "1 of 5", "Image 2 of 10", "Photo 3/8".
func ptCounter(key string) bool {
	if !ptHasDigit(key) {
		return false
	}
	f := strings.Fields(key)
	if len(f) < 1 || len(f) > 4 {
		return false
	}
	last := f[len(f)-1]
	if len(f) >= 3 && (f[len(f)-2] == "of" || f[len(f)-2] == "von" || f[len(f)-2] == "sur" || f[len(f)-2] == "de") &&
		ptAllDigits(last) && ptAllDigits(f[len(f)-3]) {
		return len(f) == 3 || f[0] == "image" || f[0] == "photo" || f[0] == "picture" || f[0] == "slide" || f[0] == "bild"
	}
	if i := strings.IndexByte(last, '/'); i > 0 && ptAllDigits(last[:i]) && ptAllDigits(last[i+1:]) {
		return len(f) == 1 || f[0] == "image" || f[0] == "photo" || f[0] == "picture" || f[0] == "slide" || f[0] == "bild"
	}
	return false
}

// ptCommentCount matches "12 comments", "Comments (12)", "View 12 comments".
func ptCommentCount(key string) bool {
	if !ptHasDigit(key) || !(strings.Contains(key, "comment") || strings.Contains(key, "kommentar") ||
		strings.Contains(key, "comentario") || strings.Contains(key, "replies")) {
		return false
	}
	f := strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '(' || r == ')' })
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	num, word := false, false
	for _, w := range f {
		switch {
		case ptAllDigits(w):
			num = true
		case w == "comments" || w == "comment" || w == "kommentare" || w == "commentaires" || w == "comentarios" || w == "replies":
			word = true
		case w == "view" || w == "show" || w == "see" || w == "read" || w == "all":
		default:
			return false
		}
	}
	return num && word
}

func ptAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ptCopyright matches "© 2023 Example News. All rights reserved." and returns
// the holder when it is short enough to be a name.
func ptCopyright(core, key string) (string, bool) {
	rest := ""
	switch {
	case strings.HasPrefix(core, "©"):
		rest = core[len("©"):]
	case len(core) > 4 && strings.EqualFold(core[:4], "(c) ") && core[4] >= '0' && core[4] <= '9':
		rest = core[4:]
	case strings.HasPrefix(key, "copyright"):
		r, ok := ptCutPrefixFold(core, "copyright")
		t := strings.TrimLeft(r, " :")
		if !ok || t == "" || !(t[0] >= '0' && t[0] <= '9' || strings.HasPrefix(t, "©") || strings.HasPrefix(t, "(c)") || strings.HasPrefix(t, "(C)")) {
			return "", false
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "(c)"), "(C)"), "©")
	case strings.Contains(key, "all rights reserved") && ptWordCount(core) <= 30:
		rest = core
	default:
		return "", false
	}
	rest = strings.TrimLeft(rest, " ©:")
	// years: "2023", "2000-2023", "2023 –"
	for {
		t := strings.TrimLeft(rest, " ")
		i := 0
		for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '-') {
			i++
		}
		if i == 0 {
			rest = t
			break
		}
		rest = strings.TrimLeft(t[i:], " ,–—")
	}
	for _, cut := range []string{". all rights reserved", ", all rights reserved", " all rights reserved", ". alle rechte", ". tous droits", "|", " - "} {
		if i := strings.Index(strings.ToLower(rest), cut); i >= 0 {
			rest = rest[:i]
		}
	}
	rest = strings.Trim(rest, " .,;:©")
	if rest == "" || ptWordCount(rest) > 6 || !ptHasLetter(rest) || strings.EqualFold(rest, "all rights reserved") {
		return "", true
	}
	return rest, true
}

// ptSections are section names, lower case, in the languages of the lexicon.
var ptSections = map[string]bool{}

func init() {
	for _, s := range strings.Split("world|politics|business|economy|markets|technology|tech|science|health|sport|sports|"+
		"culture|arts|opinion|asia|asia pacific|asia-pacific|europe|africa|americas|middle east|us|u.s.|uk|china|india|"+
		"climate|environment|entertainment|lifestyle|travel|education|national|local|nation|metro|international|"+
		"global|region|australia|canada|finance|money|law|legal|crime|weather|food|style|media|security|defence|"+
		"defense|diplomacy|us news|world news|uk news|us politics|uk politics|global development|investigations|"+
		"politik|ausland|inland|wirtschaft|welt|kultur|wissen|panorama|monde|politique|économie|economie|société|"+
		"societe|mundo|internacional|política|economía|esteri|cronaca|gulf|emirates|uae|pakistan|americas|"+
		"latin america|north america|south asia|east asia|southeast asia|oceania|russia|ukraine|war in ukraine|"+
		"israel|iran|energy|autos|aviation|cities|future|innovation|life|living|nature|wellness|us & canada|"+
		"europe news|business news|tech news|markets news|world europe|world asia", "|") {
		ptSections[s] = true
	}
}

// ptSectionName writes a section name as a label: "WORLD" -> "World".
func ptSectionName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || ptWordCount(s) > 4 {
		return ""
	}
	if strings.ToUpper(s) == s && utf8.RuneCountInString(s) > 3 {
		return ptTitleCase(s)
	}
	return s
}

// ptTitleCase writes an all-capitals name in title case: "O'BRIEN-SMITH" ->
// "O'Brien-Smith".
func ptTitleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		b.WriteRune(r)
		start = r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return b.String()
}

// ptBreadcrumb matches "Home > World > Asia", "News / World", "World › Asia" and
// returns the first section after the home item.
func ptBreadcrumb(core string) (string, bool) {
	var sep string
	for _, s := range []string{" > ", " › ", " » ", " / ", " → ", " | "} {
		if strings.Contains(core, s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return "", false
	}
	parts := strings.Split(core, sep)
	if len(parts) < 2 || len(parts) > 8 {
		return "", false
	}
	home := ptHomeWord(strings.ToLower(strings.TrimSpace(parts[0])))
	if (sep == " / " || sep == " | ") && !home {
		return "", false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || ptWordCount(p) > 4 || strings.ContainsAny(p, ".!?,") && !strings.EqualFold(p, "u.s.") {
			return "", false
		}
		if !ptStartsUpperOrDigit(p) {
			return "", false
		}
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if !ptHomeWord(strings.ToLower(p)) {
			return ptSectionName(p), true
		}
	}
	return "", true
}

func ptHomeWord(s string) bool {
	switch s {
	case "home", "news", "start", "startseite", "accueil", "inicio", "portada", "homepage", "front page", "nachrichten", "actualités", "noticias", "main":
		return true
	}
	return false
}

func ptStartsUpperOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || (unicode.IsLetter(r) && !unicode.IsLower(r))
}

// ptWordCount counts the words of s; a run of CJK characters counts one word
// per two characters. It stops counting at 1<<16.
func ptWordCount(s string) int {
	n, inWord, cjk := 0, false, 0
	for _, r := range s {
		if n >= 1<<16 {
			return n
		}
		switch {
		case r == ' ':
			if inWord {
				n++
			}
			inWord = false
		case r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)):
			cjk++
			if cjk == 2 {
				n++
				cjk = 0
			}
			inWord = true
		default:
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				inWord = true
			}
		}
	}
	if inWord {
		n++
	}
	return n
}

// ptCutPrefixFold cuts prefix p from s, ignoring case.
func ptCutPrefixFold(s, p string) (string, bool) {
	if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
		return s, false
	}
	return s[len(p):], true
}

// ptAgencies are news and photo agencies and wire credits, lower case.
var ptAgencies = map[string]bool{}

func init() {
	for _, s := range strings.Split("reuters|afp|agence france-presse|agence france presse|ap|associated press|"+
		"the associated press|bloomberg|bloomberg news|dpa|xinhua|efe|ansa|kyodo|kyodo news|yonhap|pti|ani|ians|upi|"+
		"tass|aap|anadolu|anadolu agency|wam|spa|kuna|irna|getty images|getty|epa|epa-efe|shutterstock|alamy|sipa|"+
		"pa|pa media|pa wire|nurphoto|zuma|zuma press|zuma wire|cnn|bbc|bbc news|agencies|wires|news agencies|"+
		"wire services|imago|keystone|anp|belga|ntb|ritzau|lusa|europa press|wafa|sana|interfax|ria novosti|"+
		"sputnik|bernama|antara|jiji|jiji press|kcna|china news service|picture alliance|picture-alliance|"+
		"handout|pool|afp photo|reuters photo|ap photo|nasa|mena|qna|apa|istock|istockphoto|unsplash|"+
		"supplied|courtesy|file|file photo|reuters tv|reuters/|xinhua news agency|yonhap news agency|"+
		"press trust of india|united press international|agencia efe|ap images|pa images|rex|rex features|"+
		"sopa images|lightrocket|abaca|wenn|dpa-infocom|kna|epd|kathpress|sda|ats|apa-dpa|ddp|dapd", "|") {
		ptAgencies[s] = true
	}
}

// ptIsAgency reports whether s names an agency: "Reuters", "AFP/Getty
// Images", "dpa/picture alliance".
func ptIsAgency(s string) bool {
	s = strings.ToLower(strings.Trim(s, " .,;()[]"))
	if ptAgencies[s] {
		return true
	}
	if strings.Contains(s, "/") {
		for _, p := range strings.Split(s, "/") {
			if ptAgencies[strings.TrimSpace(p)] {
				return true
			}
		}
	}
	for _, suf := range []string{" via reuters", " via afp", " via ap", " via getty images", " via getty", " for afp", " for reuters"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// ptRoleWords are the words of a byline's job title: "Staff Writer",
// "Chief Diplomatic Correspondent".
var ptRoleWords = map[string]bool{
	"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true, "correspondent": true,
	"correspondents": true, "editor": true, "editors": true, "contributor": true, "contributing": true,
	"columnist": true, "chief": true, "bureau": true, "desk": true, "analyst": true, "producer": true,
	"journalist": true, "news": true, "senior": true, "political": true, "diplomatic": true, "special": true,
	"associate": true, "team": true, "online": true, "digital": true, "web": true, "foreign": true,
	"international": true, "economics": true, "business": true, "science": true, "health": true,
	"security": true, "defence": true, "defense": true, "china": true, "asia": true, "europe": true,
	"africa": true, "middle": true, "east": true, "world": true, "affairs": true, "the": true, "of": true,
	"and": true, "our": true, "a": true, "for": true, "in": true, "at": true, "deputy": true, "managing": true,
	"executive": true, "global": true, "white": true, "house": true, "us": true, "uk": true, "national": true,
	"technology": true, "tech": true, "climate": true, "environment": true, "sports": true, "sport": true,
	"culture": true, "legal": true, "investigations": true, "investigative": true, "video": true,
	"photographer": true, "photo": true, "redakteur": true, "redakteurin": true, "korrespondent": true,
	"korrespondentin": true, "envoyé": true, "envoyée": true, "spécial": true, "spéciale": true,
	"correspondant": true, "correspondante": true, "rédaction": true, "redaktion": true, "newsroom": true,
}

func ptIsRole(s string) bool {
	f := strings.Fields(strings.ToLower(strings.Trim(s, " .")))
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if !ptRoleWords[w] {
			return false
		}
	}
	return true
}

// ptNameParticles may be written in lower case inside a name.
var ptNameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "van": true, "von": true, "der": true, "den": true, "du": true,
	"del": true, "della": true, "le": true, "la": true, "al": true, "el": true, "bin": true, "ibn": true,
	"ter": true, "ten": true, "dos": true, "das": true, "y": true, "zu": true, "af": true, "des": true,
}

// ptNotName are capitalised words that start sentences, not names.
var ptNotName = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "in": true, "on": true,
	"at": true, "of": true, "for": true, "with": true, "and": true, "but": true, "or": true, "if": true,
	"when": true, "after": true, "before": true, "as": true, "by": true, "from": true, "to": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "all": true, "some": true,
	"more": true, "most": true, "no": true, "not": true, "one": true, "two": true, "three": true,
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "can": true,
	"der": true, "die": true, "das": true, "ein": true, "eine": true, "le": true, "la": true, "les": true,
	"un": true, "une": true, "el": true, "los": true, "las": true, "staff": true, "news": true, "agencies": true,
}

// ptName returns s as a person's name, in title case when written in
// capitals, or "" when s is not one: two to five capitalised words.
func ptName(s string) string {
	s = strings.Trim(s, " .,;:")
	if s == "" || len(s) > 60 {
		return ""
	}
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 {
		return ""
	}
	upper := true
	for i, w := range f {
		lw := strings.ToLower(w)
		if i == 0 && ptNotName[lw] {
			return ""
		}
		if _, ok := ptMonth[strings.TrimSuffix(lw, ".")]; ok && i == 0 {
			return ""
		}
		if ptFiller[lw] && i == 0 {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if ptNameParticles[lw] && i > 0 && i < len(f)-1 {
				continue
			}
			return ""
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.') {
				return ""
			}
			if unicode.IsLower(c) {
				upper = false
			}
		}
	}
	if upper {
		return ptTitleCase(s)
	}
	return s
}

// ptBylinePrefixes open a byline.
var ptBylinePrefixes = []string{"by ", "written by ", "words by ", "story by ", "text by ", "reported by ",
	"von ", "par ", "por ", "text: ", "autor: ", "autorin: ", "author: ", "authors: ", "auteur : ", "auteur: ",
	"texte : ", "byline: "}

// ptReadByline reads a byline: "By Jane Doe and John Roe", "By JANE DOE, Reuters",
// "Jane Doe | Reuters", "Von Anna Schmidt, Berlin". A date on the line is kept.
func ptReadByline(core, low string, info *ptInfo) bool {
	if ptWordCount(core) > 24 || strings.HasPrefix(low, "reporting by") {
		return false
	}
	rest, prefixed := "", false
	for _, p := range ptBylinePrefixes {
		if r, ok := ptCutPrefixFold(core, p); ok {
			rest, prefixed = strings.TrimSpace(r), true
			break
		}
	}
	if !prefixed {
		// "Jane Doe | Reuters", "Jane Doe, Reuters"
		if i := strings.LastIndexByte(core, ','); strings.IndexByte(core, '|') < 0 && (i < 0 || !ptIsAgency(core[i+1:]) && !ptIsRole(core[i+1:])) {
			return false
		}
		rest = core
	}
	// Parts: names | agency | date.
	parts := []string{rest}
	for _, sep := range []string{" | ", " · ", " • ", " — ", " – ", "|"} {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	var names []string
	extra := false // an agency, a role or a date beside the names
	for pi, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if pi > 0 {
			switch dt, kind, st := ptParseDateLine(part); st {
			case ptDateLine:
				if !info.hasDate {
					info.date, info.dateKind, info.hasDate = dt, kind, true
				}
				extra = true
				continue
			case ptRelativeDate:
				extra = true
				continue
			}
			if ptIsAgency(part) || ptIsRole(part) {
				extra = true
				continue
			}
			if ptWordCount(part) <= 3 && len(names) > 0 {
				continue // a place or a desk
			}
			return false
		}
		ns, ok, ex := ptNames(part)
		if !ok {
			return false
		}
		names, extra = ns, extra || ex
	}
	if len(names) == 0 && !(prefixed && extra) {
		return false
	}
	if !prefixed && (!extra || len(parts) < 2 && !strings.Contains(rest, ",")) {
		return false
	}
	info.names = names
	return true
}

// ptNames splits the names part of a byline. It reports whether every piece
// was a name, an agency, a role or a trailing place, and whether an agency or
// role was among them.
func ptNames(s string) (names []string, ok, extra bool) {
	pieces := []string{s}
	for _, sep := range []string{", ", "; ", " and ", " & ", " und ", " et ", " y ", " AND ", " UND ", " ET "} {
		var next []string
		for _, p := range pieces {
			next = append(next, strings.Split(p, sep)...)
		}
		pieces = next
	}
	for i, p := range pieces {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if ptIsAgency(p) || ptIsRole(p) {
			extra = true
			continue
		}
		// "JANE DOE Associated Press"
		if f := strings.Fields(p); len(f) > 2 {
			for k := min(3, len(f)-2); k >= 1; k-- {
				if ptIsAgency(strings.Join(f[len(f)-k:], " ")) {
					p, extra = strings.Join(f[:len(f)-k], " "), true
					break
				}
			}
		}
		// "Jane Doe in Beijing", "Jane Doe for The Times"
		for _, cut := range []string{" in ", " at ", " for ", " aus ", " à ", " en ", " from ", " reporting from ", " with "} {
			if j := strings.Index(p, cut); j > 0 {
				after := p[j+len(cut):]
				if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
					p = p[:j]
				}
			}
		}
		if n := ptName(p); n != "" {
			names = append(names, n)
			continue
		}
		if i == len(pieces)-1 && len(names) > 0 && ptWordCount(p) <= 2 && ptStartsUpperOrDigit(p) {
			continue // "Von Anna Schmidt, Berlin"
		}
		return nil, false, false
	}
	return names, true, extra
}

// ptPhotoWords open a credit: "Photo: AP", "Image credit: NASA".
var ptPhotoWords = []string{"photo credit", "photo credits", "image credit", "image credits", "picture credit",
	"photograph", "photography", "photos", "photo", "image", "images", "picture", "pic", "credits", "credit",
	"foto", "fotos", "bild", "bilder", "crédit photo", "crédits photo", "crédit", "fotografía", "imagen"}

// ptCutPhotoWord cuts a credit opener from the start of s: "Photo: X",
// "Photo by X", "Photo credit - X". It returns X.
func ptCutPhotoWord(s string) (string, bool) {
	for _, w := range ptPhotoWords {
		rest, ok := ptCutPrefixFold(s, w)
		if !ok {
			continue
		}
		t := strings.TrimLeft(rest, " ")
		switch {
		case strings.HasPrefix(t, ":"):
			t = t[1:]
		case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–"):
			_, size := utf8.DecodeRuneInString(t)
			t = t[size:]
		case strings.HasPrefix(strings.ToLower(t), "by "):
			t = t[3:]
		case strings.HasPrefix(t, "©"):
		default:
			continue
		}
		t = strings.TrimSpace(t)
		if t == "" {
			return "", false
		}
		return t, true
	}
	return "", false
}

// ptCreditText reports whether s reads as a credit: a short name list with an
// agency, a photographer/agency slash form, or an opener such as "Photo:".
// strong is false for a bare agency ("Reuters"), which may also sign off a
// wire story's last paragraph.
func ptCreditText(s string) (credit string, ok, strong bool) {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	if s == "" || len(s) > 80 || ptWordCount(s) > 8 {
		return "", false, false
	}
	if c, ok := ptCutPhotoWord(s); ok {
		return c, true, true
	}
	if ptIsAgency(s) {
		return s, true, strings.Contains(s, "/")
	}
	if i := strings.IndexByte(s, '/'); i > 0 {
		// "Jane Doe/Reuters", "REUTERS/Jane Doe/File Photo"
		for _, p := range strings.Split(s, "/") {
			if ptIsAgency(p) {
				return s, true, true
			}
		}
	}
	low := strings.ToLower(s)
	for _, suf := range []string{" via reuters", " via afp", " via ap", " via getty images", " for afp", " for reuters"} {
		if strings.HasSuffix(low, suf) {
			return s, true, true
		}
	}
	return "", false, false
}

// ptCaptionOpeners open caption lines: "Image caption, ...".
var ptCaptionOpeners = []string{"image caption", "media caption", "caption", "bildunterschrift", "légende", "legende", "pie de foto"}

// ptCreditOpeners open credit lines that come before their caption.
var ptCreditOpeners = []string{"image source", "media source", "bildquelle", "source image", "quelle"}

// ptCaptionLine classifies captions and credits; anything else is text.
func ptCaptionLine(core, low string, info *ptInfo) (ptKind, uint8) {
	if !ptMayCredit(core, low) {
		return ptText, 0
	}
	// "Image source, Getty Images" (before its caption)
	for _, p := range ptCreditOpeners {
		if rest, ok := ptCutPrefixFold(core, p); ok && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ":")) {
			c := strings.TrimSpace(rest[1:])
			if c != "" && ptWordCount(c) <= 10 {
				info.credit = c
				return ptCreditBefore, 0
			}
		}
	}
	// "Image caption, Protesters ..."
	for _, p := range ptCaptionOpeners {
		if rest, ok := ptCutPrefixFold(core, p); ok && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " :")) {
			c := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":")[0:])
			c = strings.TrimSpace(strings.TrimLeft(c, ",:"))
			if c == "" {
				return ptBoiler, 0
			}
			info.caption, info.credit = ptSplitCredit(c)
			return ptCaption, 0
		}
	}
	// "FILE PHOTO: ..." and "File photo of ..."
	if rest, ok := ptCutPrefixFold(core, "file photo"); ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " ")) {
		c := strings.TrimSpace(strings.TrimLeft(rest, ": -"))
		if c != "" {
			info.caption, info.credit = ptSplitCredit(c)
			if info.caption == "" {
				info.caption = c
			}
			return ptCaption, 0
		}
	}
	// A credit alone: "Photo: Getty Images", "(AP Photo/Jane Doe)", "REUTERS/Jane Doe".
	inner := strings.TrimSpace(core)
	if strings.HasPrefix(inner, "(") && strings.HasSuffix(inner, ")") {
		inner = strings.TrimSpace(inner[1 : len(inner)-1])
	}
	if c, ok := ptCutPhotoWord(inner); ok {
		if ptWordCount(c) <= 10 && !ptEndsSentence(c) {
			info.credit = c
			return ptCreditAfter, 0
		}
	}
	if c, ok, strong := ptCreditText(inner); ok && strong {
		info.credit = c
		return ptCreditAfter, 0
	}
	// A caption with its credit at the end.
	if capt, credit, strong, ok := ptTrailingCredit(core); ok {
		info.caption, info.credit = capt, credit
		if strong {
			return ptCaption, 0
		}
		return ptCaption, ptWeak
	}
	return ptText, 0
}

// ptSplitCredit splits a trailing credit off a caption, if it has one.
func ptSplitCredit(s string) (caption, credit string) {
	if c, cr, _, ok := ptTrailingCredit(s); ok {
		return c, cr
	}
	return s, ""
}

// ptTrailingCredit finds a credit at the end of a caption line:
// "... Beijing. — Reuters", "... (Photo: AP)", "... Photograph: Jane Doe/AP",
// "... REUTERS/Jane Doe", "... (AFP)".
func ptTrailingCredit(s string) (caption, credit string, strong, ok bool) {
	s = strings.TrimSpace(s)
	// (Photo: AP), (AP Photo/Jane Doe), (Reuters)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i > 0 {
			inner := s[i+1 : len(s)-1]
			if c, ok, st := ptCreditText(inner); ok {
				if capt := ptCaptionPart(s[:i]); capt != "" {
					return capt, c, st, true
				}
			}
		}
	}
	// ... Photo: Jane Doe/AP
	low := strings.ToLower(s)
	for _, w := range []string{" photo: ", " photograph: ", " photo credit: ", " image: ", " image credit: ", " picture: ",
		" credit: ", " foto: ", " bild: ", " photo by ", " photos: ", " crédit photo : ", " photo : "} {
		if i := strings.LastIndex(low, w); i > 0 && len(low) == len(s) {
			c := strings.TrimSpace(s[i+len(w):])
			if c != "" && ptWordCount(c) <= 10 {
				if capt := ptCaptionPart(s[:i]); capt != "" {
					return capt, strings.TrimRight(c, "."), true, true
				}
			}
		}
	}
	// ... REUTERS/Jane Doe/File Photo
	if i := strings.LastIndexByte(s, '/'); i > 0 {
		// the token with the first slash of the last credit-like run
		start := strings.LastIndexByte(s[:i], ' ')
		for start > 0 {
			tok := s[start+1:]
			if j := strings.IndexByte(tok, '/'); j > 0 && ptIsAgency(tok[:j]) {
				break
			}
			start = strings.LastIndexByte(s[:start], ' ')
		}
		if start > 0 {
			tok := s[start+1:]
			if j := strings.IndexByte(tok, '/'); j > 0 && ptIsAgency(tok[:j]) && ptWordCount(tok) <= 8 {
				if capt := ptCaptionPart(s[:start]); capt != "" {
					return capt, tok, true, true
				}
			}
		}
	}
	// ... — Reuters, ... - AFP
	best := -1
	sepLen := 0
	for _, sep := range []string{" — ", " – ", " - ", " -- ", " —", " –"} {
		if i := strings.LastIndex(s, sep); i > best {
			best, sepLen = i, len(sep)
		}
	}
	if best > 0 {
		if c, ok, st := ptCreditText(s[best+sepLen:]); ok {
			if capt := ptCaptionPart(s[:best]); capt != "" {
				return capt, c, st, true
			}
		}
	}
	return "", "", false, false
}

// ptCaptionPart is the caption before a credit, or "" when too short to be one.
func ptCaptionPart(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, " —–-|,;")
	s = strings.TrimSpace(s)
	if ptWordCount(s) < 2 {
		return ""
	}
	return s
}

// ptEndsSentence reports whether s ends with sentence punctuation, closing
// quotes and brackets aside.
func ptEndsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', '*', '_', ' ', '“':
			return true
		}
		return false
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', ':', ';':
		return true
	}
	return false
}

// ptMayCredit is a quick test: can s hold a caption or a credit at all?
func ptMayCredit(s, low string) bool {
	if strings.HasSuffix(s, ")") || strings.IndexByte(s, '/') >= 0 || strings.Contains(s, " -") ||
		strings.Contains(s, " —") || strings.Contains(s, " –") {
		return true
	}
	// the openers: caption, credit, photo, image, picture, pic, foto, bild, file
	// photo, légende, source, quelle, media
	for _, w := range []string{"caption", "credit", "photo", "image", "picture", "pic", "foto", "bild", "légende",
		"legende", "source", "quelle", "media", "crédit", "imagen", "pie de"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func ptFirstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
