package tui

import (
	"testing"

	"liangsaibi/i18n"
)

// A city-scale competition: every view must render only what is on screen.
const benchStreets = 3000

func benchModel(b *testing.B) Model {
	b.Helper()
	return newTestModel(bigComp(benchStreets), 160, 45, i18n.Zh)
}

func BenchmarkRenderView(b *testing.B) {
	m := benchModel(b)
	for tab := range tabCount {
		m.tab = tab
		b.Run(tabNames[tab], func(b *testing.B) {
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkKeyAndRender is one key press handled and the frame drawn.
func BenchmarkKeyAndRender(b *testing.B) {
	m := benchModel(b)
	cases := []struct {
		name string
		tab  Tab
		key  string
	}{
		{"rankings_down", TabRankings, "j"},
		{"gaps_right", TabGaps, "l"},
		{"detail_next", TabDetail, "]"},
		{"compare_down", TabCompare, "j"},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			mm := m
			mm.tab = tc.tab
			msg := keyMsg(tc.key)
			for b.Loop() {
				next, _ := mm.Update(msg)
				mm = next.(Model)
				_ = mm.View()
			}
		})
	}
}

// BenchmarkFilterKeystroke is typing one character into the filter.
func BenchmarkFilterKeystroke(b *testing.B) {
	m := keys(benchModel(b), "/")
	for b.Loop() {
		mm := typeText(m, "湖")
		_ = mm.View()
	}
}
