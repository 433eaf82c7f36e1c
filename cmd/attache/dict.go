package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/attache-news/attache/internal/petrarch"
)

func init() {
	commands["dict"] = command{runDict, "check or convert PETRARCH/TABARI dictionaries"}
}

const dictUsage = `usage: attache dict check DIR
       attache dict convert DIR OUT

check   reads the PETRARCH/TABARI dictionaries in DIR (recognised by their content)
        and lists what each file is and every construct that cannot be used
        (exit status 1 when there is any).
convert writes them in attache's own formats: OUT/verbs.txt (verb patterns, the
        format of internal/event's LoadDictionary) and OUT/actors.tsv (actors and
        agents with their codes and dates).`

func runDict(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, dictUsage)
		return 2
	}
	switch args[0] {
	case "check":
		if len(args) != 2 {
			fmt.Fprintln(stderr, dictUsage)
			return 2
		}
		set, warns, err := petrarch.Load(args[1])
		for _, w := range warns {
			fmt.Fprintln(stdout, "warning:", w)
		}
		if err != nil {
			fmt.Fprintf(stderr, "attache dict: %v\n", err)
			return 1
		}
		for _, f := range set.Files {
			fmt.Fprintf(stdout, "%s: %s, %d entries\n", f.Path, f.Kind, f.Entries)
		}
		if len(warns) > 0 {
			return 1
		}
		return 0
	case "convert":
		if len(args) != 3 {
			fmt.Fprintln(stderr, dictUsage)
			return 2
		}
		set, warns, err := petrarch.Load(args[1])
		for _, w := range warns {
			fmt.Fprintln(stderr, "warning:", w)
		}
		if err != nil {
			fmt.Fprintf(stderr, "attache dict: %v\n", err)
			return 1
		}
		if err := os.MkdirAll(args[2], 0o755); err != nil {
			fmt.Fprintf(stderr, "attache dict: %v\n", err)
			return 1
		}
		vp, ap := filepath.Join(args[2], "verbs.txt"), filepath.Join(args[2], "actors.tsv")
		vf, err := os.Create(vp)
		if err != nil {
			fmt.Fprintf(stderr, "attache dict: %v\n", err)
			return 1
		}
		af, err := os.Create(ap)
		if err != nil {
			vf.Close()
			fmt.Fprintf(stderr, "attache dict: %v\n", err)
			return 1
		}
		cw, err := petrarch.Convert(set, vf, af)
		if cerr := vf.Close(); err == nil {
			err = cerr
		}
		if cerr := af.Close(); err == nil {
			err = cerr
		}
		for _, w := range cw {
			fmt.Fprintln(stderr, "warning:", w)
		}
		if err != nil {
			fmt.Fprintf(stderr, "attache dict: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %s and %s (%d constructs not converted or approximated: see the warnings)\n", vp, ap, len(cw))
		return 0
	}
	fmt.Fprintf(stderr, "attache dict: unknown subcommand %q (want check or convert)\n", args[0])
	return 2
}

// loadDictionaries reads --dictionaries DIR for analyze and eval; the
// dictionaries' warnings go to stderr (the first maxDictWarnings of them).
func loadDictionaries(cmd, dir string, stderr io.Writer) (*petrarch.Set, error) {
	set, warns, err := petrarch.Load(dir)
	for i, w := range warns {
		if i == maxDictWarnings {
			fmt.Fprintf(stderr, "attache %s: %d more dictionary warnings; 'attache dict check %s' lists them all\n", cmd, len(warns)-i, dir)
			break
		}
		fmt.Fprintf(stderr, "attache %s: warning: %s\n", cmd, w)
	}
	return set, err
}

const maxDictWarnings = 20
