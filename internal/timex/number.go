package timex

import "strconv"

// vague is the quantity of "several", "a few", "some": written X.
const vague = -1.0

// number parses a cardinal quantity at token i: digits ("2", "2.5",
// "1,000", "2 1/2"), words ("twenty-four", "a hundred thirty", "seven and a
// half"), "a"/"an" (one), "a couple of" (two) or a vague quantity ("several",
// "a few": vague). It returns the value and the token after it.
func (p *parser) number(i int) (float64, int, bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := &p.toks[i]
	switch t.kind {
	case kNum:
		v, ok := plainNumber(t.low)
		if !ok {
			if f, ok := fraction(t.low); ok {
				return f, i + 1, true
			}
			return 0, i, false
		}
		j := i + 1
		// "2 1/2"
		if p.kind(j) == kNum {
			if f, ok := fraction(p.toks[j].low); ok && v == float64(int64(v)) {
				return v + f, j + 1, true
			}
		}
		// "7.5 million" is not a time; "2 hundred" rare: leave alone.
		return p.andAHalf(v, j)
	case kWord:
	default:
		return 0, i, false
	}
	switch t.low {
	case "a", "an":
		switch p.low(i + 1) {
		case "few":
			return vague, i + 2, true
		case "couple":
			if p.low(i+2) == "of" {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		case "dozen":
			return 12, i + 2, true
		case "half":
			return 0.5, i + 2, true
		case "hundred", "thousand":
			return p.cardinal(i + 1)
		case "number":
			if p.low(i+2) == "of" {
				return vague, i + 3, true
			}
		}
		return 1, i + 1, true
	case "half":
		if w := p.low(i + 1); w == "a" || w == "an" {
			return 0.5, i + 2, true
		}
		return 0, i, false
	case "few", "several", "many", "numerous":
		return vague, i + 1, true
	case "some":
		return vague, i + 1, true
	case "couple":
		if p.low(i+1) == "of" {
			return 2, i + 2, true
		}
		return 0, i, false
	case "dozens", "hundreds", "thousands":
		if p.low(i+1) == "of" {
			return vague, i + 2, true
		}
		return 0, i, false
	}
	if t.lx != nil && t.lx.isCard {
		return p.cardinal(i)
	}
	return 0, i, false
}

// cardinal parses number words: "twenty-four", "one hundred and thirty",
// "two thousand", with an optional "and a half".
func (p *parser) cardinal(i int) (float64, int, bool) {
	total, cur := 0.0, 0.0
	j := i
	any := false
	lastSmall := false                // the previous word was below a hundred
	for j < len(p.toks) && j-i < 12 { // a number is a few words; a long run is no number
		t := &p.toks[j]
		if t.kind == kPunct && t.low == "-" && any && !t.space && j+1 < len(p.toks) && !p.toks[j+1].space {
			if l := p.toks[j+1].lx; l != nil && l.isCard && l.card < 10 && l.card > 0 && lastSmall && int(cur)%10 == 0 && cur >= 20 {
				cur += l.card
				j += 2
				continue
			}
			break
		}
		if t.low == "and" && any && j+1 < len(p.toks) {
			// "a hundred and twenty"; "seven and a half" is handled below
			if l := p.toks[j+1].lx; l != nil && l.isCard && l.card < 100 && cur >= 100 {
				j++
				continue
			}
			break
		}
		l := t.lx
		if t.kind != kWord || l == nil || !l.isCard {
			if t.low == "a" && !any {
				cur = 1
				any = true
				j++
				continue
			}
			break
		}
		switch v := l.card; {
		case v == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			lastSmall = false
		case v >= 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * v
			cur = 0
			lastSmall = false
		case v == 12 && t.low == "dozen":
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		default:
			if any && lastSmall {
				// "twenty four": tens then units; anything else ends the number
				if !(int(cur)%10 == 0 && cur >= 20 && v < 10 && int(cur)%100 != 0) {
					return p.andAHalf(total+cur, j)
				}
			}
			cur += v
			lastSmall = true
		}
		any = true
		j++
	}
	if !any {
		return 0, i, false
	}
	return p.andAHalf(total+cur, j)
}

// andAHalf adds "and a half" after a number.
func (p *parser) andAHalf(v float64, j int) (float64, int, bool) {
	if p.low(j) == "and" && p.low(j+1) == "a" && p.low(j+2) == "half" {
		return v + 0.5, j + 3, true
	}
	return v, j, true
}

// plainNumber parses "12", "1,000", "2.5".
func plainNumber(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 12 {
		return 0, false
	}
	var b [16]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c) || c == '.':
			b[n] = c
			n++
		case c == ',':
		default:
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(string(b[:n]), 64)
	return v, err == nil
}

// fraction parses "1/2", "1/4", "3/4".
func fraction(s string) (float64, bool) {
	switch s {
	case "1/2":
		return 0.5, true
	case "1/4":
		return 0.25, true
	case "3/4":
		return 0.75, true
	}
	return 0, false
}

// atoi parses a string of ASCII digits; -1 when it is not one.
func atoi(s string) int {
	if len(s) == 0 || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
