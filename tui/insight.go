package tui

import (
	"math/big"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/panel"
	"liangsaibi/scoring"
	"liangsaibi/trend"
)

// tabDigit is the key of tab t: 1–5, then 7 and 8 (6 is the projector).
func tabDigit(t Tab) string {
	if t >= TabJudges {
		return strconv.Itoa(int(t) + 2)
	}
	return strconv.Itoa(int(t) + 1)
}

// extra is what the judges view and the trends need from one Standings.
// The judges' figures are updated for the streets whose scores changed
// only (panel.Stats.Update); nothing here feeds the ranking.
type extra struct {
	// jlines are the judges view's lists, made on first view per judge
	// and language (shared by the frames of one Standings)
	jlines    *judgeLinesCache
	judges    *panel.Stats // nil after a large load until judgesCmd's figures arrive
	trend     *trend.Trend // nil when the file names no earlier round
	trendBase *trend.Base
}

// maxIncremental is how many changed streets are updated one by one
// before the judges' figures are computed afresh.
const maxIncremental = 16

// trendTop is how many streets the most improved and declined lists show.
const trendTop = 5

func newExtra(st *scoring.Standings, prev *derived) extra {
	e := extraButJudges(st, prev)
	e.judges = judgesFor(st.Comp, prev)
	return e
}

// loadExtra is newExtra for a load: a large competition's judges' figures
// (~0.1 s at a city's 420,000 scores) are left for judgesCmd, after the
// first frame, rather than delaying the rankings.
func loadExtra(st *scoring.Standings) extra {
	c := st.Comp
	if len(c.Streets)*len(c.Judges)*len(c.Items) < lateJudgesScores {
		return newExtra(st, nil)
	}
	return extraButJudges(st, nil)
}

// lateJudgesScores is how many score slots make the judges' figures wait
// for the first frame: some 200 streets of seven judges and 20 items.
const lateJudgesScores = 30_000

// extraButJudges is the trend of st, and the judges view's cache.
func extraButJudges(st *scoring.Standings, prev *derived) extra {
	c := st.Comp
	var e extra
	e.jlines = &judgeLinesCache{}
	if trend.Has(c) {
		if prev != nil && prev.trendBase.Fits(c) {
			e.trendBase = prev.trendBase
		} else {
			e.trendBase = trend.NewBase(c)
		}
		e.trend = e.trendBase.Compute(st, trendTop)
	}
	return e
}

// judgesFor updates the previous figures for the streets whose score rows
// changed (Competition.WithSlot copies only the changed street's row), or
// computes them afresh.
func judgesFor(c *scoring.Competition, prev *derived) *panel.Stats {
	if prev == nil || prev.judges == nil {
		return panel.Compute(c)
	}
	old := prev.judges
	oc := old.Comp
	if oc == c {
		return old
	}
	if len(oc.Streets) != len(c.Streets) || len(oc.Items) != len(c.Items) || len(oc.Judges) != len(c.Judges) ||
		firstOf(oc.Items) != firstOf(c.Items) || firstOf(oc.Judges) != firstOf(c.Judges) || oc.Rules.Trim != c.Rules.Trim ||
		oc.Rules.TrimMinJudges != c.Rules.TrimMinJudges {
		return panel.Compute(c)
	}
	var changed []int
	for s := range c.Streets {
		if !sameRow(oc.Scores[s], c.Scores[s]) {
			if changed = append(changed, s); len(changed) > maxIncremental {
				return panel.Compute(c)
			}
		}
	}
	js := old
	for _, s := range changed {
		js = js.Update(c, s)
	}
	if len(changed) == 0 {
		js = js.Update(c, -1) // the same scores in a new Competition
	}
	return js
}

// sameRow reports whether two score rows are the same slice.
func sameRow(a, b []scoring.Entry) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// sparkBlocks are the levels of a sparkline, lowest first.
var sparkBlocks = []rune("▁▂▃▄▅▆▇█")

