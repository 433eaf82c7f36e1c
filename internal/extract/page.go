package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attache-news/attache/document"
)

// Page reads text copied from a news web page (boilerplate included) into d:
// Title, Subtitle, Published (ISO 8601 "2006-01-02T15:04:05", with an offset
// "-07:00" only when the page writes a zone; "2006-01-02" when it gives no
// time), Section, Authors, Site (only when the page states it, in a copyright
// line), Images (caption and credit, URL ""), Text (the body, paragraphs
// separated by exactly one blank line "\n\n", no trailing newline) and Warnings
// ("page: no body found").
//
// Title, Subtitle and Text are always set, to "" when not found; Published,
// Section, Site and Authors are set only when found, so values the caller put
// there stay; Images and Warnings are appended to.
//
// The page is read line by line. Share bars, navigation, advertisements,
// "Read more:" links, captions, credits, date lines, bylines and trailers
// ("Reporting by ...", copyright, "More news from World") are recognised and
// kept out of the body. The title is the first headline-like line before the
// first paragraph of prose, the dek a summary line right after it, and the body
// runs from the first paragraph of prose after them to the last one before the
// trailer. Lines hard-wrapped inside a paragraph are joined with a space.
//
// Text is normalised: line endings of every kind become "\n"; tabs,
// non-breaking and other Unicode spaces become a plain space and runs of them
// one; zero-width spaces, byte-order marks, soft hyphens and control
// characters are dropped; invalid UTF-8 is replaced by U+FFFD (one per run of
// bad bytes) and a warning says so. Work is linear in the input's length.
// Page never panics.
func Page(text string, d *document.Document) {
	if d == nil {
		return
	}
	r := ptRead(ptScan(text))
	d.Title = r.title
	d.Subtitle = r.subtitle
	d.Text = r.body
	if r.published != "" {
		d.Published = r.published
	}
	if r.section != "" {
		d.Section = r.section
	}
	if r.site != "" {
		d.Site = r.site
	}
	if len(r.authors) > 0 {
		d.Authors = r.authors
	}
	d.Images = append(d.Images, r.images...)
	for _, w := range r.warnings {
		d.Warn(w)
	}
}

// LooksLikePage reports whether plain text appears to be copied from a web
// page (a title line, a dateline or "Published:" line, a byline, share or
// navigation boilerplate, captions, trailers, short non-sentence lines before
// the body) rather than clean body text. Each sign scores; a byline or an
// announced date ("Published: ...") is enough alone, weaker signs need
// company. It reads at most the first 64 KiB and the last 4 KiB of text.
func LooksLikePage(text string) bool {
	const head, tail = 64 << 10, 4 << 10
	sample := text
	if len(text) > head+tail {
		h := text[:head]
		if i := strings.LastIndexByte(h, '\n'); i > 0 {
			h = h[:i]
		}
		t := text[len(text)-tail:]
		if i := strings.IndexByte(t, '\n'); i >= 0 {
			t = t[i+1:]
		}
		sample = h + "\n\n" + t
	}
	doc := ptScan(sample)
	items := doc.items
	score := 0
	dateScore, boiler := 0, 0
	var byline, caption, crumb, stop bool
	for _, it := range items {
		switch it.kind {
		case ptDateL:
			s := 2
			if it.flags&ptAnnounce != 0 {
				s = 3
			}
			dateScore = max(dateScore, s)
		case ptByline:
			byline = true
		case ptCaption, ptCreditBefore, ptCreditAfter:
			caption = true
		case ptCrumb:
			crumb = true
		case ptStop:
			stop = true
		case ptBoiler:
			boiler++
		}
	}
	score += dateScore + min(boiler, 3)
	for _, b := range []bool{caption, crumb, stop} {
		if b {
			score += 2
		}
	}
	if byline {
		score += 3
	}
	// A headline and other short lines before the first paragraph of prose.
	if len(items) > 0 && items[0].kind == ptText && doc.titleLike(0) {
		short := 0
		for i := range items {
			if doc.lede(i) {
				break
			}
			if items[i].kind == ptText && !items[i].term && items[i].words < 20 {
				short++
			}
		}
		if short >= 2 || len(items) > 1 && doc.headerMaterial(1) {
			score++
		}
	}
	return score >= 3
}

