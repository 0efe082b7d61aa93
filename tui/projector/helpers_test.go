package projector

import (
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"liangsaibi/data"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// fixedTime is the load time shown in views under test.
var fixedTime = time.Date(2026, 12, 18, 12, 3, 5, 0, time.Local)

var demoOnce = sync.OnceValues(func() (*data.Doc, error) { return data.Demo() })

// demoComp is the embedded demo, parsed once for all tests (never changed).
func demoComp(t testing.TB) *scoring.Competition {
	t.Helper()
	doc, err := demoOnce()
	if err != nil {
		t.Fatal(err)
	}
	return doc.Comp
}

// demoModel is a projector on the demo, sized, as after its first load.
func demoModel(t testing.TB, w, h int, opts Options) Model {
	t.Helper()
	m := New(opts)
	m.now = func() time.Time { return fixedTime }
	m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return update(t, m, loadedMsg{seq: 1, st: scoring.Compute(demoComp(t)), at: fixedTime})
}

func update(t testing.TB, m Model, msg tea.Msg) Model {
	t.Helper()
	next, _ := m.Update(msg)
	return next.(Model)
}

func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	for _, k := range keys {
		m = update(t, m, keyMsg(k))
	}
	return m
}

// keyMsg is the key press Bubble Tea sends for k.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func plain(m Model) string { return ansi.Strip(m.render()) }

var _ = i18n.Zh
