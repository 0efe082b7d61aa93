package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/review"
	"liangsaibi/data/round"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// returnAsk is the reason asked for before a score goes back to the
// operator who entered it (退回, rules.review: confirm or blind): R on the
// grid or in the 待复核 list, a line of text, Enter sends, Esc cancels.
type returnAsk struct {
	open  bool
	ref   cellRef
	input textinput.Model
}

// askReturn opens the reason line for the score at ref, when it is one
// another operator entered and it still awaits review.
func (v *entryView) askReturn(c *viewCtx, ref cellRef) tea.Cmd {
	if !reviewing(c) {
		v.say(et(c.lang, "review.off"), true)
		return nil
	}
	if _, ok := v.sess.(reviewer); !ok {
		v.say(et(c.lang, "review.noround"), true)
		return nil
	}
	cell := v.book().At(c.comp, ref.street, ref.item, ref.slot)
	switch {
	case cell.Status != review.Pending && cell.Status != review.Mismatch:
		v.say(et(c.lang, "review.return.notopen"), true)
		return nil
	case cell.By == v.operator():
		v.say(et(c.lang, "review.return.own"), true)
		return nil
	}
	v.returning.open, v.returning.ref = true, ref
	v.returning.input.SetValue("")
	return v.returning.input.Focus()
}

// updateReturn types the reason; Enter sends the Return op.
func (v *entryView) updateReturn(c *viewCtx, msg tea.KeyPressMsg) tea.Cmd {
	ra := &v.returning
	switch {
	case key.Matches(msg, c.keys.Clear):
		ra.open = false
		ra.input.Blur()
		v.say(et(c.lang, "review.return.cancel"), false)
		return nil
	case key.Matches(msg, c.keys.Commit):
		reason := strings.TrimSpace(ra.input.Value())
		if reason == "" {
			v.say(et(c.lang, "review.return.empty"), true)
			return nil
		}
		ra.open = false
		ra.input.Blur()
		ref := ra.ref
		return v.send(et(c.lang, "review.returned", reason),
			round.Op{Kind: round.Return, Street: ref.street, Item: ref.item, Slot: ref.slot, Reason: reason})
	}
	var cmd tea.Cmd
	ra.input, cmd = ra.input.Update(msg)
	return cmd
}

// returnLine is the reason line drawn under the grid or the list.
func (v *entryView) returnLine(c *viewCtx, w int) string {
	ref := v.returning.ref
	name := c.d.names[ref.street] + " · " + c.d.itemNames[ref.item]
	if c.comp.Items[ref.item].Kind == scoring.Judged && ref.slot < len(c.d.judgeNames) {
		name += " · " + c.d.judgeNames[ref.slot]
	}
	return fit(c.s.Accent.Render(et(c.lang, "review.return.ask", name))+v.returning.input.View(), w)
}

// returnedNote says, for the selected cell, that it was returned and why,
// so the operator who entered it sees what to fix; "" otherwise.
func (v *entryView) returnedNote(c *viewCtx) string {
	if !reviewing(c) {
		return ""
	}
	ref, ok := v.selected(c)
	if !ok {
		return ""
	}
	cell := v.book().At(c.comp, ref.street, ref.item, ref.slot)
	if cell.Status != review.Returned {
		return ""
	}
	return c.s.Error.Render(et(c.lang, "review.returned.note",
		display.Sanitize(cell.Checker), display.Sanitize(cell.Reason)))
}
