package petrarch

import (
	"sort"
	"strings"
)

// maxGap is how many words may stand between two pattern elements written
// with a space between them.
const maxGap = 6

// pmatch is a pattern matched at a verb.
type pmatch struct {
	p          *vpattern
	src, tgt   *np
	compound   *np // the "%" actor
	compoundOn byte
	end        int      // token after the last element matched on the right
	start      int      // first token matched on the left
	words      [][2]int // token spans of the words the pattern matched
}

// npStartingIn returns the noun phrase starting at a token in [a, b], the
// nearest first.
func (st *sent) npStartingIn(a, b int) *np {
	for k := a; k <= b && k < len(st.toks); k++ {
		if i := st.npOf[k]; i >= 0 && st.nps[i].start == k {
			return st.nps[i]
		}
		// an actor inside a larger phrase: "the parliament of [Gondor]"
		if c := st.chunkOf[k]; c >= 0 && st.chunks[c].start == k && st.chunks[c].actor != nil && st.npOf[k] >= 0 {
			ch := st.chunks[c]
			return &np{start: ch.start, end: ch.end, codes: dedupe(st.chunkCodes(ch, nil))}
		}
		if st.words[k] == "." || st.words[k] == ";" {
			return nil
		}
	}
	return nil
}

// npEndingIn returns the noun phrase ending (exclusive) at a token in
// [a, b], the nearest to b first.
func (st *sent) npEndingIn(a, b int) *np {
	for k := b; k >= a && k > 0; k-- {
		if i := st.npOf[k-1]; i >= 0 && st.nps[i].end == k {
			return st.nps[i]
		}
	}
	return nil
}

// runAt reports whether an item's words match at token k, and where they end.
func (st *sent) wordsAt(it *item, k int) int {
	switch it.kind {
	case 'w':
		if k < len(st.words) && st.wordIs(k, it.word) {
			return k + 1
		}
	case 's':
		for _, r := range it.set.runs {
			if k+len(r) > len(st.words) {
				continue
			}
			ok := true
			for q, w := range r {
				if st.words[k+q] != w {
					ok = false
					break
				}
			}
			if ok {
				return k + len(r)
			}
		}
	}
	return -1
}

// wordsEndingAt: like wordsAt, for words ending (exclusive) at token k.
func (st *sent) wordsEndingAt(it *item, k int) int {
	switch it.kind {
	case 'w':
		if k > 0 && st.wordIs(k-1, it.word) {
			return k - 1
		}
	case 's':
		for _, r := range it.set.runs {
			a := k - len(r)
			if a < 0 {
				continue
			}
			ok := true
			for q, w := range r {
				if st.words[a+q] != w {
					ok = false
					break
				}
			}
			if ok {
				return a
			}
		}
	}
	return -1
}

// npWord reports a word that may stand in a noun phrase.
func (st *sent) npWord(k int) bool {
	if st.inMatch[k] >= 0 {
		return true
	}
	w := st.words[k]
	return !st.toks[k].punct && st.verbAt[k] == nil && !prepWords[w] && !auxWords[w] && !subWords[w] && !conjWords[w] && !pronWords[w] || w == "'S"
}

// groupGap reports a word that may stand between two words of a group
// after the verb: a determiner in a (prepositional phrase), also an
// adjective before the head of a {noun phrase}: {NEW &TIETYPES RELATIONS}
// is in "new global economic relations", not in "new economic trade
// relations".
func (st *sent) groupGap(it *item, k int) bool {
	if detWords[st.words[k]] {
		return true
	}
	return it.np && !it.last && (st.adjective(k) || strings.HasSuffix(st.words[k], "AL"))
}

// wordIs reports token k spelling w; with UD-PETRARCH dictionaries, which
// match lemmas, a plural matches its singular ("efforts" EFFORT).
func (st *sent) wordIs(k int, w string) bool {
	x := st.words[k]
	if x == w {
		return true
	}
	if !st.set.UD() || len(x) <= len(w) || !strings.HasPrefix(x, w[:len(w)-1]) {
		return false
	}
	return x == w+"S" || x == w+"ES" || (strings.HasSuffix(w, "Y") && x == w[:len(w)-1]+"IES")
}

func (st *sent) hardStop(k int) bool {
	w := st.words[k]
	return w == "." || w == ";" || w == ":"
}

