package scoring

import (
	"math/big"
	"slices"
	"sort"
)

// Standings are the published results of a competition: every street's
// scores, ranks, bands and gaps. A Standings is never changed after it is
// made; Rescore makes a new one.
type Standings struct {
	Comp     *Competition
	FullMark Published
	// Rows in ranking order: ranked streets first, then the incomplete
	// ones in file order.
	Rows []Row
	// Ranked is how many of Rows are complete and ranked.
	Ranked int

	results []streetResult // by street index
	pos     []int          // street index -> position in Rows
}

// Row is one street's published result.
type Row struct {
	Street   int  // index into Comp.Streets
	Rank     int  // 1-based; 0 when not ranked (incomplete)
	Tied     bool // shares its rank with another street
	Complete bool
	Total    Published // for an incomplete street, a floor: missing items count 0
	Band     int       // index into Rules.Bands, -1 for none

	Categories []Published // by category index
	Items      []Published // by item index; invalid when missing
	Gaps       []Published // item score − standard; invalid when missing or no standard
	Below      []int       // items below standard, in file order

	GapToFirst  Published // invalid when unranked
	RankChange  int       // previous rank − rank; valid when HasRankChange
	HasRank     bool      // the previous round had a rank and this one has one
	TotalChange Published // total − previous total; invalid when unknown
	HasPrevious bool      // the street appears in the previous round

	DoneItems int // complete items, for progress such as 12/15
}

// HasRankChange reports whether RankChange means anything.
func (r *Row) HasRankChange() bool { return r.HasRank }

// streetResult is what depends on one street alone.
type streetResult struct {
	exactItems []*big.Rat // nil when missing
	items      []Published
	gaps       []Published
	below      []int
	cats       []Published
	total      Published
	complete   bool
	doneItems  int
}

// Compute scores every street and ranks them.
func Compute(c *Competition) *Standings {
	st := &Standings{Comp: c, results: make([]streetResult, len(c.Streets))}
	for s := range c.Streets {
		st.results[s] = scoreStreet(c, s)
	}
	st.rank()
	return st
}

// Rescore is the standings after street's scores changed in c (a copy of
// st.Comp with that street's row replaced): only that street is scored
// again, then all are re-ranked.
func (st *Standings) Rescore(c *Competition, street int) *Standings {
	n := &Standings{Comp: c, results: slices.Clone(st.results)}
	n.results[street] = scoreStreet(c, street)
	n.rank()
	return n
}

// RowOf is the row of the street with the given index.
func (st *Standings) RowOf(street int) *Row { return &st.Rows[st.pos[street]] }

// Position is where the street stands in Rows.
func (st *Standings) Position(street int) int { return st.pos[street] }

// ExactItem is the unrounded score of one street's item (nil when missing).
func (st *Standings) ExactItem(street, item int) *big.Rat {
	return st.results[street].exactItems[item]
}

func (st *Standings) publish(x *big.Rat) Published {
	return Publish(x, st.Comp.Rules.Decimals, st.Comp.Rules.Rounding)
}

func scoreStreet(c *Competition, s int) streetResult {
	rules := &c.Rules
	pub := func(x *big.Rat) Published { return Publish(x, rules.Decimals, rules.Rounding) }
	r := streetResult{
		exactItems: make([]*big.Rat, len(c.Items)),
		items:      make([]Published, len(c.Items)),
		gaps:       make([]Published, len(c.Items)),
		cats:       make([]Published, len(c.Categories)),
		complete:   true,
	}
	entries := c.Scores[s]
	for i := range c.Items {
		x, complete := itemScore(c, &c.Items[i], entries[i])
		if complete {
			r.doneItems++
		} else {
			r.complete = false
		}
		if x == nil {
			continue
		}
		r.exactItems[i] = x
		r.items[i] = pub(x)
		it := &c.Items[i]
		if it.HasStandard {
			gap := new(big.Rat).Sub(r.items[i].Rat(), it.Standard.Rat())
			r.gaps[i] = pub(gap)
			if gap.Sign() < 0 {
				r.below = append(r.below, i)
			}
		}
	}
	total := new(big.Rat)
	for ci := range c.Categories {
		x := categoryScore(c, ci, r.exactItems)
		r.cats[ci] = pub(x)
		total.Add(total, x)
	}
	r.total = pub(total)
	return r
}

// categoryScore is weight × Σ item scores / Σ max, missing items as 0.
func categoryScore(c *Competition, ci int, exactItems []*big.Rat) *big.Rat {
	cat := &c.Categories[ci]
	sum := new(big.Rat)
	var maxSum Dec
	for _, i := range cat.Items {
		if exactItems[i] != nil {
			sum.Add(sum, exactItems[i])
		}
		maxSum += c.Items[i].Max
	}
	sum.Mul(sum, cat.Weight.Rat())
	return sum.Quo(sum, maxSum.Rat())
}

// itemScore is the exact score of one entry (nil when missing) and whether
// the entry is complete.
func itemScore(c *Competition, it *Item, e Entry) (*big.Rat, bool) {
	if it.Kind != Judged {
		if len(e) == 0 || e[0].State != Scored {
			return nil, false
		}
		v := e[0].Value
		if it.Kind == Direct {
			return v.Rat(), true
		}
		if v >= it.Target {
			return it.Max.Rat(), true
		}
		x := big.NewRat(int64(v), int64(it.Target))
		return x.Mul(x, it.Max.Rat()), true
	}
	kept, n, complete := keptScores(&c.Rules, e)
	if n == 0 {
		return nil, false
	}
	var sum int64
	for i, s := range e {
		if kept[i] {
			sum += int64(s.Value)
		}
	}
	return big.NewRat(sum, int64(countTrue(kept))*microScale), complete
}

