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
}

// NewKeyMap is the key map with help in lang.
func NewKeyMap(lang i18n.Lang) KeyMap {
	t := func(k string) string { return catalog.T(lang, k) }
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, t(desc)))
	}
	km := KeyMap{
		Up:         b([]string{"up", "k"}, "↑/k", "key.up"),
		Down:       b([]string{"down", "j"}, "↓/j", "key.down"),
		Left:       b([]string{"left", "h"}, "←/h", "key.left"),
		Right:      b([]string{"right", "l"}, "→/l", "key.right"),
		PageUp:     b([]string{"pgup", "ctrl+b"}, "PgUp", "key.pgup"),
		PageDown:   b([]string{"pgdown", "ctrl+f", "space"}, "PgDn", "key.pgdown"),
		Home:       b([]string{"home"}, "Home", "key.home"),
		End:        b([]string{"end", "G"}, "End", "key.end"),
		Tabs:       b([]string{"1", "2", "3", "4", "5"}, "1-5", "key.tabs"),
		NextTab:    b([]string{"tab"}, "Tab", "key.nexttab"),
		PrevTab:    b([]string{"shift+tab"}, "Shift+Tab", "key.prevtab"),
		Filter:     b([]string{"/"}, "/", "key.filter"),
		Clear:      b([]string{"esc"}, "Esc", "key.clear"),
		Open:       b([]string{"enter"}, "Enter", "key.open"),
		Toggle:     b([]string{"g"}, "g", "key.toggle"),
		PrevStreet: b([]string{"["}, "[", "key.prevstreet"),
		NextStreet: b([]string{"]"}, "]", "key.nextstreet"),
		Side:       b([]string{"left", "right", "h", "l"}, "←→", "key.side"),
		Help:       b([]string{"?"}, "?", "key.help"),
		Quit:       b([]string{"q", "ctrl+c"}, "q", "key.quit"),
	}
	for i := range km.Tab {
		k := string(rune('1' + i))
		km.Tab[i] = key.NewBinding(key.WithKeys(k), key.WithHelp(k, t(tabNames[i])))
	}
	return km
}

// tabHelp adapts the key map to bubbles/help for the active view: the short
// help lists what matters most there, the full help everything.
type tabHelp struct {
	km  *KeyMap
	tab Tab
}

func (h tabHelp) ShortHelp() []key.Binding {
	k := h.km
	nav := []key.Binding{k.Tabs, k.Up, k.Down}
	switch h.tab {
	case TabRankings:
		return append(nav, k.Filter, k.Open, k.Help, k.Quit)
	case TabGaps:
		return append(nav, k.Left, k.Right, k.Toggle, k.Open, k.Help, k.Quit)
	case TabDetail:
		return append(nav, k.PrevStreet, k.NextStreet, k.Clear, k.Help, k.Quit)
	case TabCompare:
		return append(nav, k.Side, k.Help, k.Quit)
	}
	return []key.Binding{k.Tabs, k.Help, k.Quit}
}

func (h tabHelp) FullHelp() [][]key.Binding {
	k := h.km
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right},
		{k.PageUp, k.PageDown, k.Home, k.End},
		{k.Tabs, k.NextTab, k.PrevTab, k.Open},
		{k.Filter, k.Clear, k.Toggle, k.Side},
		{k.PrevStreet, k.NextStreet, k.Help, k.Quit},
	}
}