// ptItem is a special line or a paragraph of text lines.
type ptItem struct {
	start, end uint32 // bytes of ptDoc.norm; the lines of a paragraph are joined by '\n'
	aux        int32  // index into ptDoc.infos; -1 when none
	words      uint32
	lines      uint32
	kind       ptKind
	flags      uint8
	term       bool // ends with sentence punctuation
	gap        bool // a blank line before it
}

// ptDoc is a page cut into items.
type ptDoc struct {
	norm     string // the cleaned non-blank lines, each ended by '\n'
	items    []ptItem
	infos    []ptInfo
	replaced bool // invalid UTF-8 was replaced
	cut      bool // the input was too long and was cut
}

// ptMaxInput is the most bytes read: offsets are uint32.
const ptMaxInput = 1<<32 - 2

// ptMaxInfos bounds the side table of special lines.
const ptMaxInfos = 1 << 16

func (d *ptDoc) text(i int) string {
	it := d.items[i]
	s := d.norm[it.start:it.end]
	if it.lines <= 1 {
		return s
	}
	// Join wrapped lines; "well-\nknown" keeps its hyphen and loses the break.
	var b strings.Builder
	b.Grow(len(s))
	for {
		j := strings.IndexByte(s, '\n')
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:j])
		next := s[j+1:]
		if !(j >= 2 && s[j-1] == '-' && ptIsLetterBefore(s[:j-1]) && ptStartsLower(next)) {
			b.WriteByte(' ')
		}
		s = next
	}
	return b.String()
}

func (d *ptDoc) info(i int) *ptInfo {
	if a := d.items[i].aux; a >= 0 && int(a) < len(d.infos) {
		return &d.infos[a]
	}
	return &ptInfo{}
}

func ptIsLetterBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func ptStartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// ptBlockLine is a text line waiting for its paragraph to be decided.
type ptBlockLine struct {
	start, end uint32
	runes      uint32
	words      uint32
	first      uint16 // runes of its first word
	term       bool
	lower      bool // starts with a lower-case letter
	gap        bool
}

// ptMaxBlock bounds the lines of a block: a longer run of lines without a
// blank line is cut into blocks of this size.
const ptMaxBlock = 4096

// ptScan cuts text into classified lines and groups text lines into
// paragraphs.
func ptScan(text string) *ptDoc {
	d := &ptDoc{}
	if len(text) > ptMaxInput {
		text, d.cut = text[:ptMaxInput], true
	}
	if !utf8.ValidString(text) {
		text, d.replaced = strings.ToValidUTF8(text, "\uFFFD"), true
	}
	var norm strings.Builder
	norm.Grow(len(text) + 1)
	d.items = make([]ptItem, 0, ptCountLines(text))
	var block []ptBlockLine
	gap := false
	flush := func() {
		if len(block) > 0 {
			d.items = ptParagraphs(d.items, block)
			block = block[:0]
		}
	}
	for i := 0; i <= len(text); {
		j, next, para := ptLineEnd(text, i)
		line := ptClean(text[i:j])
		i = next
		if line == "" {
			gap = true
			if next > len(text) {
				break
			}
			continue
		}
		var info ptInfo
		kind, flags := ptClassify(line, &info)
		start := uint32(norm.Len())
		norm.WriteString(line)
		end := uint32(norm.Len())
		norm.WriteByte('\n')
		if kind == ptText {
			if gap || len(block) >= ptMaxBlock {
				flush()
			}
			block = append(block, ptBlockLine{
				start: start, end: end,
				runes: uint32(min(utf8.RuneCountInString(line), 1<<31)),
				first: uint16(min(ptFirstWordRunes(line), 1<<15)),
				words: uint32(ptWordCount(line)),
				term:  ptEndsSentence(line),
				lower: ptStartsLower(line),
				gap:   gap,
			})
		} else {
			flush()
			it := ptItem{start: start, end: end, aux: -1, kind: kind, flags: flags, gap: gap, lines: 1,
				words: uint32(ptWordCount(line)), term: ptEndsSentence(line)}
			if ptInfoUsed(kind, &info) && len(d.infos) < ptMaxInfos {
				it.aux = int32(len(d.infos))
				d.infos = append(d.infos, info)
			}
			d.items = append(d.items, it)
		}
		gap = para
		if next > len(text) {
			break
		}
	}
	flush()
	d.norm = norm.String()
	ptPairCredits(d)
	ptNamesByDates(d)
	return d
}

