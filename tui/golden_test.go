package tui

import (
	"errors"
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

var sizes = [][2]int{{80, 24}, {160, 45}}

// viewKeys are the keys that bring each golden screen up from the start.
var viewKeys = []struct {
	name string
	keys []string
}{
	{"rankings", nil},
	{"rankings_filter", []string{"/", "路"}},
	{"rankings_help", []string{"?"}},
	{"gaps", []string{"2", "j", "j", "l"}},
	{"gaps_gap", []string{"2", "g", "end"}},
	{"detail", []string{"j", "enter", "j"}},
	{"detail_incomplete", []string{"end", "enter"}},
	{"entry", []string{"4"}},
	{"compare", []string{"5", "l", "j", "j"}},
}

func goldenScreens(t *testing.T, c *scoring.Competition, lang i18n.Lang) {
	for _, size := range sizes {
		w, h := size[0], size[1]
		for _, v := range viewKeys {
			t.Run(fmt.Sprintf("%s_%dx%d", v.name, w, h), func(t *testing.T) {
				m := newTestModel(c, w, h, lang)
				for _, k := range v.keys {
					if k == "路" {
						m = typeText(m, k)
						continue
					}
					m = keys(m, k)
				}
				frame := screen(m)
				checkFrame(t, frame, w, h)
				golden.RequireEqual(t, frame)
			})
		}
	}
}

// TestGoldenDemo draws every view of the embedded demo.
func TestGoldenDemo(t *testing.T) { goldenScreens(t, demoComp(t), i18n.Zh) }

// TestGoldenMixed draws every view of a competition with a long street
// name mixing Chinese and ASCII.
func TestGoldenMixed(t *testing.T) { goldenScreens(t, testComp(), i18n.Zh) }

func TestGoldenEnglish(t *testing.T) {
	for _, v := range []string{"1", "2", "3", "5"} {
		t.Run("view"+v, func(t *testing.T) {
			m := keys(newTestModel(demoComp(t), 80, 24, i18n.En), v)
			frame := screen(m)
			checkFrame(t, frame, 80, 24)
			golden.RequireEqual(t, frame)
		})
	}
}

func TestGoldenSpecialScreens(t *testing.T) {
	t.Run("too_small", func(t *testing.T) {
		m := send(newTestModel(demoComp(t), 80, 24, i18n.Zh), tea.WindowSizeMsg{Width: 60, Height: 20})
		frame := screen(m)
		checkFrame(t, frame, 60, 20)
		golden.RequireEqual(t, frame)
	})
	t.Run("error", func(t *testing.T) {
		m := New(Options{Load: func() (*scoring.Competition, []string, error) { return nil, nil, nil }})
		m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24}, loadedMsg{
			problems: []string{"demo.yaml:12:5: 分数 105 超出满分 100", "demo.yaml:40:3: 未知的键 “standrad”，是不是 “standard”？"},
			err:      errors.New("2 problems"),
		})
		frame := screen(m)
		checkFrame(t, frame, 80, 24)
		golden.RequireEqual(t, frame)
	})
}
