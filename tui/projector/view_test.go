package projector

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"liangsaibi/display"
	"liangsaibi/i18n"
)

var sizes = [][2]int{{80, 24}, {120, 35}, {200, 60}}

// states are the golden views: keys pressed on the demo after loading.
var states = []struct {
	name string
	opts Options
	keys []string
}{
	{"all", Options{}, nil},
	{"held", Options{Hold: true}, nil},
	{"reveal_start", Options{Reveal: true}, nil},
	{"reveal_partly", Options{}, []string{"R", "space", "space", "space"}},
	{"reveal_podium", Options{}, append([]string{"R"}, repeat("space", 10)...)},
	{"reveal_full", Options{}, append([]string{"R"}, repeat("space", 12)...)},
	{"english", Options{Lang: i18n.En}, nil},
	{"light_theme", Options{}, []string{"t"}},
}

func repeat(k string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = k
	}
	return out
}

func TestGoldenViews(t *testing.T) {
	for _, sz := range sizes {
		for _, s := range states {
			t.Run(fmt.Sprintf("%s_%dx%d", s.name, sz[0], sz[1]), func(t *testing.T) {
				m := press(t, demoModel(t, sz[0], sz[1], s.opts), s.keys...)
				out := plain(m)
				checkFrame(t, out, sz[0], sz[1])
				golden.RequireEqual(t, out)
			})
		}
	}
}

// checkFrame asserts the frame is exactly w×h cells.
func checkFrame(t *testing.T, out string, w, h int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		t.Fatalf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if got := display.Width(l); got != w {
			t.Errorf("line %d is %d cells wide, want %d: %q", i+1, got, w, l)
		}
	}
}

// Every size from tiny to huge draws a full frame in every state.
func TestEveryLineHasTheTerminalWidth(t *testing.T) {
	for _, w := range []int{20, 39, 40, 41, 59, 66, 79, 80, 100, 119, 120, 159, 160, 200, 300} {
		for _, h := range []int{5, 11, 12, 19, 23, 24, 35, 49, 50, 80} {
			for _, s := range states {
				m := press(t, demoModel(t, w, h, s.opts), s.keys...)
				m = press(t, m, "down")
				out := m.render()
				checkFrame(t, out, w, h)
			}
		}
	}
}

func TestHeldHidesEveryScoreAndName(t *testing.T) {
	assertHeldHidesAll(t, demoModel(t, 120, 35, Options{Hold: true}))
}

// Holding after a whole reveal hides what the reveal showed, the
// first-place banner included.
func TestHoldAfterRevealHidesFirstPlace(t *testing.T) {
	m := demoModel(t, 120, 35, Options{Reveal: true})
	m = press(t, m, repeat("space", 20)...)
	if !strings.Contains(plain(m), "★") {
		t.Fatalf("the reveal should have reached first place:\n%s", plain(m))
	}
	assertHeldHidesAll(t, press(t, m, "h"))
}

func assertHeldHidesAll(t *testing.T, m Model) {
	t.Helper()
	out := plain(m)
	for _, banned := range []string{"★", "第一名"} {
		if strings.Contains(out, banned) {
			t.Errorf("held screen shows %q:\n%s", banned, out)
		}
	}
	for _, row := range m.st.Rows {
		name := m.st.Comp.Streets[row.Street].Name
		if strings.Contains(out, name) || strings.Contains(out, spaced(name, 40)) ||
			(row.Complete && strings.Contains(out, row.Total.String())) {
			t.Errorf("held screen shows %s or its total", name)
		}
	}
	if !strings.Contains(out, "成 绩 核 对 中") {
		t.Errorf("held screen does not say 成绩核对中:\n%s", out)
	}
}
