package scoring

// Edits changes many slots of a copy of a Competition. Like WithSlot it
// copies only what changes, but the table of streets once per batch and
// each changed street's row and entry once, however many of its slots
// change: an import of 45,000 scores cost 45,000 copies of the table.
type Edits struct {
	base    *Competition
	next    *Competition
	rows    []bool // streets whose row is already this batch's copy
	entries []bool // street*items+item whose entry is already a copy
	// slab is room for the copied entries, allocated in doubling chunks:
	// an import copies 60,000 entries, a keystroke one.
	slab Entry
}

// Edit starts a batch of changes on a copy of c; c itself never changes.
func (c *Competition) Edit() *Edits {
	n := *c
	n.Scores = append([][]Entry(nil), c.Scores...)
	return &Edits{base: c, next: &n}
}

// Slot is the slot as the batch has it so far.
func (e *Edits) Slot(street, item, slot int) Slot { return e.next.Scores[street][item][slot] }

// Set replaces one slot.
func (e *Edits) Set(street, item, slot int, v Slot) {
	n := e.next
	if e.rows == nil {
		e.rows = make([]bool, len(n.Scores))
		e.entries = make([]bool, len(n.Scores)*len(n.Items))
	}
	if !e.rows[street] {
		n.Scores[street] = append([]Entry(nil), n.Scores[street]...)
		e.rows[street] = true
	}
	row, at := n.Scores[street], street*len(n.Items)+item
	if !e.entries[at] {
		row[item] = e.copyEntry(row[item])
		e.entries[at] = true
	}
	row[item][slot] = v
}

// copyEntry is a copy of en in the slab, its capacity its length so
// that no append reaches the next entry.
func (e *Edits) copyEntry(en Entry) Entry {
	if cap(e.slab)-len(e.slab) < len(en) {
		e.slab = make(Entry, 0, max(2*cap(e.slab), len(en)))
	}
	at := len(e.slab)
	e.slab = append(e.slab, en...)
	return e.slab[at:len(e.slab):len(e.slab)]
}

// Done is the competition with every change, or the one the batch started
// from when nothing was set. The batch is over: Set and Slot panic after.
func (e *Edits) Done() *Competition {
	n := e.next
	if e.rows == nil {
		n = e.base
	}
	e.next = nil
	return n
}
