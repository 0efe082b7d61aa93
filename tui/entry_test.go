package tui

import (
	"os"
	"strings"
	"syscall"
	"testing"

	"liangsaibi/scoring"
)

func num(s string) scoring.Slot { return scoring.Number(dec(s)) }

func TestEntryTypingCommitsMovesAndRescores(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	before := hs.m.Standings().RowOf(0).Items[0]
	hs.keys("1") // a digit on the entry tab types, it does not switch to tab 1
	if hs.m.ActiveTab() != TabEntry || !hs.m.entry.editing {
		t.Fatalf("tab %v, editing %v: a digit must start editing the cell", hs.m.ActiveTab(), hs.m.entry.editing)
	}
	hs.typeText("5.5")
	hs.keys("enter")
	if len(hs.sess.commits) != 1 || hs.sess.commits[0] != (cellCommit{cellRef{0, 0, 0}, num("15.5")}) {
		t.Fatalf("commits %+v, want street 0 item 0 judge 0 = 15.5", hs.sess.commits)
	}
	if got := hs.slot(0, 0, 0); got != num("15.5") {
		t.Errorf("the dashboard's competition holds %+v", got)
	}
	if hs.m.Standings().RowOf(0).Items[0] == before || hs.m.Standings().Comp != hs.m.Competition() {
		t.Error("the standings were not recomputed after the commit")
	}
	if hs.m.entry.row != 0 || hs.m.entry.col != 1 {
		t.Errorf("after enter the selection is %d,%d, want 0,1", hs.m.entry.row, hs.m.entry.col)
	}
	if !strings.Contains(hs.m.entry.note, "已保存") || hs.m.entry.noteErr {
		t.Errorf("note %q, want 已保存", hs.m.entry.note)
	}
	if !strings.Contains(hs.screen(), "已保存：林山寨街道 · 工作实绩 · 评委甲 = 15.5") {
		t.Errorf("the screen does not say what was saved:\n%s", hs.screen())
	}
}

func TestEntryEnterAtRowEndGoesToNextRow(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	for range 5 {
		hs.keys("right")
	}
	hs.typeText("10")
	hs.keys("enter")
	if hs.m.entry.row != 1 || hs.m.entry.col != 0 {
		t.Errorf("selection %d,%d, want the next row's first cell", hs.m.entry.row, hs.m.entry.col)
	}
	// The next row is a target item: a single cell, so enter goes on down.
	hs.typeText("50")
	hs.keys("enter")
	if hs.m.entry.row != 2 || hs.m.entry.col != 0 {
		t.Errorf("after a single cell the selection is %d,%d, want 2,0", hs.m.entry.row, hs.m.entry.col)
	}
	if len(hs.sess.commits) != 2 || hs.sess.commits[1].ref != (cellRef{0, 1, 0}) {
		t.Errorf("commits %+v", hs.sess.commits)
	}
}

func TestEntryEscCancels(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	old := hs.slot(0, 0, 0)
	hs.typeText("7")
	hs.keys("esc")
	if hs.m.entry.editing || len(hs.sess.commits) != 0 || hs.slot(0, 0, 0) != old {
		t.Errorf("esc: editing %v, commits %v, cell %+v (was %+v)", hs.m.entry.editing, hs.sess.commits, hs.slot(0, 0, 0), old)
	}
	if hs.m.ActiveTab() != TabEntry {
		t.Error("esc left the entry tab")
	}
}

func TestEntryBackspaceAndDeleteClear(t *testing.T) {
	for _, k := range []string{"backspace", "delete"} {
		hs := newEntryHarness(t, 120, 35)
		hs.keys(k)
		if got := hs.slot(0, 0, 0); got.State != scoring.Empty {
			t.Errorf("%s: cell is %+v, want not scored", k, got)
		}
		if len(hs.sess.commits) != 1 || hs.sess.commits[0].val != (scoring.Slot{}) {
			t.Errorf("%s: commits %+v", k, hs.sess.commits)
		}
		if !strings.Contains(hs.screen(), "评委甲 = 未评") {
			t.Errorf("%s: the screen does not show the cleared cell as 未评", k)
		}
	}
}

