package tui

import (
	"liangsaibi/data/review"
	"liangsaibi/scoring"
)

// Blind review (rules.review: blind) in the dashboard: the second operator
// must not see the first entry anywhere. The rule is applied once, here:
// the standings every view gets (ctx) leave out the scores another
// operator entered that are not yet checked (review.Book.Blind), so a
// street with such a score shows as not yet complete in the rankings,
// gaps, detail, compare, judges and trend views and on the projector;
// exports are refused until none is hidden. The entry grid marks the
// hidden cells itself (cellMark).

// blindCache is the blinded view of one state of the round.
type blindCache struct {
	of *review.Book
	c  *scoring.Competition
	st *scoring.Standings
	d  *derived
	n  int
}

// blinded is what this dashboard's operator may see: the standings and
// their derived texts with hidden scores left out, and how many are
// hidden (0: the true standings, nothing to hide).
func (m *Model) blinded() (*scoring.Standings, *derived, int) {
	if m.rv == nil || m.comp == nil || m.st == nil || m.comp.Rules.Review != scoring.ReviewBlind {
		return m.st, m.d, 0
	}
	b, bc := m.entry.book(), &m.rv.blind
	if bc.of != b || bc.c != m.comp || bc.st == nil {
		c, n := b.Blind(m.comp, m.entry.operator())
		*bc = blindCache{of: b, c: m.comp, n: n, st: m.st, d: m.d}
		if n > 0 {
			bc.st = scoring.Compute(c)
			bc.d = newDerived(bc.st, m.d, nil)
		}
	}
	if bc.n == 0 {
		return m.st, m.d, 0
	}
	return bc.st, bc.d, bc.n
}

// hiddenScores is how many scores blind review hides from this operator.
func (m *Model) hiddenScores() int {
	_, _, n := m.blinded()
	return n
}

// shownComp is the competition as the views may show it: the standings'
// own (blinded under blind review), else the dashboard's.
func (c *viewCtx) shownComp() *scoring.Competition {
	if c.st != nil && c.st.Comp != nil {
		return c.st.Comp
	}
	return c.comp
}
