package server

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"
)

func loadSpec(t *testing.T) *openapi3.T {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openAPI)
	if err != nil {
		t.Fatalf("openapi.json does not load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.json is not a valid OpenAPI 3 document: %v", err)
	}
	return doc
}

// Every route the server registers is documented, and every documented
// operation is a route.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := loadSpec(t)
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented[method+" "+path] = true
		}
	}
	registered := map[string]bool{}
	for _, rt := range routes {
		registered[rt.method+" "+rt.path] = true
	}
	for k := range registered {
		if !documented[k] {
			t.Errorf("route %s is not in openapi.json", k)
		}
	}
	for k := range documented {
		if !registered[k] {
			t.Errorf("openapi.json documents %s, which the server does not answer", k)
		}
	}
	// the served document is the embedded one
	ts := demoServer(t)
	resp, err := http.Get(ts.URL + "/api/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Equal(b, openAPI) {
		t.Error("/api/v1/openapi.json is not openapi.json")
	}
}

// Every documented operation answers real requests, and its answers (good
// and bad) match the schemas of the document.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadSpec(t)
	doc.Servers = nil // match requests to any host
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	ts := demoServer(t)
	var arts struct {
		Articles []struct{ ID string } `json:"articles"`
	}
	ts.get(t, "/api/v1/articles?q=hotline&limit=1", &arts)
	if len(arts.Articles) == 0 {
		t.Fatal("no article to ask for")
	}
	id := arts.Articles[0].ID

	type call struct {
		method, target, ctype, body string
		status                      int
	}
	calls := []call{
		{"GET", "/healthz", "", "", 200},
		{"GET", "/api/v1/openapi.json", "", "", 200},
		{"GET", "/api/v1/stats", "", "", 200},
		{"GET", "/api/v1/articles?q=talks&from=2020-01-01&to=2025-12-31&limit=3", "", "", 200},
		{"GET", "/api/v1/articles?actor=CHN&limit=2", "", "", 200},
		{"GET", "/api/v1/articles?from=soon", "", "", 400},
		{"GET", "/api/v1/articles/" + id, "", "", 200},
		{"GET", "/api/v1/articles/nope", "", "", 404},
		{"GET", "/api/v1/events?dyad=USA-CHN&limit=20", "", "", 200},
		{"GET", "/api/v1/events?actor=USA&cameo=04&quad=1&distinct=1&limit=5", "", "", 200},
		{"GET", "/api/v1/events?limit=-1", "", "", 400},
		{"GET", "/api/v1/timeline?dyad=USA-CHN&bucket=month", "", "", 200},
		{"GET", "/api/v1/timeline?dyad=USA", "", "", 400},
		{"GET", "/api/v1/quotes?speaker=Biden&limit=5", "", "", 200},
		{"GET", "/api/v1/quotes?actor=USA", "", "", 200},
		{"GET", "/api/v1/quotes?limit=x", "", "", 400},
		{"GET", "/api/v1/actors/USA", "", "", 200},
		{"GET", "/api/v1/actors/QQQ", "", "", 404},
		{"GET", "/api/v1/actors/Q-Q", "", "", 400},
		{"POST", "/api/v1/analyze", "application/json", `{"text": "China and India agreed on Friday to resume border talks in Beijing.", "published": "2024-05-03"}`, 200},
		{"POST", "/api/v1/analyze", "text/plain", "Kenya's president visited Ethiopia on Tuesday.", 200},
		{"POST", "/api/v1/analyze", "application/json", `{"html": 3}`, 400},
		{"POST", "/api/v1/analyze", "application/pdf", `%PDF`, 415},
	}
	answered := map[string]bool{}
	for _, c := range calls {
		req, _ := http.NewRequest(c.method, ts.URL+c.target, strings.NewReader(c.body))
		if c.ctype != "" {
			req.Header.Set("Content-Type", c.ctype)
		}
		route, pathParams, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("%s %s: not in the document: %v", c.method, c.target, err)
			continue
		}
		answered[c.method+" "+route.Path] = true
		in := &openapi3filter.RequestValidationInput{
			Request: req, PathParams: pathParams, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc},
		}
		if c.status < 300 {
			// the good requests are valid by the document too
			if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
				t.Errorf("%s %s: the document rejects the request: %v", c.method, c.target, err)
			}
			req.Body = io.NopCloser(strings.NewReader(c.body))
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status {
			t.Errorf("%s %s: %d, want %d: %.200s", c.method, c.target, resp.StatusCode, c.status, body)
			continue
		}
		out := &openapi3filter.ResponseValidationInput{
			RequestValidationInput: in, Status: resp.StatusCode, Header: resp.Header,
			Options: &openapi3filter.Options{IncludeResponseStatus: true},
		}
		out.SetBodyBytes(body)
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			t.Errorf("%s %s: the answer does not match the document: %v", c.method, c.target, short(err))
		}
	}
	var missing []string
	for _, rt := range routes {
		if !answered[rt.method+" "+rt.path] {
			missing = append(missing, rt.method+" "+rt.path)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("documented operations not exercised: %v", missing)
	}
}

func short(err error) string {
	s := err.Error()
	if len(s) > 600 {
		s = s[:600] + "..."
	}
	return s
}
