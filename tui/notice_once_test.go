package tui

import (
	"strings"
	"testing"
)

// A message is on the screen once: a failed save sets the banner above the
// grid, the entry note and the status line, and the screen shows it in the
// banner alone (TestEntryFailedSaveIsVisibleNeverSaved: other tabs' status
// lines still say it).
func TestMessageShownOnce(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.sess.saveErr = diskFull()
	hs.typeText("1")
	hs.keys("enter")
	hs.m = hs.feed(hs.m, entryIdleMsg{gen: hs.m.entry.idleGen})
	s := hs.screen()
	if n := strings.Count(s, "磁盘已满"); n != 1 {
		t.Errorf("the failed save is shown %d times, want once:\n%s", n, s)
	}
	// A note that is no banner (a refused value) shows under the grid, not
	// again in the status line.
	hs.sess.saveErr = nil
	hs.m.entry.saveErr = ""
	hs.typeText("99")
	hs.keys("enter")
	s = hs.screen()
	note := hs.m.entry.note
	if note == "" || strings.Count(s, note) != 1 {
		t.Errorf("the note %q is shown %d times, want once:\n%s", note, strings.Count(s, note), s)
	}
}
