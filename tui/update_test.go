package tui

import (
	"errors"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

func TestKeyNamesMatchBubbleTea(t *testing.T) {
	for name, k := range specialKeys {
		if k.String() != name {
			t.Errorf("key %q prints as %q", name, k.String())
		}
	}
}

func TestTabKeys(t *testing.T) {
	m := newTestModel(testComp(), 80, 24, i18n.Zh)
	for i, k := range []string{"1", "2", "3", "4", "5", "7", "8"} {
		if got := keys(m, k).ActiveTab(); got != Tab(i) {
			t.Errorf("key %s: tab %d, want %d", k, got, i)
		}
	}
	if got := keys(m, "tab", "tab").ActiveTab(); got != TabDetail {
		t.Errorf("tab tab: %d", got)
	}
	if got := keys(m, "shift+tab").ActiveTab(); got != TabTrend {
		t.Errorf("shift+tab from the first tab should wrap to the last, got %d", got)
	}
	if got := keys(m, "8", "tab").ActiveTab(); got != TabRankings {
		t.Errorf("tab from the last tab should wrap to the first, got %d", got)
	}
}

func TestQuitKeys(t *testing.T) {
	m := newTestModel(testComp(), 80, 24, i18n.Zh)
	for _, k := range []string{"q", "ctrl+c"} {
		if _, cmd := m.Update(keyMsg(k)); !isQuit(cmd) {
			t.Errorf("%s does not quit", k)
		}
	}
	if _, cmd := m.Update(keyMsg("j")); isQuit(cmd) {
		t.Error("j quits")
	}
}

func TestHelpToggles(t *testing.T) {
	m := newTestModel(testComp(), 80, 24, i18n.Zh)
	short := m.bodyHeight()
	m = keys(m, "?")
	if !m.help.ShowAll || m.bodyHeight() >= short {
		t.Fatalf("? should open the full help and shrink the body (%d → %d)", short, m.bodyHeight())
	}
	if !strings.Contains(screen(m), "Shift+Tab") {
		t.Error("full help does not list shift+tab")
	}
	if m = keys(m, "?"); m.help.ShowAll {
		t.Error("? again should close the help")
	}
}

func TestRankingsNavigation(t *testing.T) {
	c := testComp()
	m := newTestModel(c, 80, 24, i18n.Zh)
	st := m.Standings()
	nameAt := func(p int) string { return c.Streets[st.Rows[p].Street].Name }
	page, last := m.rankings.pageRows(m.ctx()), len(st.Rows)-1
	cases := []struct {
		keys []string
		pos  int
	}{
		{nil, 0},
		{[]string{"j"}, 1},
		{[]string{"down", "down"}, 2},
		{[]string{"j", "j", "k"}, 1},
		{[]string{"up"}, 0},
		{[]string{"end"}, len(st.Rows) - 1},
		{[]string{"end", "home"}, 0},
		{[]string{"pgdown"}, min(page, last)},
		{[]string{"pgdown", "pgdown", "pgup"}, max(0, min(2*page, last)-page)},
	}
	for _, tc := range cases {
		got := selectedName(keys(m, tc.keys...))
		if got != nameAt(tc.pos) {
			t.Errorf("%v: selected %s, want %s", tc.keys, got, nameAt(tc.pos))
		}
	}
}

func TestEnterOpensDetail(t *testing.T) {
	c := testComp()
	m := keys(newTestModel(c, 80, 24, i18n.Zh), "j", "j")
	want := selectedName(m)
	m = keys(m, "enter")
	if m.ActiveTab() != TabDetail {
		t.Fatalf("enter: tab %d", m.ActiveTab())
	}
	if got := c.Streets[m.detail.street].Name; got != want {
		t.Errorf("detail shows %s, want %s", got, want)
	}
	if !strings.Contains(screen(m), want) {
		t.Errorf("detail screen does not name %s", want)
	}
	if m = keys(m, "esc"); m.ActiveTab() != TabRankings {
		t.Errorf("esc in the detail should return to the rankings, got tab %d", m.ActiveTab())
	}
}

func TestFilter(t *testing.T) {
	c := testComp()
	m := newTestModel(c, 80, 24, i18n.Zh)
	m = keys(m, "/")
	if !m.rankings.filtering {
		t.Fatal("/ should start filtering")
	}
	// q and digits are text while filtering: no quit, no tab switch.
	next, cmd := m.Update(keyMsg("q"))
	if isQuit(cmd) {
		t.Fatal("q quits while typing a filter")
	}
	m = keys(next.(Model), "backspace")
	m = typeText(m, "3")
	if m.ActiveTab() != TabRankings {
		t.Fatal("a digit switched tabs while typing a filter")
	}
	m = keys(m, "backspace")
	m = typeText(m, "湖")
	want := 0
	for _, s := range c.Streets {
		if strings.Contains(s.Name, "湖") {
			want++
		}
	}
	if got := m.rankings.count(m.ctx()); got != want || want < 3 {
		t.Fatalf("filter 湖: %d streets, want %d", got, want)
	}
	for i := range m.rankings.count(m.ctx()) {
		s := m.rankings.row(m.ctx(), i).Street
		if !strings.Contains(c.Streets[s].Name, "湖") {
			t.Errorf("filter 湖 shows %s", c.Streets[s].Name)
		}
	}
	m = keys(m, "enter")
	if m.rankings.filtering || m.rankings.count(m.ctx()) != want {
		t.Fatal("enter should stop typing and keep the filter")
	}
	m = keys(m, "enter")
	if m.ActiveTab() != TabDetail || !strings.Contains(c.Streets[m.detail.street].Name, "湖") {
		t.Fatal("enter on a filtered row should open that street")
	}
	m = keys(m, "1", "esc")
	if m.rankings.count(m.ctx()) != len(c.Streets) {
		t.Error("esc should clear the filter")
	}
}

func TestFilterByGroupAndNoMatch(t *testing.T) {
	c := testComp()
	m := typeText(keys(newTestModel(c, 80, 24, i18n.Zh), "/"), "城乡")
	want := 0
	for _, s := range c.Streets {
		if s.Group == "城乡接合部" {
			want++
		}
	}
	if got := m.rankings.count(m.ctx()); got != want || want == 0 {
		t.Errorf("group filter: %d, want %d", got, want)
	}
	m = typeText(m, "不存在")
	if !strings.Contains(screen(m), "没有与") {
		t.Error("a filter matching nothing should say so")
	}
	if _, open := m.rankings.update(m.ctx(), keyMsg("enter")); open != -1 {
		t.Error("enter with nothing matching opened a street")
	}
	m = keys(m, "esc")
	if m.rankings.filtering || m.rankings.query != "" {
		t.Error("esc while typing should clear and stop the filter")
	}
}

func TestGapsKeys(t *testing.T) {
	c := testComp()
	m := keys(newTestModel(c, 80, 24, i18n.Zh), "2")
	m = keys(m, "j", "j", "l", "right", "h")
	if m.gaps.row != 2 || m.gaps.col != 1 {
		t.Fatalf("gaps cursor at %d,%d, want 2,1", m.gaps.row, m.gaps.col)
	}
	before := screen(m)
	m = keys(m, "g")
	if !m.gaps.showGap || screen(m) == before {
		t.Fatal("g should switch cells to gaps")
	}
	if keys(m, "g").gaps.showGap {
		t.Error("g again should switch back")
	}
	m = keys(m, "end", "pgup", "home")
	if m.gaps.row != 0 || m.gaps.col != 0 {
		t.Errorf("home: %d,%d", m.gaps.row, m.gaps.col)
	}
	m = keys(m, "pgdown")
	if m.gaps.row == 0 {
		t.Error("pgdown did not move")
	}
	// Moving right past the screen scrolls the columns; headers stay.
	for range len(c.Items) + 2 {
		m = keys(m, "l")
	}
	if m.gaps.col != len(c.Items)-1 {
		t.Errorf("right clamps at the last item, got %d", m.gaps.col)
	}
	last := c.Items[m.d.itemOrder[len(c.Items)-1]].Name
	if !strings.Contains(screen(m), last) {
		t.Errorf("the last item %s is not on screen after scrolling right", last)
	}
	want := m.st.Rows[m.gaps.row].Street
	m = keys(m, "enter")
	if m.ActiveTab() != TabDetail || m.detail.street != want {
		t.Error("enter in gaps should open the row's street")
	}
	if m = keys(m, "esc"); m.ActiveTab() != TabGaps {
		t.Error("esc should return to the gaps")
	}
}

func TestDetailKeys(t *testing.T) {
	c := testComp()
	m := keys(newTestModel(c, 80, 24, i18n.Zh), "3")
	st := m.Standings()
	if m.detail.street != st.Rows[0].Street {
		t.Fatal("detail should start at the first street")
	}
	m = keys(m, "]", "]")
	if m.detail.street != st.Rows[2].Street {
		t.Errorf("]] should show the third street")
	}
	m = keys(m, "[")
	if m.detail.street != st.Rows[1].Street {
		t.Errorf("[ should go back")
	}
	m = keys(m, "[", "[")
	if m.detail.street != st.Rows[0].Street {
		t.Errorf("[ stops at the first street")
	}
	m = keys(m, "j", "down")
	if m.detail.sel != 2 {
		t.Errorf("item selection %d, want 2", m.detail.sel)
	}
	m = keys(m, "end")
	if m.detail.sel != len(c.Items)-1 {
		t.Errorf("end: %d", m.detail.sel)
	}
	m = keys(m, "pgup", "home", "k")
	if m.detail.sel != 0 {
		t.Errorf("home/k: %d", m.detail.sel)
	}
	m = keys(m, "pgdown")
	if m.detail.sel == 0 {
		t.Error("pgdown did not move")
	}
}

func TestDetailShowsJudgesAndProblems(t *testing.T) {
	c := testComp()
	m := newTestModel(c, 160, 45, i18n.Zh)
	m = keys(m, "end", "enter") // the incomplete street comes last
	s := screen(m)
	for _, want := range []string{c.Streets[13].Name, "待评", "评委甲", "[", "问题清单", "纵向比"} {
		if !strings.Contains(s, want) {
			t.Errorf("detail lacks %q", want)
		}
	}
	// The recused judge of 汝河路街道 shows as 回避.
	m.detail.show(m.ctx(), streetIndex(c, "汝河路街道"))
	if s := screen(m); !strings.Contains(s, "回避") {
		t.Error("a recused judge is not shown as 回避")
	}
}

func TestCompareKeys(t *testing.T) {
	m := keys(newTestModel(testComp(), 80, 24, i18n.Zh), "5")
	st := m.Standings()
	if m.compare.street != [2]int{st.Rows[0].Street, st.Rows[1].Street} {
		t.Fatal("compare should start with the first two streets")
	}
	m = keys(m, "l", "j", "j")
	if m.compare.street[1] != st.Rows[3].Street || m.compare.street[0] != st.Rows[0].Street {
		t.Errorf("after l j j: %v", m.compare.street)
	}
	m = keys(m, "h", "down", "up", "down")
	if m.compare.street[0] != st.Rows[1].Street {
		t.Errorf("after h and moves: %v", m.compare.street)
	}
	m = keys(m, "end")
	if m.compare.street[0] != st.Rows[len(st.Rows)-1].Street {
		t.Error("end picks the last street")
	}
	m = keys(m, "home", "pgdown", "pgup")
	if m.compare.top != 0 {
		t.Errorf("pgdown/pgup should scroll back to the top, got %d", m.compare.top)
	}
	a := m.compare.street[0]
	if m = keys(m, "enter"); m.ActiveTab() != TabDetail || m.detail.street != a {
		t.Error("enter should open the active side's street")
	}
}

func TestCompareCountsLeads(t *testing.T) {
	m := keys(newTestModel(testComp(), 160, 45, i18n.Zh), "5")
	s := screen(m)
	if !strings.Contains(s, "甲领先") || !strings.Contains(s, "领先") {
		t.Error("compare lacks the lead summary")
	}
}

func TestEntryPlaceholder(t *testing.T) {
	m := keys(newTestModel(testComp(), 80, 24, i18n.Zh), "4", "j", "enter")
	if m.ActiveTab() != TabEntry || !strings.Contains(screen(m), "录入") {
		t.Error("the entry tab should show its placeholder")
	}
}

func TestMouse(t *testing.T) {
	c := testComp()
	m := newTestModel(c, 80, 24, i18n.Zh)
	m = send(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.rankings.sel != 3 {
		t.Errorf("wheel down: selection %d, want 3", m.rankings.sel)
	}
	m = send(m, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if m.rankings.sel != 0 {
		t.Errorf("wheel up: selection %d", m.rankings.sel)
	}
	// Row 5 of the body (line 0 is the column header) is the fifth street.
	click := tea.MouseClickMsg{Button: tea.MouseLeft, X: 10, Y: bodyTop + 5}
	m = send(m, click)
	if m.rankings.sel != 4 || m.ActiveTab() != TabRankings {
		t.Fatalf("click: selection %d, tab %d", m.rankings.sel, m.ActiveTab())
	}
	m = send(m, click)
	if m.ActiveTab() != TabDetail || m.detail.street != m.st.Rows[4].Street {
		t.Error("a click on the selected row should open it")
	}
	// Clicking a tab label switches to it.
	for tab := range tabCount {
		x := 0
		for t2 := range tab {
			x += len([]rune(m.tabLabel(t2))) + 1 + 2 // rough: labels hold two wide characters
		}
		if got, ok := m.tabAt(x + 1); !ok || got != tab {
			t.Errorf("tabAt(%d) = %d, %v; want %d", x+1, got, ok, tab)
		}
	}
	m = send(m, tea.MouseClickMsg{Button: tea.MouseLeft, X: 1, Y: tabBarRow})
	if m.ActiveTab() != TabRankings {
		t.Error("click on the first tab")
	}
	// Gaps: a click selects a cell, a second click opens its street.
	m = keys(m, "2")
	l := newGapsLayout(m.ctx(), 80, m.bodyHeight())
	cell := tea.MouseClickMsg{Button: tea.MouseLeft, X: l.leftW + l.colW(0) + 1, Y: bodyTop + gapsHeaderRows + 3}
	m = send(m, cell)
	if m.gaps.row != 3 || m.gaps.col != 1 {
		t.Errorf("gaps click: %d,%d", m.gaps.row, m.gaps.col)
	}
	if m = send(m, cell); m.ActiveTab() != TabDetail {
		t.Error("second click in gaps should open the street")
	}
	// Compare: a click in the list picks the active side's street.
	m = keys(m, "5")
	m = send(m, tea.MouseClickMsg{Button: tea.MouseLeft, X: 2, Y: bodyTop + 3})
	if m.compare.street[0] != m.st.Rows[2].Street {
		t.Error("compare click did not pick the third street")
	}
}

func TestResizeAndTooSmall(t *testing.T) {
	m := newTestModel(testComp(), 80, 24, i18n.Zh)
	for _, size := range [][2]int{{79, 24}, {80, 23}, {40, 10}} {
		s := screen(send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]}))
		checkFrame(t, s, size[0], size[1])
		if !strings.Contains(strings.ReplaceAll(s, " ", ""), "窗口太小") && size[0] >= 40 {
			t.Errorf("%v: no too-small message:\n%s", size, s)
		}
	}
	for _, size := range [][2]int{{80, 24}, {100, 30}, {160, 45}, {300, 80}} {
		for tab := range tabCount {
			mm := send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			mm.tab = tab
			checkFrame(t, screen(mm), size[0], size[1])
		}
	}
}

