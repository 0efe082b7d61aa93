package review

import (
	"liangsaibi/data"
	"liangsaibi/scoring"
)

// KeyOf is the key of a slot of c by index.
func KeyOf(c *scoring.Competition, street, item, slot int) Key {
	k := Key{Street: c.Streets[street].ID, Item: c.Items[item].ID}
	if c.Items[item].Kind == scoring.Judged {
		k.Judge = c.Judges[slot].ID
	}
	return k
}

// At is the review of a slot of c by index.
func (b *Book) At(c *scoring.Competition, street, item, slot int) Cell {
	return b.Cell(KeyOf(c, street, item, slot), data.SlotText(c.Scores[street][item][slot]))
}

// Counts are how many scores stand where in review.
type Counts struct{ Pending, Confirmed, Returned, Mismatch int }

// Open is how many scores still need someone: pending, returned or
// differing.
func (n Counts) Open() int { return n.Pending + n.Returned + n.Mismatch }

func (n *Counts) add(s Status) {
	switch s {
	case Pending:
		n.Pending++
	case Confirmed:
		n.Confirmed++
	case Returned:
		n.Returned++
	case Mismatch:
		n.Mismatch++
	}
}

// Street counts the review of one street of c.
func (b *Book) Street(c *scoring.Competition, s int) Counts {
	var n Counts
	for i := range c.Items {
		for k := range c.Scores[s][i] {
			n.add(b.At(c, s, i, k).Status)
		}
	}
	return n
}

// Count counts the review of every score of c.
func (b *Book) Count(c *scoring.Competition) Counts {
	var n Counts
	for s := range c.Streets {
		m := b.Street(c, s)
		n.Pending += m.Pending
		n.Confirmed += m.Confirmed
		n.Returned += m.Returned
		n.Mismatch += m.Mismatch
	}
	return n
}

// Slot is one score still open in review, by index, for the 待复核 list.
type Slot struct {
	Street, Item, Slot int
	Cell               Cell
}

// Open lists every score of c still open in review, in street and item
// order.
func (b *Book) Open(c *scoring.Competition) []Slot {
	var out []Slot
	for s := range c.Streets {
		for i := range c.Items {
			for k := range c.Scores[s][i] {
				if cell := b.At(c, s, i, k); cell.Status != None && cell.Status != Confirmed {
					out = append(out, Slot{s, i, k, cell})
				}
			}
		}
	}
	return out
}

// OnlyConfirmed is c with every score not yet confirmed left out, for a
// ranking of confirmed scores only.
func (b *Book) OnlyConfirmed(c *scoring.Competition) *scoring.Competition {
	for _, o := range b.Open(c) {
		c = c.WithSlot(o.Street, o.Item, o.Slot, scoring.Slot{})
	}
	return c
}

// Hidden says whether operator me must not see the score in cell under
// rules.review: blind: another operator entered it and nobody has
// entered it a second time yet.
func Hidden(mode scoring.Review, cell Cell, me string) bool {
	return mode == scoring.ReviewBlind && cell.Status == Pending && cell.By != "" && cell.By != me
}

// Blind is c as operator me may see it under rules.review: blind: every
// score another operator entered that is not yet checked left out, so the
// second entry is made without knowing the first, and n how many. Under
// any other rule, or with nothing hidden, it is c itself.
func (b *Book) Blind(c *scoring.Competition, me string) (out *scoring.Competition, n int) {
	out = c
	if c.Rules.Review != scoring.ReviewBlind {
		return out, 0
	}
	for _, o := range b.Open(c) {
		if Hidden(c.Rules.Review, o.Cell, me) {
			out = out.WithSlot(o.Street, o.Item, o.Slot, scoring.Slot{})
			n++
		}
	}
	return out, n
}
