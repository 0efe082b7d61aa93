package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// rankingsView is tab 1: every street in ranking order, the incomplete
// ones after, with a filter by name or group.
type rankingsView struct {
	filter    textinput.Model
	filtering bool   // the filter field has the keyboard
	query     string // the filter applied, lower case
	visible   []int  // positions in Rows that match; nil means all
	sel, top  int    // index into the visible rows
}

func newRankingsView() rankingsView {
	ti := textinput.New()
	ti.CharLimit = 64
	return rankingsView{filter: ti}
}

func (v *rankingsView) restyle(s *Styles, dark bool) {
	v.filter.SetStyles(inputStyles(dark))
}

func (v *rankingsView) capturing() bool { return v.filtering }

func (v *rankingsView) count(c *viewCtx) int {
	if v.visible == nil {
		return len(c.st.Rows)
	}
	return len(v.visible)
}

// row is the i-th visible row.
func (v *rankingsView) row(c *viewCtx, i int) *scoring.Row {
	if v.visible == nil {
		return c.st.Rows[i]
	}
	return c.st.Rows[v.visible[i]]
}

// selectedStreet is the street under the cursor, or -1.
func (v *rankingsView) selectedStreet(c *viewCtx) int {
	if v.count(c) == 0 {
		return -1
	}
	return v.row(c, v.sel).Street
}

// refilter recomputes the visible rows after the query or the standings
// changed, keeping street keep selected when it still shows (-1: none).
func (v *rankingsView) refilter(c *viewCtx, keep int) {
	v.visible = nil
	if v.query != "" {
		v.visible = make([]int, 0, 16)
		m := c.d.streetFinder()
		for p := range c.st.Rows {
			s := c.st.Rows[p].Street
			if m.Matches(s, v.query) ||
				strings.Contains(strings.ToLower(c.d.groups[s]), v.query) {
				v.visible = append(v.visible, p)
			}
		}
	}
	v.sel = clampInt(v.sel, v.count(c))
	if keep < 0 {
		return
	}
	for i := range v.count(c) {
		if v.row(c, i).Street == keep {
			v.sel = i
			return
		}
	}
}

func (v *rankingsView) pageRows(c *viewCtx) int { return max(1, c.bodyH-2) }

func (v *rankingsView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) {
	k := c.keys
	if v.filtering {
		switch {
		case key.Matches(msg, k.Open):
			v.filtering = false
			v.filter.Blur()
			return nil, -1
		case key.Matches(msg, k.Clear):
			v.clearFilter(c)
			return nil, -1
		case key.Matches(msg, k.Up), key.Matches(msg, k.Down):
			if msg.Text == "" { // arrows move while typing; j and k are text
				v.move(c, map[bool]int{true: -1, false: 1}[key.Matches(msg, k.Up)])
				return nil, -1
			}
		}
		var cmd tea.Cmd
		v.filter, cmd = v.filter.Update(msg)
		v.setQuery(c, v.filter.Value())
		return cmd, -1
	}
	switch {
	case key.Matches(msg, k.Filter):
		v.filtering = true
		v.filter.Prompt = c.T("filter.prompt")
		v.filter.Placeholder = c.T("filter.placeholder")
		return v.filter.Focus(), -1
	case key.Matches(msg, k.Clear):
		if v.query != "" {
			v.clearFilter(c)
		}
	case key.Matches(msg, k.Open):
		return nil, v.selectedStreet(c)
	default:
		v.navigate(c, msg)
	}
	return nil, -1
}

func (v *rankingsView) clearFilter(c *viewCtx) {
	v.filtering = false
	v.filter.Blur()
	v.filter.SetValue("")
	v.setQuery(c, "")
}

func (v *rankingsView) setQuery(c *viewCtx, q string) {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == v.query {
		return
	}
	keep := v.selectedStreet(c)
	v.query = q
	v.refilter(c, keep)
}

// navigate handles the keys that move the selection.
func (v *rankingsView) navigate(c *viewCtx, msg tea.KeyPressMsg) {
	v.sel, _ = listMove(c.keys, msg, v.sel, v.count(c), v.pageRows(c))
}

func (v *rankingsView) move(c *viewCtx, d int) { v.sel = clampInt(v.sel+d, v.count(c)) }

func (v *rankingsView) scroll(c *viewCtx, d int) { v.move(c, d) }

