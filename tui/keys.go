package tui

import (
	"charm.land/bubbles/v2/key"

	"liangsaibi/i18n"
)

// KeyMap is every key the dashboard answers to, with its help text in the
// user's language. Views match keys only through it.
type KeyMap struct {
	Up, Down, Left, Right  key.Binding
	PageUp, PageDown       key.Binding
	Home, End              key.Binding
	Tabs                   key.Binding // help only: 1–5
	Tab                    [tabCount]key.Binding
	NextTab, PrevTab       key.Binding
	Filter, Clear, Open    key.Binding
	Toggle                 key.Binding // gaps: score ⇄ gap
	PrevStreet, NextStreet key.Binding // detail: [ and ]
	Side                   key.Binding // compare: help only for ←→
	Help, Quit             key.Binding
	Export                 key.Binding // x: the export dialog
	Project                key.Binding // 6 or p: the projector
	Web                    key.Binding // 9: the judges' phones and the big screen

	// The entry view (录入). Type is help only: a digit starts typing.
	Type, Commit, Erase key.Binding
	Recuse, Undo, Redo  key.Binding
	Layout, Pick        key.Binding
	// Missing opens the 未录 list (every missing score) from any view.
	Missing key.Binding
	// Settling what an outside edit left (shown only while something
	// waits): Settle opens the list; per conflict keep mine or take the
	// file's, or all at once; Overwrite writes over an invalid file
	// after Yes.
	Settle, KeepMine, TakeFile key.Binding
	KeepAllMine, TakeAllFile   key.Binding
	Overwrite, Yes             key.Binding
	// Review (复核) and sealing (review.go): confirm the cell or the whole
	// sheet, the 待复核 list, seal the round, rank without unconfirmed scores.
	Confirm, ConfirmAll, ReviewList key.Binding
	Seal, OnlyConfirmed             key.Binding
	Return                          key.Binding // send a score back with a reason (退回)
}

// NewKeyMap is the key map with help in lang.
func NewKeyMap(lang i18n.Lang) KeyMap {
	t := func(k string) string { return catalog.T(lang, k) }
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, t(desc)))
	}
	km := KeyMap{
		Up:            b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:          b([]string{"down", "j"}, "↓/j", "key.down"),
		Left:          b([]string{"left", "h"}, "←/h", "key.left"),
		Right:         b([]string{"right", "l"}, "→/l", "key.right"),
		PageUp:        b([]string{"pgup", "ctrl+b"}, "PgUp", "key.pgup"),
		PageDown:      b([]string{"pgdown", "ctrl+f", "space"}, "PgDn", "key.pgdown"),
		Home:          b([]string{"home"}, "Home", "key.home"),
		End:           b([]string{"end", "G"}, "End", "key.end"),
		Tabs:          b([]string{"1", "2", "3", "4", "5", "7", "8"}, "1-8", "key.tabs"),
		NextTab:       b([]string{"tab"}, "Tab", "key.nexttab"),
		PrevTab:       b([]string{"shift+tab"}, "Shift+Tab", "key.prevtab"),
		Filter:        b([]string{"/"}, "/", "key.filter"),
		Clear:         b([]string{"esc"}, "Esc", "key.clear"),
		Open:          b([]string{"enter"}, "Enter", "key.open"),
		Toggle:        b([]string{"g"}, "g", "key.toggle"),
		PrevStreet:    b([]string{"["}, "[", "key.prevstreet"),
		NextStreet:    b([]string{"]"}, "]", "key.nextstreet"),
		Side:          b([]string{"left", "right", "h", "l"}, "←→", "key.side"),
		Help:          b([]string{"?"}, "?", "key.help"),
		Quit:          b([]string{"q", "ctrl+c"}, "q", "key.quit"),
		Export:        b([]string{"x"}, "x", "key.export"),
		Project:       b([]string{"6", "p"}, "6/p", "key.project"),
		Web:           b([]string{"9"}, "9", "key.web"),
		Type:          b([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, "0-9", "key.type"),
		Commit:        b([]string{"enter"}, "Enter", "key.commit"),
		Erase:         b([]string{"backspace", "delete"}, "⌫", "key.erase"),
		Recuse:        b([]string{"r"}, "r", "key.recuse"),
		Undo:          b([]string{"u", "ctrl+z"}, "u", "key.undo"),
		Redo:          b([]string{"ctrl+r", "ctrl+y"}, "Ctrl+R", "key.redo"),
		Layout:        b([]string{"m"}, "m", "key.layout"),
		Pick:          b([]string{"s"}, "s", "key.pick"),
		Missing:       b([]string{"w"}, "w", "key.missing"),
		Settle:        b([]string{"b"}, "b", "key.settle"),
		KeepMine:      b([]string{"a"}, "a", "key.keepmine"),
		TakeFile:      b([]string{"f"}, "f", "key.takefile"),
		KeepAllMine:   b([]string{"A"}, "A", "key.keepallmine"),
		TakeAllFile:   b([]string{"F"}, "F", "key.takeallfile"),
		Overwrite:     b([]string{"O"}, "O", "key.overwrite"),
		Yes:           b([]string{"y"}, "y", "key.yes"),
		Confirm:       b([]string{"c"}, "c", "key.confirm"),
		ConfirmAll:    b([]string{"C"}, "C", "key.confirmall"),
		ReviewList:    b([]string{"v"}, "v", "key.reviewlist"),
		Seal:          b([]string{"S"}, "S", "key.seal"),
		OnlyConfirmed: b([]string{"U"}, "U", "key.onlyconfirmed"),
		Return:        b([]string{"R"}, "R", "key.return"),
	}
	for i := range km.Tab {
		k := tabDigit(Tab(i))
		km.Tab[i] = key.NewBinding(key.WithKeys(k), key.WithHelp(k, t(tabNames[i])))
	}
	return km
}

