package projector

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/i18n/i18ntest"
	"liangsaibi/scoring"
)

// shown is the ranked streets' ids revealed so far, last place first.
func shown(m Model) []string {
	var ids []string
	for p := m.st.Ranked - 1; p >= 0; p-- {
		if !m.hidden(p) {
			ids = append(ids, m.st.Comp.Streets[m.st.Rows[p].Street].ID)
		}
	}
	return ids
}

func TestRevealGoesFromLastToFirstWithTiesTogether(t *testing.T) {
	m := demoModel(t, 120, 35, Options{Reveal: true})
	if got := shown(m); len(got) != 0 {
		t.Fatalf("reveal starts with %v shown", got)
	}
	st := m.st
	var want []string
	for step := 1; ; step++ {
		before := len(shown(m))
		m = press(t, m, "space")
		after := shown(m)
		if len(after) == before {
			break // nothing left
		}
		// The newly shown rows are the next ones up, and a whole rank.
		newRows := after[before:]
		rank := st.RowOf(st.Comp.FindStreet(newRows[0])).Rank
		for _, id := range newRows {
			if r := st.RowOf(st.Comp.FindStreet(id)); r.Rank != rank {
				t.Errorf("step %d revealed ranks %d and %d together", step, rank, r.Rank)
			}
		}
		count := 0
		for _, row := range st.Rows[:st.Ranked] {
			if row.Rank == rank {
				count++
			}
		}
		if len(newRows) != count {
			t.Errorf("step %d revealed %d streets of rank %d, which has %d", step, len(newRows), rank, count)
		}
		want = append(want, newRows...)
	}
	var order []string
	for p := st.Ranked - 1; p >= 0; p-- {
		order = append(order, st.Comp.Streets[st.Rows[p].Street].ID)
	}
	if !slices.Equal(want, order) {
		t.Errorf("revealed %v, want bottom-up %v", want, order)
	}
	tied := 0
	for _, row := range st.Rows {
		if row.Tied {
			tied++
		}
	}
	if tied < 2 {
		t.Fatalf("the demo should have a tie; the test would prove nothing")
	}
}

func TestRevealBackAndShowAll(t *testing.T) {
	m := demoModel(t, 120, 35, Options{})
	if !m.revealing && len(shown(m)) != m.st.Ranked {
		t.Fatal("everything should show by default")
	}
	m = press(t, m, "R", "right", "right")
	two := shown(m)
	m = press(t, m, "left")
	if got := shown(m); len(got) >= len(two) || !slices.Equal(got, two[:len(got)]) {
		t.Errorf("left should hide the last revealed: %v then %v", two, got)
	}
	m = press(t, m, "a")
	if m.revealing || len(shown(m)) != m.st.Ranked {
		t.Errorf("a should show all, got %v", shown(m))
	}
}

func TestFirstPlaceEmphasised(t *testing.T) {
	m := demoModel(t, 120, 35, Options{Reveal: true})
	if got := plain(m); strings.Contains(got, "★") {
		t.Error("a star before first place is revealed")
	}
	m = press(t, m, repeat("space", 20)...)
	if got := plain(m); !strings.Contains(got, "★ "+spaced(m.st.Comp.Streets[m.st.Rows[0].Street].Name, 40)+" ★") {
		t.Errorf("first place not marked with stars:\n%s", got)
	}
}

func TestHoldToggles(t *testing.T) {
	m := demoModel(t, 120, 35, Options{})
	name := m.st.Comp.Streets[m.st.Rows[5].Street].Name
	if !strings.Contains(plain(m), name) {
		t.Fatal("names should show before holding")
	}
	m = press(t, m, "h")
	if !m.held || strings.Contains(plain(m), name) {
		t.Error("h should hold and hide the names")
	}
	m = press(t, m, "h")
	if m.held || !strings.Contains(plain(m), name) {
		t.Error("h again should show them")
	}
}

func TestPagingByKeysAndTimer(t *testing.T) {
	m := demoModel(t, 80, 24, Options{})
	pages := m.layout().pages
	if pages < 2 {
		t.Fatalf("80x24 demo should need 2 pages, has %d", pages)
	}
	m = press(t, m, "down")
	if m.page != 1 {
		t.Errorf("down: page %d, want 1", m.page)
	}
	m = press(t, m, "down")
	if m.page != 0 {
		t.Errorf("down past the last page should wrap, got %d", m.page)
	}
	m = press(t, m, "up")
	if m.page != pages-1 {
		t.Errorf("up from the first page: %d, want %d", m.page, pages-1)
	}
	// A manual turn replaces the timer: the old tick is ignored.
	old := m.pageGen - 1
	m = update(t, m, pageTickMsg{gen: old})
	if m.page != pages-1 {
		t.Error("a replaced timer turned the page")
	}
	next, cmd := m.Update(pageTickMsg{gen: m.pageGen})
	m = next.(Model)
	if m.page != 0 || cmd == nil {
		t.Errorf("the current timer should turn to page 0 and tick again: page %d", m.page)
	}
	m = press(t, m, "h")
	m = update(t, m, pageTickMsg{gen: m.pageGen})
	if m.page != 0 {
		t.Error("paging while held")
	}
	if !strings.Contains(plain(press(t, m, "h")), "第 1/2 页") {
		t.Error("no page indicator")
	}
}