// ptNamesByDates reads a line of names without "By" as a byline when a date
// line is right before or after it: "Luis Ortega in Seville" above "Sun 18 Jun
// 2023 21.31 BST". Title-case headlines are kept out by asking for a lower-case
// "in"/"and" or at most three words.
func ptNamesByDates(d *ptDoc) {
	items := d.items
	for i := range items {
		it := &items[i]
		if it.kind != ptText || it.lines != 1 || it.words > 12 || it.term || len(d.infos) >= ptMaxInfos {
			continue
		}
		if !(i > 0 && items[i-1].kind == ptDateL || i+1 < len(items) && items[i+1].kind == ptDateL) {
			continue
		}
		s := d.text(i)
		if it.words > 3 && !strings.Contains(s, " in ") && !strings.Contains(s, " and ") && !strings.Contains(s, ", ") {
			continue
		}
		names, ok, _ := ptNames(s)
		if !ok || len(names) == 0 {
			continue
		}
		it.kind = ptByline
		it.aux = int32(len(d.infos))
		d.infos = append(d.infos, ptInfo{names: names})
	}
}

// ptCountLines counts the lines of text that are not empty: at most the
// number of items.
func ptCountLines(text string) int {
	n := 0
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return n + 1
		}
		if i > 1 || i == 1 && text[0] != '\r' {
			n++
		}
		text = text[i+1:]
	}
	return n
}

func ptInfoUsed(k ptKind, info *ptInfo) bool {
	switch k {
	case ptDateL, ptByline, ptCaption, ptCreditBefore, ptCreditAfter, ptCrumb:
		return true
	case ptStop:
		return info.section != "" || info.site != ""
	}
	return false
}

// ptLineEnd finds the end of the line starting at i: the index where its text
// ends, where the next line starts (len(text)+1 past the last), and whether
// the break was a paragraph separator (U+2029).
func ptLineEnd(text string, i int) (end, next int, para bool) {
	for j := i; j < len(text); j++ {
		switch c := text[j]; c {
		case '\n', '\v', '\f':
			return j, j + 1, false
		case '\r':
			if j+1 < len(text) && text[j+1] == '\n' {
				return j, j + 2, false
			}
			return j, j + 1, false
		case 0xC2: // U+0085 next line
			if j+1 < len(text) && text[j+1] == 0x85 {
				return j, j + 2, false
			}
		case 0xE2: // U+2028 line separator, U+2029 paragraph separator
			if j+2 < len(text) && text[j+1] == 0x80 && (text[j+2] == 0xA8 || text[j+2] == 0xA9) {
				return j, j + 3, text[j+2] == 0xA9
			}
		}
	}
	return len(text), len(text) + 1, false
}

