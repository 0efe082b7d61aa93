package tui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/panel"
)

// judgesView is tab 7 (评委): how each judge scores against the others,
// for the organizer to check; the ranking never depends on it. ↑↓ pick a
// judge; the lower part lists that judge's 偏高/偏低 streets and outlying
// scores, PgUp/PgDn scroll it, Enter opens the street at its top.
type judgesView struct {
	sel     int
	listTop int
}

// judgeLine is one line of the lower list.
type judgeLine struct {
	street int
	text   string
	high   bool
}

func (v *judgesView) capturing() bool { return false }

func (v *judgesView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) {
	n := len(c.comp.Judges)
	k := c.keys
	switch {
	case key.Matches(msg, k.Up):
		v.sel, v.listTop = clampInt(v.sel-1, n), 0
	case key.Matches(msg, k.Down):
		v.sel, v.listTop = clampInt(v.sel+1, n), 0
	case key.Matches(msg, k.PageUp):
		v.listTop = max(0, v.listTop-max(1, c.bodyH/2))
	case key.Matches(msg, k.PageDown):
		v.listTop += max(1, c.bodyH/2) // render clamps it
	case key.Matches(msg, k.Home):
		v.listTop = 0
	case key.Matches(msg, k.End):
		v.listTop = 1 << 30
	case key.Matches(msg, k.Open):
		if rows := v.lines(c); v.listTop < len(rows) {
			return nil, rows[v.listTop].street
		}
	}
	return nil, -1
}

func (v *judgesView) scroll(c *viewCtx, d int) { v.listTop = max(0, v.listTop+d) }

func (v *judgesView) click(c *viewCtx, _, y int) int {
	if j := y - 1; j >= 0 && j < len(c.comp.Judges) {
		v.sel, v.listTop = j, 0
	}
	return -1
}

func (v *judgesView) statusText(c *viewCtx) string { return c.T("judges.status") }

// lines are the selected judge's patterns and outliers, made once per
// figures and judge: at city size there are thousands of streets.
func (v *judgesView) lines(c *viewCtx) []judgeLine {
	js := c.d.judges
	if js == nil {
		return nil // worked out after the first frame (loadExtra)
	}
	v.sel = clampInt(v.sel, len(c.comp.Judges))
	cache := c.d.jlines
	if !cache.valid || cache.lang != int(c.lang) {
		cache.lang, cache.byJ, cache.valid = int(c.lang), map[int][]judgeLine{}, true
	}
	if rows, ok := cache.byJ[v.sel]; ok {
		return rows
	}
	var out []judgeLine
	for s := range c.comp.Streets {
		p := js.Pattern(s, v.sel)
		switch p.Pattern {
		case panel.High:
			out = append(out, judgeLine{street: s, high: true, text: c.T("judges.high", c.d.names[s], p.Compared, p.Above)})
		case panel.Low:
			out = append(out, judgeLine{street: s, text: c.T("judges.low", c.d.names[s], p.Compared, p.Below)})
		}
	}
	for s := range c.comp.Streets {
		for _, o := range js.StreetOutliers(s) {
			if o.Judge != v.sel {
				continue
			}
			dir := c.T("judges.dir.low")
			if o.High {
				dir = c.T("judges.dir.high")
			}
			out = append(out, judgeLine{street: s, high: o.High, text: c.T("judges.outlier",
				c.d.names[s], c.d.itemNames[o.Item], o.Value.String(), o.MedianString(), dir)})
		}
	}
	cache.byJ[v.sel] = out
	return out
}

func (v *judgesView) render(c *viewCtx, w, h int) []string {
	js := c.d.judges
	n := len(c.comp.Judges)
	if n == 0 {
		return []string{c.s.Muted.Render(c.T("judges.none"))}
	}
	if js == nil {
		return []string{c.s.Muted.Render(c.T("judges.working"))}
	}
	v.sel = clampInt(v.sel, n)
	nameW := max(6, display.Width(c.T("judges.col.judge")))
	for _, nm := range c.d.judgeNames {
		nameW = max(nameW, min(16, display.Width(nm)))
	}
	heads := []string{"", c.T("judges.col.judge"), c.T("judges.col.scored"), c.T("judges.col.mean"), c.T("judges.col.others"),
		c.T("judges.col.diff"), c.T("judges.col.spread"), c.T("judges.col.trimhigh"), c.T("judges.col.trimlow"),
		c.T("judges.col.recused"), c.T("judges.col.outliers"), c.T("judges.col.pattern")}
	widths := []int{1, nameW, -5, -6, -6, -6, -5, -5, -5, -4, -5, -7}
	for i, hd := range heads {
		if wd := display.Width(hd); widths[i] < 0 && -widths[i] < wd {
			widths[i] = -wd
		}
	}
	// The judges' table takes at most half the body; the list the rest.
	tableRows := min(n, max(1, (h-4)/2))
	top := scrollTo(0, v.sel, tableRows, n)
	out := make([]string, 0, h)
	out = append(out, c.s.Header.Render(fit(cols(heads, widths), w)))
	for j := top; j < min(n, top+tableRows); j++ {
		st := js.Judges[j]
		mark := " "
		if j == v.sel {
			mark = ">"
		}
		f := func(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }
		cells := []string{mark, display.Truncate(c.d.judgeNames[j], nameW), strconv.Itoa(st.Scored), f(st.Mean), f(st.PanelMean),
			signedFloat(st.MeanDiff), f(st.Spread), strconv.Itoa(st.TrimmedHigh), strconv.Itoa(st.TrimmedLow),
			strconv.Itoa(st.Recused), strconv.Itoa(st.Outliers), strconv.Itoa(st.High) + "/" + strconv.Itoa(st.Low)}
		if st.Compared == 0 {
			cells[3], cells[4], cells[5], cells[6] = "-", "-", "-", "-"
		}
		line := fit(cols(cells, widths), w)
		if j == v.sel {
			line = c.s.Selected.Render(line)
		}
		out = append(out, line)
	}
	rows := v.lines(c)
	out = append(out, "")
	out = append(out, c.s.Accent.Render(fit(c.T("judges.list", c.d.judgeNames[v.sel], js.Judges[v.sel].High, js.Judges[v.sel].Low, js.Judges[v.sel].Outliers), w)))
	room := max(0, h-len(out)-2)
	v.listTop = max(0, min(v.listTop, len(rows)-room))
	if len(rows) == 0 {
		out = append(out, c.s.Muted.Render(fit(c.T("judges.nothing"), w)))
	}
	for i := v.listTop; i < min(len(rows), v.listTop+room); i++ {
		st := c.s.Down
		if rows[i].high {
			st = c.s.Up
		}
		out = append(out, st.Render(fit(rows[i].text, w)))
	}
	out = fitLines(out, w, h-2)
	out = append(out, c.s.Muted.Render(fit(c.T("judges.rule.outlier", panel.OutlierSDs, panel.OutlierMinDiv), w)))
	out = append(out, c.s.Muted.Render(fit(c.T("judges.rule.pattern", panel.PatternMinItems, panel.PatternNum, panel.PatternDen), w)))
	return out
}

// signedFloat is a display-only difference with its sign: "+0.12".
func signedFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	if s == "-0.00" {
		s = "0.00"
	}
	if x > 0 && s != "0.00" {
		s = "+" + s
	}
	return s
}
