package scoring

import (
	"cmp"
	"math/big"
	"slices"
)

// Standings are the published results of a competition: every street's
// scores, ranks, bands and gaps. A Standings is never changed after it is
// made; Rescore makes a new one.
type Standings struct {
	Comp     *Competition
	FullMark Published
	// Rows in ranking order: ranked streets first, then the incomplete
	// ones in file order.
	// A row is shared with the standings it was rescored from and never
	// changed once published: do not write through these pointers.
	Rows []*Row
	// Ranked is how many of Rows are complete and ranked.
	Ranked int

	results  []*streetResult // by street index; shared between standings, never changed
	pos      []int           // street index -> position in Rows
	tieBreak []tieKey
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
	Gaps       []Published // item score − standard, exact (StandardDecimals); invalid when missing or no standard
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
	items     []Published
	gaps      []Published
	below     []int
	cats      []Published
	total     Published
	complete  bool
	doneItems int
}

// Compute scores every street and ranks them.
func Compute(c *Competition) *Standings {
	res := make([]streetResult, len(c.Streets))
	st := &Standings{Comp: c, results: make([]*streetResult, len(c.Streets))}
	for s := range c.Streets {
		res[s] = scoreStreet(c, s)
		st.results[s] = &res[s]
	}
	st.rank()
	return st
}

// Rescore is the standings after street's scores changed in c (a copy of
// st.Comp with that street's row replaced): only that street is scored
// again and its row moved, by binary search, to where it now belongs.
//
// The other rows keep their order and their figures, so only the rows
// between the street's old and new places (widened to whole groups of
// tied streets) get new ranks, in copies of their own; the rest are shared
// with st.
func (st *Standings) Rescore(c *Competition, street int) *Standings {
	r := scoreStreet(c, street)
	n := &Standings{Comp: c, FullMark: st.FullMark, results: slices.Clone(st.results), tieBreak: st.tieBreak}
	n.results[street] = &r
	n.Rows = slices.Clone(st.Rows)
	n.pos = slices.Clone(st.pos)
	n.Ranked = st.Ranked

	from := st.pos[street]
	if from < st.Ranked {
		n.Ranked--
	}
	copy(n.Rows[from:], n.Rows[from+1:]) // take the street's row out
	var to int
	if r.complete {
		to, _ = slices.BinarySearchFunc(n.Rows[:n.Ranked], street, func(row *Row, s int) int { return n.before(row.Street, s) })
		n.Ranked++
	} else { // the incomplete streets follow in file order
		to, _ = slices.BinarySearchFunc(n.Rows[n.Ranked:len(n.Rows)-1], street, func(row *Row, s int) int { return row.Street - s })
		to += n.Ranked
	}
	copy(n.Rows[to+1:], n.Rows[to:len(n.Rows)-1])
	row := n.newRow(street)
	n.Rows[to] = &row

	lo, hi := min(from, to), max(from, to)
	n.rerank(lo, hi)
	for p := lo; p <= hi; p++ {
		n.pos[n.Rows[p].Street] = p
	}
	if n.Ranked > 0 && (st.Ranked == 0 || n.Rows[0].Total != st.Rows[0].Total) {
		n.own(0, n.Ranked-1) // a new top: every gap to it changes
		for _, row := range n.Rows[:n.Ranked] {
			row.GapToFirst = n.Rows[0].Total.Sub(row.Total)
		}
	}
	return n
}

