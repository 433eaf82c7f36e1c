//go:build race

package geo

import "time"

// TestRunHostile's input size and time limit under the race detector.
const (
	hostileSize  = 1 << 16
	hostileLimit = 10 * time.Second
)