// rankSpark is a sparkline of a street's rank over the trend's rounds: a
// high block is a good rank (1 is the top); "·" marks a round without one.
// Ranks are scaled by the number of streets, so a flat line is a steady
// place.
func rankSpark(pts []trend.Point, streets int) string {
	var b strings.Builder
	for _, p := range pts {
		if p.Rank == 0 {
			b.WriteString("·")
			continue
		}
		lv := 0
		if streets > 1 {
			lv = (streets - p.Rank) * (len(sparkBlocks) - 1) / (streets - 1)
		}
		b.WriteRune(sparkBlocks[max(0, min(lv, len(sparkBlocks)-1))])
	}
	return b.String()
}

// decText is a total of a trend point with the competition's decimals, or "-".
func decText(p trend.Point, decimals int) string {
	if !p.HasTotal {
		return "-"
	}
	return p.Total.Rat().FloatString(decimals)
}

// signedDec is an exact change with its sign and the competition's decimals.
func signedDec(d scoring.Dec, decimals int) string {
	s := d.Rat().FloatString(decimals)
	if d > 0 {
		s = "+" + s
	}
	return s
}

// trendChart is the detail view's small chart of a street's rounds: one
// bar per round, its length the total against the full mark, with the
// rank. Nothing when the file names no earlier round.
func trendChart(c *viewCtx, street, w int) []string {
	t := c.d.trend
	if t == nil {
		return nil
	}
	out := []string{c.s.Header.Render(display.Truncate(c.T("detail.trend", len(t.Rounds)), w))}
	labelW := 0
	for _, r := range t.Rounds {
		labelW = max(labelW, display.Width(display.Sanitize(r)))
	}
	labelW = min(labelW, max(6, w/3))
	full := c.st.FullMark.Units
	dec := c.comp.Rules.Decimals
	for i, p := range t.Points[street] {
		rank := "-"
		if p.Rank > 0 {
			rank = c.T("detail.trend.row", p.Rank)
		}
		head := display.PadRight(display.Truncate(display.Sanitize(t.Rounds[i]), labelW), labelW) + " " +
			display.PadLeft(rank, 7) + " " + display.PadLeft(decText(p, dec), 7) + " "
		barW := max(0, w-display.Width(head))
		filled, empty := "", strings.Repeat(" ", barW)
		if p.HasTotal && full > 0 {
			// The bar is the total over the full mark, in the full mark's units.
			units := p.Total.Rat()
			units.Mul(units, new(big.Rat).SetInt64(pow10i(dec)))
			num, _ := units.Float64() // display only: the length of a bar
			filled, empty = bar(int64(num), full, barW)
		}
		st := c.s.Accent
		if i == len(t.Points[street])-1 {
			st = c.s.Title
		}
		out = append(out, head+st.Render(filled)+c.s.Muted.Render(empty))
	}
	return out
}

func pow10i(n int) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

// judgeLinesCache holds the judges view's lower list per judge.
type judgeLinesCache struct {
	lang  int
	byJ   map[int][]judgeLine
	valid bool
}

// judgesMsg carries the judges' figures a load left for later.
type judgesMsg struct {
	comp   *scoring.Competition
	judges *panel.Stats
}

// judgesCmd works out the judges' figures loadExtra left out, once the
// first frame is drawn.
func (m *Model) judgesCmd() tea.Cmd {
	if m.d == nil || m.d.judges != nil {
		return nil
	}
	c := m.comp
	return safeCmd(func() tea.Msg {
		time.Sleep(afterFirstFrame)
		return judgesMsg{comp: c, judges: panel.Compute(c)}
	}, func(error) tea.Msg { return nil })
}

// gotJudges installs the figures if nothing has replaced the competition
// since (a change in between worked them out itself: judgesFor).
func (m *Model) gotJudges(msg judgesMsg) {
	if m.d != nil && m.d.judges == nil && m.comp == msg.comp {
		m.d.judges = msg.judges
	}
}