// rerank gives the rows lo..hi (and the tied groups they touch) their
// rank, ties, band, gap to the first and comparison with the previous
// round, as layout does for every row.
func (st *Standings) rerank(lo, hi int) {
	for lo > 0 && lo < st.Ranked && st.equal(st.Rows[lo-1].Street, st.Rows[lo].Street) == 0 {
		lo--
	}
	if lo > 0 {
		lo-- // its Tied flag may change
	}
	hi = min(hi+1, len(st.Rows)-1)
	for hi+1 < st.Ranked && st.equal(st.Rows[hi].Street, st.Rows[hi+1].Street) == 0 {
		hi++
	}
	st.own(max(lo-1, 0), hi)
	c := st.Comp
	for p := lo; p <= hi; p++ {
		row := st.Rows[p]
		if p >= st.Ranked {
			*row = st.newRow(row.Street)
			st.compareWithPrevious(row)
			continue
		}
		row.Rank, row.Tied = p+1, false
		if p > 0 && st.equal(st.Rows[p-1].Street, row.Street) == 0 {
			row.Rank, row.Tied = st.Rows[p-1].Rank, true
			st.Rows[p-1].Tied = true
		}
		row.Band = bandFor(c.Rules.Bands, row.Total)
		row.GapToFirst = st.Rows[0].Total.Sub(row.Total)
		st.compareWithPrevious(row)
	}
}

// own gives the rows lo..hi copies of their own, so that they can be
// changed without changing the standings they were shared with.
func (st *Standings) own(lo, hi int) {
	rows := make([]Row, hi-lo+1)
	for p := lo; p <= hi; p++ {
		rows[p-lo] = *st.Rows[p]
		st.Rows[p] = &rows[p-lo]
	}
}

// RowOf is the row of the street with the given index.
func (st *Standings) RowOf(street int) *Row { return st.Rows[st.pos[street]] }

// Position is where the street stands in Rows.
func (st *Standings) Position(street int) int { return st.pos[street] }

// ExactItem is the unrounded score of one street's item (nil when missing).
func (st *Standings) ExactItem(street, item int) *big.Rat {
	c := st.Comp
	v := itemParts(c, &c.Items[item], c.Scores[street][item])
	if !v.present {
		return nil
	}
	return v.rat()
}

func (st *Standings) publish(x *big.Rat) Published {
	return Publish(x, st.Comp.Rules.Decimals, st.Comp.Rules.Rounding)
}

// itemValue is one street's item: its exact score is num/den × mulN/mulD,
// four machine integers that cannot overflow (see itemParts).
type itemValue struct {
	num, den, mulN, mulD int64
	present, complete    bool
}

func (v itemValue) rat() *big.Rat {
	x := big.NewRat(v.num, v.den)
	return x.Mul(x, big.NewRat(v.mulN, v.mulD))
}

func (v itemValue) frac() (frac, bool) { return reduce(v.num, v.den).times(v.mulN, v.mulD) }

// itemParts reads one entry:
//   - judged: the mean of the kept scores, Σ kept / (k · 10^6);
//   - direct: the value, v / 10^6;
//   - target: min(v, target)/target × max/10^6.
//
// Values are bounded by ParseDec, so Σ kept of up to 200 judges fits.
func itemParts(c *Competition, it *Item, e Entry) itemValue {
	if it.Kind != Judged {
		if len(e) == 0 || e[0].State != Scored {
			return itemValue{}
		}
		v := int64(e[0].Value)
		if it.Kind == Direct {
			return itemValue{num: v, den: microScale, mulN: 1, mulD: 1, present: true, complete: true}
		}
		return itemValue{num: min(v, int64(it.Target)), den: int64(it.Target), mulN: int64(it.Max), mulD: microScale, present: true, complete: true}
	}
	// The same trimming as keptScores, without allocating: sum everything,
	// then take off the k lowest and k highest values.
	var buf [16]int64
	vals, complete := buf[:0], true
	for _, s := range e {
		switch s.State {
		case Scored:
			vals = append(vals, int64(s.Value))
		case Empty:
			complete = false
		}
	}
	n := len(vals)
	if n == 0 {
		return itemValue{}
	}
	var sum int64
	for _, v := range vals {
		sum += v
	}
	if k := c.Rules.Trim; k > 0 && n >= c.Rules.TrimMinJudges && n > 2*k {
		slices.Sort(vals)
		for _, v := range vals[:k] {
			sum -= v
		}
		for _, v := range vals[n-k:] {
			sum -= v
		}
		n -= 2 * k
	}
	return itemValue{num: sum, den: int64(n) * microScale, mulN: 1, mulD: 1, present: true, complete: complete}
}

