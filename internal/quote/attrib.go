package quote

import "strings"

// attribute finds who a quoted segment is attributed to, and where.
func (a *analyzer) attribute(s int) attr {
	if at, ok := a.rightAttr(s); ok {
		return at
	}
	if at, ok := a.leftAttr(s); ok {
		return at
	}
	if at, ok := a.sentenceAttr(s); ok {
		return at
	}
	return attr{}
}

// rightAttr: `"...," she said`, `"...," said Matthew Miller`, `"...,"
// Miller, the spokesman, said`, `"...," according to CCTV`.
func (a *analyzer) rightAttr(s int) (attr, bool) {
	fr := a.rightFrame(s)
	if sg := a.segs[s]; sg.closed && fr.empty() && a.is(sg.close+1, "—") && a.toks[sg.close+1].para == a.toks[sg.close].para {
		// `"..." ― Ana Ruiz` after a full stop inside the quotation
		fr.j = sg.close + 2
		for fr.j < len(a.toks) && a.toks[fr.j].para == a.toks[sg.close].para && a.toks[fr.j].seg < 0 && !a.terminal(fr.j) && !a.toks[fr.j].sent {
			fr.j++
		}
	}
	k := fr.i
	for n := 0; k < fr.j && n < 2 && a.is(k, ",", "—", "(", ":"); n++ {
		k++
	}
	if k >= fr.j {
		return attr{}, false
	}
	if a.is(fr.i, "—") && a.word(k) && a.toks[k].upper && fr.j-k <= 6 && a.onlyWords(span{k, fr.j}) && a.endsPara(fr.j) {
		// "..." ― Ana Ruiz
		return attr{spk: span{k, fr.j}, where: wRight, cue: cue{i: fr.i, j: fr.i + 1}}, true
	}
	if c, ok := a.cueAt(k); ok && !c.part && !(a.toks[k].upper && isCue(a.toks[c.j].low)) { // `"...," Read said`
		switch c.class {
		case cSay, cTell, cAsk, cThink:
			return attr{cue: c, spk: a.rightNP(c), where: wRight}, true
		case cAccord:
			// `X told Y that relations "are at a low," according to CCTV`: the
			// words are X's; the report is CCTV's
			lf := a.leftFrame(s)
			for m := lf.j - 1; m >= lf.i; m-- {
				if ic, ok := a.cueAt(m); ok && ic.class != cAccord && ic.class != cName && !ic.part {
					if sp := a.speakerFor(ic); !sp.empty() {
						return attr{cue: ic, spk: sp, where: wRight, shared: true}, true
					}
				}
			}
			return attr{cue: c, spk: a.accordNP(c, fr.j), where: wRight}, true
		}
	}
	for m := k + 1; m < fr.j && m-k <= 22; m++ {
		c, ok := a.cueAt(m)
		if !ok || c.part || c.class == cAccord || c.class == cEvidence {
			continue
		}
		if c.class == cName {
			continue
		}
		if prepositions[a.toks[k].low] && a.is(k-1, ",") {
			// `"...," at the rally, he said`
			sp := a.leftNP(c, k)
			if sp.empty() || !a.is(sp.i-1, ",") {
				return attr{}, false
			}
			return attr{cue: c, spk: sp, where: wRight}, true
		}
		sp := span{k, m}
		for sp.j > sp.i && a.word(sp.j-1) && (between[a.toks[sp.j-1].low] && !relative[a.toks[sp.j-1].low] || adverbLy(a.toks[sp.j-1].low) || timeWords[a.toks[sp.j-1].low]) {
			sp.j--
		}
		if !a.plausibleSpeaker(sp) {
			return attr{}, false
		}
		return attr{cue: c, spk: sp, where: wRight}, true
	}
	return attr{}, false
}

// onlyWords: the span holds words only (and abbreviation dots).
func (a *analyzer) onlyWords(sp span) bool {
	for k := sp.i; k < sp.j; k++ {
		if !a.word(k) {
			return false
		}
	}
	return true
}

// endsPara: nothing but punctuation from token j to the end of its paragraph.
func (a *analyzer) endsPara(j int) bool {
	for k := j; k < len(a.toks) && a.toks[k].para == a.toks[j-1].para; k++ {
		if a.toks[k].k == kWord || a.toks[k].k == kQuote || k-j > window {
			return false
		}
	}
	return true
}