func TestEntryRecuse(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("right", "r")
	if got := hs.slot(0, 0, 1); got.State != scoring.Recused {
		t.Errorf("r: cell is %+v, want recused", got)
	}
	if !strings.Contains(hs.screen(), "回避") {
		t.Error("the screen does not show 回避")
	}
	// A target item has no judges: r is refused.
	hs.keys("down", "r")
	if len(hs.sess.commits) != 1 || !hs.m.entry.noteErr || !strings.Contains(hs.m.entry.note, "只有评委打分项可以回避") {
		t.Errorf("r on a target item: commits %d, note %q", len(hs.sess.commits), hs.m.entry.note)
	}
}

func TestEntryRefusesBadValuesKeepingTheOld(t *testing.T) {
	cases := []struct {
		down int // rows below the first (0: 工作实绩, max 20; 1: a target item)
		text string
		want string
	}{
		{0, "25", "超出范围"},
		{0, "20.5", "超出范围"},
		{0, "-1", "超出范围"},
		{0, "1.1234567", "小数超过 6 位"},
		{0, "1.2.3", "不是数字"},
		{0, "007", "开头多了 0"},
		{0, "99999999999999", "太大"},
		{1, "-3", "不能为负数"},
	}
	for _, tc := range cases {
		hs := newEntryHarness(t, 120, 35)
		for range tc.down {
			hs.keys("down")
		}
		ref, _ := hs.m.entry.selected(hs.m.ctx())
		old := hs.slot(ref.street, ref.item, ref.slot)
		hs.typeText(tc.text)
		hs.keys("enter")
		if len(hs.sess.commits) != 0 || hs.slot(ref.street, ref.item, ref.slot) != old {
			t.Errorf("%q was accepted", tc.text)
		}
		note := hs.m.entry.note
		if !hs.m.entry.noteErr || !strings.Contains(note, tc.want) || !strings.Contains(note, "原值不变") {
			t.Errorf("%q: note %q, want an error with %q and 原值不变", tc.text, note, tc.want)
		}
		if !strings.Contains(hs.screen(), tc.want) {
			t.Errorf("%q: the message is not on screen", tc.text)
		}
	}
	// A target item's figure may exceed the item's maximum.
	hs := newEntryHarness(t, 120, 35)
	hs.keys("down")
	hs.typeText("250")
	hs.keys("enter")
	if got := hs.slot(0, 1, 0); got != num("250") {
		t.Errorf("a target figure of 250 was refused: %+v, note %q", got, hs.m.entry.note)
	}
}

func TestEntryLayoutSwitchKeepsTheCell(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("]", "]", "right", "right", "down", "down") // street 2, judge 2, item 党建引领基层治理
	ref, _ := hs.m.entry.selected(hs.m.ctx())
	hs.keys("m")
	if hs.m.entry.layout != byJudge {
		t.Fatal("m did not switch to by judge")
	}
	got, _ := hs.m.entry.selected(hs.m.ctx())
	if got != ref {
		t.Errorf("by judge the selected cell is %+v, want %+v", got, ref)
	}
	if !strings.Contains(hs.screen(), "按评委录入 · 评委丙") {
		t.Errorf("by judge screen:\n%s", hs.screen())
	}
	// 评委丙's sheet is complete: ] goes to the next judge with an empty
	// cell (评委己: 西流湖街道's 现场答辩) and lands on that cell.
	hs.keys("]")
	if hs.m.entry.judge != 5 {
		t.Errorf("] by judge goes to judge %d, want 5", hs.m.entry.judge)
	}
	hs.keys("m")
	got, _ = hs.m.entry.selected(hs.m.ctx())
	if hs.m.entry.layout != byStreet || got != (cellRef{13, 4, 5}) {
		t.Errorf("back by street: layout %v, cell %+v", hs.m.entry.layout, got)
	}
}

