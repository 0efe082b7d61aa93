package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

// A large competition's first frame does not wait for the judges'
// figures: the judges tab says they are being worked out until judgesCmd's
// message brings them, and then shows the same figures as a direct load.
func TestLargeLoadLeavesJudgesForAfterTheFirstFrame(t *testing.T) {
	doc, err := data.Load("big.yaml", gen.Competition(gen.Options{Seed: 3, Streets: 250, Judges: 7, Items: 20}), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	load := func() (*scoring.Competition, []string, error) { return doc.Comp, nil, nil }
	opts := Options{Load: load}
	m := send(New(opts), tea.WindowSizeMsg{Width: 120, Height: 35}, loadCmd(opts)())
	if m.phase != phaseReady || m.d.judges != nil {
		t.Fatal("the load worked out the judges' figures before the first frame")
	}
	m = keys(m, "7")
	if s := screen(m); !strings.Contains(s, "正在统计评委打分") {
		t.Fatalf("judges tab before the figures:\n%s", s)
	}
	cmd := m.judgesCmd()
	if cmd == nil {
		t.Fatal("no command works out the figures")
	}
	m = send(m, cmd())
	if m.d.judges == nil {
		t.Fatal("the figures did not arrive")
	}
	direct := send(New(Options{Comp: doc.Comp}), tea.WindowSizeMsg{Width: 120, Height: 35})
	direct = keys(direct, "7")
	if got, want := screen(m), screen(direct); got != want {
		t.Errorf("judges tab after the late figures differs from a direct load:\n%s\nwant:\n%s", got, want)
	}
}

// A change that arrives before the late figures works them out itself, and
// the figures of the replaced competition are not installed over it.
func TestLateJudgesOfAReplacedCompetitionAreDropped(t *testing.T) {
	doc, err := data.Load("big.yaml", gen.Competition(gen.Options{Seed: 3, Streets: 250, Judges: 7, Items: 20}), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Load: func() (*scoring.Competition, []string, error) { return doc.Comp, nil, nil }}
	m := send(New(opts), tea.WindowSizeMsg{Width: 120, Height: 35}, loadCmd(opts)())
	late := m.judgesCmd()()
	other, err := data.Load("other.yaml", gen.Competition(gen.Options{Seed: 4, Streets: 250, Judges: 7, Items: 20}), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m = send(m, StandingsChangedMsg{Comp: other.Comp, Standings: scoring.Compute(other.Comp)})
	m = send(m, late)
	if m.d.judges == nil || m.d.judges.Comp != other.Comp {
		t.Fatal("the judges' figures are not those of the competition shown")
	}
}

// A small competition (the district's 14 streets) gets its figures with
// the load, as before: no tab ever says they are being worked out.
func TestSmallLoadHasJudgesAtOnce(t *testing.T) {
	opts := Options{Load: func() (*scoring.Competition, []string, error) { return demoComp(t), nil, nil }}
	m := send(New(opts), tea.WindowSizeMsg{Width: 120, Height: 35}, loadCmd(opts)())
	if m.d.judges == nil || m.judgesCmd() != nil {
		t.Fatal("a small competition's judges' figures were left for later")
	}
}
