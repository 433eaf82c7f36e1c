//go:build race

package petrarch

// raceOn: the race detector slows allocation-heavy code several times, so
// timing bars are logged, not held.
const raceOn = true
