package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	attache "github.com/attache-news/attache"
	"github.com/attache-news/attache/document"
	"github.com/attache-news/attache/internal/eval"
)

// evalTasks are the annotation tasks scored on gold sets whose lines carry
// the documents' text: attache analyses each text and the task's scorer
// (the same metric as ../shared/eval/tools/score_<task>.py) reads the
// Documents back.
var evalTasks = map[string]struct {
	about string
	score func(goldPath, predPath string) (any, error)
}{
	"ner": {"entity mentions against a NER gold set (../shared/eval/ner/*/…gold.jsonl): conlleval P/R/F1",
		func(g, p string) (any, error) {
			gold, err := eval.ReadNERGold(g)
			if err != nil {
				return nil, err
			}
			preds, err := eval.ReadNERPredictions(p)
			if err != nil {
				return nil, err
			}
			return eval.ScoreNER(gold, preds, nil), nil
		}},
	"time": {"time expressions against a TimeML set (../shared/eval/time/tbaq/times.jsonl): TempEval-3 task A",
		func(g, p string) (any, error) {
			gold, err := eval.ReadTimeDocs(g)
			if err != nil {
				return nil, err
			}
			preds, err := eval.ReadTimeDocs(p)
			if err != nil {
				return nil, err
			}
			return eval.ScoreTime(gold, preds), nil
		}},
	"quotes": {"quotations against PolNeAR (../shared/eval/quotes/polnear/*.quotes.jsonl): P/R/F1 direct and indirect, speaker accuracy",
		func(g, p string) (any, error) {
			gold, err := eval.ReadQuoteDocs(g)
			if err != nil {
				return nil, err
			}
			docs, err := readDocuments(p)
			if err != nil {
				return nil, err
			}
			return eval.ScoreQuotes(gold, docs), nil
		}},
	"events": {"events against coded sentences (../shared/eval/events/*.jsonl): triple, root and lenient P/R/F1",
		func(g, p string) (any, error) {
			gold, err := eval.ReadEventGold(g)
			if err != nil {
				return nil, err
			}
			preds, err := eval.ReadEventPredictions(p)
			if err != nil {
				return nil, err
			}
			return eval.ScoreEvents(gold, preds), nil
		}},
	"plover": {"PLOVER event types against the PLOVER gold records (../shared/eval/events/plover_gsr_dev.jsonl): accuracy",
		func(g, p string) (any, error) {
			gold, err := eval.ReadPloverGold(g)
			if err != nil {
				return nil, err
			}
			preds, err := eval.ReadEventPredictions(p)
			if err != nil {
				return nil, err
			}
			return eval.ScorePLOVER(gold, preds), nil
		}},
	"geo": {"places against a geoparsing set (../shared/eval/geo/*/places.jsonl): detection P/R/F1, accuracy@161 km, AUC",
		func(g, p string) (any, error) {
			gold, err := eval.ReadGeoGold(g)
			if err != nil {
				return nil, err
			}
			preds, err := eval.ReadGeoPredictions(p)
			if err != nil {
				return nil, err
			}
			return eval.ScoreGeo(gold, preds), nil
		}},
}

