// Command attache reads world news and files the report a diplomatic attaché
// would: who did what to whom, when, where, and what they said.
//
// Usage:
//
//	attache analyze [flags] [INPUT ...]
//	attache demo
//	attache eval extraction GOLD.jsonl [flags]
//	attache bench [flags]          (built with -tags peer)
//	attache version
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	_ "github.com/attache-news/attache/internal/warm" // models load while the libraries initialise
)

// command is one subcommand: it gets its arguments and the standard streams,
// and returns the exit status.
type command struct {
	run   func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
	usage string
}

var commands = map[string]command{
	"analyze": {runAnalyze, "analyse articles and write JSON Documents"},
	"eval":    {runEval, "score attache against gold-standard data"},
	"demo":    {runDemo, "analyse the demo articles embedded in attache"},
	"version": {func(_ []string, _ io.Reader, out, _ io.Writer) int { fmt.Fprintln(out, "attache", version); return 0 }, "print the version"},
}

const version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "attache: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: attache COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].usage)
	}
	fmt.Fprintln(w, "\nRun 'attache COMMAND -h' for a command's flags.")
}

// newFlags is a subcommand's flag set; its usage is the text, then the flags.
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage+"\n\nflags:")
		fs.PrintDefaults()
	}
	return fs
}

// flagExit is the exit status after a flag error: 0 for -h, else 2.
func flagExit(err error) int {
	if err == flag.ErrHelp {
		return 0
	}
	return 2
}

// parseFlags parses flags wherever they stand among the arguments, as
// users type them ("attache eval extraction GOLD --peer"); a lone "--" ends
// the flags. The remaining arguments are returned in order.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		// Parse stops at the first argument that is not a flag, or just
		// after a "--" that it consumed: then every argument left is one.
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}
