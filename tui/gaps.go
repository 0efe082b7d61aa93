package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// gapsView is tab 2: a heatmap of streets (rows, in ranking order) × items
// (columns, grouped under their category). The row and column headers stay
// fixed while it scrolls both ways.
type gapsView struct {
	row, col  int // selected position in Rows and column (index into itemOrder)
	top, left int // first row and column on screen
	showGap   bool
}

func (v *gapsView) clamp(c *viewCtx) {
	v.row = clampInt(v.row, len(c.st.Rows))
	v.col = clampInt(v.col, len(c.d.itemOrder))
}

func (v *gapsView) capturing() bool { return false }

// gapsLayout is where things go for one width and height.
type gapsLayout struct {
	nameW, leftW, rightW int
	colWs                []int // each item column's width, its gap included
	ncols, nrows         int   // columns and street rows on screen
}

// gapsMinCol is the narrowest column: a value with its mark (8.50✓).
const gapsMinCol = 9

// colW is the width of column i (an index into itemOrder), gap included.
func (l gapsLayout) colW(i int) int { return l.colWs[i] }

const (
	gapsHeaderRows = 2 // category names, item names
	gapsFooterRows = 3 // below-count row, selected cell, legend
)

func newGapsLayout(c *viewCtx, w, h int) gapsLayout {
	l := gapsLayout{rightW: max(6, display.Width(c.T("gaps.belowshort"))) + 1}
	l.nameW = min(max(c.d.maxNameW, 8), max(8, w/5))
	l.nameW = max(l.nameW, min(display.Width(c.T("gaps.belowcount")), 14))
	l.leftW = 2 + 4 + 1 + l.nameW + 1 // marker, rank, space, name, space
	room := max(1, w-l.leftW-l.rightW)
	l.colWs, l.ncols = columnWidths(c, room)
	l.nrows = max(1, h-gapsHeaderRows-gapsFooterRows)
	return l
}

func (v *gapsView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) {
	k := c.keys
	page := max(1, c.bodyH-gapsHeaderRows-gapsFooterRows)
	switch {
	case key.Matches(msg, k.Toggle):
		v.showGap = !v.showGap
	case key.Matches(msg, k.Open):
		if len(c.st.Rows) > 0 {
			return nil, c.st.Rows[v.row].Street
		}
	case key.Matches(msg, k.Up):
		v.row--
	case key.Matches(msg, k.Down):
		v.row++
	case key.Matches(msg, k.Left):
		v.col--
	case key.Matches(msg, k.Right):
		v.col++
	case key.Matches(msg, k.PageUp):
		v.row -= page
	case key.Matches(msg, k.PageDown):
		v.row += page
	case key.Matches(msg, k.Home):
		v.row, v.col = 0, 0
	case key.Matches(msg, k.End):
		v.row = len(c.st.Rows) - 1
	}
	v.clamp(c)
	return nil, -1
}

func (v *gapsView) scroll(c *viewCtx, d int) {
	v.row += d
	v.clamp(c)
}

func (v *gapsView) click(c *viewCtx, x, y int) int {
	l := newGapsLayout(c, c.bodyW, c.bodyH)
	r := v.top + y - gapsHeaderRows
	if y < gapsHeaderRows || y >= gapsHeaderRows+l.nrows || r >= len(c.st.Rows) {
		return -1
	}
	col := v.col
	if x >= l.leftW {
		col = v.col
		for i, at := v.left, l.leftW; i < min(len(c.d.itemOrder), v.left+l.ncols); i++ {
			if x < at+l.colW(i) {
				col = i
				break
			}
			at += l.colW(i)
		}
	}
	if r == v.row && col == v.col {
		return c.st.Rows[r].Street
	}
	v.row, v.col = r, col
	return -1
}

func (v *gapsView) render(c *viewCtx, w, h int) []string {
	if len(c.d.itemOrder) == 0 {
		return []string{c.s.Muted.Render(c.T("gaps.noitems"))}
	}
	l := newGapsLayout(c, w, h)
	v.clamp(c)
	v.top = scrollTo(v.top, v.row, l.nrows, len(c.st.Rows))
	v.left = scrollTo(v.left, v.col, l.ncols, len(c.d.itemOrder))
	last := min(len(c.d.itemOrder), v.left+l.ncols)

	out := make([]string, 0, h)
	out = append(out, v.categoryHeader(c, l, last), v.itemHeader(c, l, last))
	for r := v.top; r < min(len(c.st.Rows), v.top+l.nrows); r++ {
		out = append(out, v.streetRow(c, l, r, last))
	}
	// The count row follows the last street, so it stays near the data.
	out = append(out, v.belowRow(c, l, last, w))
	out = fitLines(out, w, h-gapsFooterRows+1)
	out = append(out, fit(c.s.Accent.Render(v.cellInfo(c)), w))
	mode := c.T("gaps.mode.score")
	if v.showGap {
		mode = c.T("gaps.mode.gap")
	}
	out = append(out, c.s.Muted.Render(fit(mode+" · "+c.T("gaps.legend"), w)))
	return out
}

func (v *gapsView) categoryHeader(c *viewCtx, l gapsLayout, last int) string {
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", l.leftW))
	for i := v.left; i < last; {
		cat := c.comp.Items[c.d.itemOrder[i]].Category
		j := i
		for j < last && c.comp.Items[c.d.itemOrder[j]].Category == cat {
			j++
		}
		span := 0
		for k := i; k < j; k++ {
			span += l.colW(k)
		}
		b.WriteString(c.s.Header.Render(display.PadRight("┌"+c.d.catNames[cat], span-1)) + " ")
		i = j
	}
	return b.String()
}

