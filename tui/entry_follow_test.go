package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"liangsaibi/scoring"
)

// followHarness is an entry harness that starts on the rankings, so that
// the entry view is reached the way the operator reaches it.
func followHarness(t testing.TB, c *scoring.Competition, w, h int) *entryHarness {
	sess := &fakeSession{comp: c}
	hs := &entryHarness{t: t, sess: sess, width: w}
	hs.m = hs.feed(New(Options{Comp: c, Session: sess}), tea_size(w, h))
	return hs
}

// holes is testComp with empty cells in 棉纺路街道 (index 2): the second
// judge's 现场汇报 and the 闭卷测试 score, besides 西流湖街道's (13).
func holes() *scoring.Competition {
	c := testComp()
	c = c.WithSlot(2, 3, 1, scoring.Slot{})
	return c.WithSlot(2, 7, 0, scoring.Slot{})
}

func entryStreet(hs *entryHarness) string {
	ref, _ := hs.m.entry.selected(hs.m.ctx())
	return hs.m.Competition().Streets[ref.street].Name
}

func TestEntryOpensOnTheStreetOfTheViewBefore(t *testing.T) {
	c := holes()
	want := func(hs *entryHarness, how, name string) {
		t.Helper()
		if hs.m.ActiveTab() != TabEntry {
			t.Fatalf("%s: tab %v, want the entry view", how, hs.m.ActiveTab())
		}
		if got := entryStreet(hs); got != name {
			t.Errorf("%s: the entry view opened on %s, want %s", how, got, name)
		}
		if !strings.Contains(hs.screen(), "按街道录入 · "+name) {
			t.Errorf("%s: the screen does not show %s:\n%s", how, name, hs.screen())
		}
	}
	// From the rankings: the selected row.
	hs := followHarness(t, c, 120, 35)
	hs.keys("down", "down")
	name := selectedName(hs.m)
	hs.keys("4")
	want(hs, "rankings → 4", name)

	// From the detail view, by Tab.
	hs = followHarness(t, c, 120, 35)
	hs.keys("down", "down", "down", "enter")
	name = hs.m.Competition().Streets[hs.m.detail.street].Name
	hs.keys("tab")
	want(hs, "detail → Tab", name)

	// From the gaps: the selected row.
	hs = followHarness(t, c, 120, 35)
	hs.keys("2", "down", "down", "down", "down")
	name = hs.m.Competition().Streets[hs.m.Standings().Rows[hs.m.gaps.row].Street].Name
	hs.keys("4")
	want(hs, "gaps → 4", name)

	// From the compare view: the side being picked.
	hs = followHarness(t, c, 120, 35)
	hs.keys("5")
	hs.m.compare.street = [2]int{5, 7}
	hs.m.compare.side = 1
	hs.keys("4")
	want(hs, "compare → 4", c.Streets[7].Name)
}

func TestEntryOpensOnTheFirstEmptyCell(t *testing.T) {
	c := holes()
	hs := followHarness(t, c, 120, 35)
	hs.m.rankings.sel = hs.m.Standings().Position(2)
	hs.keys("4")
	if got, _ := hs.m.entry.selected(hs.m.ctx()); got != (cellRef{2, 3, 1}) {
		t.Fatalf("the entry view opened on %+v, want 棉纺路街道's first empty cell {2 3 1}", got)
	}
	hs.typeText("7.5")
	hs.keys("enter")
	if n := len(hs.sess.commits); n != 1 || hs.sess.commits[0].ref != (cellRef{2, 3, 1}) {
		t.Errorf("commits %+v", hs.sess.commits)
	}
}

