package server

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/store"
)

// Seed analyses srcs with p (on all cores) and stores the Documents in st
// in one transaction, in the order of srcs. It returns how many were added
// (sources already stored add nothing). `attache serve --demo` and the
// browser tests fill an empty store with it.
func Seed(ctx context.Context, st store.Store, p *attache.Pipeline, srcs []attache.Source) (added, events int, err error) {
	docs := make([]*document.Document, len(srcs))
	errs := make([]error, len(srcs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i], errs[i] = p.Analyze(ctx, srcs[i])
			}
		}()
	}
	for i := range srcs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %w", srcs[i].Input, err)
		}
	}
	res, err := st.PutMany(ctx, docs)
	if err != nil {
		return 0, 0, err
	}
	for _, r := range res {
		if r.Added {
			added++
			events += r.Events
		}
	}
	return added, events, nil
}
