// Package storetest is the conformance suite every store.Store
// implementation passes: Run it from the implementation's own test with a
// function that opens an empty store.
//
// It consumes a store.Store; it produces test failures. The articles it
// stores are short invented reports with annotations built by hand
// (corpus.go), so that every expected answer is known.
package storetest