func scoreStreet(c *Competition, s int) streetResult {
	r := streetResult{
		items:    make([]Published, len(c.Items)),
		gaps:     make([]Published, len(c.Items)),
		cats:     make([]Published, len(c.Categories)),
		complete: true,
	}
	vals := make([]itemValue, len(c.Items))
	for i := range c.Items {
		vals[i] = itemParts(c, &c.Items[i], c.Scores[s][i])
		if vals[i].complete {
			r.doneItems++
		} else {
			r.complete = false
		}
	}
	if !r.publishFast(c, vals) {
		r.publishExact(c, vals)
	}
	for i := range c.Items {
		it := &c.Items[i]
		if !r.items[i].Valid || !it.HasStandard {
			continue
		}
		r.gaps[i] = publishedMinusDec(r.items[i], it.Standard, c.StandardDecimals(i), c.Rules.Rounding)
		if publishedBelow(r.items[i], it.Standard) {
			r.below = append(r.below, i)
		}
	}
	return r
}

// publishFast publishes items, categories and the total in machine
// integers; false when a number grew too large (then use publishExact).
func (r *streetResult) publishFast(c *Competition, vals []itemValue) bool {
	dec, mode := c.Rules.Decimals, c.Rules.Rounding
	total := frac{0, 1}
	for ci := range c.Categories {
		cat := &c.Categories[ci]
		sum := frac{0, 1}
		var maxSum int64
		for _, i := range cat.Items {
			var ok bool
			if maxSum, ok = add(maxSum, int64(c.Items[i].Max)); !ok {
				return false // a thousand maxima near the largest number: publishExact
			}
			if !vals[i].present {
				continue
			}
			x, ok := vals[i].frac()
			if !ok {
				return false
			}
			if r.items[i], ok = publishFrac(x, dec, mode); !ok {
				return false
			}
			if sum, ok = sum.plus(x); !ok {
				return false
			}
		}
		w := reduce(int64(cat.Weight), maxSum)
		x, ok := sum.times(w.n, w.d)
		if !ok {
			return false
		}
		if r.cats[ci], ok = publishFrac(x, dec, mode); !ok {
			return false
		}
		if total, ok = total.plus(x); !ok {
			return false
		}
	}
	var ok bool
	r.total, ok = publishFrac(total, dec, mode)
	return ok
}

// publishExact is publishFast with big.Rat, for any size of number.
func (r *streetResult) publishExact(c *Competition, vals []itemValue) {
	dec, mode := c.Rules.Decimals, c.Rules.Rounding
	exact := make([]*big.Rat, len(c.Items))
	for i, v := range vals {
		if v.present {
			exact[i] = v.rat()
			r.items[i] = Publish(exact[i], dec, mode)
		}
	}
	total := new(big.Rat)
	for ci := range c.Categories {
		x := categoryScore(c, ci, exact)
		r.cats[ci] = Publish(x, dec, mode)
		total.Add(total, x)
	}
	r.total = Publish(total, dec, mode)
}

// publishedMinusDec is p − d published with decimals places (at least
// p's): exact for an item gap, whose decimals are those of its standard
// too; rounded once for a change against a previous total.
func publishedMinusDec(p Published, d Dec, decimals int, mode Rounding) Published {
	scale := int64(1)
	for range MaxDecimals - int(p.Decimals) {
		scale *= 10
	}
	if pm, ok := mul(p.Units, scale); ok {
		if diff, ok := add(pm, -int64(d)); ok {
			if out, ok := publishFrac(frac{diff, microScale}, decimals, mode); ok {
				return out
			}
		}
	}
	return Publish(new(big.Rat).Sub(p.Rat(), d.Rat()), decimals, mode)
}