// TestEntryBracketLandsOnTheFirstEmptyCell: [ and ] never leave the cursor
// on a filled cell of the last row (a test score of 18 was entered so).
func TestEntryBracketLandsOnTheFirstEmptyCell(t *testing.T) {
	c := holes()
	hs := followHarness(t, c, 120, 35)
	hs.keys("4", "s")
	hs.m.entry.pickSel = 1
	hs.keys("enter", "end") // 建设路街道, complete; the cursor on the last row
	hs.keys("]")
	if got, _ := hs.m.entry.selected(hs.m.ctx()); got != (cellRef{2, 3, 1}) {
		t.Fatalf("] landed on %+v, want the first empty cell {2 3 1}", got)
	}
	hs.keys("end", "[") // back to a complete street: its first cell
	if got, _ := hs.m.entry.selected(hs.m.ctx()); got != (cellRef{1, c.Categories[0].Items[0], 0}) {
		t.Errorf("[ landed on %+v, want the first cell of 建设路街道", got)
	}
	hs.keys("]", "8", "enter") // into the empty cell, nowhere else
	if got := hs.slot(2, 3, 1); got != num("8") {
		t.Errorf("the empty cell holds %+v", got)
	}
	for _, cm := range hs.sess.commits {
		if cm.ref != (cellRef{2, 3, 1}) {
			t.Errorf("a score went to %+v", cm.ref)
		}
	}
}

func TestEntryDoneHintOffersTheNextUnfinishedStreet(t *testing.T) {
	c := holes()
	hs := followHarness(t, c, 120, 35)
	hs.m.rankings.sel = hs.m.Standings().Position(2)
	hs.keys("4")
	hs.typeText("7")
	hs.keys("enter") // 现场汇报: on to the next EMPTY cell, 闭卷测试, past the filled ones
	if got, _ := hs.m.entry.selected(hs.m.ctx()); got != (cellRef{2, 7, 0}) {
		t.Fatalf("after enter the cursor is on %+v, want the next empty cell {2 7 0}", got)
	}
	hs.typeText("88")
	hs.keys("enter") // the last cell of the street: nothing empty is left
	s := hs.screen()
	if !strings.Contains(s, "本街道已录完，按 ] 到下一个未录完的街道：西流湖街道") {
		t.Fatalf("no hint after the street's last cell:\n%s", s)
	}
	// Digits now would replace the last cell's score: they wait.
	hs.typeText("5")
	if hs.m.entry.editing || len(hs.sess.commits) != 2 || !hs.m.entry.noteErr {
		t.Errorf("a digit after the last cell: editing %v, commits %d, note %q", hs.m.entry.editing, len(hs.sess.commits), hs.m.entry.note)
	}
	hs.keys("]")
	if got, _ := hs.m.entry.selected(hs.m.ctx()); got != (cellRef{13, 4, 5}) {
		t.Errorf("] from a finished street went to %+v, want 西流湖街道's empty cell {13 4 5}", got)
	}
	hs.typeText("6")
	hs.keys("enter")
	if s := hs.screen(); !strings.Contains(s, "所有街道都已录完") {
		t.Errorf("the last empty cell filled, no 所有街道都已录完:\n%s", s)
	}
}

func TestEntryRecuseMovesOn(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("right", "r")
	if got := hs.slot(0, 0, 1); got.State != scoring.Recused {
		t.Fatalf("r: %+v", got)
	}
	if hs.m.entry.row != 0 || hs.m.entry.col != 2 {
		t.Errorf("after r the cursor is on %d,%d, want 0,2 as after a typed score", hs.m.entry.row, hs.m.entry.col)
	}
	hs.typeText("9")
	hs.keys("enter")
	if got := hs.slot(0, 0, 2); got != num("9") {
		t.Errorf("the next score went elsewhere: %+v", hs.sess.commits)
	}
}

