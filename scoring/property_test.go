package scoring

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// genCompetition draws a random valid competition. Scores are drawn from a
// few steps of each item's max so that equal totals and ties are common.
func genCompetition(t *rapid.T) *Competition {
	r := DefaultRules()
	r.Decimals = rapid.IntRange(0, 4).Draw(t, "decimals")
	r.Rounding = rapid.SampledFrom([]Rounding{HalfUp, HalfEven}).Draw(t, "rounding")
	r.Trim = rapid.IntRange(0, 2).Draw(t, "trim")
	r.TrimMinJudges = DefaultTrimMinJudges(r.Trim) + rapid.IntRange(0, 2).Draw(t, "trimMinExtra")
	c := &Competition{Title: "prop", Rules: r}

	for j := range rapid.IntRange(1, 8).Draw(t, "judges") {
		c.Judges = append(c.Judges, Judge{ID: "j" + strconv.Itoa(j), Name: "j"})
	}
	maxes := []Dec{DecFromInt(5), DecFromInt(10), DecFromInt(20), DecFromInt(100), 7_500_000}
	var ids []string
	for ci := range rapid.IntRange(1, 3).Draw(t, "categories") {
		cat := Category{ID: "c" + strconv.Itoa(ci), Name: "c", Weight: DecFromInt(int64(rapid.IntRange(1, 50).Draw(t, "weight")))}
		ids = append(ids, cat.ID)
		for k := range rapid.IntRange(1, 3).Draw(t, "items") {
			it := Item{ID: cat.ID + ".i" + strconv.Itoa(k), Name: "i", Category: ci,
				Kind: ItemKind(rapid.IntRange(0, 2).Draw(t, "kind")), Max: rapid.SampledFrom(maxes).Draw(t, "max")}
			if it.Kind == Target {
				it.Target = rapid.SampledFrom([]Dec{DecFromInt(1), DecFromInt(3), DecFromInt(100), 333_333}).Draw(t, "target")
			}
			if rapid.Bool().Draw(t, "hasStandard") {
				it.Standard, it.HasStandard = it.Max*Dec(rapid.IntRange(0, 4).Draw(t, "std"))/4, true
			}
			ids = append(ids, it.ID)
			cat.Items = append(cat.Items, len(c.Items))
			c.Items = append(c.Items, it)
		}
		c.Categories = append(c.Categories, cat)
	}
	c.Rules.TieBreak = rapid.SliceOfN(rapid.SampledFrom(ids), 0, 3).Draw(t, "tieBreak")
	if rapid.Bool().Draw(t, "bands") {
		c.Rules.Bands = []Band{{"好", DecFromInt(90)}, {"较好", DecFromInt(70)}, {"一般", DecFromInt(40)}}
	}
	for s := range rapid.IntRange(1, 8).Draw(t, "streets") {
		c.Streets = append(c.Streets, Street{ID: "s" + strconv.Itoa(s), Name: "s"})
	}
	c.Scores = c.EmptyScores()
	for s := range c.Streets {
		for i := range c.Items {
			for k := range c.Scores[s][i] {
				c.Scores[s][i][k] = genSlot(t, c, i)
			}
		}
	}
	if rapid.Bool().Draw(t, "previous") {
		c.Previous = &PreviousRound{ByStreet: map[string]PreviousStanding{}}
		for s := range c.Streets {
			if rapid.Bool().Draw(t, "inPrevious") {
				c.Previous.ByStreet[c.Streets[s].ID] = PreviousStanding{
					Rank: rapid.IntRange(0, 8).Draw(t, "prevRank"), Total: Dec(rapid.Int64Range(0, 100_000_000).Draw(t, "prevTotal")), HasTotal: rapid.Bool().Draw(t, "prevHasTotal")}
			}
		}
	}
	return c
}

