package eval

import (
	"math"
	"slices"
	"sort"
)

// GeoGold is one document of a geoparsing gold set (../shared/eval/geo/*/places.jsonl).
type GeoGold struct {
	ID     string        `json:"id"`
	Text   string        `json:"text"`
	Places []GeoGoldSpan `json:"places"`
	Ignore []GeoGoldSpan `json:"ignore,omitempty"`
}

// GeoGoldSpan is a gold toponym; Lat and Lon are nil when the gold did not
// resolve it.
type GeoGoldSpan struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	GeonameID int      `json:"geonameid"`
}

// GeoPrediction is what is scored of a Document: its text and places.
type GeoPrediction struct {
	ID     string           `json:"id"`
	Input  string           `json:"input"`
	Text   *string          `json:"text"`
	Error  string           `json:"error"`
	Places []GeoPredictSpan `json:"places"`
}

// GeoPredictSpan is a predicted place.
type GeoPredictSpan struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid"`
}

// GeoPRF is precision, recall and F1 with their counts, rounded to four places.
type GeoPRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	Pred      int     `json:"pred"`
	Gold      int     `json:"gold"`
}

// GeoResolution scores coordinates on matched toponyms with gold coordinates.
// The pointers are nil when no toponym was scored.
type GeoResolution struct {
	N             int      `json:"n"`
	Acc161        *float64 `json:"acc161"`
	MeanErrorKm   *float64 `json:"mean_error_km"`
	MedianErrorKm *float64 `json:"median_error_km"`
	AUC           *float64 `json:"auc"`
	Unresolved    int      `json:"unresolved"`
}

// GeoScore is the report of score_geo.py.
type GeoScore struct {
	GoldDocs         int           `json:"gold_docs"`
	PredDocsMatched  int           `json:"pred_docs_matched"`
	Detection        GeoPRF        `json:"detection"`
	DetectionExact   GeoPRF        `json:"detection_exact"`
	Resolution       GeoResolution `json:"resolution"`
	MissingDocs      int           `json:"missing_docs"`
	DocsTextDiffers  int           `json:"docs_text_differs"`
	UnmappablePlaces int           `json:"unmappable_places"`
	IgnoredPlaces    int           `json:"ignored_places"`
	PredUnknownIDs   int           `json:"pred_unknown_ids"`
	PredErrors       int           `json:"pred_errors"`
	PredDuplicates   int           `json:"pred_duplicates"`
}

// GeoMaxKm is the error of a toponym left without coordinates: half the
// Earth's circumference.
const GeoMaxKm = 20039.0

// ReadGeoGold reads a places.jsonl gold file.
func ReadGeoGold(path string) ([]GeoGold, error) { return readJSONL[GeoGold](path) }

// ReadGeoPredictions reads Documents, one JSON object a line.
func ReadGeoPredictions(path string) ([]GeoPrediction, error) {
	return readJSONL[GeoPrediction](path)
}

// GeoDistanceKm is the great-circle distance of score_geo.py.
func GeoDistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	p1, p2 := lat1*rad, lat2*rad
	dp, dl := p2-p1, (lon2-lon1)*rad
	h := math.Pow(math.Sin(dp/2), 2) + math.Cos(p1)*math.Cos(p2)*math.Pow(math.Sin(dl/2), 2)
	return 2 * 6371.0088 * math.Asin(math.Min(1, math.Sqrt(h)))
}

// GeoAUC is the area under the sorted log(1 + error) curve, normalised so
// that 0 is perfect and 1 the worst (Gritta et al. 2018); nil for no errors.
func GeoAUC(errors []float64) *float64 {
	if len(errors) == 0 {
		return nil
	}
	x := make([]float64, len(errors))
	for i, e := range errors {
		x[i] = math.Log(e + 1)
	}
	sort.Float64s(x)
	var v float64
	if len(x) == 1 {
		v = x[0] / math.Log(GeoMaxKm)
	} else {
		area := 0.0
		for i := 0; i+1 < len(x); i++ {
			area += (x[i] + x[i+1]) / 2
		}
		v = area / (math.Log(GeoMaxKm) * float64(len(x)-1))
	}
	return &v
}