// match tries a pattern at verb v.
func (st *sent) match(p *vpattern, v *verbOcc) (pmatch, bool) {
	m := pmatch{p: p, end: v.end, start: v.start}
	pos := v.end
	for k := range p.right {
		it := &p.right[k]
		lim := pos + maxGap
		if it.adj {
			lim = pos
		}
		switch it.kind {
		case 'w', 's':
			found := -1
			if it.grp {
				lim = pos + 4
			}
			at := -1
			for q := pos; q <= lim && q < len(st.words); q++ {
				if e := st.wordsAt(it, q); e >= 0 && (!it.np || st.npWord(q)) {
					found, at = e, q
					break
				}
				if st.hardStop(q) || (it.grp && !st.groupGap(it, q)) || (st.set.UD() && subWords[st.words[q]]) {
					break
				}
			}
			if found < 0 {
				return m, false
			}
			m.words = append(m.words, [2]int{at, found})
			pos = found
		case '+', '$', '%':
			x := st.npStartingIn(pos, lim)
			if x == nil || (it.kind == '%' && len(x.codes) < 2) {
				return m, false
			}
			switch it.kind {
			case '+':
				m.tgt = x
			case '$':
				m.src = x
			default:
				m.compound, m.compoundOn = x, 'r'
			}
			pos = x.end
		case '^':
			q := -1
			for k := pos; k <= pos+maxGap && k < len(st.words); k++ {
				if c := st.chunkOf[k]; c >= 0 {
					q = st.chunks[c].end
					break
				}
				if st.hardStop(k) {
					break
				}
			}
			if q < 0 {
				return m, false
			}
			pos = q
		}
	}
	m.end = pos
	pos = v.start
	for k := range p.left {
		it := &p.left[k]
		if st.set.UD() && (it.kind == 'w' || it.kind == 's') && !it.grp && !it.np && !(k > 0 && p.left[k-1].grp) {
			// UD-PETRARCH reads the words before a verb in its subject
			// phrase only: {DEATH TOLL} *, not RECENTLY *
			return m, false
		}
		lim := pos - maxGap
		if it.adj {
			lim = pos
		}
		if lim < 0 {
			lim = 0
		}
		switch it.kind {
		case 'w', 's':
			found := -1
			if it.grp {
				lim = max(0, pos-4)
			}
			at := -1
			for q := pos; q >= lim && q > 0; q-- {
				if a := st.wordsEndingAt(it, q); a >= 0 && (!it.np || st.npWord(q-1)) {
					found, at = a, q
					break
				}
				// in the subject phrase: "death and injury toll"
				if st.hardStop(q-1) || (it.grp && !(st.npWord(q-1) || conjWords[st.words[q-1]])) {
					break
				}
			}
			if found < 0 {
				return m, false
			}
			m.words = append(m.words, [2]int{found, at})
			pos = found
		case '+', '$', '%':
			x := st.npEndingIn(lim, pos)
			if x == nil || (it.kind == '%' && len(x.codes) < 2) {
				return m, false
			}
			switch it.kind {
			case '+':
				m.tgt = x
			case '$':
				m.src = x
			default:
				m.compound, m.compoundOn = x, 'l'
			}
			pos = x.start
		case '^':
			q := -1
			for k := pos - 1; k >= 0 && k >= pos-1-maxGap; k-- {
				if c := st.chunkOf[k]; c >= 0 {
					q = st.chunks[c].start
					break
				}
				if st.hardStop(k) {
					break
				}
			}
			if q < 0 {
				return m, false
			}
			pos = q
		}
	}
	m.start = pos
	return m, true
}

// bestMatch is the most specific pattern of the verb's blocks that matches:
// most elements, then the first written.
func (st *sent) bestMatch(v *verbOcc) (pmatch, bool) {
	var ps []*vpattern
	seen := map[*block]bool{}
	for _, f := range v.forms {
		b := f.entry.block
		if seen[b] {
			continue
		}
		seen[b] = true
		ps = append(ps, b.patterns...)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].weight != ps[j].weight {
			return ps[i].weight > ps[j].weight
		}
		return ps[i].order < ps[j].order
	})
	best, found, bestScore := pmatch{}, false, -1
	for _, p := range ps {
		m, ok := st.match(p, v)
		if !ok {
			continue
		}
		score := 0
		for _, w := range m.words {
			score += w[1] - w[0]
		}
		for _, it := range p.left {
			if it.kind != 'w' && it.kind != 's' {
				score++
			}
		}
		for _, it := range p.right {
			if it.kind != 'w' && it.kind != 's' {
				score++
			}
		}
		if score > bestScore {
			best, found, bestScore = m, true, score
		}
	}
	return best, found
}

// clauseStart is the first token of the clause holding token i.
func (st *sent) clauseStart(i int) (int, string) {
	for k := i - 1; k >= 0; k-- {
		w := st.words[k]
		if subWords[w] || w == ";" || w == ":" {
			return k + 1, w
		}
	}
	return 0, ""
}