// tabHelp adapts the key map to bubbles/help for the active view: the short
// help lists what matters most there, the full help everything.
type tabHelp struct {
	km  *KeyMap
	tab Tab
	// readOnly: the entry view of a follower or a view-only file, where no
	// key changes a score.
	readOnly bool
	// settle is what waits for the operator: nothing, conflicts, an
	// invalid file (its keys are shown only then), and whether the
	// settle panel is open.
	conflicts, invalid, settling bool
}

// entryProject is the projector key as the entry view has it: 6 types a
// digit there, only p opens the projector.
func (h tabHelp) entryProject() key.Binding {
	b := h.km.Project
	b.SetKeys("p")
	b.SetHelp("p", b.Help().Desc)
	return b
}

// settleKeys are the keys that settle what waits, or none.
func (h tabHelp) settleKeys() []key.Binding {
	k := h.km
	var out []key.Binding
	if !h.settling && (h.conflicts || h.invalid) {
		out = append(out, k.Settle)
	}
	if h.settling && h.conflicts {
		out = append(out, k.KeepMine, k.TakeFile, k.KeepAllMine, k.TakeAllFile)
	}
	if h.settling && h.invalid {
		out = append(out, k.Overwrite, k.Yes)
	}
	return out
}

func (h tabHelp) ShortHelp() []key.Binding {
	k := h.km
	end := []key.Binding{k.Help, k.Quit, k.Export, k.Project}
	switch h.tab {
	case TabRankings:
		return append([]key.Binding{k.Tabs, k.Filter, k.Open}, end...)
	case TabGaps:
		return append([]key.Binding{k.Tabs, k.Toggle, k.Open}, end...)
	case TabDetail:
		return append([]key.Binding{k.Tabs, k.PrevStreet, k.NextStreet, k.Clear}, end...)
	case TabCompare:
		return append([]key.Binding{k.Tabs, k.Side, k.Up, k.Down}, end...)
	case TabJudges, TabTrend:
		return append([]key.Binding{k.Tabs, k.Up, k.Down, k.Open}, end...)
	case TabEntry:
		if h.readOnly {
			return []key.Binding{k.Up, k.Down, k.Layout, k.Pick, k.Missing, h.entryProject(), k.Help, k.Quit}
		}
		// Digits type a score here, so they do not switch views; the
		// status line lists the entry's other keys (entry.hint).
		if h.settling {
			return append(h.settleKeys(), k.Up, k.Down, k.Clear)
		}
		return append(h.settleKeys(), k.Type, k.Commit, k.Clear, k.Recuse, k.Layout, k.Undo, k.Pick)
	}
	return []key.Binding{k.Tabs, k.Help, k.Quit}
}

// FullHelp is every key of every view, a column per kind: moving, the
// whole dashboard, single views, and the entry view.
func (h tabHelp) FullHelp() [][]key.Binding {
	k := h.km
	cols := [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.PageUp, k.PageDown, k.Home, k.End, k.OnlyConfirmed},
		{k.Tabs, k.NextTab, k.PrevTab, k.Open, k.Clear, k.Export, k.Project, k.Web, k.Help, k.Quit},
		{k.Filter, k.Toggle, k.PrevStreet, k.NextStreet, k.Side, k.Missing, k.ReviewList, k.ConfirmAll, k.Seal},
		{k.Type, k.Commit, k.Erase, k.Recuse, k.Undo, k.Redo, k.Layout, k.Pick, k.Confirm, k.Return},
	}
	if h.tab == TabEntry {
		// Only what works here: digits type scores, so neither 1-8 nor 6.
		edit := []key.Binding{k.Type, k.Commit, k.Erase, k.Recuse, k.Undo, k.Redo, k.Layout, k.Pick}
		if h.readOnly {
			edit = []key.Binding{k.Layout, k.Pick}
		}
		cols = [][]key.Binding{
			{k.Up, k.Down, k.Left, k.Right, k.PageUp, k.PageDown, k.Home, k.End},
			{k.NextTab, k.PrevTab, k.Clear, k.Export, h.entryProject(), k.Help, k.Quit},
			{k.PrevStreet, k.NextStreet, k.Missing, k.ReviewList, k.Confirm, k.ConfirmAll, k.Return},
			edit,
		}
	}
	// The settle keys only while something waits for them.
	var settle []key.Binding
	if h.conflicts || h.invalid {
		settle = append(settle, k.Settle)
	}
	if h.conflicts {
		settle = append(settle, k.KeepMine, k.TakeFile, k.KeepAllMine, k.TakeAllFile)
	}
	if h.invalid {
		settle = append(settle, k.Overwrite, k.Yes)
	}
	if len(settle) > 0 {
		cols = append(cols, settle)
	}
	return cols
}
