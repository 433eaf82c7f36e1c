package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// startupChild is set in the environment of the process TestStartup starts:
// a fresh process, with no model loaded yet, that reports what start-up cost.
const startupChild = "ATTACHE_STARTUP_CHILD"

// TestStartup runs `attache analyze` on one short text in a fresh process
// (this test binary, which initialises the same packages as the command) and
// checks the bars of the entities issue: from process start to the analysis
// done, every model and the gazetteer loaded, under 300 ms; the process under
// 300 MB resident.
func TestStartup(t *testing.T) {
	if os.Getenv(startupChild) != "" {
		var out, errs bytes.Buffer
		in := strings.NewReader("Chinese Foreign Minister Qin Gang met Antony Blinken in Beijing on Sunday.")
		code := run([]string{"analyze", "--as", "text", "--published", "2023-06-19", "-"}, in, &out, &errs)
		ready := processAge()
		if code != 0 || ready < 0 || !strings.Contains(out.String(), "CHNGOV") {
			fmt.Println("FAIL", code, ready, errs.String())
			return
		}
		fmt.Printf("ready_ms %d\nrss_kb %d\n", ready.Milliseconds(), peakRSS())
		return
	}
	if testing.Short() || raceEnabled {
		t.Skip("start-up is timed without -short and without the race detector")
	}
	var best, rss int64 = 1 << 62, 0
	for range 5 { // best of five: a busy machine only ever slows a run down
		cmd := exec.Command(os.Args[0], "-test.run=^TestStartup$")
		cmd.Env = append(os.Environ(), startupChild+"=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		if bytes.Contains(out, []byte("FAIL")) {
			t.Fatalf("child: %s", out)
		}
		got := map[string]int64{}
		for _, l := range strings.Split(string(out), "\n") {
			if k, v, ok := strings.Cut(l, " "); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				got[k] = n
			}
		}
		if _, ok := got["ready_ms"]; !ok {
			t.Fatalf("child said:\n%s", out)
		}
		best = min(best, got["ready_ms"])
		rss = max(rss, got["rss_kb"])
	}
	t.Logf("start to analysis done in %d ms (best of 5); peak RSS %d MB", best, rss>>10)
	if rss > 300<<10 {
		t.Errorf("peak RSS %d MB, want under 300", rss>>10)
	}
	if best > 300 {
		// other processes slow a start-up down and cannot speed it up: on a
		// busy machine the figure says nothing of attache
		if load := loadAverage(); load > 1 {
			t.Skipf("start-up %d ms with a load average of %.1f: not judged on a busy machine", best, load)
		}
		t.Errorf("start-up %d ms, want under 300", best)
	}
}

// processAge is how long ago this process started (Linux; 10 ms ticks), or
// -1 when that cannot be read.
func processAge() time.Duration {
	stat, err1 := os.ReadFile("/proc/self/stat")
	up, err2 := os.ReadFile("/proc/uptime")
	if err1 != nil || err2 != nil {
		return -1
	}
	// the command name, field 2, may hold spaces: count fields after its ')'
	f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
	if len(f) < 20 {
		return -1
	}
	ticks, err1 := strconv.ParseInt(f[19], 10, 64) // field 22, starttime
	upSec, err2 := strconv.ParseFloat(strings.Fields(string(up))[0], 64)
	if err1 != nil || err2 != nil {
		return -1
	}
	const hz = 100 // USER_HZ on Linux
	return time.Duration(upSec*float64(time.Second)) - time.Duration(ticks)*time.Second/hz
}

// loadAverage is the one-minute load average (Linux), 0 when unknown.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	return f
}

// peakRSS is the process's peak resident set in kB (Linux), 0 elsewhere.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
