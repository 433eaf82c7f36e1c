// Command nertrain trains attache's named-entity tagger from CoNLL-style
// gold files (the gold.jsonl form of ../shared/eval/ner) and writes the
// model that internal/ner embeds:
//
//	go run ./cmd/nertrain -train ../shared/eval/ner/conll2003/train.gold.jsonl \
//	    -dev ../shared/eval/ner/conll2003/dev.gold.jsonl -out internal/ner/model.bin
//
// The dev file chooses the number of epochs of each stage; it is never
// trained on. Training is deterministic for a given seed: the same files
// give the same model.bin, byte for byte, in about half a minute on two
// cores.
//
// -clusters FILE adds word-cluster features from a file of
// "BITSTRING<TAB>WORD[<TAB>COUNT]" lines (the paths file of Brown
// clustering); the committed model uses none.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/attache-news/attache/internal/ner"
	"github.com/attache-news/attache/internal/text"
)

func main() {
	trainPath := flag.String("train", "", "training gold.jsonl")
	devPath := flag.String("dev", "", "dev gold.jsonl, for choosing epochs")
	out := flag.String("out", "internal/ner/model.bin", "where to write the model")
	epochs := flag.Int("epochs", 0, "most epochs per stage (0: default)")
	folds := flag.Int("folds", 0, "jackknife folds for stage two (0: default; 1: stage one only)")
	minWeight := flag.Int("min-weight", 0, "prune quantised weights below this (0: default)")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	clusterPath := flag.String("clusters", "", "word clusters: BITSTRING<TAB>WORD lines (optional)")
	flag.Parse()
	if *trainPath == "" || *devPath == "" {
		fmt.Fprintln(os.Stderr, "usage: nertrain -train TRAIN.gold.jsonl -dev DEV.gold.jsonl [-out model.bin]")
		os.Exit(2)
	}
	start := time.Now()
	train, err := readGold(*trainPath)
	if err != nil {
		fatal(err)
	}
	dev, err := readGold(*devPath)
	if err != nil {
		fatal(err)
	}
	cfg := ner.TrainConfig{Epochs: *epochs, Folds: *folds, MinWeight: *minWeight, Seed: *seed, Log: os.Stderr}
	if *clusterPath != "" {
		if cfg.Clusters, err = readClusters(*clusterPath); err != nil {
			fatal(err)
		}
	}
	m, err := ner.Train(train, dev, cfg)
	if err != nil {
		fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d features, %d bytes, in %s\n", *out, m.Features(), len(b), time.Since(start).Round(time.Second))
}

type goldLine struct {
	Text      string   `json:"text"`
	Tokens    [][2]int `json:"tokens"`
	Tags      []string `json:"tags"`
	Sentences [][2]int `json:"sentences"`
}

func readGold(path string) ([]ner.TrainDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []ner.TrainDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var g goldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		d := ner.TrainDoc{Text: g.Text, Tags: g.Tags, Sentences: g.Sentences}
		for _, t := range g.Tokens {
			d.Tokens = append(d.Tokens, text.Token{Start: t[0], End: t[1]})
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

func readClusters(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		if strings.Trim(fields[0], "01") != "" {
			return nil, fmt.Errorf("%s:%d: %q is not a bit string", path, n, fields[0])
		}
		out[fields[1]] = fields[0]
	}
	return out, sc.Err()
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "nertrain:", err)
	os.Exit(1)
}
