package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// Language guesses the ISO 639-1 code of a body text, or "" when the text is
// too short or the guess unsure. English, most of attache's input, is
// recognised by its commonest words; other texts by whatlanggo's trigram
// profiles (the detector go-trafilatura uses) over their first kilobyte.
func Language(text string) string {
	if len(text) > 1024 {
		text = text[:1024]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	if utf8.RuneCountInString(text) < 40 {
		return ""
	}
	if looksEnglish(text) {
		return "en"
	}
	// trigram statistics need far less text than the function-word count
	if len(text) > 512 {
		text = text[:512]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	info := whatlanggo.DetectWithOptions(text, newsLanguages)
	if info.Confidence < 0.5 {
		return ""
	}
	return info.Lang.Iso6391()
}

// looksEnglish: English function words make up a good share of the words.
func looksEnglish(text string) bool {
	words, hits := 0, 0
	for w := range strings.FieldsSeq(text) {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue // scores, dates and figures say nothing of the language
		}
		words++
		switch strings.ToLower(strings.Trim(w, `.,;:!?"'()`)) {
		case "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "he", "it", "by", "as", "at",
			"will", "has", "have", "are", "were", "from", "after", "his", "their", "not", "but", "this", "which", "who",
			"against", "during", "over", "its", "would", "been", "be", "an", "or", "they", "she", "her":
			hits++
		}
	}
	if words < 8 {
		return false
	}
	// a sixth; German or French texts have almost none of these. A text of
	// ASCII letters alone (most other Latin-script languages have accents)
	// needs half that: results tables and lists are English too
	return hits*6 >= words || hits*12 >= words && asciiLetters(text)
}

// newsLanguages are the languages trigram detection chooses among: those of
// most of the world's news. Comparing a text with fewer profiles is faster
// (it was the dearest step of reading a plain text) and confuses fewer
// neighbours (Danish with Norwegian Nynorsk).
var newsLanguages = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Fra: true, whatlanggo.Deu: true, whatlanggo.Spa: true, whatlanggo.Por: true,
	whatlanggo.Ita: true, whatlanggo.Nld: true, whatlanggo.Pol: true, whatlanggo.Tur: true, whatlanggo.Ind: true,
	whatlanggo.Vie: true, whatlanggo.Swe: true, whatlanggo.Dan: true, whatlanggo.Nob: true, whatlanggo.Fin: true,
	whatlanggo.Ces: true, whatlanggo.Ron: true, whatlanggo.Hun: true, whatlanggo.Hrv: true, whatlanggo.Tgl: true,
	whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Bul: true, whatlanggo.Srp: true,
	whatlanggo.Arb: true, whatlanggo.Pes: true, whatlanggo.Urd: true,
	whatlanggo.Hin: true, whatlanggo.Mar: true, whatlanggo.Nep: true,
	whatlanggo.Cmn: true, whatlanggo.Jpn: true, whatlanggo.Kor: true, whatlanggo.Ell: true, whatlanggo.Heb: true,
	whatlanggo.Tha: true,
}}

// asciiLetters reports whether every letter of text is an ASCII letter.
func asciiLetters(text string) bool {
	for _, r := range text {
		if r >= 0x80 && unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
