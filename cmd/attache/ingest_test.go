package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/attache-news/attache/internal/ingest/synth"
	"github.com/attache-news/attache/internal/store/sqlite"
)

// buildAttache builds the command into a temporary folder, for tests that
// run it as a process of its own.
func buildAttache(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "attache")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func synthBatch(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "batch.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := synth.Articles(f, n, 7, 40); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func storedArticles(t *testing.T, db string) int {
	t.Helper()
	s, err := sqlite.Open(db)
	if err != nil {
		return -1 // not created yet
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		return -1
	}
	return st.Articles
}

// TestIngestKill kills attache ingest (SIGKILL) in the middle of a batch of
// 3,000 articles, runs it again, and checks that every input is stored
// exactly once.
func TestIngestKill(t *testing.T) {
	bin := buildAttache(t)
	const n = 3000
	batch := synthBatch(t, n)
	db := filepath.Join(t.TempDir(), "kill.db")

	cmd := exec.Command(bin, "ingest", "--db", db, "--batch", "50", "--progress", "never", batch)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	stored := 0
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if stored = storedArticles(t, db); stored >= 200 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("ingest was not killed mid-run (%v); it stored %d of %d first\n%s", err, stored, n, stderr.String())
	}
	killedAt := storedArticles(t, db)
	t.Logf("killed with %d of %d articles stored", killedAt, n)
	if killedAt <= 0 || killedAt >= n {
		t.Fatalf("killed with %d articles stored; want some but not all", killedAt)
	}

	out, err := exec.Command(bin, "ingest", "--db", db, "--progress", "never", batch).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	t.Logf("rerun: %s", strings.TrimSpace(string(out)))
	if want := "skipped " + strconv.Itoa(killedAt) + " (already stored)"; !strings.Contains(string(out), want) {
		t.Errorf("rerun summary %q; want %q", out, want)
	}

	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var rows, hashes, ids, inputs int
	err = conn.QueryRow(`SELECT count(*), count(DISTINCT hash), count(DISTINCT id),
		(SELECT count(*) FROM articles WHERE id GLOB 'a[0-9][0-9][0-9][0-9][0-9][0-9]') FROM articles`).Scan(&rows, &hashes, &ids, &inputs)
	if err != nil {
		t.Fatal(err)
	}
	if rows != n || hashes != n || ids != n || inputs != n {
		t.Errorf("after kill and rerun: %d articles, %d hashes, %d ids, %d input ids; want %d of each", rows, hashes, ids, inputs, n)
	}
	var orphans int
	conn.QueryRow(`SELECT count(*) FROM events WHERE article NOT IN (SELECT seq FROM articles)`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d events of no article", orphans)
	}

	// a third run adds nothing
	out, err = exec.Command(bin, "ingest", "--db", db, "--progress", "never", batch).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "added 0,") {
		t.Errorf("third run: %v %s; want nothing added", err, out)
	}
}

// TestIngestSpeed measures attache ingest on generated articles as a user
// runs it. It is slow, so it runs only when ATTACHE_INGEST_SPEED names the
// number of articles (10000 for the figure in the README); it reports the
// rate of analyze alone on the same batch beside it.
func TestIngestSpeed(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ATTACHE_INGEST_SPEED"))
	if n <= 0 {
		t.Skip("set ATTACHE_INGEST_SPEED=10000 to measure")
	}
	bin := buildAttache(t)
	batch := synthBatch(t, n)
	db := filepath.Join(t.TempDir(), "speed.db")
	start := time.Now()
	out, err := exec.Command(bin, "ingest", "--db", db, "--progress", "never", batch).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	ingestTime := time.Since(start)
	t.Logf("ingest: %s", strings.TrimSpace(string(out)))
	start = time.Now()
	cmd := exec.Command(bin, "analyze", "--as", "jsonl", batch)
	cmd.Stdout = nil
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	analyzeTime := time.Since(start)
	start = time.Now()
	out, err = exec.Command(bin, "ingest", "--db", db, "--progress", "never", batch).CombinedOutput()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("second ingest: %s", strings.TrimSpace(string(out)))
	t.Logf("%d articles: ingest %.1f s (%.0f articles/s, process start included); analyze --as jsonl alone %.1f s (%.0f articles/s); second ingest %.1f s",
		n, ingestTime.Seconds(), float64(n)/ingestTime.Seconds(), analyzeTime.Seconds(), float64(n)/analyzeTime.Seconds(), time.Since(start).Seconds())
}

// TestIngestEvery polls a feed with --every, then interrupts it: the first
// poll stores the feed's item, the interrupt ends the command cleanly.
func TestIngestEvery(t *testing.T) {
	bin := buildAttache(t)
	page := `<html><head><title>Canada and Mexico sign a water accord</title></head><body><article><h1>Canada and Mexico sign a water accord</h1>
<p>Canada and Mexico signed an agreement on Friday on sharing water data along their coasts, the two foreign ministries said in a joint statement.</p>
<p>The agreement follows two years of talks between the environment agencies of both countries.</p></article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Header().Set("ETag", `"1"`)
			if r.Header.Get("If-None-Match") == `"1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>t</title><item><link>http://%s/a</link></item></channel></rss>`, r.Host)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "every.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--every", "1m", "--progress", "never", srv.URL+"/feed")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	var first string
	for sc.Scan() {
		if strings.Contains(sc.Text(), "attache ingest:") {
			first = sc.Text()
			break
		}
	}
	cmd.Process.Signal(os.Interrupt)
	go io.Copy(io.Discard, stderr)
	err := cmd.Wait()
	if !strings.Contains(first, "added 1,") || !strings.Contains(first, "1 feeds") {
		t.Errorf("first poll: %q; want 1 added from 1 feed", first)
	}
	if err != nil {
		t.Errorf("interrupted polling: %v; want exit 0", err)
	}
}