// click selects the row under the pointer; clicking the selected row
// opens it.
func (v *rankingsView) click(c *viewCtx, _, y int) int {
	i := v.top + y - 1 // line 0 is the column header
	if y < 1 || y > v.pageRows(c) || i >= v.count(c) {
		return -1
	}
	if i == v.sel {
		return v.selectedStreet(c)
	}
	v.sel = i
	return -1
}

func (v *rankingsView) statusText(c *viewCtx) string {
	if v.query != "" {
		return c.T("filter.count", v.query, v.count(c), len(c.st.Rows))
	}
	return ""
}

// rankCols are the column widths of the rankings table for one width.
type rankCols struct {
	rank, name, total, band, bar, change, gap, below int
	trend                                            int // the rank sparkline; 0 without earlier rounds
}

func newRankCols(c *viewCtx, w int) rankCols {
	rc := rankCols{
		rank:  max(4, display.Width(c.T("col.rank"))),
		total: max(7, len(c.d.fullMark)+1, display.Width(c.T("col.total"))),
		band: max(min(10, c.d.maxBandW), display.Width(c.T("col.band")),
			display.Width(c.T("detail.unranked", len(c.comp.Items), len(c.comp.Items)))),
		gap:   max(7, display.Width(c.T("col.gapfirst"))),
		below: max(6, display.Width(c.T("col.below"))),
	}
	if c.comp.Previous != nil {
		rc.change = max(5, display.Width(c.T("col.change")))
	}
	fixed := 2 + rc.rank + rc.total + rc.band + rc.gap + rc.below + 7 // marker, 7 gaps
	if rc.change > 0 {
		fixed += rc.change + 1
	}
	if t := c.d.trend; t != nil && len(t.Rounds) > 1 {
		rc.trend = max(len(t.Rounds), display.Width(c.T("col.trend")))
		fixed += rc.trend + 1
	}
	const minBar = 10
	// Names get what they need, but at most half of what is left: a very
	// long name is cut with … rather than squeezing the bars away.
	rc.name = max(8, min(max(c.d.maxNameW, display.Width(c.T("col.street"))), max(12, (w-fixed)/2), w-fixed-minBar))
	rc.bar = max(1, min(60, w-fixed-rc.name))
	return rc
}

func (v *rankingsView) render(c *viewCtx, w, h int) []string {
	rc := newRankCols(c, w)
	rows := max(1, h-2)
	n := v.count(c)
	v.top = scrollTo(v.top, v.sel, rows, n)

	out := make([]string, 0, h)
	out = append(out, c.s.Header.Render(fit(v.headerLine(c, rc), w)))
	for i := v.top; i < min(n, v.top+rows); i++ {
		out = append(out, v.rowLine(c, rc, v.row(c, i), i == v.sel, w))
	}
	if n == 0 {
		msg := c.T("empty.nostreets")
		if v.query != "" {
			msg = c.T("empty.nomatch", v.query)
		}
		out = append(out, c.s.Muted.Render(msg))
	}
	out = fitLines(out, w, h-1)
	if v.filtering || v.query != "" {
		v.filter.SetWidth(max(1, w/2))
		out = append(out, fit(v.filter.View(), w))
	} else {
		out = append(out, c.s.Muted.Render(fit(v.legend(c, rc, n), w)))
	}
	return out
}

// legend explains only the marks the list shows: no ↑↓ without a
// previous round, no 待评 once every street is complete.
func (v *rankingsView) legend(c *viewCtx, rc rankCols, n int) string {
	var tied, moved, isNew, pending bool
	for i := range n {
		r := v.row(c, i)
		tied = tied || r.Tied
		pending = pending || !r.Complete
		if rc.change > 0 {
			moved = moved || (r.HasPrevious && r.HasRank && r.RankChange != 0)
			isNew = isNew || !r.HasPrevious
		}
	}
	var parts []string
	for _, p := range []struct {
		on  bool
		key string
	}{{tied, "legend.tied"}, {moved, "legend.change"}, {isNew, "legend.new"}, {pending, "legend.pending"}} {
		if p.on {
			parts = append(parts, c.T(p.key))
		}
	}
	return strings.Join(parts, " · ")
}

