package tui

import (
	"os"
	"strings"
	"testing"
	"time"

	"liangsaibi/data/round"
)

// A message is on the screen once: a failed save sets the banner above the
// grid, the entry note and the status line, and the screen shows it in the
// banner alone (TestEntryFailedAutosaveIsVisible: other tabs' status lines
// still say it).
func TestMessageShownOnce(t *testing.T) {
	path := copySpec(t)
	hs, _ := roundHarness(t, path, round.Options{SaveIdle: 30 * time.Millisecond, SaveEvery: 100})
	os.Chmod(path, 0o444) // made read-only meanwhile: never replaced
	hs.at("tongbailu", "test.paper", 0)
	hs.enter("77")
	hs.await("the failed save", func() bool { return strings.Contains(hs.screen(), "写入文件失败") })
	if s := hs.screen(); strings.Count(s, "写入文件失败") != 1 {
		t.Errorf("the failed save is shown %d times, want once:\n%s", strings.Count(s, "写入文件失败"), s)
	}

	// A note that is no banner (a refused value) shows under the grid, not
	// again in the status line.
	hs = newEntryHarness(t, 120, 35)
	hs.typeText("99")
	hs.keys("enter")
	s := hs.screen()
	note := hs.m.entry.note
	if note == "" || strings.Count(s, note) != 1 {
		t.Errorf("the note %q is shown %d times, want once:\n%s", note, strings.Count(s, note), s)
	}
}