func TestStandingsChanged(t *testing.T) {
	c := testComp()
	m := keys(newTestModel(c, 80, 24, i18n.Zh), "end") // select the incomplete street
	st := m.Standings()
	last := st.Rows[len(st.Rows)-1]
	// Score the missing slot: the street becomes complete and ranked.
	c2 := c.WithSlot(last.Street, 4, 5, scoring.Number(dec("9")))
	st2 := st.Rescore(c2, last.Street)
	m = send(m, StandingsChangedMsg{Comp: c2, Standings: st2})
	if m.Standings() != st2 || m.st.Ranked != st.Ranked+1 {
		t.Fatalf("standings not replaced: ranked %d", m.st.Ranked)
	}
	if selectedName(m) != c.Streets[last.Street].Name {
		t.Error("the selected street should stay selected after re-ranking")
	}
	if !strings.Contains(screen(m), "已评 15/15") {
		t.Error("the header progress did not update")
	}
	// Without standings they are computed.
	m = send(m, StandingsChangedMsg{Comp: c})
	if m.st.Ranked != st.Ranked {
		t.Error("standings not recomputed")
	}
}

func TestLoading(t *testing.T) {
	c := testComp()
	m := New(Options{Load: func() (*scoring.Competition, []string, error) { return c, nil, nil }})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.phase != phaseLoading || strings.TrimSpace(screen(m)) != "" {
		t.Fatal("loading should show nothing before the spinner delay")
	}
	m = send(m, showSpinnerMsg{})
	if !strings.Contains(screen(m), "正在读取") {
		t.Error("the spinner does not say it is loading")
	}
	msg := loadCmd(m.opts)()
	m = send(m, msg)
	if m.phase != phaseReady || !strings.Contains(screen(m), "林山寨街道") {
		t.Fatal("loaded competition not shown")
	}
}