func (v *rankingsView) headerLine(c *viewCtx, rc rankCols) string {
	cells := []string{"", c.T("col.rank"), c.T("col.street"), c.T("col.total"), c.T("col.band"), c.T("col.bar")}
	widths := []int{1, rc.rank, rc.name, -rc.total, rc.band, rc.bar}
	if rc.change > 0 {
		cells = append(cells, c.T("col.change"))
		widths = append(widths, -rc.change)
	}
	if rc.trend > 0 {
		cells = append(cells, c.T("col.trend"))
		widths = append(widths, rc.trend)
	}
	cells = append(cells, c.T("col.gapfirst"), c.T("col.below"))
	widths = append(widths, -rc.gap, -rc.below)
	return cols(cells, widths)
}

// rowLine draws one street. The selected row is drawn plain in the
// selection style (inner colours would break its background) with a ">"
// so it shows without colour too.
func (v *rankingsView) rowLine(c *viewCtx, rc rankCols, r *scoring.Row, selected bool, w int) string {
	s := c.s
	plain := selected
	style := func(st interface{ Render(...string) string }, text string) string {
		if plain {
			return text
		}
		return st.Render(text)
	}
	mark := " "
	if selected {
		mark = ">"
	}
	var b strings.Builder
	b.WriteString(mark + " ")
	b.WriteString(display.PadLeft(rankText(r), rc.rank) + " ")
	b.WriteString(display.PadRight(c.d.names[r.Street], rc.name) + " ")
	if r.Complete {
		b.WriteString(display.PadLeft(pub(r.Total), rc.total) + " ")
		bandName := ""
		bandStyle := s.Muted
		if r.Band >= 0 {
			bandName = c.d.bandNames[r.Band]
			bandStyle = s.Band(r.Band, len(c.d.bandNames))
		}
		b.WriteString(style(bandStyle, display.PadRight(bandName, rc.band)) + " ")
		filled, empty := bar(r.Total.Units, c.st.FullMark.Units, rc.bar)
		b.WriteString(style(bandStyle, filled) + style(s.Muted, empty) + " ")
	} else {
		// No partial total: 待评 9/13 where the band stands, and the
		// progress as the bar.
		b.WriteString(strings.Repeat(" ", rc.total) + " ")
		b.WriteString(style(s.Muted, display.PadRight(progressText(c, r), rc.band)) + " ")
		filled, empty := bar(int64(r.DoneItems), int64(len(c.comp.Items)), rc.bar)
		b.WriteString(style(s.Muted, filled+empty) + " ")
	}
	if rc.change > 0 {
		text, st := changeText(c, r)
		b.WriteString(style(st, display.PadLeft(text, rc.change)) + " ")
	}
	if rc.trend > 0 {
		b.WriteString(style(s.Accent, display.PadRight(rankSpark(c.d.trend.Points[r.Street], len(c.comp.Streets)), rc.trend)) + " ")
	}
	gap := ""
	if r.Rank > 0 {
		gap = pub(r.GapToFirst)
	}
	b.WriteString(display.PadLeft(gap, rc.gap) + " ")
	below := "0"
	belowStyle := s.Muted
	if len(r.Below) > 0 {
		below = "✗" + strconv.Itoa(len(r.Below))
		belowStyle = s.Below
	}
	b.WriteString(style(belowStyle, display.PadLeft(below, rc.below)))
	line := fit(b.String(), w)
	if selected {
		return s.Selected.Render(line)
	}
	return line
}

// progressText is the status of a street not fully scored: 待评 9/13
// (items complete / all items), the one way every view shows it.
func progressText(c *viewCtx, r *scoring.Row) string {
	return c.T("detail.unranked", r.DoneItems, len(c.comp.Items))
}

// totalText is a street's total, or "" while it is not fully scored: a
// partial total is never shown as a result.
func totalText(r *scoring.Row) string {
	if !r.Complete {
		return ""
	}
	return pub(r.Total)
}

// changeText is the rank change against the previous round: ↑2, ↓1, —
// (no change or not comparable) or 新 (not in the previous round).
func changeText(c *viewCtx, r *scoring.Row) (string, interface{ Render(...string) string }) {
	switch {
	case !r.HasPrevious:
		return c.T("new"), c.s.Accent
	case !r.HasRank || r.RankChange == 0:
		return "—", c.s.Muted
	case r.RankChange > 0:
		return display.Arrow(r.RankChange), c.s.Up
	}
	return display.Arrow(r.RankChange), c.s.Down
}
