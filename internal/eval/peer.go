//go:build peer

package eval

import (
	"net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// Trafilatura runs go-trafilatura alone, with its fallback extractors, on a
// page: the peer attache's extraction is compared with.
func Trafilatura(page, pageURL string) Prediction {
	opts := trafilatura.Options{EnableFallback: true}
	if u := parseURL(pageURL); u != nil {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(strings.NewReader(page), opts)
	if err != nil || res == nil {
		msg := "no result"
		if err != nil {
			msg = err.Error()
		}
		return Prediction{Error: msg}
	}
	p := Prediction{Title: res.Metadata.Title, Text: res.ContentText}
	if !res.Metadata.Date.IsZero() {
		p.Published = res.Metadata.Date.Format("2006-01-02")
	}
	if res.Metadata.Author != "" {
		p.Authors = strings.Split(res.Metadata.Author, ";")
	}
	return p
}

func parseURL(s string) *url.URL {
	u, err := url.ParseRequestURI(s)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}
