package event

import "strings"

// npTok reports whether token i can sit inside a noun phrase.
func (s *sentence) npTok(i int) bool {
	t := &s.toks[i]
	if t.ent >= 0 {
		return true
	}
	if t.time >= 0 || t.verb {
		return false
	}
	switch t.cls {
	case wOther, wDet, wPoss, wNum, wAdj, wPron:
		return true
	}
	return false
}

// chunkLeft returns the first token of the noun phrase ending at token i
// ("of" joins phrases; "and" and list commas coordinate them); -1 when token
// i is no part of a noun phrase.
func (s *sentence) chunkLeft(i int) int {
	if i < 0 || i >= len(s.toks) {
		return -1
	}
	if s.toks[i].low == ")" { // a parenthesis closes the phrase: "(APEC) forum"
		if o := s.openParen(i); o > 0 {
			i = o - 1
		}
	}
	if !s.npTok(i) {
		return -1
	}
	start := i
	sawAnd := false
	for j := i - 1; j >= 0 && i-j < 24; j-- {
		t := &s.toks[j]
		switch {
		case s.npTok(j):
			start = j
			if t.cls == wPron {
				return start // a pronoun opens its phrase: "He and Qin"
			}
			continue
		case t.low == ")":
			if o := s.openParen(j); o > 0 {
				j = o
				start = o
				continue
			}
		case t.low == "of":
			if j > 0 && s.npTok(j-1) {
				start = j
				continue
			}
		case t.cls == wConj && t.low != "but":
			if j > 0 && s.npTok(j-1) {
				sawAnd = true
				start = j
				continue
			}
		case t.low == ",":
			// a list "Iran, Libya and Cuba": names on both sides, an "and" after
			if sawAnd && j > 0 && s.toks[j-1].ent >= 0 && s.toks[j+1].ent >= 0 {
				start = j
				continue
			}
		}
		break
	}
	return start
}

func (s *sentence) openParen(i int) int {
	for j := i - 1; j >= 0 && i-j < 12; j-- {
		if s.toks[j].low == "(" {
			return j
		}
		if s.toks[j].low == ")" || s.toks[j].verb {
			return -1
		}
	}
	return -1
}