// ScoreGeo scores predicted places against gold toponyms exactly as
// ../shared/eval/tools/score_geo.py does: detection by one-to-one span overlap
// (largest first) and by exact span, predictions overlapping an ignore span
// left out; resolution on matched toponyms with gold coordinates.
func ScoreGeo(gold []GeoGold, preds []GeoPrediction) GeoScore {
	var sc GeoScore
	ids := map[string]bool{}
	for _, g := range gold {
		ids[g.ID] = true
	}
	byID := map[string]GeoPrediction{}
	for _, p := range preds {
		key := p.ID
		if !ids[key] {
			key = p.Input
		}
		if !ids[key] {
			sc.PredUnknownIDs++
			continue
		}
		if p.Error != "" && (p.Text == nil || *p.Text == "") {
			sc.PredErrors++
			continue
		}
		if _, dup := byID[key]; dup {
			sc.PredDuplicates++
			continue
		}
		byID[key] = p
	}
	var errs []float64
	var nGold, nPred, tp, exactTP, unresolved int
	for _, g := range gold {
		p, ok := byID[g.ID]
		if !ok {
			sc.MissingDocs++
		}
		var al *aligner
		if ok && p.Text != nil {
			al = newAligner(g.Text, *p.Text)
		} else {
			al = newAligner(g.Text, g.Text)
		}
		if ok && !al.identity {
			sc.DocsTextDiffers++
		}
		gs := make([][2]int, len(g.Places))
		for i, x := range g.Places {
			gs[i] = [2]int{x.Start, x.End}
		}
		var ps [][2]int
		for _, x := range p.Places {
			sp, ok := al.span(x.Start, x.End)
			if !ok {
				sc.UnmappablePlaces++
				sp = [2]int{-2, -1}
			}
			ps = append(ps, sp)
		}
		m := geoGreedy(gs, ps, func(a, b [2]int) (int, bool) { return geoOverlap(a, b), true })
		exact := geoGreedy(gs, ps, func(a, b [2]int) (int, bool) { return 1, a == b })
		used := map[int]bool{}
		for _, pi := range m {
			used[pi] = true
		}
		kept := 0
		for pi := range ps {
			if used[pi] {
				kept++
				continue
			}
			ign := false
			for _, ig := range g.Ignore {
				if geoOverlap(ps[pi], [2]int{ig.Start, ig.End}) > 0 {
					ign = true
					break
				}
			}
			if !ign {
				kept++
			}
		}
		sc.IgnoredPlaces += len(ps) - kept
		nGold += len(gs)
		nPred += kept
		tp += len(m)
		exactTP += len(exact)
		gis := make([]int, 0, len(m))
		for gi := range m {
			gis = append(gis, gi)
		}
		sort.Ints(gis)
		for _, gi := range gis {
			gp := g.Places[gi]
			if gp.Lat == nil || gp.Lon == nil || (*gp.Lat == 0 && *gp.Lon == 0 && gp.GeonameID == 0) {
				continue
			}
			pp := p.Places[m[gi]]
			if pp.Lat == 0 && pp.Lon == 0 && pp.GeonameID == 0 {
				unresolved++
				errs = append(errs, GeoMaxKm)
				continue
			}
			errs = append(errs, GeoDistanceKm(*gp.Lat, *gp.Lon, pp.Lat, pp.Lon))
		}
	}
	sc.GoldDocs = len(gold)
	sc.PredDocsMatched = len(byID)
	sc.Detection = geoPRF(tp, nPred, nGold)
	sc.DetectionExact = geoPRF(exactTP, nPred, nGold)
	r := GeoResolution{N: len(errs), Unresolved: unresolved}
	if n := len(errs); n > 0 {
		ok := 0
		sum := 0.0
		for _, e := range errs {
			if e <= 161 {
				ok++
			}
			sum += e
		}
		acc := geoRound(float64(ok)/float64(n), 4)
		mean := geoRound(sum/float64(n), 1)
		s := slices.Clone(errs)
		sort.Float64s(s)
		med := s[n/2]
		if n%2 == 0 {
			med = (s[n/2-1] + s[n/2]) / 2
		}
		med = geoRound(med, 1)
		auc := geoRound(*GeoAUC(errs), 4)
		r.Acc161, r.MeanErrorKm, r.MedianErrorKm, r.AUC = &acc, &mean, &med, &auc
	}
	sc.Resolution = r
	return sc
}

// geoRound rounds half to even, as Python's round does on the float's value.
func geoRound(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.RoundToEven(x*p) / p
}

func geoPRF(tp, npred, ngold int) GeoPRF {
	var p, r, f float64
	if npred > 0 {
		p = float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return GeoPRF{Precision: geoRound(p, 4), Recall: geoRound(r, 4), F1: geoRound(f, 4), TP: tp, Pred: npred, Gold: ngold}
}

func geoOverlap(a, b [2]int) int { return max(0, min(a[1], b[1])-max(a[0], b[0])) }

// geoGreedy is evalcommon.greedy_match: overlapping pairs that score, best
// first (ties by gold then prediction index), one-to-one. Returns gold -> prediction.
func geoGreedy(golds, preds [][2]int, score func(g, p [2]int) (int, bool)) map[int]int {
	type cand struct{ s, gi, pi int }
	var cands []cand
	for gi, g := range golds {
		for pi, p := range preds {
			if p[1] <= g[0] || g[1] <= p[0] {
				continue
			}
			if s, ok := score(g, p); ok {
				cands = append(cands, cand{s, gi, pi})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.s != b.s {
			return b.s - a.s
		}
		if a.gi != b.gi {
			return a.gi - b.gi
		}
		return a.pi - b.pi
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	out := map[int]int{}
	for _, c := range cands {
		if usedG[c.gi] || usedP[c.pi] {
			continue
		}
		usedG[c.gi], usedP[c.pi] = true, true
		out[c.gi] = c.pi
	}
	return out
}