// While a large file loads, the spinner says how much has been read.
func TestLoadingShowsProgress(t *testing.T) {
	p := new(LoadProgress)
	m := New(Options{Progress: p, Load: func() (*scoring.Competition, []string, error) { return testComp(), nil, nil }})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, showSpinnerMsg{})
	if strings.Contains(screen(m), "%") {
		t.Error("a share shown before anything was read")
	}
	p.Report(450, 1000)
	if !strings.Contains(screen(m), "正在读取比赛数据… 45%") {
		t.Errorf("progress not shown:\n%s", screen(m))
	}
}

func TestLoadFailure(t *testing.T) {
	load := func() (*scoring.Competition, []string, error) {
		return nil, []string{"a.yaml:3:1: 缺少 title", "a.yaml:9:7: 分数 \x1b[31m 不是数字"}, errors.New("invalid")
	}
	m := send(New(Options{Load: load}), tea.WindowSizeMsg{Width: 80, Height: 24}, loadCmd(Options{Load: load})())
	s := screen(m)
	if m.phase != phaseFailed || !strings.Contains(s, "a.yaml:3:1") || !strings.Contains(s, `\x1b[31m`) {
		t.Fatalf("error screen:\n%s", s)
	}
	if strings.Contains(m.View().Content, "\x1b[31m 不是") {
		t.Error("a control character from the file reached the terminal")
	}
	if _, cmd := m.Update(keyMsg("q")); !isQuit(cmd) {
		t.Error("q should quit the error screen")
	}
	m = keys(m, "j", "pgdown", "k", "pgup")
	if m.errScroll != 0 {
		t.Errorf("error scroll %d", m.errScroll)
	}
	panicky := func() (*scoring.Competition, []string, error) { panic("boom") }
	if lm := loadCmd(Options{Load: panicky})().(loadedMsg); lm.err == nil {
		t.Error("a panicking loader should become an error")
	}
	if New(Options{}).phase != phaseFailed {
		t.Error("no competition and no loader should fail")
	}
}