func (v *gapsView) itemHeader(c *viewCtx, l gapsLayout, last int) string {
	var b strings.Builder
	b.WriteString(c.s.Header.Render(display.PadRight("  "+c.T("col.rank"), 6) + " " +
		display.PadRight(c.T("col.street"), l.nameW) + " "))
	for i := v.left; i < last; i++ {
		name := display.PadLeft(c.d.itemNames[c.d.itemOrder[i]], l.colW(i)-1)
		if i == v.col {
			b.WriteString(c.s.Selected.Render(name) + " ")
		} else {
			b.WriteString(c.s.Header.Render(name) + " ")
		}
	}
	b.WriteString(c.s.Header.Render(display.PadLeft(c.T("gaps.belowshort"), l.rightW-1)))
	return b.String()
}

func (v *gapsView) streetRow(c *viewCtx, l gapsLayout, r, last int) string {
	row := c.st.Rows[r]
	var b strings.Builder
	mark := "  "
	if r == v.row {
		mark = "> "
	}
	left := mark + display.PadLeft(rankText(row), 4) + " " + display.PadRight(c.d.names[row.Street], l.nameW) + " "
	if r == v.row {
		b.WriteString(c.s.Selected.Render(left))
	} else {
		b.WriteString(left)
	}
	for i := v.left; i < last; i++ {
		item := c.d.itemOrder[i]
		text, st := v.cell(c, row, item)
		text = display.PadLeft(text, l.colW(i)-1)
		if r == v.row && i == v.col {
			st = c.s.Selected
		}
		b.WriteString(st.Render(text) + " ")
	}
	n := len(row.Below)
	count, st := "0", c.s.Muted
	if n > 0 {
		count, st = "✗"+strconv.Itoa(n), c.s.Below
	}
	b.WriteString(st.Render(display.PadLeft(count, l.rightW-1)))
	return b.String()
}

// cell is the text of one heatmap cell, ending with a symbol that says
// what its colour says: ✗ below standard, ✓ at or above, - no score.
func (v *gapsView) cell(c *viewCtx, row *scoring.Row, item int) (string, Paint) {
	score := row.Items[item]
	if !score.Valid {
		return "-", c.s.Missing
	}
	gap := row.Gaps[item]
	value := score.String()
	if v.showGap {
		value = signed(gap)
	}
	if !gap.Valid { // no standard: nothing to compare with
		return value + " ", c.s.Plain
	}
	switch {
	case gap.Units < 0:
		return value + "✗", c.s.Below
	case gap.Units >= c.d.exceedUnits[item] && c.d.exceedUnits[item] > 0:
		return value + "✓", c.s.Exceeds
	}
	return value + "✓", c.s.Meets
}

func (v *gapsView) belowRow(c *viewCtx, l gapsLayout, last, w int) string {
	var b strings.Builder
	b.WriteString(c.s.Header.Render(display.PadRight("  "+c.T("gaps.belowcount"), l.leftW)))
	total := 0
	for _, n := range c.d.belowByItem {
		total += n
	}
	for i := v.left; i < last; i++ {
		n := c.d.belowByItem[c.d.itemOrder[i]]
		text, st := "0", c.s.Muted
		if n > 0 {
			text, st = "✗"+strconv.Itoa(n), c.s.Below
		}
		b.WriteString(st.Render(display.PadLeft(text, l.colW(i)-1)) + " ")
	}
	b.WriteString(c.s.Header.Render(display.PadLeft(strconv.Itoa(total), l.rightW-1)))
	return fit(b.String(), w)
}

// cellInfo spells out the selected cell in full, since headers are cut.
func (v *gapsView) cellInfo(c *viewCtx) string {
	if len(c.st.Rows) == 0 {
		return ""
	}
	row := c.st.Rows[v.row]
	item := c.d.itemOrder[v.col]
	name, itemName := c.d.names[row.Street], c.d.itemNames[item]
	switch {
	case !row.Items[item].Valid:
		return c.T("gaps.cell.empty", name, itemName)
	case !row.Gaps[item].Valid:
		return c.T("gaps.cell.nostd", name, itemName, row.Items[item].String())
	}
	return c.T("gaps.cell", name, itemName, row.Items[item].String(), c.d.itemStd[item], signed(row.Gaps[item]))
}

// columnWidths gives each item column the width of its name when the
// screen has room for all of them; when it has not, the widest names give
// way first, down to gapsMinCol; when even that does not fit, every column
// is gapsMinCol wide and the view scrolls sideways. ncols is how many show.
func columnWidths(c *viewCtx, room int) (widths []int, ncols int) {
	n := len(c.d.itemOrder)
	widths = make([]int, n)
	sum, widest := 0, gapsMinCol
	for i, it := range c.d.itemOrder {
		widths[i] = max(gapsMinCol, display.Width(c.d.itemNames[it])+1)
		sum += widths[i]
		widest = max(widest, widths[i])
	}
	if sum <= room {
		return widths, max(1, n)
	}
	if n*gapsMinCol > room {
		for i := range widths {
			widths[i] = gapsMinCol
		}
		return widths, max(1, min(n, room/gapsMinCol))
	}
	// The largest cap on every column that still fits: the widest give way.
	lo, hi := gapsMinCol, widest
	for lo < hi {
		mid := (lo + hi + 1) / 2
		total := 0
		for _, w := range widths {
			total += min(w, mid)
		}
		if total <= room {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	for i := range widths {
		widths[i] = min(widths[i], lo)
	}
	return widths, n
}
