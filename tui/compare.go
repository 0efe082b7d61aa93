package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// compareView is tab 5: two streets side by side, category by category and
// item by item. A list on the left picks the street of the active side
// (甲 or 乙); ←→ switch sides.
type compareView struct {
	street  [2]int // street indexes of side A and B; -1 before chosen
	side    int    // 0: A is being picked, 1: B
	listTop int
	top     int // first line of the comparison table
}

func (v *compareView) ensure(c *viewCtx) {
	for i := range v.street {
		if v.street[i] < 0 || v.street[i] >= len(c.comp.Streets) {
			v.street[i] = -1
			if len(c.st.Rows) > 0 {
				v.street[i] = c.st.Rows[min(i, len(c.st.Rows)-1)].Street
			}
		}
	}
}

func (v *compareView) capturing() bool { return false }

func (v *compareView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) {
	if len(c.st.Rows) == 0 {
		return nil, -1
	}
	k := c.keys
	switch {
	case key.Matches(msg, k.Left):
		v.side = 0
	case key.Matches(msg, k.Right):
		v.side = 1
	case key.Matches(msg, k.Up):
		v.pick(c, -1)
	case key.Matches(msg, k.Down):
		v.pick(c, 1)
	case key.Matches(msg, k.PageUp): // pages scroll the comparison
		v.top = max(0, v.top-max(1, c.bodyH/2))
	case key.Matches(msg, k.PageDown):
		v.top += max(1, c.bodyH/2) // render clamps it
	case key.Matches(msg, k.Home):
		v.street[v.side] = c.st.Rows[0].Street
	case key.Matches(msg, k.End):
		v.street[v.side] = c.st.Rows[len(c.st.Rows)-1].Street
	case key.Matches(msg, k.Open):
		return nil, v.street[v.side]
	}
	return nil, -1
}

// pick moves the active side's street d places in ranking order.
func (v *compareView) pick(c *viewCtx, d int) {
	p := clampInt(c.st.Position(v.street[v.side])+d, len(c.st.Rows))
	v.street[v.side] = c.st.Rows[p].Street
}

func (v *compareView) scroll(c *viewCtx, d int) { v.pick(c, d) }

func (v *compareView) click(c *viewCtx, x, y int) int {
	if x >= v.listWidth(c, c.bodyW) || y < 1 {
		return -1
	}
	p := v.listTop + y - 1
	if p < len(c.st.Rows) {
		v.street[v.side] = c.st.Rows[p].Street
	}
	return -1
}

func (v *compareView) listWidth(c *viewCtx, w int) int {
	return min(max(c.d.maxNameW, 8)+8, w/3)
}

func (v *compareView) render(c *viewCtx, w, h int) []string {
	if v.street[0] < 0 {
		return []string{c.s.Muted.Render(c.T("empty.nostreets"))}
	}
	lw := v.listWidth(c, w)
	list := v.list(c, lw, h)
	table := fitLines(v.table(c, w-lw-2, h), w-lw-2, h)
	out := make([]string, h)
	for i := range out {
		out[i] = list[i] + "  " + table[i]
	}
	return out
}

// list is the street picker: ranking order, 甲/乙 marking the chosen two.
func (v *compareView) list(c *viewCtx, w, h int) []string {
	out := []string{c.s.Header.Render(fit(c.T("compare.pick"), w))}
	rows := max(1, h-1)
	cur := c.st.Position(v.street[v.side])
	v.listTop = scrollTo(v.listTop, cur, rows, len(c.st.Rows))
	sides := [2]string{c.T("compare.side.a"), c.T("compare.side.b")}
	for p := v.listTop; p < min(len(c.st.Rows), v.listTop+rows); p++ {
		row := c.st.Rows[p]
		mark := "  "
		for i := range v.street {
			if v.street[i] == row.Street {
				mark = display.PadRight(sides[i], 2)
			}
		}
		line := fit(mark+" "+display.PadLeft(rankText(row), 3)+" "+c.d.names[row.Street], w)
		if p == cur {
			line = c.s.Selected.Render(line)
		}
		out = append(out, line)
	}
	return fitLines(out, w, h)
}

// compareLine is one line of the comparison: the total, a category or an item.
type compareLine struct {
	name string
	a, b scoring.Published
	head bool
}

func (v *compareView) lines(c *viewCtx) []compareLine {
	ra, rb := c.st.RowOf(v.street[0]), c.st.RowOf(v.street[1])
	ta, tb := ra.Total, rb.Total
	if !ra.Complete { // no partial total for a street not fully scored
		ta = scoring.Published{}
	}
	if !rb.Complete {
		tb = scoring.Published{}
	}
	out := []compareLine{{name: c.T("compare.total"), a: ta, b: tb, head: true}}
	for ci, cat := range c.comp.Categories {
		out = append(out, compareLine{name: c.d.catNames[ci], a: ra.Categories[ci], b: rb.Categories[ci], head: true})
		for _, it := range cat.Items {
			out = append(out, compareLine{name: "  " + c.d.itemNames[it], a: ra.Items[it], b: rb.Items[it]})
		}
	}
	return out
}

func (v *compareView) table(c *viewCtx, w, h int) []string {
	s := c.s
	sides := [2]string{c.T("compare.side.a"), c.T("compare.side.b")}
	var out []string
	for i := range v.street {
		row := c.st.RowOf(v.street[i])
		label := sides[i] + " " + c.d.names[v.street[i]]
		rank := c.T("detail.unranked", row.DoneItems, len(c.comp.Items))
		if row.Rank > 0 {
			rank = c.T("detail.rank", row.Rank)
		}
		line := label + "  " + rank + "  " + totalText(row)
		st := s.Muted
		if i == v.side {
			st = s.Title
			line = "> " + line
		} else {
			line = "  " + line
		}
		out = append(out, st.Render(fit(line, w)))
	}
	lines := v.lines(c)
	leadA, leadB, equal := 0, 0, 0
	for _, l := range lines[1:] {
		if l.head || !l.a.Valid || !l.b.Valid {
			continue
		}
		switch l.a.Cmp(l.b) {
		case 1:
			leadA++
		case -1:
			leadB++
		default:
			equal++
		}
	}
	out = append(out, s.Accent.Render(fit(c.T("compare.summary", leadA, leadB, equal), w)))

	const fixed = 8 + 8 + 8 + 6 + 4 // A, B, A−B, leader and the gaps
	nameW := 8
	for _, l := range lines {
		nameW = max(nameW, display.Width(l.name))
	}
	nameW = max(8, min(nameW, w-fixed))
	widths := []int{nameW, -8, -8, -8, 6}
	out = append(out, s.Header.Render(fit(cols([]string{"", sides[0], sides[1], c.T("compare.diff"), c.T("compare.lead")}, widths), w)))
	rows := max(1, h-len(out))
	v.top = max(0, min(v.top, len(lines)-rows))
	for _, l := range lines[v.top:min(len(lines), v.top+rows)] {
		diff, lead, st := "-", "", s.Muted
		if l.a.Valid && l.b.Valid {
			d := l.a.Sub(l.b)
			diff = d.Signed()
			switch {
			case d.Units > 0:
				lead, st = sides[0], s.Accent
			case d.Units < 0:
				lead, st = sides[1], s.Accent
			default:
				lead = c.T("compare.equal")
			}
		}
		text := cols([]string{l.name, pub(l.a), pub(l.b), diff}, widths[:4]) + " "
		if l.head {
			text = s.Header.Render(text)
		}
		out = append(out, fit(text+st.Render(display.PadRight(lead, 6)), w))
	}
	return out
}