func TestSanitizesNames(t *testing.T) {
	c := testComp()
	c.Streets[0].Name = "林山寨\x1b]0;pwned\x07街道"
	m := newTestModel(c, 160, 45, i18n.Zh)
	for tab := range tabCount {
		m.tab = tab
		if v := m.View().Content; strings.Contains(v, "\x1b]0;pwned") || strings.Contains(v, "\x07") {
			t.Errorf("tab %d lets a control sequence from a name through", tab)
		}
	}
}

func TestBackgroundColour(t *testing.T) {
	m := newTestModel(testComp(), 80, 24, i18n.Zh)
	m = send(m, tea.BackgroundColorMsg{Color: color.White})
	if m.dark {
		t.Error("a white background should select the light styles")
	}
	m = send(m, tea.BackgroundColorMsg{Color: color.Black})
	if !m.dark {
		t.Error("a black background should select the dark styles")
	}
}

func TestStatusMsg(t *testing.T) {
	m := send(newTestModel(testComp(), 80, 24, i18n.Zh), StatusMsg("已保存"))
	if !strings.Contains(screen(m), "已保存") {
		t.Error("status message not shown")
	}
	if strings.Contains(screen(keys(m, "j")), "已保存") {
		t.Error("a key press should clear the status message")
	}
}