func TestEntryAcceptsFullWidthDigits(t *testing.T) {
	cases := []struct {
		keys []string // each one key press (an input method may commit several characters at once)
		want string
	}{
		{[]string{"８", "．", "５"}, "8.5"},
		{[]string{"8", "。", "5"}, "8.5"},
		{[]string{"１", "２", "。", "２", "５"}, "12.25"},
		{[]string{"８．５"}, "8.5"},
		{[]string{"1", "3", "．", "7", "5"}, "13.75"},
	}
	for _, tc := range cases {
		hs := newEntryHarness(t, 120, 35)
		for _, k := range tc.keys {
			hs.m = hs.feed(hs.m, tea.KeyPressMsg{Code: []rune(k)[0], Text: k})
		}
		if !hs.m.entry.editing || hs.m.entry.input.Value() != tc.want {
			t.Errorf("%q: editing %v, typed %q, want %q", tc.keys, hs.m.entry.editing, hs.m.entry.input.Value(), tc.want)
		}
		hs.keys("enter")
		if got := hs.slot(0, 0, 0); got != num(tc.want) {
			t.Errorf("%q: saved %+v (note %q), want %s", tc.keys, got, hs.m.entry.note, tc.want)
		}
	}
}

func TestEntryRefusesALetterAsItIsTyped(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.typeText("8a")
	if v := hs.m.entry.input.Value(); v != "8" || !hs.m.entry.editing {
		t.Errorf("after 8a the field holds %q (editing %v), want 8", v, hs.m.entry.editing)
	}
	if s := hs.screen(); !hs.m.entry.noteErr || !strings.Contains(s, "“a”不能输入") {
		t.Errorf("no hint for the letter:\n%s", s)
	}
	// A comma is no decimal point: refused with its own hint.
	hs.typeText("，")
	if v := hs.m.entry.input.Value(); v != "8" || !strings.Contains(hs.screen(), "逗号不能当小数点") {
		t.Errorf("after a comma the field holds %q, note %q", v, hs.m.entry.note)
	}
	hs.typeText("。5")
	hs.keys("enter")
	if got := hs.slot(0, 0, 0); got != num("8.5") {
		t.Errorf("saved %+v, want 8.5", got)
	}
	// A Chinese character from an input method on the grid: said, not typed.
	hs.typeText("八")
	if hs.m.entry.editing || !strings.Contains(hs.screen(), "“八”不能输入") {
		t.Errorf("八 on the grid: editing %v, note %q", hs.m.entry.editing, hs.m.entry.note)
	}
}

func TestEntryEscWithNothingTypedGoesBack(t *testing.T) {
	for _, from := range []string{"1", "2", "3", "5"} {
		hs := followHarness(t, holes(), 120, 35)
		if from == "3" {
			hs.keys("enter") // the detail of the selected street
		} else {
			hs.keys(from)
		}
		before := hs.m.ActiveTab()
		hs.keys("4")
		hs.typeText("7")
		hs.keys("esc") // cancels the typing, stays
		if hs.m.ActiveTab() != TabEntry || hs.m.entry.editing {
			t.Fatalf("from %s: esc with 7 typed: tab %v, editing %v", from, hs.m.ActiveTab(), hs.m.entry.editing)
		}
		hs.keys("esc") // nothing typed: back
		if hs.m.ActiveTab() != before {
			t.Errorf("from %v: esc went to %v", before, hs.m.ActiveTab())
		}
	}
	// Enter on a cell, nothing typed, Esc: back too.
	hs := followHarness(t, holes(), 120, 35)
	hs.keys("4", "enter", "backspace", "backspace", "backspace", "backspace", "backspace", "esc")
	if hs.m.ActiveTab() != TabRankings || len(hs.sess.commits) != 0 {
		t.Errorf("tab %v, commits %+v", hs.m.ActiveTab(), hs.sess.commits)
	}
}

