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
	info := whatlanggo.Detect(text)
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
	return words >= 8 && hits*6 >= words // a sixth; German or French texts have almost none of these
}
