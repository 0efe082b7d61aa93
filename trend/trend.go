// Package trend is 纵向比 over many rounds: each street's rank and total in
// the rounds named by `history:` and `previous:` and in this round, the
// streets that moved most, and the items a street has been below standard
// on in consecutive rounds (连续两轮未达标).
//
// Everything here is exact: ranks are integers, totals are the published
// figures as written in the exports. Nothing in scoring imports it.
package trend

import (
	"cmp"
	"slices"

	"liangsaibi/scoring"
)

// Window is how many rounds (this one included) a trend shows.
const Window = 8

// Point is one street in one round.
type Point struct {
	Rank     int         // 0 when unranked or absent
	Total    scoring.Dec // valid when HasTotal
	HasTotal bool
	Present  bool
}

// Move is a street's change of rank over the trend's rounds.
type Move struct {
	Street       int
	From, To     int // ranks in the first round it was ranked in and now
	FromRound    int // index into Trend.Rounds
	TotalChange  scoring.Dec
	HasTotalDiff bool
}

// Change is From − To: positive when the street rose.
func (m Move) Change() int { return m.From - m.To }

// Repeat is an item a street is below standard on now and in the rounds
// just before: Rounds ≥ 2 consecutive rounds, this one included.
type Repeat struct {
	Street, Item int
	Rounds       int
}

// Trend is the trend of one Standings.
type Trend struct {
	// Rounds are the rounds' names, oldest first; the last is this round.
	Rounds []string
	// Points[street][round], rounds as in Rounds.
	Points   [][]Point
	Improved []Move // most improved first
	Declined []Move // most declined first
	Repeats  []Repeat
}

// Rounds is the number of earlier rounds c names (history and previous).
func Rounds(c *scoring.Competition) []*scoring.PreviousRound {
	rs := slices.Clone(c.History)
	if c.Previous != nil {
		rs = append(rs, c.Previous)
	}
	return rs
}

// Has reports whether c names any earlier round.
func Has(c *scoring.Competition) bool { return c.Previous != nil || len(c.History) > 0 }

// Base is what a trend needs from the earlier rounds: each street's points
// in them. It depends on the competition's streets and rounds only, not on
// its scores, so the dashboard keeps it across entered scores.
type Base struct {
	past   []*scoring.PreviousRound
	rounds []string
	points []Point // [street*len(rounds)+k], the current round left empty
	// for which Competition structure (streets slice) it was made
	streets *scoring.Street
	n       int
}

// NewBase reads the earlier rounds of c for its streets.
func NewBase(c *scoring.Competition) *Base {
	past := Rounds(c)
	if len(past) > Window-1 {
		past = past[len(past)-(Window-1):]
	}
	b := &Base{past: past, n: len(c.Streets)}
	if len(c.Streets) > 0 {
		b.streets = &c.Streets[0]
	}
	for _, r := range past {
		name := r.Round
		if name == "" {
			name = r.Title
		}
		b.rounds = append(b.rounds, name)
	}
	cur := c.Round
	if cur == "" {
		cur = c.Title
	}
	b.rounds = append(b.rounds, cur)
	nr := len(b.rounds)
	b.points = make([]Point, len(c.Streets)*nr)
	for s := range c.Streets {
		id := c.Streets[s].ID
		for k, r := range past {
			if ps, ok := r.ByStreet[id]; ok {
				b.points[s*nr+k] = Point{Rank: ps.Rank, Total: ps.Total, HasTotal: ps.HasTotal, Present: true}
			}
		}
	}
	return b
}

// Fits reports whether b was made for c's streets and rounds.
func (b *Base) Fits(c *scoring.Competition) bool {
	if b == nil || b.n != len(c.Streets) || (len(c.Streets) > 0 && b.streets != &c.Streets[0]) {
		return false
	}
	past := Rounds(c)
	if len(past) > Window-1 {
		past = past[len(past)-(Window-1):]
	}
	return slices.Equal(past, b.past)
}

// Compute is the trend of st over at most Window rounds; top is how many
// streets each of Improved and Declined lists.
func Compute(st *scoring.Standings, top int) *Trend {
	return NewBase(st.Comp).Compute(st, top)
}

// Compute is the trend of st with the earlier rounds of b.
func (b *Base) Compute(st *scoring.Standings, top int) *Trend {
	c := st.Comp
	nr := len(b.rounds)
	t := &Trend{Rounds: b.rounds, Points: make([][]Point, len(c.Streets))}
	all := slices.Clone(b.points)
	for s := range c.Streets {
		pts := all[s*nr : (s+1)*nr : (s+1)*nr]
		row := st.RowOf(s)
		p := &pts[nr-1]
		p.Present = true
		if row.Complete {
			p.Rank = row.Rank
			p.Total, p.HasTotal = publishedDec(row.Total)
		}
		t.Points[s] = pts
		t.moves(s, pts)
		t.repeats(c, s, row, b.past)
	}
	slices.SortStableFunc(t.Improved, func(a, b Move) int { return cmp.Compare(b.Change(), a.Change()) })
	slices.SortStableFunc(t.Declined, func(a, b Move) int { return cmp.Compare(a.Change(), b.Change()) })
	t.Improved = t.Improved[:min(top, len(t.Improved))]
	t.Declined = t.Declined[:min(top, len(t.Declined))]
	slices.SortStableFunc(t.Repeats, func(a, b Repeat) int { return cmp.Compare(b.Rounds, a.Rounds) })
	return t
}

func (t *Trend) moves(s int, pts []Point) {
	now := pts[len(pts)-1]
	if now.Rank == 0 {
		return
	}
	for k, p := range pts[:len(pts)-1] {
		if p.Rank == 0 {
			continue
		}
		m := Move{Street: s, From: p.Rank, To: now.Rank, FromRound: k}
		if p.HasTotal && now.HasTotal {
			m.TotalChange, m.HasTotalDiff = now.Total-p.Total, true
		}
		switch {
		case m.Change() > 0:
			t.Improved = append(t.Improved, m)
		case m.Change() < 0:
			t.Declined = append(t.Declined, m)
		}
		return
	}
}

// repeats finds the items row is below standard on that were also below
// in the rounds just before (consecutive: the count stops at the first
// round in which the item was not below, or that does not say).
func (t *Trend) repeats(c *scoring.Competition, s int, row *scoring.Row, past []*scoring.PreviousRound) {
	id := c.Streets[s].ID
	for _, it := range row.Below {
		item := c.Items[it].ID
		n := 1
		for k := len(past) - 1; k >= 0; k-- {
			ps, ok := past[k].ByStreet[id]
			if !ok || !ps.HasBelow || !slices.Contains(ps.Below, item) {
				break
			}
			n++
		}
		if n >= 2 {
			t.Repeats = append(t.Repeats, Repeat{Street: s, Item: it, Rounds: n})
		}
	}
}

// publishedDec is a published total as a Dec (exact: at most six decimals).
func publishedDec(p scoring.Published) (scoring.Dec, bool) {
	if !p.Valid || int(p.Decimals) > scoring.MaxDecimals {
		return 0, false
	}
	u := p.Units
	for range scoring.MaxDecimals - int(p.Decimals) {
		u *= 10
	}
	return scoring.Dec(u), true
}
