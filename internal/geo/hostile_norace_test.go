//go:build !race

package geo

import "time"

// TestRunHostile's input size and time limit: about ten times what a busy
// machine needs.
const (
	hostileSize  = 1 << 20
	hostileLimit = 10 * time.Second
)
