package extract

import (
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// Language guesses the ISO 639-1 code of a body text from its trigrams
// (whatlanggo, the detector go-trafilatura uses), or "" when the text is too
// short or the guess unsure. It reads at most the first 4 KB.
func Language(text string) string {
	if len(text) > 4096 {
		text = text[:4096]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	if utf8.RuneCountInString(text) < 40 {
		return ""
	}
	info := whatlanggo.Detect(text)
	if info.Confidence < 0.5 {
		return ""
	}
	return info.Lang.Iso6391()
}
