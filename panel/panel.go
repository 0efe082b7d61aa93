// Package panel is the judges' check (评委评分分析): how each judge scores
// against the rest of the panel, how often a judge's score is the one
// trimmed, recusals, single scores far from the others (outliers) and
// judges who sit above or below the panel on most items of one street.
//
// It is information for the organizer only. Nothing in scoring imports
// this package, so the ranking cannot depend on it. Counts and flags are
// exact (integers, with big.Int where the numbers are large); the means
// and spreads are float64 and for display only.
package panel

import (
	"cmp"
	"math"
	"math/big"
	"slices"
	"strings"

	"liangsaibi/scoring"
)

// The outlier rule: a score is flagged when it differs from the median of
// the other judges' scores for the same street and item by more than
// OutlierSDs standard deviations of those other scores, and by at least
// 1/OutlierMinDiv of the item's full mark (so that a tiny spread does not
// flag a small difference). At least MinOthers other scores are needed.
const (
	OutlierSDs    = 2
	OutlierMinDiv = 8
	MinOthers     = 2
)

// The pattern rule: a judge is 偏高 (High) for a street when, of the
// judged items of that street on which the judge and at least one other
// judge scored, there are at least PatternMinItems and on at least
// PatternNum/PatternDen of them the judge's score is above the mean of the
// others; 偏低 (Low) likewise below.
const (
	PatternMinItems = 4
	PatternNum      = 3
	PatternDen      = 4
)

// Pattern is a judge's tendency on one street.
type Pattern int8

// The patterns.
const (
	None Pattern = iota
	High         // 偏高
	Low          // 偏低
)

// Judge is one judge's figures over the whole competition.
type Judge struct {
	Judge       int // index into Competition.Judges
	Scored      int // scores given to judged items
	Recused     int
	TrimmedHigh int // the score was dropped as one of the highest
	TrimmedLow  int // … as one of the lowest
	Compared    int // scores with at least one other score beside them
	Above       int // … above the mean of the others
	Below       int // … below it
	Outliers    int
	High, Low   int // streets where the pattern is 偏高 / 偏低

	// Display only (float64, never used for anything else): the mean of
	// the judge's scores, the mean of the other judges' scores on the same
	// streets and items, the mean difference and its standard deviation.
	Mean, PanelMean, MeanDiff, Spread float64
}

// Outlier is one flagged score.
type Outlier struct {
	Street, Item, Judge int
	Value               scoring.Dec
	// Median of the other judges' scores, times two (exact: the median of
	// an even count is the mean of the two middle scores).
	Median2 int64
	High    bool // above the others
}

// MedianString is the median of the others as a decimal string.
func (o Outlier) MedianString() string {
	return half(o.Median2)
}

// StreetPattern is one judge's pattern on one street.
type StreetPattern struct {
	Street, Judge int
	Pattern       Pattern
	Above, Below  int
	Compared      int
}

// cell is one judge on one street.
type cell struct {
	scored, recused, trimHigh, trimLow int32
	compared, above, below, outliers   int32
	sumX, sumO, sumD, sumD2            float64
}

func (c *cell) pattern() Pattern {
	n := int(c.compared)
	switch {
	case n < PatternMinItems:
		return None
	case int(c.above)*PatternDen >= n*PatternNum:
		return High
	case int(c.below)*PatternDen >= n*PatternNum:
		return Low
	}
	return None
}

// streetStats are the figures of one street: a cell per judge and its
// outliers. Never changed once made.
type streetStats struct {
	cells    []cell
	outliers []Outlier
}

// Stats are the judges' figures for one Competition. Update makes new
// Stats after one street's scores changed, sharing the other streets.
type Stats struct {
	Comp    *scoring.Competition
	Judges  []Judge
	streets []*streetStats
}

// Compute is the judges' figures of c.
func Compute(c *scoring.Competition) *Stats {
	s := &Stats{Comp: c, streets: make([]*streetStats, len(c.Streets))}
	var w work
	for i := range c.Streets {
		s.streets[i] = w.street(c, i)
	}
	s.total()
	return s
}