// subject is the actor of verb v's clause: after a coordinating "and", the
// subject of the verb before; else the first actor of the last comma
// segment of the clause that has one. Phrases a pattern took as its
// target are passed over; with none left, the words before the pattern are
// searched.
func (st *sent) subject(v *verbOcc, m pmatch) *np {
	// coordinated verbs share their subject: "condemned ... and promised"
	k := v.start - 1
	for k >= 0 && (auxWords[st.words[k]] || strings.HasSuffix(st.words[k], "LY")) {
		k--
	}
	if k >= 0 && conjWords[st.words[k]] {
		for q := len(st.verbs) - 1; q >= 0; q-- {
			u := st.verbs[q]
			if u.end <= v.start && u.src != nil {
				return u.src
			}
		}
	}
	if x := st.subjectBefore(v.start, m); x != nil {
		return x
	}
	if m.start < v.start {
		return st.subjectBefore(m.start, m)
	}
	return nil
}

func (st *sent) subjectBefore(before int, m pmatch) *np {
	cs, bw := st.clauseStart(before)
	var best *np
	segStart := cs
	for q := cs; q <= before && q < len(st.toks); q++ {
		if q == before || (segmentMark(st.words[q]) && st.npOf[q] < 0) {
			if segStart > cs && st.parenthetical(segStart, q) {
				segStart = q + 1
				continue // "Obama, speaking in Berlin, criticized ..."
			}
			for _, x := range st.nps {
				if x.start >= segStart && x.start < q && x != m.tgt && x != m.compound {
					best = x
					break
				}
			}
			segStart = q + 1
		}
	}
	if best == nil && cs > 0 && (bw == "WHO" || bw == "WHICH" || bw == "THAT") {
		return st.npEndingIn(max(0, cs-3), cs-1)
	}
	return best
}

// segmentMark reports a mark that ends a comma segment: a comma, or a dash
// ("WASHINGTON (Reuters) - The United States ...").
func segmentMark(w string) bool {
	return w == "," || w == "-" || w == "—" || w == "–" || w == "--"
}

// parenthetical reports a comma segment [a, b) that cannot hold the
// subject: one opening with a preposition, a participle or a relative
// pronoun.
func (st *sent) parenthetical(a, b int) bool {
	if a >= b || a >= len(st.words) {
		return false
	}
	w := st.words[a]
	if st.toks[a].cap && st.inMatch[a] >= 0 {
		return false
	}
	return prepWords[w] || subWords[w] || strings.HasSuffix(w, "ING") && st.inMatch[a] < 0 || strings.HasSuffix(w, "ED") && st.inMatch[a] < 0
}

// firstAfter is the first actor phrase from token i on, within the clause.
func (st *sent) firstAfter(i int, skip *np) *np {
	comma := false
	for k := i; k < len(st.toks); k++ {
		w := st.words[k]
		if stopRight[w] || w == ";" || w == ":" || w == "." {
			return nil
		}
		if x := st.npOf[k]; x >= 0 && st.nps[x] != skip && st.nps[x].start == k {
			n := st.nps[x]
			if comma && st.verbNear(n.end) {
				return nil // "..., a senior official said"
			}
			return n
		}
		if w == "," {
			comma = true
		}
	}
	return nil
}

// passive reports a passive verb ("was opposed", "Rebuked by") and returns
// its by-phrase's actor (nil when there is none or it names no actor).
func (st *sent) passive(v *verbOcc) (bool, *np) {
	if !edForm(st.words[v.head], v.form) {
		return false, nil
	}
	bare := v.start == 0 || st.words[v.start-1] == "," // "Rebuked by X, ..."
	be := false
	for k, n := v.start-1, 0; k >= 0 && n < 4 && !be; k, n = k-1, n+1 {
		w := st.words[k]
		if beWords[w] && w != "'S" {
			be = true
		} else if !(strings.HasSuffix(w, "LY") || w == "NOT" || w == "N'T" || w == "ALSO" || w == "AND" || w == "OR") {
			break // "was heavily and unjustly criticized"
		}
	}
	if !be && !bare {
		return false, nil
	}
	for k := v.end; k < len(st.toks); k++ {
		w := st.words[k]
		if w == "BY" {
			if bare && k > v.end+1 {
				break
			}
			return true, st.npStartingIn(k+1, k+1)
		}
		if stopRight[w] || w == "THAT" || w == "." || w == ";" || (w == "," && k > v.end+2) {
			break
		}
	}
	return be, nil
}

