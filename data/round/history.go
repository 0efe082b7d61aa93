package round

import (
	"slices"

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
// drops Sets that change nothing. It returns c with the sets made and the
// slot each of them replaced.
func (r *Round) resolve(c *scoring.Competition, ops []Op) (sets []Op, olds []scoring.Slot, next *scoring.Competition) {
	sets, olds = make([]Op, 0, len(ops)), make([]scoring.Slot, 0, len(ops))
	e := c.Edit()
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
			step := stack[len(stack)-1-n]
			popped[o.Operator+string(rune(o.Kind))]++
			o.Street, o.Item, o.Slot = step.street, step.item, step.slot
			if o.Value = step.old; o.Kind == Redo {
				o.Value = step.new
			}
		}
		old := e.Slot(o.Street, o.Item, o.Slot)
		if old == o.Value {
			continue
		}
		e.Set(o.Street, o.Item, o.Slot, o.Value)
		sets, olds = append(sets, o), append(olds, old)
	}
	return sets, olds, e.Done()
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

// record moves the stacks for sets (resolve's, with the slots they
// replaced): a typed Set is undoable and clears the redo stack; an Undo
// moves its step to redo and back.
func (r *Round) record(sets []Op, olds []scoring.Slot) {
	var h *history
	for i, o := range sets {
		if i == 0 || o.Operator != sets[i-1].Operator { // a batch is mostly one person's
			if h = r.hist[o.Operator]; h == nil {
				h = &history{undo: make([]edit, 0, len(sets))}
				r.hist[o.Operator] = h
			}
		}
		switch o.Kind {
		case Set:
			h.undo = append(h.undo, edit{o.Street, o.Item, o.Slot, olds[i], o.Value})
			h.redo = h.redo[:0]
		case Undo:
			e := h.undo[len(h.undo)-1]
			h.undo, h.redo = h.undo[:len(h.undo)-1], append(h.redo, e)
		case Redo:
			e := h.redo[len(h.redo)-1]
			h.redo, h.undo = h.redo[:len(h.redo)-1], append(h.undo, e)
		}
	}
}

// copy is h's stacks, to put back if a write fails (nil: none).
func (h *history) copy() history {
	if h == nil {
		return history{}
	}
	return history{slices.Clone(h.undo), slices.Clone(h.redo)}
}

// forget drops every history after a reload: the steps were made on
// another version of the file.
func (r *Round) forget() { r.hist = map[string]*history{} }