func TestPageSecondsOption(t *testing.T) {
	if m := New(Options{}); m.pageWait != 8*time.Second {
		t.Errorf("default %v, want 8s", m.pageWait)
	}
	if m := New(Options{PageSeconds: 3}); m.pageWait != 3*time.Second {
		t.Errorf("got %v, want 3s", m.pageWait)
	}
	if m := New(Options{PageSeconds: -1}); m.pageTick() != nil {
		t.Error("negative PageSeconds should never page")
	}
}

func TestThemeToggles(t *testing.T) {
	m := demoModel(t, 120, 35, Options{})
	dark := m.render()
	m = press(t, m, "t")
	if m.theme != Light || m.render() == dark {
		t.Error("t should switch to the light theme")
	}
	if plain(m) != plain(press(t, m, "t")) {
		t.Error("themes should change colours only")
	}
	if press(t, m, "t").theme != Dark {
		t.Error("t twice should come back to dark")
	}
}

func TestQuitAndEscape(t *testing.T) {
	m := demoModel(t, 120, 35, Options{})
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s should quit", k)
		}
	}
	if _, cmd := m.Update(keyMsg("esc")); cmd != nil {
		t.Error("esc should do nothing when not embedded")
	}
	m = demoModel(t, 120, 35, Options{Embedded: true})
	_, cmd := m.Update(keyMsg("esc"))
	if cmd == nil {
		t.Fatal("esc embedded: no command")
	}
	if _, ok := cmd().(ExitMsg); !ok {
		t.Error("esc embedded should send ExitMsg")
	}
}

func TestFailedReloadKeepsLastGoodStandings(t *testing.T) {
	m := demoModel(t, 120, 35, Options{Path: "x.yaml"})
	good := m.st
	m = update(t, m, loadedMsg{seq: 2, errs: []string{"x.yaml:3:1: 错误"}, at: fixedTime.Add(time.Minute)})
	if m.st != good || !m.stale {
		t.Fatal("a failed reload must keep the last good standings and warn")
	}
	out := plain(m)
	if !strings.Contains(out, "⚠ 文件暂不可读，显示上次结果 12:03:05") {
		t.Errorf("no warning with the last good time:\n%s", out)
	}
	if !strings.Contains(out, m.st.Comp.Streets[m.st.Rows[5].Street].Name) {
		t.Error("the screen must not blank")
	}
	// A slower, older load finishing late is ignored.
	m = update(t, m, loadedMsg{seq: 1, st: scoring.Compute(demoComp(t)), at: fixedTime})
	if !m.stale {
		t.Error("an older load replaced a newer result")
	}
	m = update(t, m, loadedMsg{seq: 3, st: scoring.Compute(demoComp(t)), at: fixedTime})
	if m.stale || strings.Contains(plain(m), "⚠") {
		t.Error("a good reload should clear the warning")
	}
}

func TestFirstLoadErrorShowsProblemsNotACrash(t *testing.T) {
	m := New(Options{Path: "x.yaml"})
	m = update(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = update(t, m, loadedMsg{seq: 1, errs: []string{"x.yaml:3:1: 缺少 title"}})
	out := plain(m)
	if !strings.Contains(out, "无法读取成绩文件") || !strings.Contains(out, "x.yaml:3:1: 缺少 title") {
		t.Errorf("error screen:\n%s", out)
	}
	checkFrame(t, out, 80, 24)
}

func TestLoaderPanicBecomesAnError(t *testing.T) {
	m := New(Options{Load: func() (*scoring.Competition, error) { panic("boom") }})
	msg := m.loadCmd(1)().(loadedMsg)
	if msg.errs == nil || msg.st != nil {
		t.Errorf("a panicking loader should give an error, got %+v", msg)
	}
}

func TestFirstPlaceBannerOnlyWhenRevealed(t *testing.T) {
	m := demoModel(t, 120, 35, Options{Reveal: true})
	first := m.st.Comp.Streets[m.st.Rows[0].Street].Name
	banner := "★ 第一名：" + first + " ★"
	groups := len(m.sum.groups)
	m = press(t, m, repeat("space", groups-1)...)
	if strings.Contains(plain(m), banner) {
		t.Error("banner before first place is revealed")
	}
	m = press(t, m, "space")
	if !strings.Contains(plain(m), banner) {
		t.Errorf("no banner once first place is revealed:\n%s", plain(m))
	}
}

func TestHeldIgnoresRevealSteps(t *testing.T) {
	m := demoModel(t, 120, 35, Options{Reveal: true, Hold: true})
	m = press(t, m, "space", "right")
	if m.revealed != 0 {
		t.Errorf("revealed %d behind the hold screen", m.revealed)
	}
}

func TestCatalogComplete(t *testing.T) {
	i18ntest.CheckCatalog(t, catalog, ".")
}