// genSlot is mostly a score (a quarter step of max, or an odd value with
// six decimals), sometimes empty or recused.
func genSlot(t *rapid.T, c *Competition, item int) Slot {
	it := &c.Items[item]
	switch rapid.IntRange(0, 9).Draw(t, "slotKind") {
	case 0:
		return Slot{}
	case 1:
		if it.Kind == Judged {
			return Slot{State: Recused}
		}
	case 2:
		return Number(Dec(rapid.Int64Range(0, int64(it.Max)).Draw(t, "odd")))
	}
	top := it.Max
	if it.Kind == Target {
		top = it.Target * 2
	}
	return Number(top * Dec(rapid.IntRange(0, 4).Draw(t, "step")) / 4)
}

// Reordering streets in the file changes no street's rank, tie, total or band.
func TestPropertyStreetOrderIrrelevant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCompetition(t)
		perm := rapid.Permutation(slices.Collect(func(yield func(int) bool) {
			for i := range c.Streets {
				if !yield(i) {
					return
				}
			}
		})).Draw(t, "perm")
		d := *c
		d.Streets, d.Scores = nil, nil
		for _, s := range perm {
			d.Streets = append(d.Streets, c.Streets[s])
			d.Scores = append(d.Scores, c.Scores[s])
		}
		a, b := Compute(c), Compute(&d)
		for s := range c.Streets {
			ra, rb := a.RowOf(s), b.RowOf(d.FindStreet(c.Streets[s].ID))
			if ra.Rank != rb.Rank || ra.Tied != rb.Tied || ra.Total != rb.Total || ra.Band != rb.Band || ra.RankChange != rb.RankChange || ra.TotalChange != rb.TotalChange {
				t.Fatalf("street %s: %+v vs %+v after reordering", c.Streets[s].ID, ra, rb)
			}
		}
	})
}

// Raising one score never lowers the street's total.
func TestPropertyRaisingNeverLowers(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCompetition(t)
		s := rapid.IntRange(0, len(c.Streets)-1).Draw(t, "street")
		i := rapid.IntRange(0, len(c.Items)-1).Draw(t, "item")
		k := rapid.IntRange(0, c.SlotCount(i)-1).Draw(t, "slot")
		old := c.Scores[s][i][k]
		if old.State != Scored {
			t.Skip("slot holds no number")
		}
		top := c.Items[i].Max
		if c.Items[i].Kind == Target {
			top = old.Value + DecFromInt(1000)
		}
		if old.Value >= top {
			t.Skip("already at max")
		}
		v := Dec(rapid.Int64Range(int64(old.Value)+1, int64(top)).Draw(t, "higher"))
		before := Compute(c).RowOf(s).Total
		after := Compute(c.WithSlot(s, i, k, Number(v))).RowOf(s).Total
		if after.Cmp(before) < 0 {
			t.Fatalf("raising %s from %s to %s lowered the total %s → %s", c.Items[i].ID, old.Value, v, before, after)
		}
	})
}

// ahead reports whether a ranks strictly ahead of b: higher published
// total, or equal and better on the first tie-break that differs.
func ahead(st *Standings, a, b *Row) bool {
	if d := a.Total.Cmp(b.Total); d != 0 {
		return d > 0
	}
	c := st.Comp
	for _, id := range c.Rules.TieBreak {
		var va, vb Published
		if ci := c.FindCategory(id); ci >= 0 {
			va, vb = a.Categories[ci], b.Categories[ci]
		} else {
			ii := c.FindItem(id)
			va, vb = a.Items[ii], b.Items[ii]
		}
		if d := va.Cmp(vb); d != 0 {
			return d > 0
		}
	}
	return false
}

