package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// newTestModel is a ready dashboard of c at w×h.
func newTestModel(c *scoring.Competition, w, h int, lang i18n.Lang) Model {
	m := New(Options{Comp: c, Lang: lang})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// send feeds messages to the model's Update, in order.
func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

// keys feeds key presses written as Bubble Tea names them ("j", "down",
// "shift+tab", "ctrl+c").
func keys(m Model, names ...string) Model {
	for _, n := range names {
		m = send(m, keyMsg(n))
	}
	return m
}

var specialKeys = map[string]tea.KeyPressMsg{
	"up":        {Code: tea.KeyUp},
	"down":      {Code: tea.KeyDown},
	"left":      {Code: tea.KeyLeft},
	"right":     {Code: tea.KeyRight},
	"pgup":      {Code: tea.KeyPgUp},
	"pgdown":    {Code: tea.KeyPgDown},
	"home":      {Code: tea.KeyHome},
	"end":       {Code: tea.KeyEnd},
	"enter":     {Code: tea.KeyEnter},
	"esc":       {Code: tea.KeyEscape},
	"tab":       {Code: tea.KeyTab},
	"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
	"backspace": {Code: tea.KeyBackspace},
	"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
}

func keyMsg(name string) tea.KeyPressMsg {
	if k, ok := specialKeys[name]; ok {
		return k
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// typeText types s into the model one key at a time.
func typeText(m Model, s string) Model {
	for _, r := range s {
		m = send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// screen is what the user sees, without colours.
func screen(m Model) string { return ansi.Strip(m.View().Content) }

// checkFrame fails unless the frame has exactly h lines of exactly w cells.
func checkFrame(t testing.TB, frame string, w, h int) {
	t.Helper()
	lines := strings.Split(frame, "\n")
	if len(lines) != h {
		t.Errorf("frame has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if got := display.Width(l); got != w {
			t.Errorf("line %d is %d cells wide, want %d: %q", i, got, w, ansi.Strip(l))
		}
	}
}

// isQuit reports whether cmd quits the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// selectedName is the name of the street selected in the rankings.
func selectedName(m Model) string {
	c := m.ctx()
	s := m.rankings.selectedStreet(c)
	if s < 0 {
		return ""
	}
	return m.comp.Streets[s].Name
}

func streetIndex(c *scoring.Competition, name string) int {
	for i, s := range c.Streets {
		if s.Name == name {
			return i
		}
	}
	return -1
}
