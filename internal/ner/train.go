package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/attache-news/attache/internal/text"
)

// TrainDoc is one annotated document: its text, gold tokens, sentences as
// token ranges [first, last+1), and one IOB tag per token ("B-PER", "O").
type TrainDoc struct {
	Text      string
	Tokens    []text.Token
	Sentences [][2]int
	Tags      []string
}

// TrainConfig sets how Train works. Zero values mean the defaults.
type TrainConfig struct {
	Epochs    int               // most epochs per stage; default 25
	Patience  int               // stop after this many epochs without a better dev score; default 4
	Folds     int               // jackknife folds for stage two; default 5; 1 trains stage one only
	MinWeight int               // quantised weights below this are dropped; default 40 (of 32000)
	Workers   int               // parallel fold trainings; default 2
	Seed      uint64            // shuffling seed
	Clusters  map[string]string // word -> cluster bit string ("0110..."); may be nil
	Log       io.Writer         // progress; may be nil
}

func (c *TrainConfig) defaults() {
	if c.Epochs <= 0 {
		c.Epochs = 25
	}
	if c.Patience <= 0 {
		c.Patience = 4
	}
	if c.Folds <= 0 {
		c.Folds = 5
	}
	if c.MinWeight <= 0 {
		c.MinWeight = 40
	}
	if c.Workers <= 0 {
		c.Workers = 2
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

// tdoc is a training document with its features as dense ids.
type tdoc struct {
	d      doc
	gold   []uint8
	base   []int32 // feature ids, token i's at base[off[i]:off[i+1]]
	off    []int32
	extra  []int32 // stage-two feature ids
	extOff []int32
	s1     []uint8 // stage-one tags (jackknifed for training documents)
}

type interner struct {
	ids  map[uint64]int32
	keys []uint64
	grow bool
}

func (in *interner) id(f uint64) int32 {
	if id, ok := in.ids[f]; ok {
		return id
	}
	if !in.grow {
		return -1
	}
	id := int32(len(in.keys))
	in.ids[f] = id
	in.keys = append(in.keys, f)
	return id
}

// Train trains a model on train, choosing the number of epochs of each
// stage on dev.
func Train(train, dev []TrainDoc, cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	start := time.Now()
	logf := func(format string, args ...any) {
		fmt.Fprintf(cfg.Log, "%6.1fs  ", time.Since(start).Seconds())
		fmt.Fprintf(cfg.Log, format+"\n", args...)
	}
	lex := &Model{lowerWords: lowerWordList(train), clusters: clusterTable(cfg.Clusters)}
	in := &interner{ids: map[uint64]int32{}, grow: true}
	tr, err := prepareDocs(train, lex, in)
	if err != nil {
		return nil, err
	}
	in.grow = false
	dv, err := prepareDocs(dev, lex, in)
	if err != nil {
		return nil, err
	}
	nBase := len(in.keys)
	logf("%d training documents, %d dev documents, %d stage-one features, %d lower-case words, %d clustered words",
		len(tr), len(dv), nBase, len(lex.lowerWords), len(lex.clusters))

	// Stage one on everything, with its epochs chosen on dev.
	all := make([]int, len(tr))
	for i := range all {
		all[i] = i
	}
	p1, epochs1 := trainStage(tr, all, dv, nBase, false, cfg, logf, "stage one")
	b := &modelBuilder{stages: 1, keys: in.keys, clusters: lex.clusters}
	b.lowerWords = mapKeys(lex.lowerWords)
	if cfg.Folds < 2 {
		b.weights = [][]float32{p1.avg}
		b.trans[0] = p1.avgTrans
		return b.build(cfg.MinWeight), nil
	}

	// Stage one's tags on the training documents, each from a model that
	// did not see it (jackknifing), so that stage two learns how far to
	// trust them.
	var wg sync.WaitGroup
	sem := make(chan struct{}, cfg.Workers)
	for k := 0; k < cfg.Folds; k++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(k int) {
			defer wg.Done()
			defer func() { <-sem }()
			var rest []int
			for i := range tr {
				if i%cfg.Folds != k {
					rest = append(rest, i)
				}
			}
			c := cfg
			c.Patience = 1 << 20
			c.Epochs = epochs1
			p, _ := trainStage(tr, rest, nil, nBase, false, c, func(string, ...any) {}, "")
			var vs viterbiScratch
			w := p.intWeights()
			for i := range tr {
				if i%cfg.Folds == k {
					tr[i].s1 = predict(&tr[i], w, false, &vs, tr[i].s1)
				}
			}
		}(k)
	}
	wg.Wait()
	logf("stage one jackknifed over %d folds", cfg.Folds)
	w1 := p1.intWeights()
	var vs viterbiScratch
	for i := range dv {
		dv[i].s1 = predict(&dv[i], w1, false, &vs, dv[i].s1)
	}
	logf("stage one on dev: F1 %.4f", chunkF1(dv, func(t *tdoc) []uint8 { return t.s1 }))

	in.grow = true
	for i := range tr {
		stage2Ids(&tr[i], in)
	}
	in.grow = false
	for i := range dv {
		stage2Ids(&dv[i], in)
	}
	nAll := len(in.keys)
	logf("%d stage-two features", nAll-nBase)
	p2, _ := trainStage(tr, all, dv, nAll, true, cfg, logf, "stage two")

	b.stages = 2
	w1all := make([]float32, nAll*nTags)
	copy(w1all, p1.avg)
	b.weights = [][]float32{w1all, p2.avg}
	b.keys = in.keys
	b.trans[0] = p1.avgTrans
	b.trans[1] = p2.avgTrans
	m := b.build(cfg.MinWeight)
	logf("model: %d of %d features kept", m.n, nAll)
	return m, nil
}

// lowerWordList returns the words seen at least twice in lower case in the
// training text, hashed.
func lowerWordList(docs []TrainDoc) map[uint64]struct{} {
	count := map[uint64]int{}
	var buf []byte
	for _, d := range docs {
		for _, t := range d.Tokens {
			w := d.Text[t.Start:t.End]
			_, _, c, _ := shapeOf(nil, nil, w)
			if c != capLower {
				continue
			}
			buf = appendLower(buf[:0], w)
			count[hashBytes(buf)]++
		}
	}
	out := map[uint64]struct{}{}
	for h, n := range count {
		if n >= 2 {
			out[h] = struct{}{}
		}
	}
	return out
}

// clusterTable turns word -> bit string into the model's hashed table;
// paths longer than 24 bits are cut.
func clusterTable(c map[string]string) map[uint64]uint32 {
	out := make(map[uint64]uint32, len(c))
	var buf []byte
	for w, path := range c {
		if len(path) == 0 {
			continue
		}
		if len(path) > 24 {
			path = path[:24]
		}
		var bits uint32
		for _, ch := range path {
			bits <<= 1
			if ch == '1' {
				bits |= 1
			}
		}
		buf = appendLower(buf[:0], w)
		out[hashBytes(buf)] = uint32(len(path))<<24 | bits
	}
	return out
}

var typeIndex = map[string]int{"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}

func prepareDocs(docs []TrainDoc, lex *Model, in *interner) ([]tdoc, error) {
	out := make([]tdoc, len(docs))
	var feats []uint64
	for k, src := range docs {
		if len(src.Tags) != len(src.Tokens) {
			return nil, fmt.Errorf("ner: document %d: %d tags for %d tokens", k, len(src.Tags), len(src.Tokens))
		}
		t := &out[k]
		d := &t.d
		d.reset(src.Text)
		d.toks = append(d.toks[:0], src.Tokens...)
		for _, s := range src.Sentences {
			if s[0] < 0 || s[1] > len(src.Tokens) || s[0] >= s[1] {
				continue
			}
			d.sents = append(d.sents, sentence{s[0], s[1]})
		}
		d.prepare(lex)
		t.gold = bilou(src.Tags, d.sents)
		t.off = make([]int32, 0, len(d.toks)+1)
		// Features in token order; tokens outside every sentence get none.
		inSent := make([]int, len(d.toks))
		for i := range inSent {
			inSent[i] = -1
		}
		for si, s := range d.sents {
			for i := s.start; i < s.end; i++ {
				inSent[i] = si
			}
		}
		for i := range d.toks {
			t.off = append(t.off, int32(len(t.base)))
			if inSent[i] < 0 {
				continue
			}
			feats = d.baseFeatures(feats[:0], d.sents[inSent[i]], i)
			for _, f := range feats {
				if id := in.id(f); id >= 0 {
					t.base = append(t.base, id)
				}
			}
		}
		t.off = append(t.off, int32(len(t.base)))
	}
	return out, nil
}

// stage2Ids computes a document's stage-two feature ids from its s1 tags.
func stage2Ids(t *tdoc, in *interner) {
	d := &t.d
	d.aggregate(t.s1)
	t.extra = t.extra[:0]
	t.extOff = t.extOff[:0]
	var feats []uint64
	next := 0
	for _, s := range d.sents {
		for ; next < s.start; next++ {
			t.extOff = append(t.extOff, int32(len(t.extra)))
		}
		for i := s.start; i < s.end; i++ {
			t.extOff = append(t.extOff, int32(len(t.extra)))
			feats = d.stage2Features(feats[:0], s, i, t.s1)
			for _, f := range feats {
				if id := in.id(f); id >= 0 {
					t.extra = append(t.extra, id)
				}
			}
		}
		next = s.end
	}
	for ; next <= len(d.toks); next++ {
		t.extOff = append(t.extOff, int32(len(t.extra)))
	}
}

// bilou converts IOB tags to BILOU tag ids with conlleval's chunking; a
// sentence boundary closes a chunk.
func bilou(tags []string, sents []sentence) []uint8 {
	out := make([]uint8, len(tags))
	for _, s := range sents {
		for _, c := range chunks(tags[s.start:s.end]) {
			typ, ok := typeIndex[c.typ]
			if !ok {
				continue
			}
			a, b := s.start+c.first, s.start+c.end-1
			if a == b {
				out[a] = tagOf(posU, typ)
				continue
			}
			out[a] = tagOf(posB, typ)
			for i := a + 1; i < b; i++ {
				out[i] = tagOf(posI, typ)
			}
			out[b] = tagOf(posL, typ)
		}
	}
	return out
}

type chunk struct {
	first, end int
	typ        string
}

// chunks reads IOB1, IOB2 or IOBES tags as conlleval does.
func chunks(tags []string) []chunk {
	var out []chunk
	cur := -1
	prevTag, prevType := "O", ""
	for i, t := range tags {
		tag, typ := "O", ""
		if t != "O" {
			if k := strings.IndexByte(t, '-'); k >= 0 {
				tag, typ = t[:k], t[k+1:]
			}
		}
		endPrev := prevTag != "O" && (tag == "O" || tag == "B" || tag == "S" || prevTag == "E" || prevTag == "S" || prevType != typ)
		startNew := tag == "B" || tag == "S" || (tag == "I" || tag == "E") && (prevTag == "O" || prevTag == "E" || prevTag == "S" || prevType != typ)
		if endPrev && cur >= 0 {
			out[cur].end = i
			cur = -1
		}
		if tag != "O" {
			if startNew || cur < 0 {
				out = append(out, chunk{i, i + 1, typ})
				cur = len(out) - 1
			} else {
				out[cur].end = i + 1
			}
		}
		prevTag, prevType = tag, typ
	}
	return out
}

// perceptron is an averaged structured perceptron.
type perceptron struct {
	nf       int
	w        []int32
	u        []float64
	tw       [nTags * nTags]int32
	tu       [nTags * nTags]float64
	c        float64
	avg      []float32
	avgTrans [nTags * nTags]float32
}

func (p *perceptron) average() {
	if p.avg == nil {
		p.avg = make([]float32, len(p.w))
	}
	for i, w := range p.w {
		p.avg[i] = float32(float64(w) - p.u[i]/p.c)
	}
	for i, w := range p.tw {
		p.avgTrans[i] = float32(float64(w) - p.tu[i]/p.c)
	}
}

// intWeights are the averaged weights scaled for the integer decoder.
type intWeights struct {
	w     []int32
	trans [nTags * nTags]int32
}

func (p *perceptron) intWeights() *intWeights {
	iw := &intWeights{w: make([]int32, len(p.avg))}
	for i, v := range p.avg {
		iw.w[i] = int32(math.Round(float64(v) * 64))
	}
	for i, v := range p.avgTrans {
		iw.trans[i] = int32(math.Round(float64(v) * 64))
	}
	return iw
}

type seqRef struct{ doc, sent int }

// trainStage trains one stage on the documents docs (indices into tr) and
// returns its averaged weights from the best epoch on dev (the last when
// dev is nil) and the number of epochs that gave them.
func trainStage(tr []tdoc, docs []int, dev []tdoc, nf int, two bool, cfg TrainConfig, logf func(string, ...any), name string) (*perceptron, int) {
	p := &perceptron{nf: nf, w: make([]int32, nf*nTags), u: make([]float64, nf*nTags), c: 1}
	var seqs []seqRef
	for _, di := range docs {
		for si := range tr[di].d.sents {
			seqs = append(seqs, seqRef{di, si})
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, uint64(len(docs))))
	var vs viterbiScratch
	var em []int32
	var pred []uint8
	bestF, bestEpoch := -1.0, 0
	var best []float32
	var bestTrans [nTags * nTags]float32
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(seqs), func(i, j int) { seqs[i], seqs[j] = seqs[j], seqs[i] })
		errs := 0
		for _, sr := range seqs {
			t := &tr[sr.doc]
			s := t.d.sents[sr.sent]
			n := s.end - s.start
			em = grow(em, n*nTags)
			clear(em)
			for i := s.start; i < s.end; i++ {
				e := em[(i-s.start)*nTags : (i-s.start+1)*nTags]
				addRows(e, p.w, t.base[t.off[i]:t.off[i+1]])
				if two {
					addRows(e, p.w, t.extra[t.extOff[i]:t.extOff[i+1]])
				}
			}
			pred = grow(pred, n)
			vs.run(em, &p.tw, pred)
			gold := t.gold[s.start:s.end]
			wrong := false
			for i := 0; i < n; i++ {
				if pred[i] == gold[i] {
					continue
				}
				wrong = true
				g, q := int32(gold[i]), int32(pred[i])
				upd := func(ids []int32) {
					for _, f := range ids {
						k := f * nTags
						p.w[k+g]++
						p.u[k+g] += p.c
						p.w[k+q]--
						p.u[k+q] -= p.c
					}
				}
				ti := s.start + i
				upd(t.base[t.off[ti]:t.off[ti+1]])
				if two {
					upd(t.extra[t.extOff[ti]:t.extOff[ti+1]])
				}
			}
			if wrong {
				errs++
				for i := 1; i < n; i++ {
					gp, gc := gold[i-1], gold[i]
					pp, pc := pred[i-1], pred[i]
					if gp == pp && gc == pc {
						continue
					}
					gi, pi := int(gp)*nTags+int(gc), int(pp)*nTags+int(pc)
					p.tw[gi]++
					p.tu[gi] += p.c
					p.tw[pi]--
					p.tu[pi] -= p.c
				}
			}
			p.c++
		}
		p.average()
		if dev == nil {
			bestEpoch = epoch
			continue
		}
		iw := p.intWeights()
		var preds [][]uint8
		for i := range dev {
			preds = append(preds, predict(&dev[i], iw, two, &vs, nil))
		}
		k := 0
		f := chunkF1(dev, func(*tdoc) []uint8 { k++; return preds[k-1] })
		logf("%s epoch %d: %d of %d sentences wrong; dev F1 %.4f", name, epoch, errs, len(seqs), f)
		if f > bestF {
			bestF, bestEpoch = f, epoch
			best = append(best[:0], p.avg...)
			bestTrans = p.avgTrans
		} else if epoch-bestEpoch >= cfg.Patience {
			break
		}
	}
	if dev != nil && best != nil {
		p.avg = best
		p.avgTrans = bestTrans
		logf("%s: best dev F1 %.4f at epoch %d", name, bestF, bestEpoch)
	}
	p.w, p.u = nil, nil
	return p, bestEpoch
}

