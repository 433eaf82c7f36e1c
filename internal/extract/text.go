package extract

import (
	"strings"

	"github.com/attache-news/attache/document"
)

// Text takes clean body text as it is: line endings are unified, trailing
// spaces and runs of blank lines are tidied, and nothing is removed.
func Text(s string, d *document.Document) {
	d.Text = tidyParagraphs(s)
	if d.Text == "" {
		d.Warn("text: the input holds no text")
	}
}

// tidyParagraphs unifies line endings to \n, trims each line's trailing
// blanks and the text's ends, and leaves exactly one blank line between
// paragraphs.
func tidyParagraphs(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " \t\u00a0\f\v")
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return strings.TrimSpace(b.String())
}