// Every ranked street's rank is 1 + the number of streets strictly ahead;
// it is tied exactly when another ranked street is neither ahead nor behind.
func TestPropertyRankCountsStreetsAhead(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCompetition(t)
		st := Compute(c)
		for p := range st.Rows {
			r := st.Rows[p]
			if !r.Complete {
				if r.Rank != 0 || p < st.Ranked {
					t.Fatalf("incomplete street %d at %d has rank %d", r.Street, p, r.Rank)
				}
				continue
			}
			n, tied := 0, false
			for q := range st.Ranked {
				o := st.Rows[q]
				if q == p {
					continue
				}
				if ahead(st, o, r) {
					n++
				} else if !ahead(st, r, o) {
					tied = true
				}
			}
			if r.Rank != n+1 || r.Tied != tied {
				t.Fatalf("street %s: rank %d tied %v, want rank %d tied %v", c.Streets[r.Street].ID, r.Rank, r.Tied, n+1, tied)
			}
			if p > 0 && st.Rows[p-1].Rank == r.Rank && st.Rows[p-1].Street > r.Street {
				t.Fatalf("tied streets not in file order at %d", p)
			}
		}
	})
}

// Rescore after a random edit equals Compute from scratch.
func TestPropertyRescoreEqualsCompute(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCompetition(t)
		st := Compute(c)
		for range rapid.IntRange(1, 5).Draw(t, "edits") {
			s := rapid.IntRange(0, len(c.Streets)-1).Draw(t, "street")
			i := rapid.IntRange(0, len(c.Items)-1).Draw(t, "item")
			k := rapid.IntRange(0, c.SlotCount(i)-1).Draw(t, "slot")
			c2 := c.WithSlot(s, i, k, genSlot(t, c, i))
			before := make([]Row, len(st.Rows))
			for p, row := range st.Rows {
				before[p] = *row
			}
			got, want := st.Rescore(c2, s), Compute(c2)
			for p, row := range st.Rows { // rows are shared: Rescore must not write through them
				if !rowsEqual(row, &before[p]) {
					t.Fatalf("Rescore changed row %d of the standings it started from", p)
				}
			}
			if got.Ranked != want.Ranked || !slices.EqualFunc(got.Rows, want.Rows, rowsEqual) {
				t.Fatalf("Rescore differs from Compute after editing street %d item %d slot %d", s, i, k)
			}
			for street := range c2.Streets {
				if got.Position(street) != want.Position(street) {
					t.Fatalf("street %d is at %d after Rescore, %d after Compute", street, got.Position(street), want.Position(street))
				}
			}
			c, st = c2, got
		}
	})
}

func rowsEqual(a, b *Row) bool {
	return a.Street == b.Street && a.Rank == b.Rank && a.Tied == b.Tied && a.Complete == b.Complete &&
		a.Total == b.Total && a.Band == b.Band && slices.Equal(a.Categories, b.Categories) &&
		slices.Equal(a.Items, b.Items) && slices.Equal(a.Gaps, b.Gaps) && slices.Equal(a.Below, b.Below) &&
		a.GapToFirst == b.GapToFirst && a.RankChange == b.RankChange && a.HasRank == b.HasRank &&
		a.TotalChange == b.TotalChange && a.HasPrevious == b.HasPrevious && a.DoneItems == b.DoneItems
}

// refPublish rounds x to d decimals independently of Publish: FloatString
// rounds halves away from zero; half-even is done by hand on the floor.
func refPublish(x *big.Rat, d int, mode Rounding) string {
	if mode == HalfUp {
		s := x.FloatString(d)
		if strings.Trim(s, "-0.") == "" { // a negative that rounds to zero is 0, not -0
			s = strings.TrimPrefix(s, "-")
		}
		return s
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)
	y := new(big.Rat).Mul(x, new(big.Rat).SetInt(scale))
	fl := new(big.Int).Div(y.Num(), y.Denom()) // Euclidean: floor for a positive denominator
	frac := new(big.Rat).Sub(y, new(big.Rat).SetInt(fl))
	switch frac.Cmp(big.NewRat(1, 2)) {
	case 1:
		fl.Add(fl, big.NewInt(1))
	case 0:
		if fl.Bit(0) == 1 {
			fl.Add(fl, big.NewInt(1))
		}
	}
	return new(big.Rat).SetFrac(fl, scale).FloatString(d)
}

