//go:build !race

package main

// raceEnabled is true under the race detector, which makes the streaming
// tests use shorter streams.
const raceEnabled = false
