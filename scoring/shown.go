package scoring

import "errors"

// ErrNotShown: the rows given to Shown do not fit their competition.
var ErrNotShown = errors.New("scoring: rows do not fit the competition")

// Shown rebuilds standings from published rows alone, e.g. a cache of the
// last standings of a file shown while the file loads. They can be shown
// (rows, RowOf, Position, bands) but never rescored: Rescore, ExactItem and
// the per-item methods need Compute's results. Rows may omit Categories,
// Items and Gaps. Rows that name a street or band the competition does not
// have, a street twice or an item out of range are refused.
func Shown(c *Competition, fullMark Published, ranked int, rows []Row) (*Standings, error) {
	n := len(c.Streets)
	if len(rows) != n || ranked < 0 || ranked > n || int(fullMark.Decimals) > MaxDecimals {
		return nil, ErrNotShown
	}
	st := &Standings{Comp: c, FullMark: fullMark, Ranked: ranked, Rows: make([]*Row, n), pos: make([]int, n)}
	seen := make([]bool, n)
	for p := range rows {
		r := &rows[p]
		if r.Street < 0 || r.Street >= n || seen[r.Street] || r.Band < -1 || r.Band >= len(c.Rules.Bands) ||
			(r.Rank > 0) != (p < ranked) || r.Rank > p+1 || r.DoneItems < 0 || r.DoneItems > len(c.Items) ||
			int(r.Total.Decimals) > MaxDecimals || int(r.GapToFirst.Decimals) > MaxDecimals {
			return nil, ErrNotShown
		}
		for _, it := range r.Below {
			if it < 0 || it >= len(c.Items) {
				return nil, ErrNotShown
			}
		}
		if r.Categories != nil && len(r.Categories) != len(c.Categories) ||
			r.Items != nil && len(r.Items) != len(c.Items) || r.Gaps != nil && len(r.Gaps) != len(c.Items) {
			return nil, ErrNotShown
		}
		seen[r.Street] = true
		st.Rows[p] = r
		st.pos[r.Street] = p
	}
	return st, nil
}
