package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// TestEntryGolden draws the entry view on the demo (and on names mixing
// Chinese and ASCII) at 80×24 and 160×45, by street and by judge, and
// checks every line is exactly as wide as the terminal.
func TestEntryGolden(t *testing.T) {
	cases := []struct {
		name string
		comp func(testing.TB) *scoring.Competition
		keys []string
	}{
		{"street", demoComp, []string{"]", "]", "down", "right", "right"}},
		{"judge", demoComp, []string{"down", "m", "]", "down", "down"}},
		{"typing", demoComp, []string{"down", "8", ".", "2"}},
		{"picker", demoComp, []string{"s", "down"}},
		{"mixed-judge", func(testing.TB) *scoring.Competition { return testComp() }, []string{"m", "end"}},
	}
	for _, size := range [][2]int{{80, 24}, {160, 45}} {
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%s-%dx%d", tc.name, size[0], size[1]), func(t *testing.T) {
				c := tc.comp(t)
				hs := &entryHarness{t: t, sess: &fakeSession{comp: c}}
				hs.m = hs.feed(New(Options{Comp: c, Session: hs.sess}), tea_size(size[0], size[1]))
				hs.m.tab = TabEntry
				hs.keys(tc.keys...)
				frame := hs.screen()
				lines := strings.Split(frame, "\n")
				if len(lines) != size[1] {
					t.Errorf("%d lines, want %d", len(lines), size[1])
				}
				for i, l := range lines {
					if w := display.Width(l); w != size[0] {
						t.Errorf("line %d is %d cells wide, want %d: %q", i, w, size[0], l)
					}
				}
				golden.RequireEqual(t, []byte(frame))
			})
		}
	}
}
