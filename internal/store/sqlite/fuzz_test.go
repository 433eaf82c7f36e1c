package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/attache-news/attache/internal/store"
	"github.com/attache-news/attache/internal/store/storetest"
)

// FuzzQueries: whatever a user types into a search box or an actor field,
// the store answers or says the query is invalid (a 4xx), never another
// error, never a panic.
func FuzzQueries(f *testing.F) {
	s, err := Open(filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutMany(context.Background(), storetest.Corpus()); err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{"Beijing", `"foreign minister"`, "a OR b", "NEAR(a b, 2)", "title:chips", "^x", "a*", `"`, "(", "-", "USA", "\xff", "\x00"} {
		f.Add(seed, "USA", "04")
	}
	f.Fuzz(func(t *testing.T, text, actor, cameo string) {
		ctx := context.Background()
		check := func(what string, err error) {
			if err != nil && !errors.Is(err, store.ErrInvalid) {
				t.Fatalf("%s: %v", what, err)
			}
		}
		_, err := s.Articles(ctx, store.ArticleQuery{Text: text, Actor: actor, Limit: 5})
		check("Articles", err)
		_, err = s.Events(ctx, store.EventQuery{Actor: actor, Cameo: cameo, Place: text, Limit: 5})
		check("Events", err)
		_, err = s.Events(ctx, store.EventQuery{Dyad: [2]string{actor, cameo}, After: text})
		check("Events dyad", err)
		_, err = s.Timeline(ctx, store.TimelineQuery{Bucket: cameo, EventQuery: store.EventQuery{Actor: actor, From: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)}})
		check("Timeline", err)
		_, err = s.Quotes(ctx, store.QuoteQuery{Speaker: text, Text: actor, After: cameo})
		check("Quotes", err)
		if _, err := s.Actor(ctx, actor); err != nil && !errors.Is(err, store.ErrNotFound) {
			check("Actor", err)
		}
	})
}