func TestCatalogComplete(t *testing.T) {
	if missing := catalog.Missing(); len(missing) > 0 {
		t.Errorf("untranslated: %v", missing)
	}
}

func TestEnglish(t *testing.T) {
	s := screen(newTestModel(testComp(), 80, 24, i18n.En))
	for _, want := range []string{"Rankings", "Scored 14/15", "Total", "quit"} {
		if !strings.Contains(s, want) {
			t.Errorf("English screen lacks %q", want)
		}
	}
}

// A file opened for entry in the loading Cmd: the session is attached when
// it arrives, with its recovered entries said in the status line.
func TestOpenSessionWhileLoading(t *testing.T) {
	sess := &fakeSession{comp: testComp(), info: sessionInfo{recovered: 2}}
	opened := 0
	m := New(Options{OpenSession: func() (EntrySession, []string, error) {
		opened++
		return sess, nil, nil
	}})
	if m.phase != phaseLoading || opened != 0 {
		t.Fatal("opening must wait for the Cmd")
	}
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 35})
	m = send(m, loadCmd(m.opts)())
	if opened != 1 || m.phase != phaseReady || m.entry.sess != sess {
		t.Fatalf("session not attached (opened %d, phase %v)", opened, m.phase)
	}
	if !strings.Contains(screen(m), "已恢复 2 条") {
		t.Error("recovered entries are not reported")
	}
}

