package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/i18n"
)

// pressKey is one key through Update, returning the Cmd too.
func pressKey(m Model, name string) (Model, tea.Cmd) {
	next, cmd := m.Update(keyMsg(name))
	return next.(Model), cmd
}

func TestProjectorOpensAndEscReturns(t *testing.T) {
	for _, k := range []string{"6", "p"} {
		m := keys(newTestModel(demoComp(t), 120, 35, i18n.Zh), "2")
		m, _ = pressKey(m, k)
		if !m.proj.open {
			t.Fatalf("%s did not open the projector", k)
		}
		s := screen(m)
		if strings.Contains(s, "1 排名") || !strings.Contains(s, "94.64") {
			t.Errorf("%s: the projector is not on screen:\n%s", k, s)
		}
		if !strings.Contains(s, "Esc 返回") {
			t.Errorf("%s: the projector does not say how to get back", k)
		}
		checkFrame(t, m.View().Content, 120, 35)
		if m.proj.model.Standings() == nil || m.proj.model.Standings().Comp != m.comp {
			t.Errorf("%s: the projector does not show the dashboard's competition", k)
		}
		m, cmd := pressKey(m, "esc")
		if cmd == nil {
			t.Fatal("esc in the projector did nothing")
		}
		m = send(m, cmd()) // the projector's ExitMsg
		if m.proj.open {
			t.Errorf("%s: esc did not close the projector", k)
		}
		if m.tab != TabGaps || !strings.Contains(screen(m), "1 排名") {
			t.Errorf("%s: esc did not return to the dashboard's view", k)
		}
	}
}

func TestProjectorFollowsNewStandings(t *testing.T) {
	m, _ := pressKey(newTestModel(testComp(), 120, 35, i18n.Zh), "p")
	c2 := m.comp
	for j := range c2.Scores[3][0] {
		c2 = c2.WithSlot(3, 0, j, num("1"))
	}
	m = send(m, StandingsChangedMsg{Comp: c2})
	if m.proj.model.Standings() != m.st {
		t.Error("the projector does not show the standings just entered")
	}
}

func TestProjectorQuitGoesThroughTheDashboard(t *testing.T) {
	m, _ := pressKey(newTestModel(testComp(), 120, 35, i18n.Zh), "p")
	if _, cmd := pressKey(m, "q"); !isQuit(cmd) {
		t.Error("q in the projector does not quit")
	}
}

func TestProjectorMessagesOfAClosedOneAreDropped(t *testing.T) {
	m, _ := pressKey(newTestModel(testComp(), 120, 35, i18n.Zh), "p")
	old := m.proj.gen
	m, cmd := pressKey(m, "esc")
	m = send(m, cmd())
	m, _ = pressKey(m, "p")
	page := m.proj.model
	m = send(m, projectorMsg{gen: old, msg: tea.KeyPressMsg{Code: tea.KeyEscape}})
	if !m.proj.open || m.proj.model.Standings() != page.Standings() {
		t.Error("a message of the closed projector reached the new one")
	}
}

func TestProjectorDigitOnEntryTabTypes(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("6")
	if hs.m.proj.open || !hs.m.entry.editing {
		t.Error("6 on the entry tab must type, not open the projector")
	}
	hs.keys("esc", "p")
	if !hs.m.proj.open {
		t.Error("p on the entry tab does not open the projector")
	}
}
