package tui

import (
	"strings"
	"testing"
)

// The help and the footer list only keys that work in the state shown.
func TestEntryHelpListsOnlyWorkingKeys(t *testing.T) {
	hs := newEntryHarness(t, 120, 35)
	hs.keys("?")
	full := hs.screen()
	for _, bad := range []string{"1-8", "6/p"} {
		if strings.Contains(full, bad) {
			t.Errorf("the entry view's full help offers %q, but digits type scores there:\n%s", bad, full)
		}
	}
	if !strings.Contains(full, "0-9") || !strings.Contains(full, "p ") {
		t.Errorf("the entry view's full help lacks 0-9 or p:\n%s", full)
	}

	c := testComp()
	sess := &fakeSession{comp: c, info: sessionInfo{readOnly: true, holder: "王五"}}
	ro := &entryHarness{t: t, sess: sess}
	ro.m = ro.feed(New(Options{Comp: c, Session: sess}), tea_size(120, 35))
	ro.m.tab = TabEntry
	ro.m = ro.feed(ro.m, tea_size(120, 35))
	footer := ro.screen()
	for _, bad := range []string{"0-9 录入", "r 回避", "u 撤销", "⌫ 清除", "Ctrl+R"} {
		if strings.Contains(footer, bad) {
			t.Errorf("a read-only window offers %q:\n%s", bad, footer)
		}
	}
	ro.keys("?")
	if s := ro.screen(); strings.Contains(s, "录入") && strings.Contains(s, "0-9") {
		t.Errorf("a read-only window's full help offers typing:\n%s", s)
	}
}