// Update is the figures after street's scores changed in c (a copy of
// s.Comp made by WithSlot): only that street is computed again. A street
// of -1 changes nothing but the Competition the figures belong to.
func (s *Stats) Update(c *scoring.Competition, street int) *Stats {
	if s == nil || len(c.Streets) != len(s.streets) || len(c.Judges) != len(s.Comp.Judges) || len(c.Items) != len(s.Comp.Items) {
		return Compute(c)
	}
	if street < 0 {
		return &Stats{Comp: c, Judges: s.Judges, streets: s.streets}
	}
	n := &Stats{Comp: c, streets: slices.Clone(s.streets)}
	var w work
	n.streets[street] = w.street(c, street)
	n.total()
	return n
}

// total sums the cells of every street, in street order, so that the
// result depends only on the scores and not on the order of updates.
func (s *Stats) total() {
	c := s.Comp
	s.Judges = make([]Judge, len(c.Judges))
	var x, o, d, d2 = make([]float64, len(c.Judges)), make([]float64, len(c.Judges)), make([]float64, len(c.Judges)), make([]float64, len(c.Judges))
	for _, ss := range s.streets {
		for j := range ss.cells {
			ce := &ss.cells[j]
			t := &s.Judges[j]
			t.Scored += int(ce.scored)
			t.Recused += int(ce.recused)
			t.TrimmedHigh += int(ce.trimHigh)
			t.TrimmedLow += int(ce.trimLow)
			t.Compared += int(ce.compared)
			t.Above += int(ce.above)
			t.Below += int(ce.below)
			t.Outliers += int(ce.outliers)
			switch ce.pattern() {
			case High:
				t.High++
			case Low:
				t.Low++
			}
			x[j] += ce.sumX
			o[j] += ce.sumO
			d[j] += ce.sumD
			d2[j] += ce.sumD2
		}
	}
	for j := range s.Judges {
		t := &s.Judges[j]
		t.Judge = j
		if t.Compared > 0 {
			n := float64(t.Compared)
			t.Mean, t.PanelMean, t.MeanDiff = x[j]/n, o[j]/n, d[j]/n
			t.Spread = math.Sqrt(max(0, d2[j]/n-t.MeanDiff*t.MeanDiff))
		}
	}
}

// Outliers are the flagged scores, by street in file order.
func (s *Stats) Outliers() []Outlier {
	var out []Outlier
	for _, ss := range s.streets {
		out = append(out, ss.outliers...)
	}
	return out
}

// OutlierCount is how many scores are flagged.
func (s *Stats) OutlierCount() int {
	n := 0
	for _, j := range s.Judges {
		n += j.Outliers
	}
	return n
}

// StreetOutliers are the flagged scores of one street.
func (s *Stats) StreetOutliers(street int) []Outlier { return s.streets[street].outliers }

// Pattern is judge's pattern on street.
func (s *Stats) Pattern(street, judge int) StreetPattern {
	ce := &s.streets[street].cells[judge]
	return StreetPattern{Street: street, Judge: judge, Pattern: ce.pattern(),
		Above: int(ce.above), Below: int(ce.below), Compared: int(ce.compared)}
}

// Patterns are every (street, judge) with a pattern, streets in file order.
func (s *Stats) Patterns() []StreetPattern {
	var out []StreetPattern
	for si, ss := range s.streets {
		for j := range ss.cells {
			if ss.cells[j].pattern() != None {
				out = append(out, s.Pattern(si, j))
			}
		}
	}
	return out
}

// work is scratch space reused across entries.
type work struct {
	idx    []int
	order  []int
	others []int64
	scaled []int64
	a, b   big.Int
	t      big.Int
}

func (w *work) street(c *scoring.Competition, si int) *streetStats {
	ss := &streetStats{cells: make([]cell, len(c.Judges))}
	for it := range c.Items {
		if c.Items[it].Kind != scoring.Judged {
			continue
		}
		w.entry(c, ss, si, it, c.Scores[si][it])
	}
	return ss
}

