package round

import (
	"slices"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// history is one operator's undo and redo stacks: undo takes back what
// that person typed, never another writer's score.
type history struct{ undo, redo []edit }

type edit struct {
	street, item, slot int
	old, new           scoring.Slot
}

// resolve turns Undo and Redo into the Sets they make, against c, and
// drops Sets that change nothing.
func (r *Round) resolve(c *scoring.Competition, ops []Op) ([]Op, error) {
	sets := make([]Op, 0, len(ops))
	popped := map[string]int{} // undo/redo steps taken within this batch
	for _, o := range ops {
		h := r.hist[o.Operator]
		switch o.Kind {
		case Undo, Redo:
			stack := h.stack(o.Kind == Undo)
			n := popped[o.Operator+string(rune(o.Kind))]
			if n >= len(stack) {
				continue // nothing to take back
			}
			e := stack[len(stack)-1-n]
			popped[o.Operator+string(rune(o.Kind))]++
			o.Street, o.Item, o.Slot = e.street, e.item, e.slot
			if o.Value = e.old; o.Kind == Redo {
				o.Value = e.new
			}
		}
		if !inside(c, o) {
			return nil, ErrBadOp
		}
		if c.Scores[o.Street][o.Item][o.Slot] == o.Value {
			continue
		}
		c = c.WithSlot(o.Street, o.Item, o.Slot, o.Value)
		sets = append(sets, o)
	}
	return sets, nil
}

// ErrBadOp refuses a batch with an op outside the competition (made
// against a version of the file that has since changed shape). It says
// so in either language (an i18n.Localizer).
var ErrBadOp error = badOp{}

type badOp struct{}

func (badOp) Error() string         { return "round: op outside the competition" }
func (badOp) In(l i18n.Lang) string { return msgs.T(l, "round.bad_op") }

// inside reports whether o's slot exists in c.
func inside(c *scoring.Competition, o Op) bool {
	return o.Street >= 0 && o.Street < len(c.Scores) &&
		o.Item >= 0 && o.Item < len(c.Scores[o.Street]) &&
		o.Slot >= 0 && o.Slot < len(c.Scores[o.Street][o.Item])
}

// stack is the undo (or redo) stack; a nil history has none.
func (h *history) stack(undo bool) []edit {
	if h == nil {
		return nil
	}
	if undo {
		return h.undo
	}
	return h.redo
}

// record moves the stacks for sets made on c and returns c with them: a
// typed Set is undoable and clears the redo stack; an Undo moves its step
// to redo and back. Each operator's stacks are copied into saved before
// their first change, so a failed write can put them back (restore).
func (r *Round) record(c *scoring.Competition, sets []Op, saved map[string]history) *scoring.Competition {
	for _, o := range sets {
		h := r.hist[o.Operator]
		if h == nil {
			h = &history{}
			r.hist[o.Operator] = h
		}
		if _, ok := saved[o.Operator]; !ok {
			saved[o.Operator] = history{slices.Clone(h.undo), slices.Clone(h.redo)}
		}
		old := c.Scores[o.Street][o.Item][o.Slot]
		c = c.WithSlot(o.Street, o.Item, o.Slot, o.Value)
		switch o.Kind {
		case Set:
			h.undo = append(h.undo, edit{o.Street, o.Item, o.Slot, old, o.Value})
			h.redo = h.redo[:0]
		case Undo:
			e := h.undo[len(h.undo)-1]
			h.undo, h.redo = h.undo[:len(h.undo)-1], append(h.redo, e)
		case Redo:
			e := h.redo[len(h.redo)-1]
			h.redo, h.undo = h.redo[:len(h.redo)-1], append(h.undo, e)
		}
	}
	return c
}

// restore puts back the stacks saved before a write that failed.
func (r *Round) restore(saved map[string]history) {
	for op, h := range saved {
		r.hist[op] = &history{h.undo, h.redo}
	}
}

// forget drops every history after a reload: the steps were made on
// another version of the file.
func (r *Round) forget() { r.hist = map[string]*history{} }
