package projector

import (
	"strconv"
	"strings"
)

// columns are the widths of the list's fields for one frame.
type columns struct {
	w                              int
	tie, total, band, change, name int
	fixed                          int
}

// measure sizes the fields from what the standings hold, the name getting
// whatever is left.
func (cols *columns) measure(m *Model) {
	s := m.sum
	cols.total, cols.band, cols.change, cols.tie = s.total, s.band, s.change, s.tie
	nameW := s.names
	cols.fixed = 1 + 4 + 2 + 2 + cols.total + 2 + cols.band + 2 + cols.change
	if cols.tie > 0 {
		cols.fixed += cols.tie + 2
	}
	cols.name = max(4, min(cols.w-cols.fixed, nameW+2))
	cols.w = cols.used()
}

// used is the width a row takes: no wider than its longest name needs.
func (cols *columns) used() int { return cols.fixed + cols.name }

// renderList draws the current page of the list in columns, read down.
func (m *Model) renderList(c *canvas, l *layout) {
	if l.perPage == 0 || len(l.list) == 0 {
		return
	}
	cols := &columns{w: l.colW}
	cols.measure(m)
	page := m.page % l.pages
	items := l.list[page*l.perPage : min(len(l.list), (page+1)*l.perPage)]
	perCol := l.perPage / l.cols
	colW := cols.used()
	blockW := l.cols*colW + (l.cols-1)*colGap
	margin := c.space((c.w - blockW) / 2)
	for line := 0; line < l.used; line++ {
		if line%l.step != 0 {
			c.add("")
			continue
		}
		idx := line / l.step
		if idx >= perCol {
			c.add("")
			continue
		}
		var b strings.Builder
		b.WriteString(margin)
		for col := range l.cols {
			if col > 0 {
				b.WriteString(c.space(colGap))
			}
			if k := col*perCol + idx; k < len(items) {
				b.WriteString(m.listRow(items[k], cols))
			} else {
				b.WriteString(c.space(colW))
			}
		}
		c.add(b.String())
	}
}

// listRow is one street in the list: rank, tie, name, total, band and
// change; an incomplete street shows its progress instead of a total (a
// partial total on the big screen would be read as a result).
func (m *Model) listRow(p int, cols *columns) string {
	row := m.st.Rows[p]
	s := m.sty
	var b strings.Builder
	b.WriteString(spaces(s, 1))
	if m.hidden(p) { // not even the rank: it would give ties away
		indent := 4 + 2
		if cols.tie > 0 {
			indent += cols.tie + 2
		}
		b.WriteString(spaces(s, indent) + s.muted.Render("· · · · · ·"))
		return fitWidth(s, b.String(), cols.w)
	}
	rank := ""
	if row.Rank > 0 {
		rank = strconv.Itoa(row.Rank)
	}
	nameStyle := s.bold
	if row.Rank >= 1 && row.Rank <= 3 {
		nameStyle = s.medal(row.Rank)
	}
	b.WriteString(cell(nameStyle, s, rank, 4, true) + spaces(s, 2))
	if cols.tie > 0 {
		tie := ""
		if row.Tied {
			tie = m.t("tie")
		}
		b.WriteString(cell(s.bold, s, tie, cols.tie, false) + spaces(s, 2))
	}
	b.WriteString(cell(nameStyle, s, streetName(m.st, row), cols.name, false) + spaces(s, 2))
	if !row.Complete {
		pending := m.t("pending", row.DoneItems, len(m.st.Comp.Items))
		b.WriteString(cell(s.muted, s, pending, cols.total+2+cols.band+2+cols.change, false))
		return fitWidth(s, b.String(), cols.w)
	}
	band, bandStyle := m.bandOf(row)
	b.WriteString(cell(bandStyle, s, row.Total.String(), cols.total, true) + spaces(s, 2))
	b.WriteString(cell(bandStyle, s, band, cols.band, false) + spaces(s, 2))
	ch, chStyle := m.change(row)
	b.WriteString(cell(chStyle, s, ch, cols.change, false))
	return fitWidth(s, b.String(), cols.w)
}
