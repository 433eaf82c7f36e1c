// Package server is attache's HTTP face: a JSON API over a store.Store and
// the web UI, both served by one http.Handler.
//
// It consumes a store.Store (the archive of analysed Documents) and an
// *attache.Pipeline (to analyse articles POSTed to it), and produces JSON
// answers and HTML pages:
//
//	GET  /healthz                 ready check
//	GET  /api/v1/articles         full-text search of articles
//	GET  /api/v1/articles/{id}    one Document
//	GET  /api/v1/events           coded events, filtered
//	GET  /api/v1/timeline         events counted by day, week or month
//	GET  /api/v1/quotes           quotations, by speaker
//	GET  /api/v1/actors/{code}    an actor's names, roles, partners
//	GET  /api/v1/stats            counts
//	POST /api/v1/analyze          analyse (and with ?store=1 store) an article
//	GET  /api/v1/openapi.json     the OpenAPI 3 document of all of the above
//	GET  /, /events, /search, /article/{id}, /actor/{code}   the web UI
//
// Requests are read strictly: an unknown parameter, a bad date, code or
// limit is a 400 with a message saying what is wanted; every error is JSON
// {"error": "..."}. The web UI (web/) is plain HTML, CSS and JavaScript
// modules with uPlot vendored by scripts/vendor-ui.sh, embedded in the binary.
package server
