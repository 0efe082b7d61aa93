package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/review"
	"liangsaibi/data/round"
	"liangsaibi/display"
)

// reviewList is the 待复核 list of the entry tab: every score that awaits
// review, was returned, or whose blind entries differ (both values side
// by side). Enter goes to the cell, c confirms, 1 and 2 decide.
type reviewList struct {
	open     bool
	sel, top int
}

// openScores lists the open scores, cached per state.
func (v *entryView) openScores(c *viewCtx) []review.Slot {
	b := v.book()
	rl := &v.reviewCache
	if rl.listOf != b || rl.listC != c.comp {
		rl.listOf, rl.listC, rl.openList = b, c.comp, b.Open(c.comp)
	}
	return rl.openList
}

func (v *entryView) updateReviewList(c *viewCtx, msg tea.KeyPressMsg) tea.Cmd {
	rl := &v.reviewList
	list := v.openScores(c)
	rl.sel = clampInt(rl.sel, len(list))
	if key.Matches(msg, c.keys.Clear) || key.Matches(msg, c.keys.ReviewList) {
		rl.open = false
		return nil
	}
	if len(list) == 0 {
		return nil
	}
	o := list[rl.sel]
	op := round.Op{Street: o.Street, Item: o.Item, Slot: o.Slot}
	switch {
	case key.Matches(msg, c.keys.Commit):
		rl.open = false
		v.show(c, cellRef{o.Street, o.Item, o.Slot})
		v.clamp(c)
	case key.Matches(msg, c.keys.Return):
		return v.askReturn(c, cellRef{o.Street, o.Item, o.Slot})
	case key.Matches(msg, c.keys.Confirm):
		op.Kind = round.Confirm
		return v.send(et(c.lang, "review.confirmed", 1), op)
	case o.Cell.Status == review.Mismatch && (msg.String() == "1" || msg.String() == "2"):
		text := o.Cell.Value
		if msg.String() == "2" {
			text = o.Cell.Second
		}
		slot, err := data.ParseSlot(&c.comp.Items[o.Item], text)
		if err != nil {
			return nil
		}
		op.Kind, op.Value = round.Decide, slot
		return v.send(et(c.lang, "review.decided", text), op)
	default:
		rl.sel, _ = listMove(c.keys, msg, rl.sel, len(list), max(1, c.bodyH-4))
	}
	return nil
}

// renderReviewList draws the list: title with the keys, then a line per
// score: street · item · judge, the value, its state, who entered it.
func (v *entryView) renderReviewList(c *viewCtx, w, h int) []string {
	rl := &v.reviewList
	list := v.openScores(c)
	out := []string{c.s.Title.Render(display.Truncate(et(c.lang, "review.list.title", len(list)), w))}
	if len(list) == 0 {
		return append(out, "", "  "+c.s.Accent.Render(display.Truncate(et(c.lang, "review.list.empty"), w-2)))
	}
	me := v.operator()
	nameW := max(16, w/2)
	room := max(1, h-len(out))
	rl.sel = clampInt(rl.sel, len(list))
	rl.top = scrollTo(rl.top, rl.sel, room, len(list))
	for i := rl.top; i < min(len(list), rl.top+room); i++ {
		o := list[i]
		name := c.d.names[o.Street] + " · " + c.d.itemNames[o.Item]
		if len(c.comp.Judges) > o.Slot && c.comp.Items[o.Item].Kind == 0 {
			name += " · " + c.d.judgeNames[o.Slot]
		}
		value := display.Sanitize(o.Cell.Value)
		var state string
		switch o.Cell.Status {
		case review.Mismatch:
			state = et(c.lang, "review.st.mismatch", value, display.Sanitize(o.Cell.Second))
		case review.Returned:
			state = et(c.lang, "review.st.returned", display.Sanitize(o.Cell.Reason))
		default:
			state = et(c.lang, "review.st.pending")
		}
		if review.Hidden(c.comp.Rules.Review, o.Cell, me) {
			value = et(c.lang, "review.hidden")
		}
		by := et(c.lang, "review.by.file")
		if o.Cell.By != "" {
			by = et(c.lang, "review.by", display.Sanitize(o.Cell.By))
		}
		line := display.PadRight(display.Truncate(name, nameW), nameW) + " " + display.PadLeft(value, 6) + "  " + state + "  " + by
		if i == rl.sel {
			out = append(out, c.s.Selected.Render(fit("▸ "+line, w)))
		} else {
			out = append(out, fit("  "+line, w))
		}
	}
	return out
}
