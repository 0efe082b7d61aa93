package tui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// startFlow runs the dashboard in a teatest program at w×h, loading the
// test competition through Options.Load as the CLI does.
func startFlow(t *testing.T, w, h int) *teatest.TestModel {
	t.Helper()
	c := testComp()
	m := New(Options{Lang: i18n.Zh, Load: func() (*scoring.Competition, []string, error) { return c, nil, nil }})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	waitFor(t, tm, "林山寨街道")
	return tm
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func finalModel(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
}

func press(tm *teatest.TestModel, names ...string) {
	for _, n := range names {
		tm.Send(keyMsg(n))
	}
}

func TestFlowSwitchViews(t *testing.T) {
	tm := startFlow(t, 100, 30)
	press(tm, "2")
	waitFor(t, tm, "未达标街道数")
	press(tm, "tab")
	waitFor(t, tm, "问题清单")
	press(tm, "5")
	waitFor(t, tm, "选择街道")
	press(tm, "shift+tab")
	waitFor(t, tm, "按街道录入")
	if m := finalModel(t, tm); m.ActiveTab() != TabEntry {
		t.Errorf("final tab %d", m.ActiveTab())
	}
}

func TestFlowFilterAndOpen(t *testing.T) {
	tm := startFlow(t, 80, 24)
	press(tm, "/")
	tm.Type("须水")
	waitFor(t, tm, "1/15")
	press(tm, "enter", "enter")
	waitFor(t, tm, "纵向比")
	m := finalModel(t, tm)
	if m.ActiveTab() != TabDetail || m.comp.Streets[m.detail.street].Name != "须水街道" {
		t.Errorf("opened tab %d street %d", m.ActiveTab(), m.detail.street)
	}
}

func TestFlowDetailPaging(t *testing.T) {
	tm := startFlow(t, 160, 45)
	press(tm, "3", "]", "]", "[")
	tm.Send(tea.WindowSizeMsg{Width: 90, Height: 26})
	m := finalModel(t, tm)
	if m.detail.street != m.st.Rows[1].Street || m.width != 90 {
		t.Errorf("detail street %d (want %d), width %d", m.detail.street, m.st.Rows[1].Street, m.width)
	}
}
