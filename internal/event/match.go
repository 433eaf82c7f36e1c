package event

// maxGap is how many words may separate two elements of a pattern.
const maxGap = 4

// match is one pattern matched in a sentence.
type match struct {
	pat        *Pattern
	anchor     int // token of the anchor
	start, end int // tokens covered, end exclusive
	tgt, src   *np // actors of the pattern's slots; nil when it has none
	score      int
}

// wordAt reports whether token k is a form of w.
func (s *sentence) wordAt(k int, w string) bool {
	t := &s.toks[k]
	if t.low == w {
		return true
	}
	for _, l := range t.lem {
		if l.w == w {
			return true
		}
	}
	return false
}

// runAt returns the end of the longest alternative of e matching at k, or -1.
func (s *sentence) runAt(k int, e *elem) int {
	best := -1
	for _, run := range e.alts {
		if k+len(run) > len(s.toks) {
			continue
		}
		ok := true
		for n, w := range run {
			if !s.wordAt(k+n, w) {
				ok = false
				break
			}
		}
		if ok && k+len(run) > best {
			best = k + len(run)
		}
	}
	return best
}

// barrier reports whether the words of a pattern may not reach across token k.
func (s *sentence) barrier(k int) bool {
	t := &s.toks[k]
	if t.verb || t.low == "according" {
		return true // another verb: "agreed to lift embargoes on" is no "agree on"
	}
	switch t.cls {
	case wSub, wRel:
		return true
	case wConj:
		// "drones and missiles at": a coordinated noun goes on with the
		// phrase; "and he", "and agreed" start another clause
		if t.low == "&" {
			return false
		}
		if k+1 < len(s.toks) && t.low == "and" {
			n := &s.toks[k+1]
			return n.verb || n.vgStart >= 0 || !(n.cls == wOther || n.cls == wNum || n.cls == wAdj || n.cls == wDet)
		}
		return true
	case wPunct:
		return t.low != "," && t.low != "-" && t.low != "'s"
	}
	return false
}

// matchAt returns the best pattern anchored on token i; noun chooses noun
// patterns (anchored on a noun) or verb patterns.
func (s *sentence) matchAt(i int, noun bool, lemma string) (match, bool) {
	best := match{score: -1}
	d := s.c.dict
	try := func(w string) {
		for _, p := range d.byAnchor[w] {
			if p.Noun != noun {
				continue
			}
			if m, ok := s.try(p, i); ok && m.score > best.score {
				best = m
			}
		}
	}
	t := &s.toks[i]
	try(t.low)
	if lemma != "" && lemma != t.low {
		try(lemma)
	}
	for _, l := range t.lem {
		if l.w != t.low && l.w != lemma {
			try(l.w)
		}
	}
	return best, best.score >= 0
}

func (s *sentence) try(p *Pattern, i int) (match, bool) {
	m := match{pat: p, anchor: i, start: i}
	pos := s.runAt(i, &p.elems[0])
	if pos > i {
		m.score += 2 * (pos - i)
	}
	if pos < 0 {
		// the anchor of a verb group headed by "be"/"have" is its lemma
		if t := &s.toks[i]; t.vg >= 0 && s.vgs[t.vg].lemma != "" {
			for _, run := range p.elems[0].alts {
				if len(run) == 1 && run[0] == s.vgs[t.vg].lemma {
					pos = i + 1
				}
			}
		}
		if pos < 0 {
			return m, false
		}
	}
	reach := -1 // how far the next element may start, when past pos+maxGap
	for n := 1; n < len(p.elems); n++ {
		e := &p.elems[n]
		if e.slot != 0 {
			res, end := s.slotNP(pos, maxGap+1)
			if end < 0 {
				return m, false
			}
			if e.slot == '+' {
				m.tgt = res
			} else {
				m.src = res
			}
			pos = end
			if n+1 < len(p.elems) && len(res.refs) > 0 && res.refs[0].pos >= 0 {
				// words after the slot may sit inside its phrase: "designated
				// Vietnam a currency manipulator"
				k := res.refs[len(res.refs)-1].pos
				for k < end && s.toks[k].ent >= 0 && s.toks[k].ent == s.toks[res.refs[len(res.refs)-1].pos].ent {
					k++
				}
				pos, reach = k, end+maxGap
			}
			m.score++
			continue
		}
		found := -1
		limit := max(pos+maxGap, reach)
		reach = -1
		for k := pos; k < len(s.toks) && k <= limit; k++ {
			if end := s.runAt(k, e); end > 0 {
				found = end
				break
			}
			if s.barrier(k) {
				break
			}
		}
		if found < 0 && n == 1 && s.passiveAt(i) && s.inSubject(i, e) {
			m.score += 2 // "the hostages were released": the object is the subject
			continue
		}
		if found < 0 {
			if e.opt {
				continue
			}
			return m, false
		}
		m.score += 2 * (found - k0(pos, found, s, e))
		pos = found
	}
	// words before the anchor, nearest first, at most two words apart
	left := i
	for n := range p.pre {
		e := &p.pre[n]
		found := -1
		for k := left - 1; k >= 0 && k >= left-3; k-- {
			for _, run := range e.alts {
				st := k - len(run) + 1
				if st < 0 {
					continue
				}
				ok := true
				for q, w := range run {
					if !s.wordAt(st+q, w) {
						ok = false
						break
					}
				}
				if ok {
					found = st
					break
				}
			}
			if found >= 0 || s.barrier(k) {
				break
			}
		}
		if found < 0 {
			if e.opt {
				continue
			}
			return m, false
		}
		m.score += 2
		left = found
	}
	m.start, m.end = left, pos
	return m, true
}

// k0 is where the run of e ending at end starts: the words it matched are
// what the match scores.
func k0(pos, end int, s *sentence, e *elem) int {
	best := end - 1
	for _, run := range e.alts {
		st := end - len(run)
		if st >= pos && st < best && s.runAt(st, e) == end {
			best = st
		}
	}
	return best
}

// passiveAt reports token i heading a passive verb group.
func (s *sentence) passiveAt(i int) bool {
	t := &s.toks[i]
	return t.vg >= 0 && s.vgs[t.vg].passive
}

// inSubject reports words of e in the noun phrase before the passive verb
// group headed at i.
func (s *sentence) inSubject(i int, e *elem) bool {
	g := &s.vgs[s.toks[i].vg]
	end := s.skipBack(g.start - 1)
	a := s.chunkLeft(end)
	if a < 0 {
		return false
	}
	for k := a; k <= end; k++ {
		if s.runAt(k, e) > 0 {
			return true
		}
	}
	return false
}
