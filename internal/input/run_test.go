package input

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/attache-news/attache/document"
)

// numbered yields n items named "0", "1", ... (n < 0: without end), calling
// onYield before each.
func numbered(n int, onYield func()) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for i := 0; n < 0 || i < n; i++ {
			if onYield != nil {
				onYield()
			}
			if !yield(Item{Input: fmt.Sprint(i)}) {
				return
			}
		}
	}
}

func TestRunOrderAndBound(t *testing.T) {
	for _, workers := range []int{1, 2, 4, 8} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			const n = 400
			var inFlight, peak, working, peakWorking atomic.Int64
			raise := func(c, p *atomic.Int64) {
				v := c.Add(1)
				for {
					old := p.Load()
					if v <= old || p.CompareAndSwap(old, v) {
						return
					}
				}
			}
			items := numbered(n, func() { raise(&inFlight, &peak) })
			work := func(_ context.Context, it Item) Result {
				raise(&working, &peakWorking)
				defer working.Add(-1)
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				return Result{Item: it, Doc: &document.Document{Input: it.Input}}
			}
			next := 0
			err := Run(context.Background(), items, workers, work, func(r Result) error {
				inFlight.Add(-1)
				if r.Err != nil || r.Doc == nil || r.Doc.Input != r.Item.Input {
					t.Errorf("result %+v", r)
				}
				if r.Item.Input != fmt.Sprint(next) {
					t.Fatalf("got %s, want %d: out of order", r.Item.Input, next)
				}
				next++
				// a slow writer now and then lets the readers run ahead
				if rand.IntN(20) == 0 {
					time.Sleep(time.Millisecond)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if next != n {
				t.Errorf("%d results, want %d", next, n)
			}
			if p := peak.Load(); p > int64(2*workers) {
				t.Errorf("%d items in flight at once, want at most %d", p, 2*workers)
			}
			if p := peakWorking.Load(); p > int64(workers) {
				t.Errorf("%d items in work at once, want at most %d", p, workers)
			}
			t.Logf("peak in flight %d, in work %d", peak.Load(), peakWorking.Load())
		})
	}
}

// An error from emit stops the run, even over a stream without end, and no
// result is emitted after it.
func TestRunEmitErrorStops(t *testing.T) {
	stop := errors.New("stdout closed")
	var read atomic.Int64
	emitted := 0
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), numbered(-1, func() { read.Add(1) }), 4,
			func(ctx context.Context, it Item) Result {
				time.Sleep(time.Duration(rand.IntN(100)) * time.Microsecond)
				return Result{Item: it}
			},
			func(r Result) error {
				emitted++
				if emitted == 50 {
					return stop
				}
				if emitted > 50 {
					t.Errorf("emitted %s after the error", r.Item.Input)
				}
				return nil
			})
	}()
	select {
	case err := <-done:
		if !errors.Is(err, stop) {
			t.Errorf("Run = %v, want the emit error", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop after emit failed")
	}
	if r := read.Load(); r > 50+8+1 {
		t.Errorf("%d items read, want at most %d", r, 50+8+1)
	}
}

// Items that carry an error are emitted in their place without work.
func TestRunItemErrors(t *testing.T) {
	bad := errors.New("unreadable")
	items := func(yield func(Item) bool) {
		for i := range 10 {
			it := Item{Input: fmt.Sprint(i)}
			if i%3 == 0 {
				it.Err = bad
			}
			if !yield(it) {
				return
			}
		}
	}
	var got []string
	err := Run(context.Background(), items, 3, func(_ context.Context, it Item) Result {
		if it.Err != nil {
			t.Errorf("work called for failed item %s", it.Input)
		}
		return Result{Item: it, Doc: &document.Document{}}
	}, func(r Result) error {
		if (r.Err != nil) != (r.Item.Err != nil) || (r.Err != nil && !errors.Is(r.Err, bad)) {
			t.Errorf("%s: err %v", r.Item.Input, r.Err)
		}
		got = append(got, r.Item.Input)
		return nil
	})
	if err != nil || fmt.Sprint(got) != "[0 1 2 3 4 5 6 7 8 9]" {
		t.Errorf("Run = %v, order %v", err, got)
	}
}

// A cancelled run says so rather than passing for a complete one.
func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	emitted := 0
	err := Run(ctx, numbered(-1, nil), 2, func(ctx context.Context, it Item) Result {
		if it.Input == "20" {
			cancel()
		}
		return Result{Item: it, Err: ctx.Err()}
	}, func(Result) error {
		mu.Lock()
		emitted++
		mu.Unlock()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	if emitted < 20 {
		t.Errorf("only %d results emitted before the cancel", emitted)
	}
}

func TestRunEmpty(t *testing.T) {
	for _, workers := range []int{-1, 0, 1} {
		err := Run(context.Background(), numbered(0, nil), workers, nil, func(Result) error {
			t.Error("emit called")
			return nil
		})
		if err != nil {
			t.Errorf("workers %d: %v", workers, err)
		}
	}
	n := 0
	if err := Run(context.Background(), numbered(5, nil), 0, func(_ context.Context, it Item) Result {
		return Result{Item: it}
	}, func(Result) error { n++; return nil }); err != nil || n != 5 {
		t.Errorf("workers 0: err %v, %d results", err, n)
	}
}