func TestOpenSessionProblemsShowTheErrorScreen(t *testing.T) {
	m := New(Options{OpenSession: func() (EntrySession, []string, error) {
		return nil, []string{"c.yaml:3:1: 未知的字段“titel”，是不是“title”？"}, nil
	}})
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 35})
	m = send(m, loadCmd(m.opts)())
	if m.phase != phaseFailed || !strings.Contains(screen(m), "c.yaml:3:1") {
		t.Fatal("problems of the file are not shown")
	}
}

// A long problem wraps under itself on the error screen instead of being
// cut, and every line still fits the window.
func TestErrorScreenWrapsLongProblems(t *testing.T) {
	long := "c.yaml:18:19: “name”含有控制字符或不可见的方向控制字符（如从网页复制时带入），请删掉后重新输入"
	load := func() (*scoring.Competition, []string, error) { return nil, []string{long}, nil }
	m := send(New(Options{Load: load}), tea.WindowSizeMsg{Width: 80, Height: 24}, loadCmd(Options{Load: load})())
	s := screen(m)
	if !strings.Contains(s, "请删掉后重新输入") || strings.Contains(s, "…") {
		t.Fatalf("the end of the message is lost:\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if display.Width(l) > 80 {
			t.Fatalf("line wider than the window: %q", l)
		}
	}
}

// A file known to be large shows the spinner in the first frame, not a
// blank screen for the spinner delay; a small one keeps the delay.
func TestLargeFileShowsSpinnerAtOnce(t *testing.T) {
	load := func() (*scoring.Competition, []string, error) { return testComp(), nil, nil }
	for _, tc := range []struct {
		size    int64
		spinner bool
	}{{2 << 20, true}, {11 << 10, false}} {
		p := new(LoadProgress)
		p.Expect(tc.size)
		m := send(New(Options{Progress: p, Load: load}), tea.WindowSizeMsg{Width: 80, Height: 24})
		if got := strings.Contains(screen(m), "正在读取比赛数据… 0%"); got != tc.spinner {
			t.Errorf("size %d: spinner in the first frame %v, want %v:\n%s", tc.size, got, tc.spinner, screen(m))
		}
	}
}
