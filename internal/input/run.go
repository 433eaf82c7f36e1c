package input

import (
	"context"
	"iter"
	"sync"

	"github.com/attache-news/attache/document"
)

// Result is the outcome of one item: a Document or the error in its place.
type Result struct {
	Item Item
	Doc  *document.Document
	Err  error
}

// Run analyses items on workers goroutines and hands the results to emit in
// input order. At most 2*workers items are in flight (taken from items and
// not yet emitted), so memory stays bounded however long the stream; items is
// not read further while that many wait. Items that carry an Err are passed to
// emit as they are, without work.
//
// An error from emit stops the run and is returned. When ctx is cancelled
// before every item was read, Run stops and returns ctx's error, so that an
// interrupted run is not taken for a complete one.
func Run(ctx context.Context, items iter.Seq[Item], workers int, work func(context.Context, Item) Result, emit func(Result) error) error {
	if workers < 1 {
		workers = 1
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type slot struct {
		item Item
		done chan Result
	}
	// A token of sem is taken before each item is read from items and given
	// back once its result is emitted: that is the bound on items in flight.
	sem := make(chan struct{}, 2*workers)
	order := make(chan slot, 2*workers) // never full: it holds only items with a token
	todo := make(chan slot)
	acquire := func() bool {
		select {
		case sem <- struct{}{}:
			return true
		case <-ctx.Done():
			return false
		}
	}

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range todo {
				s.done <- work(ctx, s.item)
			}
		}()
	}
	complete := false // every item was read; written before order is closed
	go func() {
		defer close(order)
		defer close(todo)
		if !acquire() {
			return
		}
		for it := range items {
			if ctx.Err() != nil {
				return
			}
			s := slot{item: it, done: make(chan Result, 1)}
			order <- s // reserves the place in the output first
			if it.Err != nil {
				s.done <- Result{Item: it, Err: it.Err}
			} else {
				select {
				case todo <- s:
				case <-ctx.Done():
					s.done <- Result{Item: it, Err: ctx.Err()}
					return
				}
			}
			if !acquire() {
				return
			}
		}
		complete = true
	}()

	var err error
	for s := range order {
		r := <-s.done
		if err == nil {
			if err = emit(r); err != nil {
				cancel()
			}
		}
		<-sem
	}
	wg.Wait()
	if err == nil && !complete {
		err = parent.Err()
	}
	return err
}