// refItem is the exact score of an entry by the spec's words: the numeric
// slots, sorted; one copy of the k lowest and k highest dropped when there
// are enough; the mean of the rest.
func refItem(c *Competition, it *Item, e Entry) *big.Rat {
	if it.Kind != Judged {
		if e[0].State != Scored {
			return nil
		}
		if it.Kind == Direct {
			return e[0].Value.Rat()
		}
		x := new(big.Rat).Quo(e[0].Value.Rat(), it.Target.Rat())
		if x.Cmp(big.NewRat(1, 1)) > 0 {
			x.SetInt64(1)
		}
		return x.Mul(x, it.Max.Rat())
	}
	var vals []Dec
	for _, s := range e {
		if s.State == Scored {
			vals = append(vals, s.Value)
		}
	}
	if len(vals) == 0 {
		return nil
	}
	slices.Sort(vals)
	if k := c.Rules.Trim; len(vals) >= c.Rules.TrimMinJudges {
		vals = vals[k : len(vals)-k]
	}
	sum := new(big.Rat)
	for _, v := range vals {
		sum.Add(sum, v.Rat())
	}
	return sum.Quo(sum, big.NewRat(int64(len(vals)), 1))
}

// Every published item, category, total and gap is the independently
// computed exact value rounded once.
func TestPropertyPublishedMatchesExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) { checkExact(t, genCompetition(t)) })
}

// fataler is what checkExact needs of *testing.T and *rapid.T.
type fataler interface {
	Fatalf(format string, args ...any)
}

// checkExact checks every published item, category, total, gap and the
// full mark of c against the exact values computed here with big.Rat.
func checkExact(t fataler, c *Competition) {
	st := Compute(c)
	d, mode := c.Rules.Decimals, c.Rules.Rounding
	fullMark := new(big.Rat)
	for _, cat := range c.Categories {
		fullMark.Add(fullMark, cat.Weight.Rat())
	}
	if want := refPublish(fullMark, d, mode); st.FullMark.String() != want {
		t.Fatalf("full mark %s, want %s", st.FullMark, want)
	}
	for s := range c.Streets {
		row := st.RowOf(s)
		exact := make([]*big.Rat, len(c.Items))
		for i := range c.Items {
			exact[i] = refItem(c, &c.Items[i], c.Scores[s][i])
			got := row.Items[i]
			if exact[i] == nil {
				if got.Valid {
					t.Fatalf("street %d item %d: %s, want missing", s, i, got)
				}
				continue
			}
			if want := refPublish(exact[i], d, mode); got.String() != want {
				t.Fatalf("street %d item %d: %s, want %s (exact %s)", s, i, got, want, exact[i].RatString())
			}
			if c.Items[i].HasStandard {
				// Exact: shown with the standard's decimals when it has more.
				gap := new(big.Rat).Sub(got.Rat(), c.Items[i].Standard.Rat())
				if want := refPublish(gap, max(d, c.Items[i].Standard.Decimals()), mode); row.Gaps[i].String() != want || row.Gaps[i].Rat().Cmp(gap) != 0 {
					t.Fatalf("street %d item %d gap %s, want %s", s, i, row.Gaps[i], want)
				}
				if below := slices.Contains(row.Below, i); below != (gap.Sign() < 0) {
					t.Fatalf("street %d item %d below=%v, gap %s", s, i, below, gap.RatString())
				}
			}
		}
		total := new(big.Rat)
		for ci, cat := range c.Categories {
			sum, maxSum := new(big.Rat), new(big.Rat)
			for _, i := range cat.Items {
				if exact[i] != nil {
					sum.Add(sum, exact[i])
				}
				maxSum.Add(maxSum, c.Items[i].Max.Rat())
			}
			x := sum.Mul(sum, cat.Weight.Rat())
			x.Quo(x, maxSum)
			total.Add(total, x)
			if want := refPublish(x, d, mode); row.Categories[ci].String() != want {
				t.Fatalf("street %d category %d: %s, want %s", s, ci, row.Categories[ci], want)
			}
		}
		if want := refPublish(total, d, mode); row.Total.String() != want {
			t.Fatalf("street %d total %s, want %s (exact %s)", s, row.Total, want, total.RatString())
		}
	}
}
