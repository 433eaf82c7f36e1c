package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/extract"
	"github.com/attache-news/attache/internal/store"
)

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.RawQuery).err; err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Write(s.spec)
	return nil
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.RawQuery).err; err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	st, err := s.cfg.Store.Stats(ctx)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

// page is a list answer: the rows under their name, and the cursor of the
// next page ("" on the last page).
func page[T any](name string, rows []T, limit int, cursor func(T) string) map[string]any {
	if rows == nil {
		rows = []T{}
	}
	next := ""
	if limit > 0 && len(rows) >= limit {
		next = cursor(rows[len(rows)-1])
	}
	return map[string]any{name: rows, "next": next}
}

func (s *Server) articles(w http.ResponseWriter, r *http.Request) error {
	q, err := parseArticles(r.URL.RawQuery)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	rows, err := s.cfg.Store.Articles(ctx, q)
	if err != nil && q.Text != "" && badSearch(err) {
		return badf("q: the search %q could not be read: use words, \"a phrase\", OR between words", clip(q.Text))
	}
	if err != nil {
		return storeErr(err)
	}
	writeJSON(w, http.StatusOK, page("articles", rows, q.Limit, articleCursor))
	return nil
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.RawQuery).err; err != nil {
		return err
	}
	id := r.PathValue("id")
	if err := checkID(id); err != nil {
		return &badRequest{err.Error()}
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	d, err := s.cfg.Store.Article(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return &httpError{http.StatusNotFound, fmt.Sprintf("no article %q", clip(id))}
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	q, err := parseEvents(r.URL.RawQuery)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	rows, err := s.cfg.Store.Events(ctx, q)
	if err != nil {
		return storeErr(err)
	}
	writeJSON(w, http.StatusOK, page("events", rows, q.Limit, eventCursor))
	return nil
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) error {
	q, err := parseTimeline(r.URL.RawQuery)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	rows, err := s.cfg.Store.Timeline(ctx, q)
	if err != nil {
		return storeErr(err)
	}
	if rows == nil {
		rows = []store.Bucket{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"bucket": q.Bucket, "buckets": rows})
	return nil
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuotes(r.URL.RawQuery)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	rows, err := s.cfg.Store.Quotes(ctx, q)
	if err != nil {
		return storeErr(err)
	}
	writeJSON(w, http.StatusOK, page("quotes", rows, q.Limit, quoteCursor))
	return nil
}

func (s *Server) actor(w http.ResponseWriter, r *http.Request) error {
	if err := newParams(r.URL.RawQuery).err; err != nil {
		return err
	}
	code, err := parseCode(r.PathValue("code"))
	if err != nil {
		return &badRequest{err.Error()}
	}
	ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
	defer cancel()
	a, err := s.cfg.Store.Actor(ctx, code)
	if errors.Is(err, store.ErrNotFound) {
		return &httpError{http.StatusNotFound, fmt.Sprintf("no actor %q in the archive", code)}
	}
	if err != nil {
		return err
	}
	if a.Names == nil {
		a.Names = []string{}
	}
	if a.Roles == nil {
		a.Roles = []store.RoleSpan{}
	}
	if a.Partners == nil {
		a.Partners = []store.Partner{}
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// analyzeRequest is the JSON form of POST /api/v1/analyze.
type analyzeRequest struct {
	Text      string `json:"text"`
	HTML      string `json:"html"`
	URL       string `json:"url"`
	Published string `json:"published"`
	As        string `json:"as"` // "text" (default for text) or "page"
}

func (s *Server) analyze(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	p := newParams(r.URL.RawQuery, "store")
	keep := false
	if p.err == nil {
		keep = p.flag("store")
	}
	if p.err != nil {
		return p.err
	}
	if s.cfg.Pipeline == nil {
		return &httpError{http.StatusServiceUnavailable, "this server does not analyse articles"}
	}
	src, err := s.readSource(w, r)
	if err != nil {
		return err
	}

	// analyses are CPU-bound: run at most Workers at once
	select {
	case s.sem <- struct{}{}:
	case <-r.Context().Done():
		return r.Context().Err()
	}
	d, err := func() (d *document.Document, err error) {
		defer func() { <-s.sem }()
		defer func() {
			if v := recover(); v != nil {
				err = fmt.Errorf("analysis failed: %v", v)
			}
		}()
		return s.cfg.Pipeline.Analyze(r.Context(), src)
	}()
	if errors.Is(err, extract.ErrEmpty) {
		return &httpError{http.StatusUnprocessableEntity, "the article is empty"}
	}
	if err != nil {
		return err
	}
	status := http.StatusOK
	if keep {
		ctx, cancel := context.WithTimeout(r.Context(), queryTimeout)
		defer cancel()
		res, err := s.cfg.Store.Put(ctx, d)
		if err != nil {
			return err
		}
		w.Header().Set("Location", "/api/v1/articles/"+res.ID)
		w.Header().Set("X-Attache-Stored", res.ID)
		if res.DuplicateOf != "" {
			w.Header().Set("X-Attache-Duplicate-Of", res.DuplicateOf)
		}
		if res.Added {
			status = http.StatusCreated
		}
	}
	writeJSON(w, status, d)
	return nil
}

// readSource reads the POSTed article: a JSON object, or the raw page as
// text/html or text/plain.
func (s *Server) readSource(w http.ResponseWriter, r *http.Request) (attache.Source, error) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return attache.Source{}, &httpError{http.StatusUnsupportedMediaType, "no Content-Type: send application/json ({\"text\" or \"html\", \"url\", \"published\"}), text/html or text/plain"}
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return attache.Source{}, &httpError{http.StatusUnsupportedMediaType, "malformed Content-Type " + clip(ct)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	if err != nil {
		return attache.Source{}, err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return attache.Source{}, &badRequest{"empty body: send the article"}
	}
	switch mt {
	case "application/json":
		var req analyzeRequest
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return attache.Source{}, badf("body is not the JSON expected ({\"text\" or \"html\", \"url\", \"published\", \"as\"}): %v", err)
		}
		if dec.More() {
			return attache.Source{}, badf("body holds more than one JSON value")
		}
		if (req.Text == "") == (req.HTML == "") {
			return attache.Source{}, badf("give exactly one of \"text\" and \"html\"")
		}
		if _, _, err := parseDate(req.Published); err != nil {
			return attache.Source{}, badf("published: %v", err)
		}
		if len(req.URL) > 2000 {
			return attache.Source{}, badf("url of %d bytes; the limit is 2000", len(req.URL))
		}
		src := attache.Source{Input: "api", URL: req.URL, Published: req.Published}
		switch {
		case req.HTML != "":
			if req.As != "" {
				return attache.Source{}, badf("\"as\" applies to \"text\" only")
			}
			src.As, src.Data = "html", []byte(req.HTML)
		default:
			switch req.As {
			case "", "text":
				src.As = "text"
			case "page":
				src.As = "page"
			default:
				return attache.Source{}, badf("as: %q; want text or page", clip(req.As))
			}
			src.Data = []byte(req.Text)
		}
		return src, nil
	case "text/html", "application/xhtml+xml":
		return attache.Source{Input: "api", As: "html", ContentType: ct, Data: body}, nil
	case "text/plain":
		// page text (title, date and share lines around the body) or clean text
		as, err := extract.Sniff(body)
		if err != nil {
			return attache.Source{}, &httpError{http.StatusUnprocessableEntity, "body is not text: " + err.Error()}
		}
		if as != "page" {
			as = "text"
		}
		return attache.Source{Input: "api", As: as, ContentType: ct, Data: body}, nil
	}
	return attache.Source{}, &httpError{http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type %s not accepted: send application/json, text/html or text/plain", clip(mt))}
}

// storeErr turns a store's complaint about the query itself
// (store.ErrInvalid) into a 400.
func storeErr(err error) error {
	if errors.Is(err, store.ErrInvalid) {
		return &badRequest{err.Error()}
	}
	return err
}

// badSearch recognises SQLite's complaints about a full-text query that
// the store passed on as they are (not as store.ErrInvalid): the search
// text is the only part of the query the client wrote freely.
func badSearch(err error) bool {
	msg := err.Error()
	for _, s := range []string{"fts5", "no such column", "unterminated string", "malformed MATCH", "SQL logic error"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Cursors: the next page starts after the last row of this one.
func articleCursor(a store.ArticleSummary) string { return a.ID }
func eventCursor(e store.EventRow) string         { return fmt.Sprint(e.ID) }
func quoteCursor(q store.QuoteRow) string         { return fmt.Sprint(q.ID) }