// ptClean trims a line, turns every kind of space into ' ', collapses runs of
// spaces and drops invisible and control characters.
func ptClean(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7F || (c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200B' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD':
			continue
		case r == ' ' || r == '\t' || r == '\u00A0' || r == '\u202F' || r == '\u3000' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func ptFirstWordRunes(s string) int {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// ptParagraphs groups a block of consecutive text lines (no blank line
// between them) into paragraphs and appends them to items.
//
// A line break is inside a paragraph when the next line starts in lower case
// after a line with no sentence end, or when it is a hard wrap: the block's
// lines are 50 to 150 characters wide, the next line's first word would not
// have fitted on the line before it, and the next line ends a sentence or is
// full as well. A wrap after a sentence end counts only in a block that shows
// a wrap inside a sentence.
func ptParagraphs(items []ptItem, block []ptBlockLine) []ptItem {
	w := 0
	for _, l := range block {
		w = max(w, int(l.runes))
	}
	fits := func(a, b ptBlockLine) bool { return w >= 50 && w <= 150 && int(a.runes)+1+int(b.first) > w }
	wrapped := false
	for k := 1; k < len(block); k++ {
		if !block[k-1].term && fits(block[k-1], block[k]) {
			wrapped = true
			break
		}
	}
	emit := func(from, to int) {
		it := ptItem{start: block[from].start, end: block[to].end, aux: -1, kind: ptText,
			term: block[to].term, gap: block[from].gap, lines: uint32(to - from + 1)}
		words := 0
		for k := from; k <= to; k++ {
			words += int(block[k].words)
		}
		it.words = uint32(min(words, 1<<31))
		items = append(items, it)
	}
	from := 0
	// wrap: a full line a and a line b that ends the paragraph or is full too.
	wrap := func(k int) bool {
		a, b := block[k-1], block[k]
		return fits(a, b) && (b.term || k+1 < len(block) && fits(b, block[k+1]))
	}
	for k := 1; k < len(block); k++ {
		a, b := block[k-1], block[k]
		join := false
		if !a.term {
			join = b.lower || wrap(k)
		} else {
			join = wrapped && wrap(k)
		}
		if !join {
			emit(from, k-1)
			from = k
		}
	}
	emit(from, len(block)-1)
	return items
}

// ptPairCredits gives credits to their captions: "Image source, X" to the
// caption after it, "Photo: X" to the caption (or short text line) right
// before it. A credit left alone becomes an image without a caption.
func ptPairCredits(d *ptDoc) {
	items := d.items
	for i := range items {
		switch items[i].kind {
		case ptCreditBefore:
			if i+1 < len(items) && items[i+1].kind == ptCaption {
				if inf := d.info(i + 1); inf.credit == "" {
					inf.credit = d.info(i).credit
					items[i].kind = ptBoiler
				}
			}
		case ptCreditAfter:
			if i == 0 {
				continue
			}
			p := &items[i-1]
			switch {
			case p.kind == ptCaption && d.info(i-1).credit == "":
				d.info(i - 1).credit = d.info(i).credit
				items[i].kind = ptBoiler
			case p.kind == ptText && !items[i].gap && p.words <= 60 && p.lines <= 2 && len(d.infos) < ptMaxInfos:
				p.kind = ptCaption
				p.aux = int32(len(d.infos))
				d.infos = append(d.infos, ptInfo{caption: d.text(i - 1), credit: d.info(i).credit})
				items[i].kind = ptBoiler
			}
		}
	}
}

// Item tests.

func (d *ptDoc) lede(i int) bool {
	it := d.items[i]
	return it.kind == ptText && (it.words >= 6 && it.term || it.words >= 20)
}

func (d *ptDoc) bodyLike(i int) bool {
	it := d.items[i]
	return it.kind == ptText && (it.words >= 3 && it.term || it.words >= 15)
}

func (d *ptDoc) titleLike(i int) bool {
	it := d.items[i]
	if it.kind != ptText || it.lines != 1 || it.words < 2 || it.words > 25 || it.end-it.start > 400 {
		return false
	}
	s := d.text(i)
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', ',', ';', ':', '…':
		return false
	}
	if ptStartsLower(s) || ptSections[strings.ToLower(s)] {
		return false
	}
	return ptHasLetter(s)
}

// headed reports whether item i is followed as a headline is: by header
// material or the body, maybe after a dek.
func (d *ptDoc) headed(i int) bool {
	next := func(j int) int {
		for j < len(d.items) && (d.items[j].kind == ptBoiler && d.items[j].flags&ptShare == 0 || d.items[j].kind == ptCrumb) {
			j++
		}
		return j
	}
	j := next(i + 1)
	if j >= len(d.items) {
		return true
	}
	if d.headerMaterial(j) || d.lede(j) {
		return true
	}
	if d.items[j].kind == ptText && d.items[j].words >= 5 {
		k := next(j + 1)
		return k >= len(d.items) || d.headerMaterial(k) || d.lede(k)
	}
	return false
}

// headerMaterial reports whether item i is of the lines that sit between a
// headline and the body.
func (d *ptDoc) headerMaterial(i int) bool {
	it := d.items[i]
	switch it.kind {
	case ptByline, ptDateL, ptCaption, ptCreditBefore, ptCreditAfter, ptCrumb:
		return true
	case ptBoiler:
		return it.flags&ptShare != 0
	}
	return false
}

// ptResult is what Page reads out of a page.
type ptResult struct {
	title, subtitle, published, section, site, body string
	authors                                         []string
	images                                          []document.Image
	warnings                                        []string
}

// ptRead decides title, dek, body, trailer and the metadata.
func ptRead(d *ptDoc) ptResult {
	var r ptResult
	if d.replaced {
		r.warnings = append(r.warnings, "page: invalid UTF-8 replaced by U+FFFD")
	}
	if d.cut {
		r.warnings = append(r.warnings, "page: input too long, cut")
	}
	items := d.items
	n := len(items)

	firstLede := -1
	for i := range items {
		if d.lede(i) {
			firstLede = i
			break
		}
	}
	limit := n
	if firstLede >= 0 {
		limit = firstLede
	}

	// The title: the first headline-like line before the first paragraph of
	// prose that is followed by what follows headlines (a dek, a byline, a date,
	// a caption, a share bar or the body); four words or more are preferred to
	// two or three. Failing that, the first headline-like line.
	title := -1
	for pass := 0; pass < 4 && title < 0; pass++ {
		for i := 0; i < limit; i++ {
			if d.titleLike(i) && (pass%2 == 1 || items[i].words >= 4) && (pass >= 2 || d.headed(i)) {
				title = i
				break
			}
		}
	}
	titleText := ""
	if title >= 0 {
		titleText = d.text(title)
		r.title = titleText
	}

	// The dek: a summary right after the title.
	dek := -1
	if title >= 0 {
		j := title + 1
		for j < n && (items[j].kind == ptBoiler || items[j].kind == ptCrumb || items[j].kind == ptDateL) {
			j++
		}
		if j < n && items[j].kind == ptText && items[j].words >= 5 && items[j].words <= 80 {
			s := d.text(j)
			if s != titleText && !ptStartsLower(s) {
				switch {
				case !items[j].term && items[j].words <= 60:
					dek = j
				case j+1 < n && d.headerMaterial(j+1):
					dek = j
				}
			}
		}
	}
	dekText := ""
	if dek >= 0 {
		dekText = d.text(dek)
		r.subtitle = dekText
	}

	// The body's first paragraph.
	from := max(title, dek) + 1
	body := -1
	if title < 0 {
		// Body-only text: start at the first text when nothing special comes before it.
		for i := range items {
			if items[i].kind == ptText {
				body = i
				break
			}
			if items[i].kind != ptBoiler {
				break
			}
		}
	}
	if body < 0 {
		for i := from; i < n; i++ {
			if d.lede(i) && d.text(i) != titleText {
				body = i
				break
			}
		}
	}
	if body < 0 {
		for i := from; i < n; i++ {
			if d.bodyLike(i) && d.text(i) != titleText {
				body = i
				break
			}
		}
	}

	if body < 0 {
		// A one-paragraph story signed off by its agency: "... — AFP".
		for i := from; i < n; i++ {
			if items[i].kind == ptCaption && items[i].flags&ptWeak != 0 && ptEndsSentence(d.info(i).caption) &&
				ptWordCount(d.info(i).caption) >= 6 {
				body = i
				break
			}
		}
	}

	// The trailer starts at the first stop line after the body's start; the
	// body ends at the last paragraph of prose before it.
	stop, last := n, -1
	if body >= 0 {
		for i := body; i < n; i++ {
			if items[i].kind == ptStop {
				stop = i
				break
			}
		}
		for i := stop - 1; i >= body; i-- {
			if d.bodyLike(i) || title < 0 && items[i].kind == ptText && items[i].term {
				last = i
				break
			}
			if items[i].kind == ptCaption && items[i].flags&ptWeak != 0 {
				// "... forum. — AFP": a wire story's sign-off, not a caption.
				if c := d.info(i).caption; ptEndsSentence(c) && ptWordCount(c) >= 3 {
					last = i
					break
				}
			}
		}
	}

	var paras []string
	if last >= 0 {
		skipping := false // inside a list of headlines after "Related"
		prev := ""
		for i := body; i <= last; i++ {
			it := items[i]
			var p string
			switch {
			case it.kind == ptBoiler && it.flags&ptList != 0:
				skipping = true
				continue
			case it.kind == ptText:
				if skipping && (!it.term || d.titleLike(i)) {
					continue
				}
				skipping = false
				p = d.text(i)
			case i == last && it.kind == ptCaption:
				p = d.info(i).caption
			default:
				continue
			}
			if p == titleText || p == dekText || p == prev {
				continue
			}
			paras = append(paras, p)
			prev = p
		}
	}
	r.body = strings.Join(paras, "\n\n")
	if r.body == "" {
		r.warnings = append(r.warnings, "page: no body found")
	}

	// Images: captions before the trailer, the sign-off aside.
	seen := map[string]int{}
	pending := ""
	addImage := func(caption, credit string) {
		if k, ok := seen[caption]; ok {
			if r.images[k].Credit == "" {
				r.images[k].Credit = credit
			}
			return
		}
		if len(r.images) >= 100 {
			return
		}
		seen[caption] = len(r.images)
		r.images = append(r.images, document.Image{Caption: caption, Credit: credit})
	}
	for i := 0; i < stop; i++ {
		switch items[i].kind {
		case ptCaption:
			if i == last {
				continue
			}
			inf := d.info(i)
			credit := inf.credit
			if credit == "" {
				credit = pending
			}
			pending = ""
			addImage(inf.caption, credit)
		case ptCreditBefore, ptCreditAfter:
			if pending != "" {
				addImage("", pending)
			}
			pending = d.info(i).credit
		case ptBoiler:
		default:
			if pending != "" {
				addImage("", pending)
				pending = ""
			}
		}
	}
	if pending != "" {
		addImage("", pending)
	}

	// Authors: the bylines of the header, else any.
	byHeader := false
	for i := 0; i < n; i++ {
		if items[i].kind == ptByline && (body < 0 || i < body) {
			byHeader = true
		}
	}
	seenName := map[string]bool{}
	for i := 0; i < n; i++ {
		if items[i].kind != ptByline || byHeader && body >= 0 && i >= body {
			continue
		}
		for _, name := range d.info(i).names {
			if !seenName[name] {
				seenName[name] = true
				r.authors = append(r.authors, name)
			}
		}
	}

	// Published: a published date first, then a bare one, then an updated
	// one; from the header and body first, from the trailer only when they
	// have none.
	for _, zone := range [][2]int{{0, stop}, {stop, n}} {
		if r.published != "" {
			break
		}
		bestRank := 3
		for i := zone[0]; i < zone[1]; i++ {
			if k := items[i].kind; k != ptDateL && k != ptByline {
				continue
			}
			inf := d.info(i)
			if !inf.hasDate {
				continue
			}
			if rank := ptKindRank(inf.dateKind); rank < bestRank {
				bestRank = rank
				r.published = inf.date.String()
			}
		}
	}

	// Section: a breadcrumb, a label above the title, "More news from X".
	for i := 0; i < n && r.section == ""; i++ {
		if items[i].kind == ptCrumb {
			r.section = d.info(i).section
		}
	}
	if r.section == "" && title > 0 {
		j := title - 1
		for j >= 0 && items[j].kind == ptBoiler {
			j--
		}
		if j >= 0 && items[j].kind == ptText && items[j].words <= 3 && !items[j].term && items[j].lines == 1 {
			nav := j > 0 && items[j-1].kind == ptText && items[j-1].words <= 3 && !items[j].gap
			if !nav || ptSections[strings.ToLower(d.text(j))] {
				r.section = ptSectionName(d.text(j))
			}
		}
	}
	for i := 0; i < n && r.section == ""; i++ {
		if items[i].kind == ptStop {
			r.section = d.info(i).section
		}
	}
	for i := 0; i < n && r.site == ""; i++ {
		if items[i].kind == ptStop {
			r.site = d.info(i).site
		}
	}
	return r
}
