package panel

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"liangsaibi/scoring"
)

// comp is a competition of one judged item (max 10) and the given scores
// per street; a negative score is a recusal.
func comp(rows ...[]float64) *scoring.Competition {
	c := &scoring.Competition{Rules: scoring.DefaultRules()}
	n := len(rows[0])
	for j := range n {
		c.Judges = append(c.Judges, scoring.Judge{ID: string(rune('a' + j))})
	}
	for k := range 4 {
		c.Items = append(c.Items, scoring.Item{ID: string(rune('p' + k)), Kind: scoring.Judged, Max: scoring.DecFromInt(10)})
	}
	for s := range rows {
		c.Streets = append(c.Streets, scoring.Street{ID: string(rune('s' + s))})
	}
	c.Scores = c.EmptyScores()
	for s, r := range rows {
		for it := range c.Items {
			for j, v := range r {
				if v < 0 {
					c.Scores[s][it][j] = scoring.Slot{State: scoring.Recused}
				} else {
					c.Scores[s][it][j] = scoring.Number(scoring.Dec(v * 1e6))
				}
			}
		}
	}
	return c
}

func TestOutlierRule(t *testing.T) {
	// Others 8, 8.5, 8, 8.5, 8 (median 8, SD 0.245): 6 is 2 points off (≥ 10/8,
	// more than 2 SD) and flagged low; 9 is 1 point off (< 1.25) and is not.
	c := comp([]float64{6, 8, 8.5, 8, 8.5, 8}, []float64{9, 8, 8.5, 8, 8.5, 8})
	s := Compute(c)
	out := s.Outliers()
	if len(out) != 4 { // street 0, every item, judge a
		t.Fatalf("outliers = %+v", out)
	}
	for _, o := range out {
		if o.Street != 0 || o.Judge != 0 || o.High || o.MedianString() != "8" {
			t.Errorf("outlier %+v (median %s)", o, o.MedianString())
		}
	}
	// All others equal (SD 0): a difference of at least 1/8 of the full mark flags.
	c = comp([]float64{7, 9, 9, 9}, []float64{8.5, 9, 9, 9})
	if n := len(Compute(c).StreetOutliers(0)); n != 4 {
		t.Errorf("street 0: %d outliers, want 4", n)
	}
	if n := len(Compute(c).StreetOutliers(1)); n != 0 {
		t.Errorf("street 1: %d outliers, want 0 (0.5 < 10/8)", n)
	}
}

func TestPatternsTrimsRecusals(t *testing.T) {
	c := comp([]float64{9, 8, 8, 8, 8, -1}, []float64{7, 8, 8, 8, 8, 8})
	s := Compute(c)
	if p := s.Pattern(0, 0); p.Pattern != High || p.Above != 4 || p.Compared != 4 {
		t.Errorf("street 0, judge a: %+v", p)
	}
	if p := s.Pattern(1, 0); p.Pattern != Low {
		t.Errorf("street 1, judge a: %+v", p)
	}
	a := s.Judges[0]
	// Street 0: 5 scores, trim 1 → a (9) is the highest; street 1: 6 scores,
	// a (7) the lowest.
	if a.TrimmedHigh != 4 || a.TrimmedLow != 4 || a.Scored != 8 {
		t.Errorf("judge a: %+v", a)
	}
	if f := s.Judges[5]; f.Recused != 4 {
		t.Errorf("judge f recusals: %d", f.Recused)
	}
	// The trims are those of scoring: the slots Kept leaves out.
	for st := range c.Streets {
		for it := range c.Items {
			kept := c.Kept(c.Scores[st][it])
			if st == 0 && kept[0] || st == 1 && kept[0] {
				t.Errorf("street %d item %d: judge a kept, but counted as trimmed", st, it)
			}
		}
	}
}

// Updating one street at a time gives exactly what computing afresh gives.
func TestUpdateMatchesCompute(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	rows := make([][]float64, 30)
	for i := range rows {
		rows[i] = []float64{8, 8, 8, 8, 8, 8, 8}
	}
	c := comp(rows...)
	s := Compute(c)
	for range 300 {
		st, it, j := r.IntN(len(c.Streets)), r.IntN(len(c.Items)), r.IntN(len(c.Judges))
		v := scoring.Number(scoring.Dec(r.IntN(21)) * 500_000)
		if r.IntN(10) == 0 {
			v = scoring.Slot{State: scoring.Recused}
		}
		c = c.WithSlot(st, it, j, v)
		s = s.Update(c, st)
	}
	fresh := Compute(c)
	if !reflect.DeepEqual(s.Judges, fresh.Judges) || !reflect.DeepEqual(s.Outliers(), fresh.Outliers()) || !reflect.DeepEqual(s.Patterns(), fresh.Patterns()) {
		t.Errorf("incremental figures differ from a fresh computation")
	}
}

// The figures are information only: computing them leaves the competition
// and its ranking exactly as they were.
func TestRankingUntouched(t *testing.T) {
	c := comp([]float64{6, 8, 8.5, 8, 8.5, 8}, []float64{9, 8, 8.5, 8, 8.5, 8}, []float64{7, 7, 7, 7, 7, 7})
	before := scoring.Compute(c)
	snapshot := reflect.ValueOf(*c).Interface()
	_ = Compute(c).Update(c.WithSlot(0, 0, 0, scoring.Number(scoring.DecFromInt(1))), 0)
	if !reflect.DeepEqual(snapshot, *c) {
		t.Fatal("computing the judges' figures changed the competition")
	}
	after := scoring.Compute(c)
	for i := range before.Rows {
		if !reflect.DeepEqual(*before.Rows[i], *after.Rows[i]) {
			t.Errorf("row %d changed", i)
		}
	}
}
