package scoring

import (
	"math/big"
	"slices"
)

// CategoryStandard is weight × Σ standards / Σ max, published; invalid
// unless every item of the category has a standard.
func (st *Standings) CategoryStandard(ci int) Published {
	c := st.Comp
	cat := &c.Categories[ci]
	for _, i := range cat.Items {
		if !c.Items[i].HasStandard {
			return Missing
		}
	}
	n := len(cat.Items)
	stdSum := sumDecs(n, func(k int) Dec { return c.Items[cat.Items[k]].Standard })
	maxSum := sumDecs(n, func(k int) Dec { return c.Items[cat.Items[k]].Max })
	x := new(big.Rat).Mul(cat.Weight.Rat(), stdSum)
	return st.publish(x.Quo(x, maxSum))
}

// StandardDecimals is how many decimals an item's standard and gaps are
// shown with: the competition's, or the standard's own when it has more
// (decimals: 0 and standard: 164.48 show 164.48 and a gap of −0.48, never a
// standard of 164 and a gap of 0 beside a score of 164 that is below it).
func (c *Competition) StandardDecimals(item int) int {
	return max(c.Rules.Decimals, c.Items[item].Standard.Decimals())
}

// PublishedStandard is an item's standard, exactly, with StandardDecimals.
func (st *Standings) PublishedStandard(item int) Published {
	it := &st.Comp.Items[item]
	if !it.HasStandard {
		return Missing
	}
	return Publish(it.Standard.Rat(), st.Comp.StandardDecimals(item), st.Comp.Rules.Rounding)
}

// PublishDec publishes an exact decimal (a max, a standard) like a score.
func (st *Standings) PublishDec(d Dec) Published { return st.publish(d.Rat()) }

// Problems is the street's 问题清单: its below-standard items, largest
// shortfall first (file order among equal gaps).
func (st *Standings) Problems(street int) []int {
	row := st.RowOf(street)
	out := slices.Clone(row.Below)
	slices.SortStableFunc(out, func(a, b int) int { return row.Gaps[a].Cmp(row.Gaps[b]) })
	return out
}

// ItemRank is the street's place among the streets that have a score for
// the item (1 + how many score strictly higher), and how many those are.
// Rank 0 means the street has no score for it.
func (st *Standings) ItemRank(street, item int) (rank, of int) {
	mine := st.results[street].items[item]
	for s := range st.results {
		v := st.results[s].items[item]
		if !v.Valid {
			continue
		}
		of++
		if mine.Valid && v.Cmp(mine) > 0 {
			rank++
		}
	}
	if !mine.Valid {
		return 0, of
	}
	return rank + 1, of
}

// BelowCount is how many streets are below standard on the item.
func (st *Standings) BelowCount(item int) int {
	n := 0
	for s := range st.results {
		if slices.Contains(st.results[s].below, item) {
			n++
		}
	}
	return n
}

// Band is the band of a row, or nil.
func (st *Standings) Band(row *Row) *Band {
	if row.Band < 0 {
		return nil
	}
	return &st.Comp.Rules.Bands[row.Band]
}