// plausibleSpeaker checks a phrase between a quotation and its verb.
func (a *analyzer) plausibleSpeaker(sp span) bool {
	if sp.empty() {
		return false
	}
	comma := false
	words := 0
	for k := sp.i; k < sp.j; k++ {
		t := a.toks[k]
		switch {
		case a.is(k, ",", "(", ")", "—"):
			comma = true
		case t.k == kWord:
			words++
			if !comma && stops[t.low] && !prepositions[t.low] && t.low != "and" {
				return false
			}
		case t.k == kSingle:
		default:
			return false
		}
	}
	first, last := a.toks[sp.i].low, a.toks[sp.j-1].low
	if !a.word(sp.i) || stops[first] || prepositions[first] || strings.HasSuffix(first, "ing") && !a.toks[sp.i].upper || stops[last] {
		return false
	}
	return words > 0 && (comma || words <= 10)
}

// leftAttr: `X said: "..."`, `X told reporters, "..."`, `calling the talks
// "..."`, `according to X, "..."`, and a colon ending the paragraph before.
func (a *analyzer) leftAttr(s int) (attr, bool) {
	fr := a.leftFrame(s)
	if fr.empty() || fr.i == fr.j {
		fr = a.prevTail(s)
	}
	if fr.empty() {
		return attr{}, false
	}
	e := fr.j - 1
	colon := false
	for e >= fr.i && a.is(e, ":", ",", "—", "that") {
		colon = colon || !a.is(e, "that")
		e--
	}
	if e < fr.i {
		return attr{}, false
	}
	for m := e; m >= fr.i && e-m <= 10; m-- {
		c, ok := a.cueAt(m)
		if !ok {
			continue
		}
		if c.j-1 > e {
			c.j = e + 1
		}
		gap := span{c.j, e + 1}
		if !a.gapOK(c, gap, colon) {
			continue
		}
		var sp span
		switch {
		case c.class == cAccord:
			sp = a.trimNP(gap)
		case c.part:
			sp = a.partSpeaker(c)
		default:
			lo := a.sentLo(c.i)
			sp = a.leftNP(c, lo)
			if sp.empty() {
				sp = a.rightNP(c)
			}
		}
		if !colon && a.continuesClause(s) {
			// said that "..." and more: the quotation is part of reported speech
			return attr{cue: c, spk: sp, where: wSentence}, true
		}
		if gap.j > gap.i && a.segs[s].words < minWords && a.titleCase(s) {
			return attr{}, false // told NBC's "Today"
		}
		return attr{cue: c, spk: sp, where: wLeft}, true
	}
	if colon && a.is(fr.j-1, ":") && a.segs[s].words >= minWords {
		// `Frank Newport and Jim Harter: "..."`, `The campaign worded it carefully: "..."`
		if sp := a.subject(fr.j - 1); !sp.empty() {
			return attr{cue: cue{i: fr.j - 1, j: fr.j}, spk: sp, where: wLeft}, true
		}
	}
	return attr{}, false
}

// continuesClause: words of the same clause follow segment s (not its
// attribution): `vowed to "take our fight" to the states`.
func (a *analyzer) continuesClause(s int) bool {
	sg := a.segs[s]
	if !sg.closed {
		return false
	}
	k := sg.close + 1
	if k >= len(a.toks) || a.toks[k].para != a.toks[sg.close].para || a.toks[k].sent {
		return false
	}
	if a.word(k) {
		_, ok := a.rightAttr(s)
		return !ok
	}
	return false
}

// gapOK: what may stand between a cue and the quotation it opens.
func (a *analyzer) gapOK(c cue, gap span, colon bool) bool {
	if c.class != cAccord && colon {
		// `he said, but "..."`
		for gap.i < gap.j && (a.is(gap.i, ",", "—") || a.is(gap.i, "and", "but", "then", "so")) {
			gap.i++
		}
	}
	n := gap.j - gap.i
	if n <= 0 {
		return c.class != cAccord && c.class != cEvidence
	}
	for k := gap.i; k < gap.j; k++ {
		if a.terminal(k) || a.toks[k].k == kQuote {
			return false
		}
		if _, ok := a.cueAt(k); ok {
			return false
		}
	}
	switch c.class {
	case cAccord:
		return n <= 12
	case cTell, cAsk:
		if colon && n <= 10 {
			return true // told Capital Download on Wednesday, "..."
		}
		return n <= 7 && !a.hasStop(gap, "as", "to", "a", "an")
	case cName:
		if colon && n <= 6 && prepositions[a.toks[gap.i].low] {
			return true // called over her shoulder, "..."
		}
		return n <= 7 && !a.hasStop(gap, "as", "to", "a", "an", "him", "her", "them", "it")
	case cSay, cThink:
		if n > 10 {
			return false
		}
		for gap.i < gap.j && a.word(gap.i) && adverbLy(a.toks[gap.i].low) || a.is(gap.i, ",") {
			gap.i++ // responded pointedly, with a smile:
		}
		if gap.i >= gap.j {
			return true
		}
		w := a.toks[gap.i].low
		if prepositions[w] || timeWords[w] || a.toks[gap.i].upper && timeWords[lower(a.text[a.toks[gap.i].s:a.toks[gap.i].e])] {
			return colon || n <= 6
		}
		return colon && n <= 6 && !a.hasStop(gap)
	}
	return false
}

