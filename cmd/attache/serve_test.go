package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serve --demo fills an empty store, answers the API and the UI, and stops
// cleanly when its context ends; run again on the same store it adds
// nothing.
func TestServeDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	db := filepath.Join(t.TempDir(), "demo.db")
	start := func() (url string, stop func() (string, error)) {
		var logs lockedBuffer
		ctx, cancel := context.WithCancel(context.Background())
		ready := make(chan string, 1)
		done := make(chan error, 1)
		go func() {
			done <- serve(ctx, serveOptions{db: db, addr: "127.0.0.1:0", demo: true, token: "tok"}, &logs, func(u string) { ready <- u })
		}()
		select {
		case url = <-ready:
		case err := <-done:
			t.Fatalf("serve ended before it listened: %v\n%s", err, logs.String())
		case <-time.After(2 * time.Minute):
			t.Fatal("serve did not listen within 2 minutes")
		}
		return url, func() (string, error) {
			cancel()
			select {
			case err := <-done:
				return logs.String(), err
			case <-time.After(30 * time.Second):
				t.Fatal("serve did not stop within 30 s")
				return "", nil
			}
		}
	}

	url, stop := start()
	var tl struct {
		Buckets []struct{ Events int } `json:"buckets"`
	}
	resp, err := http.Get(url + "api/v1/timeline?dyad=USA-CHN")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&tl)
	resp.Body.Close()
	n := 0
	for _, b := range tl.Buckets {
		n += b.Events
	}
	if n == 0 {
		t.Error("no USA-CHN events after --demo")
	}
	resp, err = http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("GET /: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	resp, err = http.Post(url+"api/v1/analyze", "text/plain", strings.NewReader("Talks were held."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("POST without the token: %s", resp.Status)
	}
	logs, err := stop()
	if err != nil {
		t.Fatalf("serve: %v\n%s", err, logs)
	}
	if !strings.Contains(logs, "loaded") || !strings.Contains(logs, "shutting down") {
		t.Errorf("logs:\n%s", logs)
	}

	_, stop = start()
	logs, err = stop()
	if err != nil || !strings.Contains(logs, "adds nothing") {
		t.Errorf("second run: %v\n%s", err, logs)
	}
}

func TestServeFlags(t *testing.T) {
	if code, _, stderr := cli(t, nil, "serve", "extra-arg"); code != 2 || !strings.Contains(stderr, "unexpected argument") {
		t.Errorf("serve extra-arg: %d %s", code, stderr)
	}
	if code, _, _ := cli(t, nil, "serve", "--port", "1"); code != 2 {
		t.Errorf("serve --port: %d, want 2", code)
	}
	db := filepath.Join(t.TempDir(), "a.db")
	if code, _, stderr := cli(t, nil, "serve", "--db", db, "--addr", "256.0.0.1:99999"); code != 1 || !strings.Contains(stderr, "attache serve:") {
		t.Errorf("serve on a bad address: %d %s", code, stderr)
	}
}
