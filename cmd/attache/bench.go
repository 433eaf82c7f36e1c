package main

import "io"

func runBench(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return 2 }