// hasBy reports a "by" after a passive verb in its clause.
func (st *sent) hasBy(v *verbOcc) bool {
	for k := v.end; k < len(st.toks); k++ {
		w := st.words[k]
		if w == "BY" {
			return true
		}
		if stopRight[w] || w == "THAT" || w == "." || w == ";" || (w == "," && k > v.end+2) {
			return false
		}
	}
	return false
}

// negated reports a negated verb: "did not clash", "won't ever clash",
// "never clashed".
func (st *sent) negated(v *verbOcc) bool {
	for k := v.start - 1; k >= 0 && k >= v.start-6; k-- {
		w := st.words[k]
		switch {
		case w == "NOT" || w == "N'T" || w == "NEVER":
			return true
		case auxWords[w] || strings.HasSuffix(w, "LY") || w == "EVER" || w == "EVEN" || w == "STILL" || w == "YET" || w == "ALSO":
		default:
			return false
		}
	}
	return false
}

// verbNear reports a verb (or auxiliary) within two words from k.
func (st *sent) verbNear(k int) bool {
	for q := k; q < len(st.toks) && q <= k+2; q++ {
		if st.verbAt[q] != nil || auxWords[st.words[q]] {
			return true
		}
		if st.toks[q].punct {
			return false
		}
	}
	return false
}

// codeVerb codes the events of one verb.
func (st *sent) codeVerb(v *verbOcc) []Coded {
	m, ok := st.bestMatch(v)
	var code, back, rule string
	if ok {
		code, back, rule = m.p.code, m.p.back, m.p.src.String()
		for _, w := range m.words {
			for k := w[0]; k < w[1]; k++ {
				st.used[k] = true
			}
		}
	} else {
		if v.aux {
			return nil
		}
		m = pmatch{start: v.start, end: v.end}
		dc := v.form.entry.defaultCode()
		code, back, _ = strings.Cut(dc, ":")
		rule = v.form.entry.src.String()
	}
	var srcs, tgts *np
	srcs, tgts = m.src, m.tgt
	if m.compound != nil {
		if m.compoundOn == 'l' && srcs == nil {
			srcs = m.compound
		} else if m.compoundOn == 'r' && tgts == nil {
			tgts = m.compound
		}
	}
	pass, by := false, (*np)(nil)
	if srcs == nil && tgts == nil && m.compound == nil {
		pass, by = st.passive(v)
		// PETRARCH-2 reads a passive with no by-phrase as active ("The
		// Philippines was criticized over its dispute with Eriador":
		// PHL-ERI); UD-PETRARCH makes its subject the target (ERI-PHL)
		if pass && by == nil && !st.set.UD() && !st.hasBy(v) {
			pass = false
		}
	}
	if pass {
		srcs = by
		if by == nil && st.set.UD() {
			srcs = st.firstAfter(v.end, nil) // "was shot dead in Osgiliath"
		}
		tgts = st.subject(v, m)
	} else {
		if srcs == nil {
			srcs = st.subject(v, m)
		}
		if tgts == nil && m.compound == nil {
			tgts = st.firstAfter(v.end, srcs)
		}
	}
	v.src = srcs
	if code == Discard || code == "" {
		return nil
	}
	if st.set.UD() && st.negated(v) {
		if c, ok := st.set.negate(code); ok {
			code, back = c, ""
		}
	}
	var out []Coded
	emit := func(a, b, c string, sa, sb *np) {
		if a == b || c == "" || c == Discard {
			return
		}
		if !st.opt.AllowMonad && (a == "" || b == "") {
			return
		}
		if a == "" {
			a = "---"
		}
		if b == "" {
			b = "---"
		}
		e := Coded{Source: a, Target: b, Code: c, Rule: rule,
			Verb: [2]int{st.toks[v.start].start, st.toks[v.end-1].end}}
		if sa != nil {
			e.SrcSpan = [2]int{st.toks[sa.start].start, st.toks[sa.end-1].end}
		}
		if sb != nil {
			e.TgtSpan = [2]int{st.toks[sb.start].start, st.toks[sb.end-1].end}
		}
		out = append(out, e)
	}
	codesOf := func(x *np) []string {
		if x == nil {
			return []string{""}
		}
		return x.codes
	}
	// a compound subject with nothing else: its members with each other
	if m.compound != nil && m.compoundOn == 'l' && (tgts == nil || tgts == srcs) {
		for _, a := range srcs.codes {
			for _, b := range srcs.codes {
				emit(a, b, code, srcs, srcs)
			}
		}
		return out
	}
	for _, a := range codesOf(srcs) {
		for _, b := range codesOf(tgts) {
			emit(a, b, code, srcs, tgts)
			if back != "" {
				emit(b, a, back, tgts, srcs)
			}
		}
	}
	return out
}
