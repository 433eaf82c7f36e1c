//go:build unix

package petrarch

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used (user and system):
// what a timing bar reads on a machine other processes share.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