// chunkRight returns the end (exclusive) of the noun phrase starting at i.
func (s *sentence) chunkRight(i int) int {
	j := i
	for j < len(s.toks) && j-i < 24 {
		t := &s.toks[j]
		switch {
		case s.npTok(j):
			j++
			continue
		case t.low == "of" || t.low == "'s" || t.low == "’s":
			if j+1 < len(s.toks) && s.npTok(j+1) {
				j++
				continue
			}
		case t.cls == wConj && t.low != "but":
			if j+1 < len(s.toks) && s.npTok(j+1) && !s.verbAhead(j+1) {
				j++
				continue
			}
		case t.low == ",":
			if j > i && s.toks[j-1].ent >= 0 && s.listAhead(j) {
				j++
				continue
			}
		case t.low == "(":
			if k := s.closeParen(j); k > 0 {
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

func (s *sentence) closeParen(i int) int {
	for j := i + 1; j < len(s.toks) && j-i < 12; j++ {
		if s.toks[j].low == ")" {
			return j
		}
		if s.toks[j].low == "(" || s.toks[j].verb {
			return -1
		}
	}
	return -1
}

// verbAhead reports whether the noun phrase at i is the subject of a verb
// right after it ("and China agreed" is still a phrase; "and later shot" not).
func (s *sentence) verbAhead(i int) bool {
	return s.toks[i].verb
}

// refsOf reads the actors of the noun phrase [a, b]: one head per
// coordinated member, pronouns and titles resolved.
func (s *sentence) refsOf(a, b int) *np {
	out := &np{}
	if a < 0 || b < a {
		return out
	}
	member, poss := 0, -1
	var cur []ref
	flush := func() {
		if len(cur) == 0 {
			return
		}
		best := cur[0]
		for _, r := range cur[1:] {
			if len(r.code) >= len(best.code) {
				best = r
			}
		}
		if len(best.code) == 3 && sectorCodes[best.code] {
			// "Iran's religious leader Ayatollah Khomeini": the sector of
			// the person, the country of the phrase
			for _, r := range cur {
				if c := s.ds.country(r); c != "" && len(r.code) == 3 {
					best.code = c + best.code
					break
				}
			}
		}
		for _, r := range out.refs {
			if r.code == best.code && r.ent == best.ent {
				cur = cur[:0]
				return
			}
		}
		out.refs = append(out.refs, best)
		member++
		cur = cur[:0]
	}
	for i := a; i <= b && i < len(s.toks); i++ {
		t := &s.toks[i]
		if crowdWords[t.low] {
			out.crowd = true
		}
		if sec, ok := instWords[t.low]; ok && i == b {
			out.inst = sec
		}
		switch {
		case t.cls == wConj || t.low == ",":
			flush()
			continue
		case t.ent >= 0:
			if s.possessorOnly(i, b) {
				continue // "members of Trump's own party": not Trump
			}
			if code := s.ds.codes[t.ent]; code != "" && (len(cur) == 0 || cur[len(cur)-1].ent != t.ent) {
				if len(code) == 3 && sectorCodes[code] && code != "NGO" {
					// "President Museveni banned Ugandan opposition
					// candidates": a sector with no country takes the one
					// country the sentence names
					if c := s.soleCountry(); c != "" {
						code = c + code
					}
				} else if len(code) == 3 {
					sec, head := s.sectorAfter(i, b) // "China's foreign ministry"
					if sec != "" {
						code += sec
						s.ds.noteInst(head, ref{ent: t.ent, code: code, pos: -1}, s.idx)
					}
				}
				if s.ds.d.Entities[t.ent].Type == "ORG" {
					name := s.ds.d.Entities[t.ent].Name
					if k := strings.LastIndexByte(name, ' '); k >= 0 {
						s.ds.noteInst(lower(name[k+1:]), ref{ent: t.ent, code: code, pos: -1}, s.idx)
					}
				}
				cur = append(cur, ref{ent: t.ent, code: code, pos: i})
			}
			continue
		case t.cls == wPoss && i < b && t.low != "'s" && t.low != "’s" && !nationWord(s.toks[i+1].low):
			if poss < 0 {
				poss = i // "their meeting": read when the phrase names no one else
			}
			continue
		case t.cls == wPron || t.cls == wPoss && i == b:
			if rs, plural := s.ds.resolvePron(s, i); len(rs) > 0 {
				if plural {
					for _, r := range rs {
						cur = append(cur, r)
						flush()
					}
					out.plur = true
				} else {
					cur = append(cur, rs[0])
				}
			}
			continue
		case t.cls == wPoss && i+1 <= b && nationWord(s.toks[i+1].low):
			// "his country", "its government"
			if rs, plural := s.ds.resolvePron(s, i); len(rs) > 0 && !plural {
				if c := s.ds.country(rs[0]); c != "" {
					cur = append(cur, ref{ent: -1, code: c, pos: i})
				}
			}
			i++
			continue
		}
		if instHeads[t.low] && len(cur) == 0 && i == b && i > a && s.toks[a].cls == wDet && s.toks[a].low == "the" {
			// "The foreign ministry accused Washington": the ministry named
			// last ("China's commerce ministry")
			if r, ok := s.ds.inst(t.low, s.idx); ok {
				cur = append(cur, r)
			}
		}
		if roleNouns[t.low] && len(cur) == 0 && i > a && (s.toks[i-1].cls == wDet) && s.noNameAfter(i, b) {
			if r, ok := s.ds.byRole(s, i); ok {
				cur = append(cur, r)
			}
		}
		if groupNouns[t.low] && i > a && (i+1 >= len(s.toks) || s.toks[i+1].low != "of") && (pairWord(s.toks[i-1].low) || i-1 > a && s.toks[i-1].cls == wOther && s.toks[i-1].ent < 0 && pairWord(s.toks[i-2].low)) {
			// "the two sides" name the last pair even a few sentences on
			var g []ref
			if s.idx-s.ds.grpSent <= 6 {
				g = s.ds.grp
			}
			if personNouns[t.low] || len(g) < 2 {
				if pg := s.ds.personGroup(s.idx); len(pg) > 1 {
					g = pg // "the two leaders"
				}
			}
			if len(g) > 1 {
				for _, r := range g {
					cur = append(cur, r)
					flush()
				}
				out.plur = true
			}
		}
	}
	flush()
	if len(out.refs) == 0 && poss >= 0 && (s.possAny || possHeads[s.toks[b].low] || roleNouns[s.toks[b].low]) {
		if rs, plural := s.ds.resolvePron(s, poss); len(rs) > 0 {
			out.refs = append(out.refs, rs...)
			out.plur = plural
		}
	}
	out.coord = len(out.refs) > 1
	if out.coord && !out.plur {
		s.ds.setGroup(s.idx, out.refs)
	}
	return out
}

// possessorOnly reports a person named at token i only as the possessor of
// a group that is not his ("Trump's own Republican Party", "Putin's
// critics").
func (s *sentence) possessorOnly(i, b int) bool {
	e := s.toks[i].ent
	if s.ds.d.Entities[e].Type != "PERSON" {
		return false
	}
	j := i + 1
	for j <= b && j < len(s.toks) && s.toks[j].ent == e {
		j++
	}
	if j > b || j >= len(s.toks) || s.toks[j].low != "'s" && s.toks[j].low != "’s" {
		return false
	}
	for n, k := 0, j+1; n < 4 && k <= b && k < len(s.toks); n, k = n+1, k+1 {
		if notHisGroup[s.toks[k].low] {
			return true
		}
		if s.toks[k].cls == wPrep || s.toks[k].cls == wPunct {
			break
		}
	}
	return false
}

// sectorAfter is the sector of the institution a country's name at token i
// qualifies, within the phrase ending at b: "China's foreign ministry"
// (GOV), "Indian troops" (MIL); "" when there is none.
func (s *sentence) sectorAfter(i, b int) (sector, head string) {
	e := s.toks[i].ent
	j := i + 1
	for j <= b && j < len(s.toks) && s.toks[j].ent == e {
		j++
	}
	if j <= b && (s.toks[j].low == "'s" || s.toks[j].low == "’s") {
		j++
	}
	for n := 0; n < 3 && j <= b && j < len(s.toks); n, j = n+1, j+1 {
		t := &s.toks[j]
		if t.ent >= 0 || t.cap && sectorNouns[t.low] == "" || t.cls != wOther && t.cls != wAdj {
			return "", ""
		}
		if sec := sectorNouns[t.low]; sec != "" {
			if j+1 < len(s.toks) && j+1 <= b && s.toks[j+1].cls == wOther && sectorNouns[s.toks[j+1].low] == "" && !roleNouns[s.toks[j+1].low] {
				return "", "" // "Chinese government bonds"
			}
			return sec, t.low
		}
	}
	return "", ""
}

// pairWord opens a phrase naming the last pair: "the two sides", "both
// leaders", "the two regional rivals".
func pairWord(w string) bool { return w == "two" || w == "both" || w == "three" }

func (s *sentence) noNameAfter(i, b int) bool {
	for j := i + 1; j <= b+1 && j < len(s.toks); j++ {
		if s.toks[j].ent >= 0 {
			return false
		}
		if s.toks[j].cls != wOther {
			break
		}
	}
	return true
}

func nationWord(w string) bool {
	switch w {
	case "country", "government", "nation", "state", "administration", "authorities", "people", "army", "forces":
		return true
	}
	return false
}

// skipBack moves left from i over adverbs, time expressions and the
// prepositions that introduce them ("Iran on Tuesday threatened").
func (s *sentence) skipBack(i int) int {
	for i >= 0 {
		t := &s.toks[i]
		switch {
		case skippable(t), t.time >= 0:
			i--
		case t.cls == wPrep && i+1 < len(s.toks) && s.toks[i+1].time >= 0:
			i--
		case t.low == "principle" && i > 0 && s.toks[i-1].low == "in":
			i -= 2
		default:
			return i
		}
	}
	return i
}

// skipFwd is skipBack to the right.
func (s *sentence) skipFwd(i int) int {
	for i < len(s.toks) {
		t := &s.toks[i]
		switch {
		case skippable(t), t.time >= 0:
			i++
		case t.cls == wPrep && i+1 < len(s.toks) && s.toks[i+1].time >= 0:
			i++
		case t.low == "in" && i+1 < len(s.toks) && s.toks[i+1].low == "principle":
			i += 2
		default:
			return i
		}
	}
	return i
}

// prevVG is the closest verb group before gi that is not governed by a
// frame, or -1.
func (s *sentence) prevVG(gi int) int {
	for k := gi - 1; k >= 0; k-- {
		if s.vgs[k].outer < 0 {
			return k
		}
	}
	return -1
}

// subject returns the actors of the subject of verb group gi.
func (s *sentence) subject(gi int) *np {
	g := &s.vgs[gi]
	if g.subj != nil {
		return g.subj
	}
	if g.busy {
		return &np{}
	}
	g.busy = true
	res := s.findSubject(gi)
	g = &s.vgs[gi]
	g.subj, g.busy = res, false
	return res
}

func (s *sentence) findSubject(gi int) *np {
	g := s.vgs[gi]
	if g.outer >= 0 {
		o := s.vgs[g.outer]
		switch {
		case o.ctrlS:
		case len(o.ctrl) > 0:
			return &np{refs: o.ctrl, coord: len(o.ctrl) > 1}
		default:
			return s.subject(g.outer)
		}
	}
	i := s.skipBack(g.start - 1)
	if i < 0 {
		if g.ing { // "Speaking to reporters, Blinken said"
			for k := gi + 1; k < len(s.vgs); k++ {
				if !s.vgs[k].ing && !s.vgs[k].inf {
					return s.subject(k)
				}
			}
		}
		return &np{}
	}
	t := &s.toks[i]
	switch {
	case t.cls == wRel || t.low == "that" && !g.inf:
		j := i - 1
		if j >= 0 && s.toks[j].low == "," {
			j--
		}
		j = s.skipBack(j)
		if a := s.chunkLeft(j); a >= 0 {
			// the phrase right before: "a visit by Blinken, who called off"
			if res := s.refsOf(a, j); !res.empty() {
				return res
			}
		}
		return s.npEndingAt(j)
	case t.cls == wConj:
		// coordinated verbs share the subject of the last clause that has
		// one: "Xi said the planet was big enough ..., and warned"
		first := s.prevVG(gi)
		if j := s.skipBack(i - 1); j >= 0 && s.toks[j].low == "," {
			// after a comma, with the main clause: "Biden told Xi that
			// the two countries had ..., and called for"
			for k := 0; k < first; k++ {
				if g := &s.vgs[k]; g.start < s.vgs[gi].start-40 {
					continue // another clause, if not another sentence
				} else if g.outer < 0 && !g.inf && !g.ing && !s.relClause(k) {
					if sub := s.subject(k); !sub.empty() {
						return sub
					}
				}
			}
		}
		for k := first; k >= 0; k = s.prevVG(k) {
			if s.vgs[k].inf || s.vgs[k].ing && k != first {
				continue
			}
			if sub := s.subject(k); !sub.empty() || sub.crowd || sub.inst != "" {
				return sub
			}
		}
		if first >= 0 {
			return s.subject(first)
		}
		return &np{}
	case t.low == "--" || t.low == "—" || t.low == "–":
		j := s.skipBack(i - 1)
		if j >= 0 && s.toks[j].cls == wConj {
			if k := s.prevVG(gi); k >= 0 {
				return s.subject(k)
			}
		}
		return &np{}
	case t.low == ",":
		if g.ing || g.passive && s.toks[g.start].verb {
			if k := s.prevVG(gi); k >= 0 {
				return s.subject(k)
			}
		}
		j := s.pastAgent(i - 1)
		if j < i-1 && j >= 0 && s.toks[j].low == "," {
			j-- // "Somali troops, backed by US air strikes, killed"
		}
		return s.npEndingAt(j)
	case t.cls == wPrep && (g.ing || g.inf):
		// "fired missiles at a base in Qatar, which hosts US forces, after
		// warning Washington": the subject of the clause, not of the
		// relative clause
		k := s.prevVG(gi)
		for k > 0 && s.relClause(k) {
			k = s.prevVG(k)
		}
		if k >= 0 {
			return s.subject(k)
		}
		return &np{}
	case t.cls == wTo && g.ing: // "resorted to throwing stones"
		if k := s.prevVG(gi); k >= 0 {
			return s.subject(k)
		}
		return &np{}
	}
	if g.inf {
		// a purpose clause: "converged on Lagos to protest"; not the
		// complement of a noun: "rejected calls to adopt reforms"
		if complementNouns[t.low] {
			return &np{}
		}
		if g.passive { // "allowing troops to be deployed": the troops
			return s.npEndingAt(i)
		}
		if k := s.prevVG(gi); k >= 0 {
			sub := s.subject(k)
			if sub.empty() && (s.vgs[k].copula || s.vgs[k].passive) && s.abstractSubject(k) {
				return &np{none: true} // "the move was meant to protect"
			}
			return sub
		}
		return &np{}
	}
	res := s.npEndingAt(s.pastAgent(i))
	if res.empty() && g.ing && !res.crowd && res.inst == "" {
		// a participle after a noun: "answered with a statement accusing
		// the United States"
		if k := s.prevVG(gi); k >= 0 {
			return s.subject(k)
		}
	}
	return res
}

// pastAgent moves a subject search ending at token i past the agent of a
// participle before it: "Somali troops backed by US air strikes killed":
// the troops, not the strikes.
func (s *sentence) pastAgent(i int) int {
	a := s.chunkLeft(i)
	if a < 2 || s.toks[a-1].low != "by" {
		return i
	}
	p := a - 2
	if p < 0 {
		return i
	}
	if t := &s.toks[p]; !t.verb && t.vlemma != "" && t.vform&fPP != 0 {
		return s.skipBack(p - 1) // ", backed by": no verb group of its own
	}
	if !s.toks[p].verb || s.toks[p].vg < 0 {
		return i
	}
	g := &s.vgs[s.toks[p].vg]
	if !g.passive && s.toks[p].vform&fPP == 0 {
		return i
	}
	return s.skipBack(g.start - 1)
}

// abstractSubject reports a verb group whose subject is a phrase that
// names no one: "the goal was", "the move was meant".
func (s *sentence) abstractSubject(k int) bool {
	i := s.skipBack(s.vgs[k].start - 1)
	if i < 0 || !s.npTok(i) {
		return false
	}
	t := &s.toks[i]
	return t.ent < 0 && t.cls == wOther && !crowdWords[t.low] && instWords[t.low] == "" && !roleNouns[t.low] && !groupNouns[t.low]
}

// npEndingAt reads the noun phrase ending at token i as a subject: a phrase
// that is the object of a preposition ("Albanians in south Serbia") gives
// way to the phrase before the preposition when that one names an actor;
// an appositive ("Sidhoum, Algeria's leading activist,") is read through.
func (s *sentence) npEndingAt(i int) *np {
	a := s.chunkLeft(i)
	if a < 0 {
		return &np{}
	}
	res := s.refsOf(a, i)
	before := a - 1
	for before >= 2 && s.toks[before].cls == wPrep && s.toks[before-1].cls == wPrep {
		before-- // "from throughout the country"
	}
	if before >= 1 && (s.toks[before].cls == wPrep || s.toks[before].cls == wTo) && s.toks[before].low != "of" && !subPreps[s.toks[before].low] {
		if h := s.chunkLeft(before - 1); h >= 0 {
			hres := s.refsOf(h, before-1)
			hres.crowd = hres.crowd || res.crowd
			if hres.empty() && hres.inst != "" && !res.empty() && placePreps[s.toks[before].low] {
				// "authorities in Croatia": Croatia's government
				if c := s.ds.country(res.refs[0]); c != "" {
					return &np{refs: []ref{{ent: -1, code: c + hres.inst, pos: res.refs[0].pos}}}
				}
			}
			if !hres.empty() || res.empty() || hres.inst != "" {
				return hres // "police in Berlin": the police, placed later
			}
			if placePreps[s.toks[before].low] && !s.toks[h].cap {
				return hres // "an air strike on its embassy in Beirut": not Beirut
			}
			res.crowd = hres.crowd
		}
		return res
	}
	if res.empty() && before >= 1 && s.toks[before].low == "," {
		if h := s.chunkLeft(before - 1); h >= 0 {
			if hres := s.refsOf(h, before-1); !hres.empty() {
				hres.crowd = hres.crowd || res.crowd
				return hres
			}
		}
	}
	return res
}

// slotNP finds the actor phrase of a pattern slot at or after token i, with
// at most max tokens of determiners and modifiers first; end is the token
// after the phrase, -1 when there is none.
func (s *sentence) slotNP(i, max int) (*np, int) {
	for j := i; j < len(s.toks) && j-i <= max; j++ {
		t := &s.toks[j]
		if t.cls == wPron && reflexive(t.low) {
			return &np{none: true}, j + 1 // "defend itself": no one else
		}
		if t.ent >= 0 && s.ds.codes[t.ent] != "" || t.cls == wPron || t.cls == wPoss && j+1 < len(s.toks) && nationWord(s.toks[j+1].low) {
			end := s.chunkRight(j)
			res := s.refsOf(j, end-1)
			if !res.empty() {
				return res, end
			}
			if t.cls != wPron {
				continue
			}
		}
		if roleNouns[t.low] || groupNouns[t.low] {
			end := s.chunkRight(j)
			if res := s.refsOf(i, end-1); !res.empty() {
				return res, end
			}
		}
		if !(s.npTok(j) || t.low == "'s" || t.low == "of" && j > i || currency(t)) {
			return nil, -1
		}
	}
	return nil, -1
}

// reflexive reports a reflexive pronoun.
func reflexive(w string) bool {
	switch w {
	case "itself", "himself", "herself", "themselves", "ourselves", "myself":
		return true
	}
	return false
}

// currency reports a currency sign: "$200 billion worth of Chinese goods".
func currency(t *token) bool {
	switch t.low {
	case "$", "€", "£", "¥", "us$":
		return true
	}
	return false
}

// npRight reads the noun phrase starting within max tokens of i (object
// control: "urged Iran to"); end is the token after it.
func (s *sentence) npRight(i, max int) (*np, int) {
	res, end := s.slotNP(i, max)
	if end < 0 {
		return &np{}, -1
	}
	return res, end
}

// object finds the target of an act whose pattern ends before token i: the
// first actor phrase that is a direct object or follows a target
// preposition, within the clause.
func (s *sentence) object(i int, motion, on bool) *np {
	prep := ""
	for j := i; j < len(s.toks) && j-i < 14; j++ {
		t := &s.toks[j]
		switch {
		case t.cls == wSub || t.cls == wRel || isPunct(t, ";:.!?\"“”()[]") || t.low == "according":
			return &np{}
		case t.cls == wConj && j+1 < len(s.toks) && (s.toks[j+1].verb || s.toks[j+1].cls == wModal || s.toks[j+1].cls == wPron):
			return &np{}
		case t.low == "," && j+1 < len(s.toks) && (s.toks[j+1].verb || s.toks[j+1].cls == wSub || s.toks[j+1].cls == wRel):
			return &np{}
		case t.vg >= 0 && j > i && !s.vgs[t.vg].inf:
			return &np{}
		case t.vg >= 0:
			prep = ""
			continue
		case t.cls == wPrep || t.cls == wTo:
			if t.low == "of" && prep != "" {
				continue // "on the sidelines of the summit": still "on"
			}
			prep = t.low
			continue
		case t.cls == wPron && reflexive(t.low) && (prep == "" || targetPreps[prep]):
			return &np{none: true} // "would defend itself": no one else
		case t.ent >= 0 && s.ds.codes[t.ent] != "" || t.cls == wPron && t.low != "one" || t.cls == wPoss && t.low != "'s" && t.low != "’s":
			end := s.chunkRight(j)
			ok := prep == "" || targetPreps[prep] || motion && locPreps[prep] || on && prep == "on"
			if prep == "by" || !ok {
				j = end - 1
				continue
			}
			if res := s.refsOf(j, end-1); !res.empty() {
				return res
			}
			j = end - 1
		case roleNouns[t.low] || groupNouns[t.low]:
			if prep == "" || targetPreps[prep] {
				end := s.chunkRight(j)
				if res := s.refsOf(j-1, end-1); !res.empty() {
					return res
				}
			}
		}
	}
	return &np{}
}

// agent finds the by-phrase of a passive verb ending before token i.
func (s *sentence) agent(i int) *np {
	for j := i; j < len(s.toks) && j-i < 12; j++ {
		t := &s.toks[j]
		if t.cls == wSub || t.cls == wRel || isPunct(t, ";:.!?") || t.vg >= 0 && j > i {
			break
		}
		if t.low == "by" {
			if res, end := s.slotNP(j+1, 5); end > 0 {
				return res
			}
			return &np{}
		}
	}
	return &np{}
}

// crowdPlace stands for a crowd with no actor of its own: the first place
// named after "in" or "at" in the sentence.
func (s *sentence) crowdPlace(sector string) *np {
	for j := 1; j < len(s.toks); j++ {
		t := &s.toks[j]
		if t.ent >= 0 && s.ds.codes[t.ent] != "" && (s.toks[j-1].low == "in" || s.toks[j-1].low == "at") {
			r := ref{ent: t.ent, code: s.ds.codes[t.ent], pos: j}
			if sector != "" {
				c := s.ds.country(r)
				if c == "" {
					break
				}
				r = ref{ent: -1, code: c + sector, pos: j}
			}
			return &np{refs: []ref{r}, crowd: sector == ""}
		}
	}
	return &np{crowd: sector == ""}
}

// listAhead reports that the comma at j goes on with a list of names that
// an "and" or "or" closes: "Iran, Libya, North Korea, and Cuba"; not "Olaf
// Scholz, French President Emmanuel Macron said".
func (s *sentence) listAhead(j int) bool {
	for k := j + 1; k < len(s.toks) && k < j+24; k++ {
		t := &s.toks[k]
		switch {
		case t.cls == wConj:
			return k > j+1 || t.low != "but"
		case t.ent >= 0 || t.low == "," || t.cls == wDet:
		case t.cls == wPrep || t.cls == wOther && !t.verb:
			// "and with strings attached, Cuba": tolerated inside
		default:
			return false
		}
	}
	return false
}