func TestEntryPickStreet(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("s")
	if !hs.m.entry.picking || !strings.Contains(hs.screen(), "选择街道") {
		t.Fatal("s did not open the street list")
	}
	hs.keys("down", "down", "enter")
	if hs.m.entry.street != 2 || hs.m.entry.picking {
		t.Errorf("picked street %d (picking %v), want 2", hs.m.entry.street, hs.m.entry.picking)
	}
	hs.keys("s", "down", "esc")
	if hs.m.entry.street != 2 {
		t.Error("esc in the list changed the street")
	}
}

func TestEntryQueuesCommitsInTypingOrder(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.hold = true // commits stay in flight until released
	for _, v := range []string{"3", "4", "5"} {
		hs.typeText(v)
		hs.keys("enter")
	}
	if len(hs.sess.commits) != 1 {
		t.Fatalf("%d commits ran at once, want one at a time", len(hs.sess.commits))
	}
	if s := hs.screen(); !strings.Contains(s, "4…") || !strings.Contains(s, "5…") {
		t.Errorf("queued values are not shown as pending:\n%s", s)
	}
	if strings.Contains(hs.m.entry.note, "已保存") {
		t.Error("says 已保存 before the commit returned")
	}
	hs.release()
	if len(hs.sess.commits) != 3 {
		t.Fatalf("commits after release: %+v", hs.sess.commits)
	}
	for i, v := range []string{"3", "4", "5"} {
		if c := hs.sess.commits[i]; c.ref != (cellRef{0, 0, i}) || c.val != num(v) {
			t.Errorf("commit %d is %+v, want judge %d = %s", i, c, i, v)
		}
	}
	if hs.m.entry.busy() || strings.Contains(hs.screen(), "…") {
		t.Error("still pending after every commit returned")
	}
}

func diskFull() error { return &os.PathError{Op: "write", Path: "x.yaml", Err: syscall.ENOSPC} }

func TestEntryFailedCommitKeepsTheOldValue(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.sess.commitErr = diskFull()
	old := hs.slot(0, 0, 0)
	hs.typeText("1")
	hs.keys("enter")
	if hs.slot(0, 0, 0) != old || !hs.m.entry.noteErr || !strings.Contains(hs.m.entry.note, "没有保存：磁盘已满") {
		t.Errorf("cell %+v, note %q", hs.slot(0, 0, 0), hs.m.entry.note)
	}
	hs.sess.commitErr = nil
	hs.keys("u")
	if !strings.Contains(hs.m.entry.note, "没有可撤销") || hs.slot(0, 0, 0) != old {
		t.Errorf("undo after a failed commit: %q, cell %+v", hs.m.entry.note, hs.slot(0, 0, 0))
	}
}

func TestEntryQuitSavesFirst(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.typeText("1")
	hs.keys("enter", "q")
	if !hs.quit || hs.sess.saves != 1 {
		t.Errorf("q: quit %v, saves %d: want a save, then quit", hs.quit, hs.sess.saves)
	}

	hs = newEntryHarness(t, 120, 35)
	hs.sess.saveErr = diskFull()
	hs.typeText("1")
	hs.keys("enter", "q")
	if hs.quit {
		t.Fatal("quit although saving failed")
	}
	if !strings.Contains(hs.screen(), "再按 q 强制退出") {
		t.Errorf("no way out is shown:\n%s", hs.screen())
	}
	hs.keys("q")
	if !hs.quit {
		t.Error("a second q did not quit")
	}

	// Nothing unsaved: q quits at once.
	hs = newEntryHarness(t, 120, 35)
	hs.keys("q")
	if !hs.quit || hs.sess.saves != 0 {
		t.Errorf("q with nothing to save: quit %v, saves %d", hs.quit, hs.sess.saves)
	}
}

func TestEntryReadOnly(t *testing.T) {
	c := testComp()
	sess := &fakeSession{comp: c, info: sessionInfo{readOnly: true, holder: "王五@会议室（PID 42）"}}
	hs := &entryHarness{t: t, sess: sess}
	hs.m = hs.feed(New(Options{Comp: c, Session: sess}), tea_size(120, 35))
	if !strings.Contains(hs.screen(), "跟随：文件正由 王五@会议室（PID 42） 录入") {
		t.Errorf("the start screen does not say who holds the file:\n%s", hs.screen())
	}
	hs.m.tab = TabEntry
	hs.typeText("5")
	hs.keys("enter", "backspace", "r")
	if len(sess.commits) != 0 || hs.m.entry.editing {
		t.Errorf("a read-only session took entries: %+v", sess.commits)
	}
	if !strings.Contains(hs.screen(), "跟随") {
		t.Error("the entry view has no read-only banner")
	}
}