func evalTask(name string, args []string, stdout, stderr io.Writer) int {
	t := evalTasks[name]
	fs := newFlags("eval "+name, "usage: attache eval "+name+" GOLD.jsonl [flags]\n\nScores "+t.about+".", stderr)
	predPath := fs.String("pred", "", "score these Documents (JSONL) instead of running attache")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents analysed at once")
	keep := fs.String("out", "", "also write attache's Documents to this file")
	var dicts *string
	var suiteDicts *bool
	if name == "events" {
		dicts = fs.String("dictionaries", "", "code with the PETRARCH/TABARI dictionaries in this folder")
		suiteDicts = fs.Bool("suite-dictionaries", false, "code each record with the dictionaries its \"dictionaries\" field names (relative to the gold file), under the PETRARCH options (\"options\") the record was coded with")
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	goldPath := pos[0]
	var secs float64
	var n int
	if *predPath == "" {
		out := *keep
		if out == "" {
			f, err := os.CreateTemp("", "attache-eval-*.jsonl")
			if err != nil {
				fmt.Fprintf(stderr, "attache eval: %v\n", err)
				return 1
			}
			f.Close()
			out = f.Name()
			defer os.Remove(out)
		}
		var pick pipelineFor
		if dicts != nil && (*dicts != "" || *suiteDicts) {
			if *dicts != "" && *suiteDicts {
				fmt.Fprintln(stderr, "attache eval events: --dictionaries and --suite-dictionaries exclude each other")
				return 2
			}
			pick = dictionaryPipelines(goldPath, *dicts, stderr)
		}
		n, secs, err = analyzeGold(goldPath, out, *workers, pick)
		if err != nil {
			fmt.Fprintf(stderr, "attache eval: %v\n", err)
			return 1
		}
		*predPath = out
	}
	score, err := t.score(goldPath, *predPath)
	if err != nil {
		fmt.Fprintf(stderr, "attache eval: %v\n", err)
		return 1
	}
	report := map[string]any{"gold": goldPath, "score": score}
	if secs > 0 {
		report["documents"] = n
		report["seconds"] = secs
		report["documents_per_second"] = float64(n) / secs
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(report); err != nil {
		fmt.Fprintf(stderr, "attache eval: %v\n", err)
		return 1
	}
	return 0
}

// analyzeGold runs attache on the text of every gold line ({"id", "text",
// "published"}) and writes the Documents, in order, to out.
func analyzeGold(goldPath, out string, workers int, pick pipelineFor) (int, float64, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	var pages []page
	var published []string
	var lines []goldLine
	br := bufio.NewReaderSize(f, 1<<20)
	for {
		line, rerr := br.ReadBytes('\n')
		if strings.TrimSpace(string(line)) != "" {
			var g goldLine
			if err := json.Unmarshal(line, &g); err != nil {
				return 0, 0, fmt.Errorf("%s: %w", goldPath, err)
			}
			pages = append(pages, page{id: g.ID, raw: []byte(g.Text)})
			lines = append(lines, g)
			if g.Published == "" {
				g.Published = g.Date // the PLOVER records' name for it
			}
			published = append(published, g.Published)
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return 0, 0, rerr
		}
	}
	index := map[string]int{}
	for i, p := range pages {
		index[p.id] = i
	}
	def := attache.New(attache.Config{})
	pipes := make([]*attache.Pipeline, len(pages))
	for i := range pipes {
		pipes[i] = def
		if pick != nil {
			p, err := pick(lines[i])
			if err != nil {
				return 0, 0, err
			}
			pipes[i] = p
		}
	}
	docs := make([]any, len(pages))
	start := time.Now()
	runPages(pages, workers, func(pg page) eval.Prediction {
		i := index[pg.id]
		d, err := pipes[i].Analyze(context.Background(), attache.Source{Input: pg.id, ID: pg.id, As: "text", Published: published[i], Data: pg.raw})
		if err != nil {
			docs[i] = map[string]string{"id": pg.id, "error": err.Error()}
		} else {
			docs[i] = d
		}
		return eval.Prediction{}
	})
	secs := time.Since(start).Seconds()
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return 0, 0, err
	}
	w, err := os.Create(out)
	if err != nil {
		return 0, 0, err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			w.Close()
			return 0, 0, err
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return 0, 0, err
	}
	return len(pages), secs, w.Close()
}

// readDocuments reads Documents, one JSON object a line; error lines become
// Documents with only their id.
func readDocuments(path string) ([]document.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []document.Document
	br := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, rerr := br.ReadBytes('\n')
		if strings.TrimSpace(string(line)) != "" {
			var d document.Document
			if err := json.Unmarshal(line, &d); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			out = append(out, d)
		}
		if rerr == io.EOF {
			return out, nil
		}
		if rerr != nil {
			return nil, rerr
		}
	}
}
