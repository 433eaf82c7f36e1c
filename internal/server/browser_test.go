package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/attache-news/attache/internal/store/sqlite"
)

// chromium finds a Chromium or Chrome binary: $ATTACHE_CHROMIUM, then the
// usual names on the PATH. "" when there is none.
func chromium() string {
	if p := os.Getenv("ATTACHE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is one headless Chromium for a test, with the page's uncaught
// exceptions and console.error calls collected.
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	exe := chromium()
	if exe == "" {
		t.Skip("no Chromium found (install Debian's chromium, or set ATTACHE_CHROMIUM)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.WindowSize(1280, 900),
		chromedp.DisableGPU,
		chromedp.Flag("lang", "en-US"),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root with its sandbox
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	b := &browser{ctx: ctx}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			// entries of the browser's own log (a 404 the page asked for
			// on purpose) have a Source; script errors have none
			// a blocked script or style (Content Security Policy) is
			// logged by the browser with the Source "security"
			if m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleError && (m.Source == "" || m.Source == "security") ||
				strings.Contains(m.Text, "Content Security Policy") {
				b.mu.Lock()
				b.errors = append(b.errors, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// check fails the test on the script errors the page reported.
func (b *browser) check(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.errors) > 0 {
		t.Fatalf("the page reported script errors: %s", strings.Join(b.errors, "; "))
	}
}

// do runs actions (a minute at most) and fails the test on an error or on
// a script error of the page.
func (b *browser) do(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
	b.check(t)
}

// eval evaluates a script expression in the page (awaiting a promise).
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%.80s: %v", expr, err)
	}
	b.check(t)
	return v
}

// ready waits until the UI has drawn the page of the current address.
func ready() chromedp.Action[chromedp.Void] {
	return chromedp.WaitReady(chromedp.CSS(`main[data-ready="1"]`))
}

// open loads a UI address afresh and waits for it to be drawn.
func open(url string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.Navigate(url), ready())
}

// screenshot writes the page to docs/NAME when ATTACHE_SCREENSHOTS is set.
func screenshot(t *testing.T, b *browser, name string) {
	if os.Getenv("ATTACHE_SCREENSHOTS") == "" {
		return
	}
	time.Sleep(300 * time.Millisecond)
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "..", "docs", name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", path, len(png))
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	ts := newTestServer(t, "")
	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	count := func(sel string) int {
		t.Helper()
		return eval[int](t, b, `document.querySelectorAll(`+jsString(sel)+`).length`)
	}

	t.Run("timeline", func(t *testing.T) {
		var api struct {
			Buckets []struct{ Events int } `json:"buckets"`
		}
		ts.get(t, "/api/v1/timeline?dyad=USA-CHN", &api)
		want, rows := 0, 0
		for _, x := range api.Buckets {
			want += x.Events
			if x.Events > 0 {
				rows++
			}
		}
		if want == 0 {
			t.Fatal("the demo corpus has no USA-CHN events to draw")
		}
		b.do(t, open(ts.URL+"/"), chromedp.WaitVisible(css(`.plot canvas`)))
		if n := count(`.plot canvas`); n == 0 {
			t.Error("no chart canvas")
		}
		shown := count(`#bucket-table tbody tr`)
		sum := eval[int](t, b, `[...document.querySelectorAll('#bucket-table tbody tr td:nth-child(2)')].reduce((s, td) => s + Number(td.textContent), 0)`)
		if shown != rows || sum != want {
			t.Errorf("table shows %d periods with %d events; the API has %d periods with %d", shown, sum, rows, want)
		}
		if title := eval[string](t, b, `document.querySelector('h1').textContent`); !strings.Contains(title, "USA") || !strings.Contains(title, "CHN") {
			t.Errorf("heading %q", title)
		}
		// the canvas has painted pixels, not only a blank box
		drawn := eval[int](t, b, `(() => { const c = document.querySelector('.plot canvas');
			const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
			let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })()`)
		if drawn < 1000 {
			t.Errorf("the chart canvas is nearly blank: %d painted pixels", drawn)
		}
		screenshot(t, b, "timeline.png")

		// another dyad and a month bucket through the form
		b.do(t,
			chromedp.SetValue(css(`input[name="a"]`), "usa"),
			chromedp.SetValue(css(`input[name="b"]`), "IRN"),
			chromedp.SetValue(css(`select[name="bucket"]`), "month"),
			chromedp.Click(css(`form.filters button[type="submit"]`)),
			chromedp.WaitReady(css(`main[data-ready="1"] #bucket-table`)))
		url := eval[string](t, b, `location.href`)
		if !strings.Contains(url, "dyad=USA-IRN") || !strings.Contains(url, "bucket=month") {
			t.Errorf("form went to %s", url)
		}
	})

	t.Run("events", func(t *testing.T) {
		// a CAMEO root with some events, fewer than a page
		var api struct {
			Events []struct{ Cameo string } `json:"events"`
		}
		root := ""
		for _, r := range []string{"17", "13", "12", "11", "16", "03", "05", "06", "04"} {
			ts.get(t, "/api/v1/events?cameo="+r+"&limit=100", &api)
			if n := len(api.Events); n > 1 && n < 100 {
				root = r
				break
			}
		}
		if root == "" {
			t.Fatal("no CAMEO root with 2 to 99 demo events")
		}
		b.do(t, open(ts.URL+"/events"))
		all := count(`#events-table tbody tr`)
		if count(`button.more`) != 1 {
			t.Error("no More button under a full page of events")
		}
		b.do(t,
			chromedp.SetValue(css(`input[name="cameo"]`), root),
			chromedp.Click(css(`form.filters button[type="submit"]`)),
			ready())
		url := eval[string](t, b, `location.href`)
		filtered := count(`#events-table tbody tr`)
		codes := eval[[]string](t, b, `[...document.querySelectorAll('#events-table tbody tr td:nth-child(3) a.code')].map(a => a.textContent)`)
		if !strings.Contains(url, "cameo="+root) {
			t.Errorf("filter address %s", url)
		}
		if filtered != len(api.Events) || filtered >= all {
			t.Errorf("%d rows unfiltered, %d with cameo %s; the API has %d", all, filtered, root, len(api.Events))
		}
		for _, c := range codes {
			if !strings.HasPrefix(c, root) {
				t.Errorf("row with CAMEO %s under the filter %s", c, root)
			}
		}
		// the quad filter, then the evidence link to the article
		b.do(t, open(ts.URL+"/events?dyad=USA-CHN&quad=4"))
		quads := eval[[]string](t, b, `[...document.querySelectorAll('#events-table tbody tr')].map(tr => tr.dataset.quad)`)
		if len(quads) == 0 {
			t.Error("no material-conflict USA-CHN events in the demo")
		}
		for _, q := range quads {
			if q != "4" {
				t.Errorf("row of quad %s under quad=4", q)
			}
		}
		// first reports only: the box is ticked, no row is a further report
		b.do(t, open(ts.URL+"/events?dyad=USA-CHN&distinct=1"))
		if !eval[bool](t, b, `document.querySelector('input[name="distinct"]').checked`) {
			t.Error("distinct=1 does not tick its box")
		}
		var dist struct {
			Events []struct {
				SameAs int64 `json:"same_as"`
			} `json:"events"`
		}
		ts.get(t, "/api/v1/events?dyad=USA-CHN&distinct=1&limit=100", &dist)
		for _, e := range dist.Events {
			if e.SameAs != 0 {
				t.Errorf("distinct=1 lists a further report of event %d", e.SameAs)
			}
		}
		if n := count(`#events-table tbody tr`); n != len(dist.Events) {
			t.Errorf("%d rows with distinct=1; the API has %d", n, len(dist.Events))
		}
		b.do(t, open(ts.URL+"/events?dyad=USA-CHN&quad=4"),
			chromedp.Click(css(`#events-table tbody tr td.evidence a`)),
			chromedp.WaitReady(css(`main[data-page="article"][data-ready="1"]`)))
		hash := eval[string](t, b, `location.hash`)
		if flashed := count(`.sent.flash.ev`); !strings.HasPrefix(hash, "#s-") || flashed != 1 {
			t.Errorf("evidence link went to %q, %d event sentences flashed; want the sentence, 1", hash, flashed)
		}
	})

	t.Run("article", func(t *testing.T) {
		if ts.unicode == "" {
			t.Fatal("no unicode article stored")
		}
		b.do(t, open(ts.URL+"/article/"+ts.unicode))
		ents := count(`#article-text .ent`)
		evs := count(`#article-text .sent.ev`)
		// every annotation's spans read exactly its text: the byte offsets
		// were converted right
		bad := eval[[]string](t, b, `(async () => {
			const d = await (await fetch('/api/v1/articles/' + location.pathname.split('/').pop())).json();
			const text = (k) => [...document.querySelectorAll('[data-k~="' + CSS.escape(k) + '"]')].map(e => e.textContent).join('');
			const bad = [];
			d.entities.forEach(e => e.mentions.forEach((m, j) => { if (text('m:' + e.id + ':' + j) !== m.text) bad.push(e.id + ':' + j + ' ' + m.text + ' != ' + text('m:' + e.id + ':' + j)); }));
			d.times.forEach((x, i) => { if (text('t:' + i) !== x.text) bad.push('time ' + x.text); });
			d.places.forEach((x, i) => { if (text('p:' + i) !== x.text) bad.push('place ' + x.text); });
			d.quotes.forEach((x, i) => { if (text('q:' + i) !== x.text) bad.push('quote ' + x.text); });
			if (document.getElementById('article-text').textContent.replace(/\s+/g, '') !== d.text.replace(/\s+/g, '')) bad.push('the text differs');
			return bad; })()`)
		var d struct {
			Text     string                   `json:"text"`
			Entities []any                    `json:"entities"`
			Events   []struct{ Sentence int } `json:"events"`
		}
		ts.get(t, "/api/v1/articles/"+ts.unicode, &d)
		seen := map[int]bool{}
		for _, e := range d.Events {
			seen[e.Sentence] = true
		}
		if ents < 4 {
			t.Errorf("%d entity spans", ents)
		}
		if len(seen) == 0 || evs != len(seen) {
			t.Errorf("%d event sentences highlighted; the Document has events in %d", evs, len(seen))
		}
		for _, s := range bad {
			t.Errorf("highlight: %s", s)
		}
		// pointing at an entity in the panel (a real mouse move) lights
		// its mentions up
		xy := eval[[]float64](t, b, `(() => { const el = document.querySelector('#p-entities ~ div button.item');
			el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)
		b.do(t, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, xy[0], xy[1]))
		if lit := count(`#article-text .hl`); lit == 0 {
			t.Error("pointing at an entity of the panel lit nothing")
		}

		// a demo article for the screenshot
		var list struct {
			Articles []struct {
				ID    string `json:"id"`
				Title string `json:"title"`
			} `json:"articles"`
		}
		ts.get(t, "/api/v1/articles?q=hotline&limit=5", &list)
		if len(list.Articles) == 0 {
			t.Fatal("no demo article mentions the hotline")
		}
		b.do(t, open(ts.URL+"/article/"+list.Articles[0].ID))
		if count(`#article-text .ent`) == 0 || count(`#article-text .sent.ev`) == 0 {
			t.Errorf("%s: no entity or event highlighted", list.Articles[0].Title)
		}
		screenshot(t, b, "article.png")
	})

	t.Run("hostile article", func(t *testing.T) {
		// an article whose text looks like markup and whose URL is a
		// script: shown as text, never run, never a link
		body := `{"text": "<script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\"> The leaders of Chile and Peru met in Lima on Monday.", "url": "javascript:window.pwned=3", "published": "2024-03-04"}`
		resp, err := http.Post(ts.URL+"/api/v1/analyze?store=1", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		id := resp.Header.Get("X-Attache-Stored")
		if resp.StatusCode != 201 || id == "" {
			t.Fatalf("storing: %s", resp.Status)
		}
		b.do(t, open(ts.URL+"/article/"+id))
		if v := eval[int](t, b, `window.pwned || 0`); v != 0 {
			t.Errorf("the article's text ran as script (%d)", v)
		}
		if n := count(`a[href^="javascript:"]`); n != 0 {
			t.Errorf("%d javascript: links", n)
		}
		if !strings.Contains(eval[string](t, b, `document.getElementById('article-text').textContent`), "<script>") {
			t.Error("the markup-like text is not shown as text")
		}
	})

	t.Run("actor and search", func(t *testing.T) {
		b.do(t, open(ts.URL+"/actor/CHN"))
		h1 := eval[string](t, b, `document.querySelector('h1').textContent`)
		partners := count(`ul.partners li`)
		rows := count(`#events-table tbody tr`)
		if !strings.Contains(h1, "CHN") || partners == 0 || rows == 0 {
			t.Errorf("actor page: heading %q, %d partners, %d events", h1, partners, rows)
		}
		b.do(t, open(ts.URL+"/"),
			chromedp.SetValue(css(`#top-q`), "tariffs"),
			chromedp.Submit(css(`#top-q`)),
			chromedp.WaitReady(css(`main[data-page="search"][data-ready="1"]`)))
		results := count(`#results li`)
		marks := count(`#results mark`)
		if results == 0 || marks == 0 {
			t.Errorf("search for tariffs: %d results, %d marked hits (%s)", results, marks, eval[string](t, b, `document.getElementById('search-status').textContent`))
		}
		b.do(t, open(ts.URL+"/article/no-such-id"))
		if h := eval[string](t, b, `document.querySelector('h1').textContent`); h != "No such article" {
			t.Errorf("missing article page says %q", h)
		}
	})
}

// jsString quotes s for a script.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// On an empty store the front page says how to fill it.
func TestBrowserEmpty(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	b := newBrowser(t)
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ts := httptest.NewServer(New(Config{Store: st}))
	defer ts.Close()
	b.do(t, open(ts.URL+"/"))
	if text := eval[string](t, b, `document.querySelector('.empty').textContent`); !strings.Contains(text, "attache ingest") {
		t.Errorf("empty store: %q", text)
	}
}
