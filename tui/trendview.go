package tui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/trend"
)

// trendView is tab 8 (趋势): 纵向比 over the rounds named by `history:`
// and `previous:`: the streets that rose and fell most, the items streets
// keep failing (连续两轮未达标), and every street's rank by round. ↑↓ pick
// a street, Enter opens it.
type trendView struct {
	sel, top int // index into Rows (ranking order)
}

func (v *trendView) capturing() bool { return false }

func (v *trendView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) {
	n := len(c.st.Rows)
	if next, ok := listMove(c.keys, msg, v.sel, n, max(1, c.bodyH/2)); ok {
		v.sel = next
		return nil, -1
	}
	if msg.String() == "enter" && n > 0 {
		return nil, c.st.Rows[clampInt(v.sel, n)].Street
	}
	return nil, -1
}

func (v *trendView) scroll(c *viewCtx, d int) { v.sel = clampInt(v.sel+d, len(c.st.Rows)) }

func (v *trendView) click(c *viewCtx, _, y int) int { return -1 }

func (v *trendView) statusText(c *viewCtx) string { return c.T("trend.status") }

func (v *trendView) render(c *viewCtx, w, h int) []string {
	t := c.d.trend
	if t == nil {
		return []string{c.s.Muted.Render(fit(c.T("trend.none"), w)), "", c.s.Muted.Render(fit(c.T("trend.howto"), w))}
	}
	var out []string
	var names []string
	for i, r := range t.Rounds {
		names = append(names, strconv.Itoa(i+1)+"="+display.Sanitize(r))
	}
	out = append(out, c.s.Muted.Render(fit(c.T("trend.rounds", len(t.Rounds))+strings.Join(names, " · "), w)))
	moves := func(title string, ms []trend.Move, up bool) []string {
		lines := []string{c.s.Header.Render(title)}
		for _, m := range ms {
			st := c.s.Down
			if up {
				st = c.s.Up
			}
			diff := ""
			if m.HasTotalDiff {
				diff = signedDec(m.TotalChange, c.comp.Rules.Decimals)
			}
			lines = append(lines, display.PadRight(c.d.names[m.Street], min(16, c.d.maxNameW))+" "+
				c.T("trend.move", t.Rounds[m.FromRound], m.From, m.To)+" "+st.Render(display.Arrow(m.Change()))+" "+diff)
		}
		if len(ms) == 0 {
			lines = append(lines, c.s.Muted.Render(c.T("trend.nomove")))
		}
		return lines
	}
	top := len(t.Improved)
	if h < 30 { // a small window keeps room for the table
		top = 2
	}
	up := moves(c.T("trend.improved"), t.Improved[:min(top, len(t.Improved))], true)
	down := moves(c.T("trend.declined"), t.Declined[:min(top, len(t.Declined))], false)
	if half := w / 2; w >= 120 {
		for i := range max(len(up), len(down)) {
			l, r := "", ""
			if i < len(up) {
				l = up[i]
			}
			if i < len(down) {
				r = down[i]
			}
			out = append(out, fit(l, half)+r)
		}
	} else {
		out = append(out, up...)
		out = append(out, down...)
	}
	out = append(out, c.s.Header.Render(c.T("trend.repeats", len(t.Repeats))))
	// At most a quarter of the body for the repeats; the table gets the rest.
	shown := min(len(t.Repeats), max(1, h/6))
	for _, r := range t.Repeats[:shown] {
		out = append(out, c.s.Below.Render(fit("✗ "+c.d.names[r.Street]+" · "+c.d.itemNames[r.Item]+" · "+c.T("trend.streak", r.Rounds), w)))
	}
	if len(t.Repeats) > shown {
		out = append(out, c.s.Muted.Render(c.T("trend.more", len(t.Repeats)-shown)))
	}
	if len(t.Repeats) == 0 {
		out = append(out, c.s.Muted.Render(c.T("trend.norepeat")))
	}
	// Every street: its rank in each round, a sparkline and the total now.
	nameW := max(6, min(16, c.d.maxNameW))
	heads := []string{"", c.T("col.street")}
	widths := []int{1, nameW}
	for i := range t.Rounds {
		heads = append(heads, strconv.Itoa(i+1))
		widths = append(widths, -4)
	}
	heads = append(heads, c.T("trend.col.spark"), c.T("col.total"))
	widths = append(widths, max(len(t.Rounds), display.Width(c.T("trend.col.spark"))), -7)
	out = append(out, c.s.Header.Render(fit(cols(heads, widths), w)))
	rows := max(1, h-len(out))
	n := len(c.st.Rows)
	v.sel = clampInt(v.sel, n)
	v.top = scrollTo(v.top, v.sel, rows, n)
	for i := v.top; i < min(n, v.top+rows); i++ {
		row := c.st.Rows[i]
		pts := t.Points[row.Street]
		mark := " "
		if i == v.sel {
			mark = ">"
		}
		cells := []string{mark, display.Truncate(c.d.names[row.Street], nameW)}
		for _, p := range pts {
			rk := "-"
			if p.Rank > 0 {
				rk = strconv.Itoa(p.Rank)
			}
			cells = append(cells, rk)
		}
		cells = append(cells, rankSpark(pts, len(c.comp.Streets)), decText(pts[len(pts)-1], c.comp.Rules.Decimals))
		line := fit(cols(cells, widths), w)
		if i == v.sel {
			line = c.s.Selected.Render(line)
		}
		out = append(out, line)
	}
	return out
}
