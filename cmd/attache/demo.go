package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/internal/demo"
)

const demoUsage = "usage: attache demo [--format json|jsonl]\n\nAnalyses the short reports embedded in attache (written for the project) and prints their Documents."

// runDemo analyses the demo articles embedded in the binary.
func runDemo(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("demo", demoUsage, stderr)
	format := fs.String("format", "jsonl", "output format: json or jsonl")
	if _, err := parseFlags(fs, args); err != nil {
		return flagExit(err)
	}
	if *format != "json" && *format != "jsonl" {
		fmt.Fprintf(stderr, "attache demo: --format %q: want json or jsonl\n", *format)
		return 2
	}
	p := attache.New(attache.Config{})
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for _, src := range demo.Sources() {
		d, err := p.Analyze(context.Background(), src)
		if err != nil {
			fmt.Fprintf(stderr, "attache: %s: %v\n", src.Input, err)
			status = 1
			continue
		}
		if err := writeJSON(out, d, *format == "json"); err != nil {
			fmt.Fprintf(stderr, "attache: %v\n", err)
			return 1
		}
	}
	return status
}
