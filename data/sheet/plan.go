package sheet

import (
	"liangsaibi/data"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Change is one slot an import would set.
type Change struct {
	Street, Item, Slot int
	Old, New           scoring.Slot
	// Conflict: the slot already holds a different value (not empty).
	Conflict bool
	Loc      Loc
}

// Plan compares the values read from sheets with c. Values equal to what c
// holds are dropped; two sheet cells giving different values for the same
// slot are a problem at the later one. Conflicts are marked, not refused:
// the caller decides (import refuses them unless --overwrite).
func Plan(c *scoring.Competition, vals []Value) ([]Change, Problems) {
	// first[slotIndex] is 1 + the index in vals of the slot's first value:
	// a flat table over every slot, not a map (a city sheet has 45,000).
	per := 1
	for i := range c.Items {
		per = max(per, c.SlotCount(i))
	}
	first := make([]int32, len(c.Streets)*len(c.Items)*per)
	out := make([]Change, 0, len(vals))
	var ps Problems
	for n, v := range vals {
		k := (v.Street*len(c.Items)+v.Item)*per + v.Slot
		if at := first[k]; at != 0 {
			if f := &vals[at-1]; f.New != v.New {
				add(&ps, v.Loc, "p.disagree", v.Text, f.Loc.String(), f.Text)
			}
			continue
		}
		first[k] = int32(n + 1)
		old := c.Scores[v.Street][v.Item][v.Slot]
		if old == v.New {
			continue
		}
		out = append(out, Change{Street: v.Street, Item: v.Item, Slot: v.Slot, Old: old, New: v.New,
			Conflict: old.State != scoring.Empty, Loc: v.Loc})
	}
	return out, ps
}

// Conflicts are the problems of the changes that would replace a value.
func Conflicts(ch []Change) Problems {
	var ps Problems
	for _, x := range ch {
		if x.Conflict {
			add(&ps, x.Loc, "p.conflict", slotArg(x.Old), slotArg(x.New))
		}
	}
	return ps
}

// SlotText is a slot as the change table shows it: a number, 回避
// (recused) or ~ (not scored).
func SlotText(s scoring.Slot, lang i18n.Lang) string { return slotArg(s).In(lang) }

func slotArg(s scoring.Slot) i18n.Message {
	switch s.State {
	case scoring.Recused:
		return word("slot.recused")
	case scoring.Empty:
		return word("slot.empty")
	}
	return i18n.Message{Catalog: messages, Key: "slot.number", Args: []any{data.SlotText(s)}}
}