func TestEntryRecoveredIsAnnounced(t *testing.T) {
	c := testComp()
	sess := &fakeSession{comp: c, info: sessionInfo{recovered: 3}}
	m := New(Options{Comp: c, Session: sess})
	hs := &entryHarness{t: t, sess: sess}
	hs.m = hs.feed(m, tea_size(120, 35))
	if !strings.Contains(hs.screen(), "已恢复 3 条未保存的录入") {
		t.Errorf("recovered entries are not announced:\n%s", hs.screen())
	}
	hs.keys("q")
	if !hs.quit || sess.saves != 1 {
		t.Errorf("recovered entries were not saved on quit (saves %d)", sess.saves)
	}
}

func TestEntryIntoTheDemoMakesACopy(t *testing.T) {
	c := testComp()
	copySess := &fakeSession{comp: c, info: sessionInfo{path: "亮赛比示例-1.yaml"}}
	opened := 0
	m := New(Options{Comp: c, NewSession: func() (EntrySession, error) {
		opened++
		return copySess, nil
	}})
	hs := &entryHarness{t: t, sess: copySess}
	hs.m = hs.feed(m, tea_size(120, 35))
	hs.m.tab = TabEntry
	hs.typeText("1")
	hs.keys("enter")
	if !strings.Contains(hs.screen(), "示例数据已另存为 亮赛比示例-1.yaml") {
		t.Errorf("the new file is not named:\n%s", hs.screen())
	}
	hs.typeText("2")
	hs.keys("enter")
	if opened != 1 || len(copySess.commits) != 2 {
		t.Fatalf("opened %d copies, %d commits", opened, len(copySess.commits))
	}
	if !strings.Contains(hs.screen(), "录入的分数保存到 亮赛比示例-1.yaml") {
		t.Errorf("the new file is not named after later commits:\n%s", hs.screen())
	}
}

func TestEntryWithoutAFileRefuses(t *testing.T) {
	hs := &entryHarness{t: t}
	hs.m = hs.feed(New(Options{Comp: testComp()}), tea_size(120, 35))
	hs.m.tab = TabEntry
	hs.typeText("1")
	if hs.m.entry.editing || !strings.Contains(hs.m.entry.note, "没有可写入的文件") {
		t.Errorf("editing %v, note %q", hs.m.entry.editing, hs.m.entry.note)
	}
}

// A dropped score too wide for brackets in its cell keeps all its digits
// (it used to show as "[16.2…").
func TestEntryWideDroppedScoreKeepsItsDigits(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("1")
	hs.typeText("9.75") // 19.75: the highest of street 0's scores, so dropped
	hs.keys("enter")
	kept := hs.m.Competition().Kept(hs.m.Competition().Scores[0][0])
	if kept == nil || kept[0] {
		t.Fatalf("19.75 is not dropped (kept %v): the test needs trimming", kept)
	}
	screen := hs.screen()
	if strings.Contains(screen, "[19.7…") || !strings.Contains(screen, "19.75") {
		t.Errorf("the dropped 19.75 is not shown whole:\n%s", screen)
	}
}

// Staff never meet the file's ~: the grid shows 未评, the item line says
// there are no scores yet, not 保留 无.
func TestEntryNoTildeForStaff(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("backspace", "right", "backspace", "right", "backspace")
	s := hs.screen()
	for _, bad := range []string{"~", "保留 无"} {
		if strings.Contains(s, bad) {
			t.Errorf("the entry view shows %q:\n%s", bad, s)
		}
	}
	if !strings.Contains(s, "未评") {
		t.Errorf("no 未评 on the screen:\n%s", s)
	}
}
