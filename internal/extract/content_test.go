package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// A page that scrolls on into the next stories, each in its own <article>
// inside one container named like a story's: only the first story is the
// page's.
func TestHTMLFeedPage(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Harbour dues rise again</title></head><body>` +
		`<main class="article-container feed">`)
	for i, topic := range []string{"harbour dues", "ferry timetables", "fishing quotas"} {
		fmt.Fprintf(&b, `<article class="post"><h1>Story %d on %s</h1><div class="article-body">`, i+1, topic)
		for j := range 12 {
			fmt.Fprintf(&b, "<p>Paragraph %d of the story on %s says the council met on Tuesday, heard the port authority and agreed to look at the figures again before the spring.</p>", j+1, topic)
		}
		b.WriteString(`</div></article>`)
	}
	b.WriteString(`</main></body></html>`)
	d := extractHTML([]byte(b.String()), "")
	if !strings.Contains(d.Text, "Paragraph 1 of the story on harbour dues") || !strings.Contains(d.Text, "Paragraph 12 of the story on harbour dues") {
		t.Errorf("the first story is not read whole:\n%s", d.Text)
	}
	if strings.Contains(d.Text, "ferry timetables") || strings.Contains(d.Text, "fishing quotas") {
		t.Errorf("the next stories joined the first:\n%s", d.Text)
	}
}

// A consent box whose tables of trackers hold more text than the story is
// still no part of it.
func TestHTMLConsentBox(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Lighthouse reopens</title></head><body><div id="SiteCookieBoxWrap"><div class="box">`)
	for i := range 30 {
		fmt.Fprintf(&b, "<p>Tracker %d stores the visitor's choices and the pages seen, for up to a year, for statistics and the measurement of reach.</p>", i+1)
	}
	b.WriteString(`</div></div><div class="article-body">`)
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d: the old lighthouse on the point reopened to visitors on Saturday after two years of repairs to its lantern and stairs.</p>", i+1)
	}
	b.WriteString(`</div></body></html>`)
	d := extractHTML([]byte(b.String()), "")
	if !strings.Contains(d.Text, "Paragraph 1: the old lighthouse") {
		t.Errorf("the story is lost:\n%s", d.Text)
	}
	if strings.Contains(d.Text, "Tracker") {
		t.Errorf("the consent box joined the story:\n%s", d.Text)
	}
}
