package server

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/store"
)

// Config is what a Server serves.
type Config struct {
	Store    store.Store       // required
	Pipeline *attache.Pipeline // analyses POSTed articles; nil: POST /api/v1/analyze answers 503
	// Token, when not empty, is required as "Authorization: Bearer TOKEN" on
	// every write endpoint (POST).
	Token string
	// MaxBody caps a request body in bytes; 0 means 8 MiB.
	MaxBody int64
	// Workers caps analyses run at once; 0 means GOMAXPROCS.
	Workers int
	// Logger gets one line per failed request (5xx); nil discards.
	Logger *slog.Logger
}

// Server answers the JSON API and serves the web UI. It is an http.Handler,
// safe for concurrent use.
type Server struct {
	cfg  Config
	mux  *http.ServeMux
	sem  chan struct{}
	log  *slog.Logger
	spec []byte // the OpenAPI document
}

//go:embed web
var webFS embed.FS

//go:embed openapi.json
var openAPI []byte

// route is one API endpoint. The table is the single list the mux, the
// method check and the OpenAPI test read.
type route struct {
	method, path string
	h            func(*Server, http.ResponseWriter, *http.Request) error
}

var routes = []route{
	{"GET", "/healthz", (*Server).healthz},
	{"GET", "/api/v1/openapi.json", (*Server).openapi},
	{"GET", "/api/v1/articles", (*Server).articles},
	{"GET", "/api/v1/articles/{id}", (*Server).article},
	{"GET", "/api/v1/events", (*Server).events},
	{"GET", "/api/v1/timeline", (*Server).timeline},
	{"GET", "/api/v1/quotes", (*Server).quotes},
	{"GET", "/api/v1/actors/{code}", (*Server).actor},
	{"GET", "/api/v1/stats", (*Server).stats},
	{"POST", "/api/v1/analyze", (*Server).analyze},
}

// uiPages are the web UI's paths: each serves the same page, whose script
// reads the path.
var uiPages = []string{"/{$}", "/events", "/search", "/article/{id}", "/actor/{code}"}

// New builds a Server over cfg.Store.
func New(cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 8 << 20
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), sem: make(chan struct{}, cfg.Workers), log: cfg.Logger, spec: openAPI}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	methods := map[string][]string{}
	for _, rt := range routes {
		h := rt.h
		s.mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) {
			s.serveAPI(w, r, h)
		})
		methods[rt.path] = append(methods[rt.path], rt.method)
	}
	// the same paths without a method answer 405 in JSON
	for path, ms := range methods {
		allow := strings.Join(ms, ", ")
		if strings.Contains(allow, "GET") {
			allow += ", HEAD"
		}
		s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use "+allow)
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path+" (see /api/v1/openapi.json)")
	})

	web, _ := fs.Sub(webFS, "web")
	page, _ := fs.ReadFile(web, "index.html")
	for _, p := range uiPages {
		s.mux.HandleFunc("GET "+p, func(w http.ResponseWriter, r *http.Request) {
			setSecurityHeaders(w)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			w.Write(page)
		})
	}
	static := http.StripPrefix("/static/", http.FileServerFS(web))
	s.mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setSecurityHeaders(w)
		w.Header().Set("Cache-Control", "no-cache")
		static.ServeHTTP(w, r)
	}))
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func setSecurityHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
}

// serveAPI runs one API handler: a panic or an unexpected error is a JSON
// 500 (logged), a badRequest a 400, store.ErrNotFound a 404.
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request, h func(*Server, http.ResponseWriter, *http.Request) error) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
			writeError(w, http.StatusInternalServerError, "internal error (the server's log has it)")
		}
	}()
	err := h(s, w, r)
	if err == nil {
		return
	}
	var bad *badRequest
	var he *httpError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &bad):
		writeError(w, http.StatusBadRequest, bad.msg)
	case errors.As(err, &he):
		writeError(w, he.status, he.msg)
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, "request body over the limit of "+byteSize(tooBig.Limit))
	case errors.Is(err, store.ErrInvalid):
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, context.Canceled):
		// the client went away; nobody reads the answer
		writeError(w, 499, "request canceled")
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "timed out")
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error (the server's log has it)")
	}
}

// httpError is an error with its own status.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"encoding the answer failed"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

// authorize checks the bearer token of a write request.
func (s *Server) authorize(r *http.Request) error {
	if s.cfg.Token == "" {
		return nil
	}
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.cfg.Token)) != 1 {
		return &httpError{http.StatusUnauthorized, "this server needs \"Authorization: Bearer TOKEN\" on write requests"}
	}
	return nil
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return itoa(n>>10) + " KiB"
	}
	return itoa(n) + " bytes"
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// queryTimeout bounds one store query.
const queryTimeout = 10 * time.Second