var prepositions = set("in", "on", "at", "during", "after", "before", "of", "about", "to", "from", "via", "with",
	"last", "this", "earlier", "later", "late", "early", "through", "while", "over", "under", "outside", "inside",
	"into", "onto", "afterward", "again", "simply", "recently", "publicly", "privately", "then", "once", "also",
	"repeatedly", "for", "by")

func (a *analyzer) hasStop(sp span, except ...string) bool {
	for k := sp.i; k < sp.j; k++ {
		if a.word(k) && stops[a.toks[k].low] {
			ok := false
			for _, e := range except {
				if a.toks[k].low == e {
					ok = true
				}
			}
			if !ok {
				return true
			}
		}
	}
	return false
}

// sentenceAttr: a cue elsewhere in the sentence: the quotation is part of
// reported speech (`X said the plan was "a disaster"`).
func (a *analyzer) sentenceAttr(s int) (attr, bool) {
	fr := a.leftFrame(s)
	for m := fr.j - 1; m >= fr.i; m-- {
		if c, ok := a.cueAt(m); ok && c.class != cEvidence {
			if sp := a.speakerFor(c); !sp.empty() {
				return attr{cue: c, spk: sp, where: wSentence}, true
			}
		}
	}
	fr = a.rightFrame(s)
	for m := fr.i; m < fr.j; m++ {
		if c, ok := a.cueAt(m); ok && c.class != cEvidence && c.class != cName {
			if sp := a.speakerFor(c); !sp.empty() {
				return attr{cue: c, spk: sp, where: wSentence}, true
			}
		}
	}
	return attr{}, false
}

// speakerFor finds the speaker of any cue.
func (a *analyzer) speakerFor(c cue) span {
	lo := a.sentLo(c.i)
	switch {
	case c.class == cAccord:
		return a.accordNP(c, a.sentHi(c.i))
	case c.part:
		return a.partSpeaker(c)
	}
	if c.i > lo && (a.is(c.i-1, ",", "—") || a.toks[c.i-1].k == kQuote) {
		if sp := a.rightNP(c); !sp.empty() {
			return sp
		}
	}
	if sp := a.leftNP(c, lo); !sp.empty() {
		return sp
	}
	if c.i == lo {
		return a.rightNP(c)
	}
	return span{}
}

// partSpeaker is who speaks in a participle clause: the name just before it
// ("footage of Trump saying"), else the subject of the sentence ("Biden
// played it down, saying").
func (a *analyzer) partSpeaker(c cue) span {
	if p := c.i - 1; a.word(p) && a.toks[p].upper && !notNames[a.toks[p].low] && a.outside(p) {
		if sp := a.leftNP(c, a.sentLo(c.i)); !sp.empty() {
			return sp
		}
	}
	return a.subject(c.i)
}

// accordNP is the source after "according to", up to a comma or the end.
func (a *analyzer) accordNP(c cue, end int) span {
	k := c.j
	j := k
	for j < end && j < len(a.toks) && j-k < 14 && a.outside(j) && !a.terminal(j) && !a.is(j, ",", ":", "—", ")") && a.toks[j].k != kQuote {
		j++
	}
	return a.trimNP(span{k, j})
}

// trimNP drops leading and trailing non-words.
func (a *analyzer) trimNP(sp span) span {
	for sp.i < sp.j && !a.word(sp.i) {
		sp.i++
	}
	for sp.j > sp.i && !a.word(sp.j-1) {
		sp.j--
	}
	return sp
}
