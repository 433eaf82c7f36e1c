//go:build !race

package ner

import "time"

// TestHostileInputs' input size and time limit: about ten times what a busy
// machine needs.
const (
	hostileSize  = 1 << 20
	hostileLimit = 3 * time.Second
)
