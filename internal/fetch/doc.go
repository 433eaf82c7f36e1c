// Package fetch downloads an article page for `attache analyze URL`.
//
// It consumes a URL string and produces a Page: the final URL after redirects,
// the Content-Type and Last-Modified headers, and the raw body bytes,
// gzip-decoded but not charset-decoded or parsed. Turning those bytes into an
// article is the job of internal/extract.
//
// A Fetcher built with New is safe for concurrent use. Every fetch is bounded:
// only http and https URLs (also for redirect targets), one timeout for the
// whole request including the body, a body size limit, a redirect limit, and a
// refusal of content types that cannot be articles (images, video, audio,
// archives, binary data). Each limit fails the fetch with an error rather than
// returning a partial page.
//
// Errors always name the URL ("GET https://example.com/x: 404 Not Found"; after
// a redirect, "GET https://example.com/x -> https://example.com/y: ...") and
// wrap the underlying error. Each kind of refusal matches a sentinel with
// errors.Is (ErrScheme, ErrInvalidURL, ErrTooLarge, ErrTooManyRedirects,
// ErrNotArticle); HTTP status failures are a *StatusError.
package fetch
