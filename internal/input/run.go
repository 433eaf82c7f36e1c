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
// input order. At most 2*workers items are in flight, so memory stays
// bounded however long the stream. An error from emit stops the run and is
// returned.
func Run(ctx context.Context, items iter.Seq[Item], workers int, work func(context.Context, Item) Result, emit func(Result) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type slot struct {
		item Item
		done chan Result
	}
	todo := make(chan slot)
	order := make(chan slot, 2*workers)

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
	go func() {
		defer close(order)
		defer close(todo)
		for it := range items {
			s := slot{item: it, done: make(chan Result, 1)}
			select {
			case order <- s: // reserves the place in the output first
			case <-ctx.Done():
				return
			}
			if it.Err != nil {
				s.done <- Result{Item: it, Err: it.Err}
				continue
			}
			select {
			case todo <- s:
			case <-ctx.Done():
				s.done <- Result{Item: it, Err: ctx.Err()}
				return
			}
		}
	}()

	var err error
	for s := range order {
		r := <-s.done
		if err == nil {
			if err = emit(r); err != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	return err
}
