package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// lineGen is a jsonl batch of n short articles made on the fly: it never
// holds more than one line.
type lineGen struct {
	n, next int
	buf     []byte
}

func lineID(i int) string { return fmt.Sprintf("L%07d", i) }

func (g *lineGen) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.next == g.n {
			return 0, io.EOF
		}
		g.buf = fmt.Appendf(g.buf[:0], `{"id":%q,"text":"Line %d says the river rose by %d centimetres overnight. Crews watched the banks until morning."}`+"\n",
			lineID(g.next), g.next, g.next%97)
		g.next++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// idChecker is an output that checks, line by line as it is written, that
// the Documents come in input order, and keeps nothing else.
type idChecker struct {
	partial []byte
	lines   int
	bad     string // the first problem
}

func (c *idChecker) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			c.partial = append(c.partial, p...)
			break
		}
		line := p[:i]
		if len(c.partial) > 0 {
			line = append(c.partial, line...)
			c.partial = c.partial[:0]
		}
		if want := `{"id":"` + lineID(c.lines) + `",`; c.bad == "" && !bytes.HasPrefix(line, []byte(want)) {
			c.bad = fmt.Sprintf("output line %d is %.80s, want it to start %s", c.lines, line, want)
		}
		c.lines++
		p = p[i+1:]
	}
	return n, nil
}

func TestAnalyzeStreamOrder(t *testing.T) {
	n := 20000
	if raceEnabled {
		n = 4000
	}
	out := &idChecker{}
	var errb strings.Builder
	code := run([]string{"analyze", "--as", "jsonl", "--workers", "4"}, &lineGen{n: n}, out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if out.bad != "" {
		t.Fatal(out.bad)
	}
	if out.lines != n || len(out.partial) != 0 {
		t.Errorf("%d lines out (%d bytes left unended), want %d", out.lines, len(out.partial), n)
	}
}

// A million lines go through in constant memory: the heap in use, sampled
// while they stream, stays far below what holding them would take.
func TestAnalyzeStreamMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a million documents: not with -short or -race")
	}
	const n = 1_000_000
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	// the collector lets the heap reach twice what is live before it runs;
	// holding the stream would take gigabytes
	limit := 2*base.HeapInuse + 100<<20

	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				if m.HeapInuse > peak.Load() {
					peak.Store(m.HeapInuse)
				}
			}
		}
	}()
	start := time.Now()
	out := &idChecker{}
	var errb strings.Builder
	code := run([]string{"analyze", "--as", "jsonl", "--workers", "4"}, &lineGen{n: n}, out, &errb)
	close(stop)
	wg.Wait()
	elapsed := time.Since(start)

	if code != 0 {
		t.Fatalf("exit %d: %.500s", code, errb.String())
	}
	if out.bad != "" {
		t.Fatal(out.bad)
	}
	if out.lines != n {
		t.Errorf("%d lines out, want %d", out.lines, n)
	}
	p := peak.Load()
	t.Logf("%d lines in %v (%.0f lines/s); heap in use: %.1f MB before, %.1f MB at peak",
		n, elapsed.Round(time.Millisecond), n/elapsed.Seconds(), float64(base.HeapInuse)/(1<<20), float64(p)/(1<<20))
	if p > limit {
		t.Errorf("peak heap in use %.1f MB, over %d MB: memory grows with the stream", float64(p)/(1<<20), limit>>20)
	}
}