func countTrue(b []bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}

// keptScores says which slots of a judged entry count after trimming, how
// many numbers it holds, and whether it is complete (every slot scored or
// recused, and at least one number).
func keptScores(rules *Rules, e Entry) (kept []bool, numbers int, complete bool) {
	kept = make([]bool, len(e))
	idx := make([]int, 0, len(e))
	complete = true
	for i, s := range e {
		switch s.State {
		case Scored:
			kept[i] = true
			idx = append(idx, i)
		case Empty:
			complete = false
		}
	}
	numbers = len(idx)
	if numbers == 0 {
		return kept, 0, false
	}
	k := rules.Trim
	if k > 0 && numbers >= rules.TrimMinJudges && numbers > 2*k {
		// Drop one copy each of the k lowest and k highest; among equal
		// values the earlier judge counts as lower.
		sort.SliceStable(idx, func(a, b int) bool { return e[idx[a]].Value < e[idx[b]].Value })
		for _, i := range idx[:k] {
			kept[i] = false
		}
		for _, i := range idx[numbers-k:] {
			kept[i] = false
		}
	}
	return kept, numbers, complete
}

// Kept says which of a judged entry's slots count after trimming: the
// dropped highest and lowest are false, as are empty and recused slots.
func (c *Competition) Kept(e Entry) []bool {
	kept, _, _ := keptScores(&c.Rules, e)
	return kept
}

// ItemComplete reports whether one street's item is complete.
func (c *Competition) ItemComplete(item int, e Entry) bool {
	_, complete := itemScore(c, &c.Items[item], e)
	return complete
}

// rank orders the streets, assigns ranks, bands and every derived figure.
func (st *Standings) rank() {
	c := st.Comp
	rules := &c.Rules
	st.FullMark = st.publish(c.FullMark().Rat())
	tb := resolveTieBreak(c)

	order := make([]int, 0, len(c.Streets))
	var incomplete []int
	for s := range c.Streets {
		if st.results[s].complete {
			order = append(order, s)
		} else {
			incomplete = append(incomplete, s)
		}
	}
	cmp := func(a, b int) int { // negative when a ranks ahead of b
		ra, rb := &st.results[a], &st.results[b]
		if d := rb.total.Cmp(ra.total); d != 0 {
			return d
		}
		for _, t := range tb {
			va, vb := t.value(ra), t.value(rb)
			if d := vb.Cmp(va); d != 0 {
				return d
			}
		}
		return 0
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if d := cmp(a, b); d != 0 {
			return d
		}
		return a - b
	})
	st.Ranked = len(order)
	st.Rows = make([]Row, 0, len(c.Streets))
	st.pos = make([]int, len(c.Streets))
	for p, s := range order {
		rank := p + 1
		if p > 0 && cmp(order[p-1], s) == 0 {
			rank = st.Rows[p-1].Rank
			st.Rows[p-1].Tied = true
		}
		row := st.newRow(s)
		row.Rank = rank
		row.Tied = rank != p+1
		row.Band = bandFor(rules.Bands, row.Total)
		st.Rows = append(st.Rows, row)
	}
	for _, s := range incomplete {
		st.Rows = append(st.Rows, st.newRow(s))
	}
	for p := range st.Rows {
		row := &st.Rows[p]
		st.pos[row.Street] = p
		if row.Rank > 0 {
			row.GapToFirst = st.Rows[0].Total.Sub(row.Total)
		}
		st.compareWithPrevious(row)
	}
}

func (st *Standings) newRow(s int) Row {
	r := &st.results[s]
	return Row{
		Street:     s,
		Complete:   r.complete,
		Total:      r.total,
		Band:       -1,
		Categories: r.cats,
		Items:      r.items,
		Gaps:       r.gaps,
		Below:      r.below,
		DoneItems:  r.doneItems,
	}
}

func (st *Standings) compareWithPrevious(row *Row) {
	prev := st.Comp.Previous
	if prev == nil {
		return
	}
	p, ok := prev.ByStreet[st.Comp.Streets[row.Street].ID]
	if !ok {
		return
	}
	row.HasPrevious = true
	if p.Rank > 0 && row.Rank > 0 {
		row.RankChange = p.Rank - row.Rank
		row.HasRank = true
	}
	if p.HasTotal && row.Complete {
		row.TotalChange = st.publish(new(big.Rat).Sub(row.Total.Rat(), p.Total.Rat()))
	}
}

func bandFor(bands []Band, total Published) int {
	t := total.Rat()
	for i, b := range bands {
		if t.Cmp(b.Min.Rat()) >= 0 {
			return i
		}
	}
	return -1
}

// tieKey is one step of the tie-break chain: a category or an item.
type tieKey struct {
	category bool
	index    int
}

func (t tieKey) value(r *streetResult) Published {
	if t.category {
		return r.cats[t.index]
	}
	v := r.items[t.index]
	if !v.Valid { // cannot happen for a complete street; rank it last
		return Published{Units: -1 << 62, Valid: true}
	}
	return v
}

func resolveTieBreak(c *Competition) []tieKey {
	var out []tieKey
	for _, id := range c.Rules.TieBreak {
		if ci := c.FindCategory(id); ci >= 0 {
			out = append(out, tieKey{category: true, index: ci})
		} else if ii := c.FindItem(id); ii >= 0 {
			out = append(out, tieKey{index: ii})
		}
	}
	return out
}