func (w *work) entry(c *scoring.Competition, ss *streetStats, si, it int, e scoring.Entry) {
	w.idx = w.idx[:0]
	var sum int64 // at most 200 × 9.2e15: fits
	for j, s := range e {
		switch s.State {
		case scoring.Scored:
			w.idx = append(w.idx, j)
			sum += int64(s.Value)
		case scoring.Recused:
			ss.cells[j].recused++
		}
	}
	n := len(w.idx)
	for _, j := range w.idx {
		ss.cells[j].scored++
	}
	// Who was trimmed: the rule of scoring (stable by value: among equal
	// values the earlier judge counts as lower).
	if k := c.Rules.Trim; k > 0 && n >= c.Rules.TrimMinJudges && n > 2*k {
		order := append(w.order[:0], w.idx...)
		w.order = order
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(e[a].Value, e[b].Value) })
		for _, j := range order[:k] {
			ss.cells[j].trimLow++
		}
		for _, j := range order[n-k:] {
			ss.cells[j].trimHigh++
		}
	}
	if n < 2 {
		return
	}
	const unit = 1e6
	for _, j := range w.idx {
		x := int64(e[j].Value)
		so := sum - x
		no := int64(n - 1)
		ce := &ss.cells[j]
		ce.compared++
		switch cmpMean(x, so, no, &w.a, &w.b) {
		case 1:
			ce.above++
		case -1:
			ce.below++
		}
		mo := float64(so) / float64(no) / unit
		fx := float64(x) / unit
		ce.sumX += fx
		ce.sumO += mo
		ce.sumD += fx - mo
		ce.sumD2 += (fx - mo) * (fx - mo)
		if n-1 >= MinOthers {
			w.others = w.others[:0]
			for _, k := range w.idx {
				if k != j {
					w.others = append(w.others, int64(e[k].Value))
				}
			}
			if m2, high, ok := w.outlier(x, w.others, int64(c.Items[it].Max)); ok {
				ce.outliers++
				ss.outliers = append(ss.outliers, Outlier{Street: si, Item: it, Judge: j, Value: e[j].Value, Median2: m2, High: high})
			}
		}
	}
}

// cmpMean compares x with so/no (no > 0), exactly.
func cmpMean(x, so, no int64, a, b *big.Int) int {
	const lim = 1 << 40
	if x > -lim && x < lim && no < 1<<20 {
		return cmp.Compare(x*no, so)
	}
	a.SetInt64(x)
	a.Mul(a, b.SetInt64(no))
	return a.Cmp(b.SetInt64(so))
}

// outlier applies the rule to score x against the others (sorted in
// place). It returns twice the others' median and whether x is above it.
func (w *work) outlier(x int64, others []int64, max int64) (m2 int64, high, ok bool) {
	slices.Sort(others)
	n := len(others)
	m2 = others[n/2] + others[(n-1)/2]
	d2 := 2*x - m2 // twice the difference; |2x| ≤ 1.9e16: fits
	high = d2 > 0
	ad := d2
	if ad < 0 {
		ad = -ad
	}
	// At least 1/OutlierMinDiv of the full mark: |x−m| ≥ max/d ⇔ d·|2x−2m| ≥ 2·max.
	if ad*OutlierMinDiv < 2*max {
		return m2, high, false
	}
	// More than k standard deviations of the others (population):
	// (x−m)² > k²·(n·Σo² − (Σo)²)/n²  ⇔  (2x−2m)²·n² > 4k²·(n·Σo² − (Σo)²).
	w.a.SetInt64(ad)
	w.a.Mul(&w.a, &w.a)
	w.t.SetInt64(int64(n))
	w.a.Mul(&w.a, &w.t)
	w.a.Mul(&w.a, &w.t) // (2x−2m)²·n²
	var sum, sq big.Int
	for _, o := range others {
		w.t.SetInt64(o)
		sum.Add(&sum, &w.t)
		sq.Add(&sq, w.b.Mul(&w.t, &w.t))
	}
	sq.Mul(&sq, w.t.SetInt64(int64(n)))
	sq.Sub(&sq, sum.Mul(&sum, &sum))
	sq.Mul(&sq, w.t.SetInt64(4*OutlierSDs*OutlierSDs))
	return m2, high, w.a.Cmp(&sq) > 0
}

// half is v/2 millionths as an exact decimal ("8.75", "8.0000005").
func half(v int64) string {
	s := new(big.Rat).SetFrac64(v, 2_000_000).FloatString(7)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
