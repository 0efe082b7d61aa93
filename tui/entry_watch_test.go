package tui

import (
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// watchedSession is a fake session whose file someone else may change.
type watchedSession struct {
	*fakeSession
	onDisk  *scoring.Competition // what the file holds now
	changed bool
	reloads int
}

func (w *watchedSession) ChangedOnDisk() bool { return w.changed }

func (w *watchedSession) Reload() (*scoring.Competition, error) {
	w.reloads++
	w.changed = false
	w.comp = w.onDisk
	return w.onDisk, nil
}

func newWatchedHarness(t *testing.T) (*entryHarness, *watchedSession) {
	c := testComp()
	w := &watchedSession{fakeSession: &fakeSession{comp: c}}
	hs := &entryHarness{t: t, sess: w.fakeSession}
	hs.m = hs.feed(New(Options{Comp: c, Session: w}), tea_size(120, 35))
	hs.m.tab = TabEntry
	return hs, w
}

func TestEntryReloadsAFileChangedByOthers(t *testing.T) {
	hs, w := newWatchedHarness(t)
	hs.m = hs.feed(hs.m, entryFileChangedMsg{})
	if w.reloads != 0 {
		t.Fatal("reloaded an unchanged file")
	}
	edited := testComp().WithSlot(0, 7, 0, num("33"))
	w.onDisk, w.changed = edited, true
	hs.m = hs.feed(hs.m, entryFileChangedMsg{})
	if w.reloads != 1 || hs.slot(0, 7, 0) != num("33") {
		t.Fatalf("reloads %d, cell %+v: the hand edit is not shown", w.reloads, hs.slot(0, 7, 0))
	}
	if !strings.Contains(hs.screen(), "已重新读取") {
		t.Errorf("the reload is not announced:\n%s", hs.screen())
	}
}

func TestEntryNeverReloadsOverUnsavedScores(t *testing.T) {
	hs, w := newWatchedHarness(t)
	hs.typeText("1")
	hs.keys("enter")
	w.onDisk, w.changed = testComp(), true
	w.saveErr = &data.ConflictError{Copy: "比赛.conflict-1.yaml"}
	hs.m = hs.feed(hs.m, entryFileChangedMsg{})
	hs.m = hs.feed(hs.m, entryFileChangedMsg{})
	if w.reloads != 0 {
		t.Fatal("reloaded over an unsaved score")
	}
	if hs.slot(0, 0, 0) != num("1") {
		t.Errorf("the typed score is gone: %+v", hs.slot(0, 0, 0))
	}
	if !strings.Contains(hs.screen(), "本次录入另存为 比赛.conflict-1.yaml") {
		t.Errorf("the conflict copy is not named:\n%s", hs.screen())
	}
}
