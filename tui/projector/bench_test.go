package projector

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/scoring"
)

// cityComp is a city-scale competition: the demo's criteria with n streets,
// scores taken from the demo's streets with varied test scores, and one in
// twenty streets left incomplete.
func cityComp(t testing.TB, n int) *scoring.Competition {
	demo := demoComp(t)
	c := *demo
	paper := c.FindItem("test.paper")
	c.Streets = make([]scoring.Street, n)
	c.Scores = make([][]scoring.Entry, n)
	for s := range n {
		c.Streets[s] = scoring.Street{ID: fmt.Sprintf("s%04d", s), Name: fmt.Sprintf("第%d号街道", s+1)}
		row := append([]scoring.Entry(nil), demo.Scores[s%len(demo.Scores)]...)
		v := scoring.Number(scoring.DecFromInt(int64(50 + s*37%51)))
		if s%20 == 19 {
			v = scoring.Slot{}
		}
		row[paper] = scoring.Entry{v}
		c.Scores[s] = row
	}
	return &c
}

func cityModel(b *testing.B) Model {
	m := New(Options{Comp: cityComp(b, 3000)})
	m = update(b, m, tea.WindowSizeMsg{Width: 160, Height: 45})
	return m
}

// BenchmarkRenderCity renders one 160×45 frame of 3,000 streets.
func BenchmarkRenderCity(b *testing.B) {
	m := cityModel(b)
	if m.layout().pages < 10 {
		b.Fatalf("only %d pages", m.layout().pages)
	}
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkPageTurnCity handles a key press and renders the next frame.
func BenchmarkPageTurnCity(b *testing.B) {
	m := cityModel(b)
	for b.Loop() {
		next, _ := m.Update(keyMsg("down"))
		m = next.(Model)
		_ = m.View()
	}
}

func TestCityScaleFramesFit(t *testing.T) {
	m := New(Options{Comp: cityComp(t, 3000)})
	for _, sz := range sizes {
		m = update(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for range 3 {
			checkFrame(t, plain(m), sz[0], sz[1])
			m = press(t, m, "down")
		}
	}
}