func addRows(e []int32, w []int32, ids []int32) {
	e = e[:nTags:nTags]
	for _, f := range ids {
		row := w[int(f)*nTags : int(f)*nTags+nTags : int(f)*nTags+nTags]
		for k := range e {
			e[k] += row[k]
		}
	}
}

// predict tags a training document with integer weights.
func predict(t *tdoc, iw *intWeights, two bool, vs *viterbiScratch, out []uint8) []uint8 {
	n := len(t.d.toks)
	out = grow(out, n)
	clear(out)
	em := make([]int32, 0)
	for _, s := range t.d.sents {
		m := s.end - s.start
		em = grow(em, m*nTags)
		clear(em)
		for i := s.start; i < s.end; i++ {
			e := em[(i-s.start)*nTags : (i-s.start+1)*nTags]
			addRows(e, iw.w, t.base[t.off[i]:t.off[i+1]])
			if two {
				addRows(e, iw.w, t.extra[t.extOff[i]:t.extOff[i+1]])
			}
		}
		vs.run(em, &iw.trans, out[s.start:s.end])
	}
	return out
}

// chunkF1 is the exact-chunk F1 of predicted against gold tags.
func chunkF1(docs []tdoc, pred func(*tdoc) []uint8) float64 {
	tp, np, ng := 0, 0, 0
	for i := range docs {
		t := &docs[i]
		p := pred(t)
		gc := tagChunks(t.gold, t.d.sents)
		pc := tagChunks(p, t.d.sents)
		ng += len(gc)
		np += len(pc)
		set := map[[3]int]bool{}
		for _, c := range gc {
			set[c] = true
		}
		for _, c := range pc {
			if set[c] {
				tp++
			}
		}
	}
	if tp == 0 {
		return 0
	}
	pr, rc := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * pr * rc / (pr + rc)
}

// tagChunks lists the [first, last, type] chunks of BILOU tags.
func tagChunks(tags []uint8, sents []sentence) [][3]int {
	var out [][3]int
	for _, s := range sents {
		start := -1
		for i := s.start; i < s.end; i++ {
			t := tags[i]
			if t == 0 {
				start = -1
				continue
			}
			switch tagPos(t) {
			case posB:
				start = i
			case posU:
				out = append(out, [3]int{i, i, tagType(t)})
			case posL:
				if start >= 0 {
					out = append(out, [3]int{start, i, tagType(t)})
				}
				start = -1
			}
		}
	}
	return out
}
