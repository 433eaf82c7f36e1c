//go:build race

package extract

// ptRace is true when the tests run with the race detector, which makes the
// long-input test use smaller inputs.
const ptRace = true
