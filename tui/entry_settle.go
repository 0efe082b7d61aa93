package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// The settle panel (c) is where the operator settles what an outside edit
// left: slots changed both here and in the file (keep mine or take the
// file's, one by one or all), and a file that became invalid (its
// problems, and a deliberate, confirmed overwrite with the state shown).
// Nothing is written into the file while either waits.

// settlePanel is the panel's state in the entry view.
type settlePanel struct {
	open     bool
	sel, top int
	confirm  bool // O was pressed: y overwrites the invalid file
}

// conflictLine is one conflict as the operator reads it.
type conflictLine struct {
	c                   data.Conflict
	street, item, judge string
	mine, theirs        string
}

// conflictLines names st's conflicts in its competition.
func conflictLines(st *round.State, lang i18n.Lang) []conflictLine {
	var out []conflictLine
	comp := st.Comp
	for _, c := range st.Conflicts {
		l := conflictLine{c: c, street: c.Street, item: c.Item, judge: c.Judge}
		r := c.Ref
		if comp != nil && r.Street < len(comp.Streets) && r.Item < len(comp.Items) {
			l.street = display.Sanitize(comp.Streets[r.Street].Name)
			l.item = display.Sanitize(comp.Items[r.Item].Name)
			if comp.Items[r.Item].Kind == scoring.Judged && r.Slot < len(comp.Judges) {
				l.judge = display.Sanitize(comp.Judges[r.Slot].Name)
			}
		}
		l.mine, l.theirs = slotShown(c.Mine, lang), slotShown(c.Theirs, lang)
		out = append(out, l)
	}
	return out
}

// slotShown is a slot as the conflict list shows it.
func slotShown(s scoring.Slot, lang i18n.Lang) string {
	switch s.State {
	case scoring.Scored:
		return s.Value.String()
	case scoring.Recused:
		return et(lang, "entry.recused")
	}
	return "~"
}

// openSettle shows the panel when there is something to settle.
func (v *entryView) openSettle(c *viewCtx) {
	if !v.info.unsettled() {
		v.say(et(c.lang, "settle.nothing"), false)
		return
	}
	v.editing, v.picking, v.missing.open = false, false, false
	v.input.Blur()
	v.settle.open, v.settle.confirm = true, false
	v.settle.sel = clampInt(v.settle.sel, len(v.info.conflicts))
}

// updateSettle handles a key in the panel. Esc is handled by the root.
func (v *entryView) updateSettle(c *viewCtx, msg tea.KeyPressMsg) tea.Cmd {
	p := &v.settle
	k := c.keys
	lines := v.info.conflicts
	if p.confirm {
		p.confirm = false
		if key.Matches(msg, k.Yes) && len(v.info.invalid) > 0 {
			v.say(et(c.lang, "settle.overwriting"), false)
			return overwriteCmd(v.sess)
		}
		v.say(et(c.lang, "settle.notoverwritten"), false)
		return nil
	}
	pick := func(all, mine bool) tea.Cmd {
		if len(lines) == 0 || v.sess == nil {
			return nil
		}
		chosen := lines[clampInt(p.sel, len(lines)):][:1]
		if all {
			chosen = lines
		}
		cs := make([]data.Conflict, len(chosen))
		for i, l := range chosen {
			cs[i] = l.c
		}
		return resolveCmd(v.sess, cs, mine)
	}
	switch {
	case key.Matches(msg, k.KeepMine):
		return pick(false, true)
	case key.Matches(msg, k.TakeFile):
		return pick(false, false)
	case key.Matches(msg, k.KeepAllMine):
		return pick(true, true)
	case key.Matches(msg, k.TakeAllFile):
		return pick(true, false)
	case key.Matches(msg, k.Overwrite) && len(v.info.invalid) > 0:
		p.confirm = true
		v.say(et(c.lang, "settle.confirm"), true)
	default:
		p.sel, _ = listMove(k, msg, p.sel, len(lines), max(1, c.bodyH-6))
	}
	return nil
}

// resolveCmd settles conflicts one after the other, as this operator.
func resolveCmd(s EntrySession, cs []data.Conflict, keepMine bool) tea.Cmd {
	return safeCmd(func() tea.Msg {
		for _, c := range cs {
			if err := s.Resolve(c, keepMine, s.Operator()); err != nil {
				return entrySettledMsg{err: err}
			}
		}
		return entrySettledMsg{}
	}, func(err error) tea.Msg { return entrySettledMsg{err: err} })
}

// overwriteCmd writes the state shown over the invalid file.
func overwriteCmd(s EntrySession) tea.Cmd {
	return safeCmd(func() tea.Msg {
		return entrySettledMsg{err: s.Overwrite(), overwrote: true}
	}, func(err error) tea.Msg { return entrySettledMsg{err: err} })
}

// settleBanner is the line above the grid while something waits.
func (v *entryView) settleBanners() []banner {
	var out []banner
	if n := len(v.info.conflicts); n > 0 {
		out = append(out, banner{et(v.lang, "settle.banner.conflicts", n), true})
	}
	if len(v.info.invalid) > 0 {
		out = append(out, banner{et(v.lang, "settle.banner.invalid", v.info.path), true})
	}
	return out
}

// renderSettle draws the panel: the conflicts, one per line (street ·
// item · judge: 我的 X / 文件中 Y), then the file's problems.
func (v *entryView) renderSettle(c *viewCtx, w, h int) []string {
	p := &v.settle
	lines := v.info.conflicts
	title, keys := et(c.lang, "settle.title", len(lines)), "settle.keys"
	switch {
	case len(v.info.invalid) > 0 && len(lines) == 0:
		title, keys = et(c.lang, "settle.title.invalid"), "settle.keys.onlyinvalid"
	case len(v.info.invalid) > 0:
		keys = "settle.keys.invalid"
	}
	out := []string{c.s.Title.Render(display.Truncate(title, w))}
	out = append(out, c.s.Muted.Render(display.Truncate(et(c.lang, keys), w)))
	if len(lines) > 0 {
		out = append(out, "")
		room := max(1, h-len(out)-min(len(v.info.invalid), 6)-2)
		p.sel = clampInt(p.sel, len(lines))
		p.top = scrollTo(p.top, p.sel, room, len(lines))
		for i := p.top; i < min(len(lines), p.top+room); i++ {
			l := lines[i]
			where := l.street + " · " + l.item
			if l.judge != "" {
				where += " · " + l.judge
			}
			text := et(c.lang, "settle.line", where, l.mine, l.theirs)
			if i == p.sel {
				out = append(out, c.s.Selected.Render(fit("▸ "+text, w)))
			} else {
				out = append(out, fit("  "+text, w))
			}
		}
	}
	if len(v.info.invalid) > 0 {
		out = append(out, "", c.s.Error.Render(display.Truncate(et(c.lang, "settle.invalid", v.info.path), w)))
		for _, l := range v.info.invalid {
			out = append(out, "  "+display.Truncate(display.Sanitize(l), w-2))
		}
	}
	return out
}
