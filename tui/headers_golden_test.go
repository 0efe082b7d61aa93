package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"liangsaibi/i18n"
)

// Column headers use the width the screen has: at 200 columns the gaps
// view and the by-judge entry grid show item names whole; at 80 they are
// cut, and the line under the grid names the focused column in full.
func TestHeadersUseTheWidth(t *testing.T) {
	c := demoComp(t)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("gaps_%dx%d", w, h), func(t *testing.T) {
			m := keys(newTestModel(c, w, h, i18n.Zh), "2")
			frame := screen(m)
			checkFrame(t, frame, w, h)
			golden.RequireEqual(t, frame)
			header := strings.Split(frame, "\n")[bodyTop+1]
			for _, name := range []string{"抓党建工作实绩", "红色物业示范点", "知识测试"} {
				if w >= 200 && !strings.Contains(header, name) {
					t.Errorf("at %d columns the header cuts %s:\n%s", w, name, header)
				}
			}
			if !strings.Contains(frame, "抓党建工作实绩") {
				t.Errorf("the focused column's full name is nowhere on the screen:\n%s", frame)
			}
		})
		t.Run(fmt.Sprintf("entry_judge_%dx%d", w, h), func(t *testing.T) {
			hs := &entryHarness{t: t, sess: &fakeSession{comp: c}}
			hs.m = hs.feed(New(Options{Comp: c, Session: hs.sess}), tea_size(w, h))
			hs.m.tab = TabEntry
			hs.keys("m")
			frame := hs.screen()
			checkFrame(t, frame, w, h)
			golden.RequireEqual(t, frame)
			lines := strings.Split(frame, "\n")
			var header string
			for _, l := range lines {
				if strings.HasPrefix(l, "街道 ") {
					header = l
				}
			}
			if w >= 200 && !strings.Contains(header, "抓党建工作实绩") {
				t.Errorf("at %d columns the by-judge header cuts 抓党建工作实绩:\n%s", w, header)
			}
			if !strings.Contains(frame, "抓党建工作实绩：") && !strings.Contains(frame, "抓党建工作实绩 ") {
				t.Errorf("the focused column's full name is nowhere on the screen:\n%s", frame)
			}
		})
	}
}