func TestMissingListJumpsToTheCell(t *testing.T) {
	c := holes()
	hs := followHarness(t, c, 120, 35)
	hs.keys("w")
	if hs.m.ActiveTab() != TabEntry || !hs.m.entry.missing.open {
		t.Fatalf("w from the rankings: tab %v, list open %v", hs.m.ActiveTab(), hs.m.entry.missing.open)
	}
	s := hs.screen()
	// By judge: 评委乙 (中原西路 现场汇报), 评委己 (西流湖 现场答辩), then
	// the direct item no judge scores (中原西路 闭卷测试).
	order := []string{"未录 3 格 · 按评委排列", "评委乙 1", "棉纺路街道", "现场汇报", "评委己 1", "西流湖街道", "现场答辩", "直接录入 1", "闭卷测试"}
	at := 0
	for _, w := range order {
		i := strings.Index(s[at:], w)
		if i < 0 {
			t.Fatalf("%q is missing or out of order in:\n%s", w, s)
		}
		at += i
	}
	hs.keys("down", "enter")
	if hs.m.entry.missing.open {
		t.Fatal("enter did not close the list")
	}
	if got, _ := hs.m.entry.selected(hs.m.ctx()); got != (cellRef{13, 4, 5}) {
		t.Errorf("enter jumped to %+v, want 西流湖街道 现场答辩 评委己", got)
	}
	hs.typeText("6")
	hs.keys("enter")
	if got := hs.slot(13, 4, 5); got != num("6") {
		t.Errorf("the score went elsewhere: %+v", hs.sess.commits)
	}
	// By street, and Esc goes back to the grid it was opened from.
	hs.keys("w", "m")
	s = hs.screen()
	if !strings.Contains(s, "未录 2 格 · 按街道排列") || strings.Index(s, "现场汇报") > strings.Index(s, "闭卷测试") {
		t.Errorf("by street:\n%s", s)
	}
	hs.keys("esc")
	if hs.m.entry.missing.open || hs.m.ActiveTab() != TabEntry {
		t.Errorf("esc: list open %v, tab %v", hs.m.entry.missing.open, hs.m.ActiveTab())
	}
	// Opened from the rankings, Esc goes back there.
	hs.keys("esc", "w", "esc")
	if hs.m.ActiveTab() != TabRankings {
		t.Errorf("esc from the list opened on the rankings went to %v", hs.m.ActiveTab())
	}
}

// TestMissingGolden draws the 未录 list at 80×24 and 200×60, by judge and
// by street, with a list longer than the screen.
func TestMissingGolden(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, order := range []string{"judge", "street"} {
			t.Run(fmt.Sprintf("%s-%dx%d", order, size[0], size[1]), func(t *testing.T) {
				c := demoComp(t)
				for s := 3; s < 9; s++ {
					c = c.WithSlot(s, 0, s%7, scoring.Slot{})
					c = c.WithSlot(s, 2, (s+3)%7, scoring.Slot{})
				}
				hs := followHarness(t, c, size[0], size[1])
				hs.keys("w", "down", "down")
				if order == "street" {
					hs.keys("m")
				}
				frame := hs.screen()
				checkFrame(t, frame, size[0], size[1])
				golden.RequireEqual(t, []byte(frame))
			})
		}
	}
}

// TestPendingStreetHasNoTotalOnTheDashboard: the demo's unfinished street
// (航海西路街道, 9 of 13 items, floor 61.68) shows 待评 9/13 and no total
// in the rankings, the detail, the compare view and the entry view.
func TestPendingStreetHasNoTotalOnTheDashboard(t *testing.T) {
	c := demoComp(t)
	s := streetIndex(c, "航海西路街道")
	hs := followHarness(t, c, 120, 35)
	row := func(screen string) string {
		for _, l := range strings.Split(screen, "\n") {
			if strings.Contains(l, "航海西路街道") {
				return l
			}
		}
		return ""
	}
	check := func(view, screen string) {
		t.Helper()
		if strings.Contains(screen, "61.68") {
			t.Errorf("%s: the partial total 61.68 is shown:\n%s", view, screen)
		}
		if !strings.Contains(screen, "待评 9/13") {
			t.Errorf("%s: no 待评 9/13:\n%s", view, screen)
		}
	}
	check("rankings", row(hs.screen()))
	hs.keys("end", "enter")
	check("detail", hs.screen())
	hs.keys("4")
	check("entry", hs.screen())
	hs.keys("esc", "5")
	hs.m.compare.street = [2]int{0, s}
	check("compare", hs.screen())
}
