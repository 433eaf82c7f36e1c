//go:build race

package ner

import "time"

// TestHostileInputs' input size and time limit under the race detector,
// which slows the tagger ten- to twentyfold: a quadratic step still shows.
const (
	hostileSize  = 1 << 17
	hostileLimit = 5 * time.Second
)