// belowExact reports p < d exactly (a gap that rounds to zero can still be
// a shortfall).
func belowExact(p Published, d Dec) bool { return p.Rat().Cmp(d.Rat()) < 0 }

// categoryScore is weight × Σ item scores / Σ max, missing items as 0.
func categoryScore(c *Competition, ci int, exactItems []*big.Rat) *big.Rat {
	cat := &c.Categories[ci]
	sum := new(big.Rat)
	for _, i := range cat.Items {
		if exactItems[i] != nil {
			sum.Add(sum, exactItems[i])
		}
	}
	sum.Mul(sum, cat.Weight.Rat())
	return sum.Quo(sum, sumDecs(len(cat.Items), func(k int) Dec { return c.Items[cat.Items[k]].Max }))
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
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(e[a].Value, e[b].Value) })
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
	return itemParts(c, &c.Items[item], e).complete
}

// rank orders the complete streets from scratch, then lays out the rows.
func (st *Standings) rank() {
	st.tieBreak = resolveTieBreak(st.Comp)
	order := make([]int, 0, len(st.Comp.Streets))
	for s := range st.Comp.Streets {
		if st.results[s].complete {
			order = append(order, s)
		}
	}
	slices.SortFunc(order, st.before)
	st.layout(order)
}

// equal compares two streets' published results: negative when a ranks
// ahead of b, 0 when they share a rank.
func (st *Standings) equal(a, b int) int {
	ra, rb := st.results[a], st.results[b]
	if d := rb.total.Cmp(ra.total); d != 0 {
		return d
	}
	for _, t := range st.tieBreak {
		if d := t.value(rb).Cmp(t.value(ra)); d != 0 {
			return d
		}
	}
	return 0
}

// before is the ranking order made total: streets that share a rank keep
// file order.
func (st *Standings) before(a, b int) int {
	if d := st.equal(a, b); d != 0 {
		return d
	}
	return a - b
}

// layout makes the rows from the ranked streets in order, then the
// incomplete ones in file order, with ranks, bands and every derived figure.
func (st *Standings) layout(order []int) {
	c := st.Comp
	st.FullMark = st.publish(c.FullMark())
	st.Ranked = len(order)
	rows := make([]Row, 0, len(c.Streets)) // one allocation for all rows
	st.pos = make([]int, len(c.Streets))
	for p, s := range order {
		rank := p + 1
		if p > 0 && st.equal(order[p-1], s) == 0 {
			rank = rows[p-1].Rank
			rows[p-1].Tied = true
		}
		row := st.newRow(s)
		row.Rank = rank
		row.Tied = rank != p+1
		row.Band = bandFor(c.Rules.Bands, row.Total)
		rows = append(rows, row)
	}
	for s := range c.Streets {
		if !st.results[s].complete {
			rows = append(rows, st.newRow(s))
		}
	}
	st.Rows = make([]*Row, len(rows))
	for p := range rows {
		row := &rows[p]
		st.Rows[p] = row
		st.pos[row.Street] = p
		if row.Rank > 0 {
			row.GapToFirst = rows[0].Total.Sub(row.Total)
		}
		st.compareWithPrevious(row)
	}
}

func (st *Standings) newRow(s int) Row {
	r := st.results[s]
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
		row.TotalChange = publishedMinusDec(row.Total, p.Total, int(row.Total.Decimals), st.Comp.Rules.Rounding)
	}
}

func bandFor(bands []Band, total Published) int {
	for i, b := range bands {
		if !publishedBelow(total, b.Min) {
			return i
		}
	}
	return -1
}

// publishedBelow reports p < d exactly.
func publishedBelow(p Published, d Dec) bool {
	scale := int64(1)
	for range MaxDecimals - int(p.Decimals) {
		scale *= 10
	}
	if pm, ok := mul(p.Units, scale); ok {
		return pm < int64(d)
	}
	return belowExact(p, d)
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
