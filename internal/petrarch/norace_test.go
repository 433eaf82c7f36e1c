//go:build !race

package petrarch

const raceOn = false
