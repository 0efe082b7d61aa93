package tui

import "liangsaibi/scoring"

// entryLayout is how the entry grid is laid out.
type entryLayout uint8

const (
	// byStreet shows one street: items (rows) × judges (columns); direct
	// and target items have a single cell.
	byStreet entryLayout = iota
	// byJudge shows one judge's sheet: streets (rows) × judged items.
	byJudge
)

// cellRef is one slot of the competition: street, item and judge slot.
type cellRef struct{ street, item, slot int }

// rows is how many rows the grid has.
func (v *entryView) rows(c *viewCtx) int {
	if v.layout == byJudge {
		return len(c.comp.Streets)
	}
	return len(c.d.itemOrder)
}

// cols is how many cells row r has.
func (v *entryView) cols(c *viewCtx, r int) int {
	if v.layout == byJudge {
		return len(v.judgedItems(c))
	}
	if r < 0 || r >= len(c.d.itemOrder) {
		return 0
	}
	return c.comp.SlotCount(c.d.itemOrder[r])
}

// maxCols is the widest row: the number of columns drawn.
func (v *entryView) maxCols(c *viewCtx) int {
	if v.layout == byJudge {
		return len(v.judgedItems(c))
	}
	return max(1, len(c.comp.Judges))
}

// judgedItems are the items a judge scores, in category order.
func (v *entryView) judgedItems(c *viewCtx) []int {
	if v.judged != nil && v.judgedOf == c.comp {
		return v.judged
	}
	v.judged = v.judged[:0]
	for _, it := range c.d.itemOrder {
		if c.comp.Items[it].Kind == scoring.Judged {
			v.judged = append(v.judged, it)
		}
	}
	v.judgedOf = c.comp
	return v.judged
}

// cellAt is the slot at row r, column col of the grid.
func (v *entryView) cellAt(c *viewCtx, r, col int) (cellRef, bool) {
	if r < 0 || r >= v.rows(c) || col < 0 || col >= v.cols(c, r) {
		return cellRef{}, false
	}
	if v.layout == byJudge {
		if len(c.comp.Judges) == 0 {
			return cellRef{}, false
		}
		return cellRef{street: r, item: v.judgedItems(c)[col], slot: v.judge}, true
	}
	if len(c.comp.Streets) == 0 {
		return cellRef{}, false
	}
	return cellRef{street: v.street, item: c.d.itemOrder[r], slot: col}, true
}

// selected is the selected cell.
func (v *entryView) selected(c *viewCtx) (cellRef, bool) { return v.cellAt(c, v.row, v.col) }

// clamp keeps the street, judge and selection inside the competition.
func (v *entryView) clamp(c *viewCtx) {
	v.street = clampInt(v.street, len(c.comp.Streets))
	v.judge = clampInt(v.judge, len(c.comp.Judges))
	v.row = clampInt(v.row, v.rows(c))
	v.col = clampInt(v.col, v.cols(c, v.row))
}

// move goes dr rows and dc columns. Going up or down keeps the column
// chosen last, across the single cells of direct and target items.
func (v *entryView) move(c *viewCtx, dr, dc int) {
	if dc != 0 {
		v.col = clampInt(v.col+dc, v.cols(c, v.row))
		v.wantCol = v.col
	}
	if dr != 0 {
		v.row = clampInt(v.row+dr, v.rows(c))
		v.col = clampInt(v.wantCol, v.cols(c, v.row))
	}
}

// advance goes on after a committed score (Enter, r). While the sheet has
// empty cells it goes to the next one in reading order (along the row,
// then down, then from the top again): never onto a filled cell whose
// score the next digits would silently replace. When the score just typed
// filled the sheet's last empty cell, it stays and the sheet is done:
// digits wait, and the hint above the grid offers the next unfinished
// street or judge. On a sheet that was already full (a correction), it
// goes to the next cell along the row, then to the next row.
func (v *entryView) advance(c *viewCtx, filledGap bool) {
	if r, col, ok := v.nextEmpty(c); ok {
		v.row, v.col, v.wantCol = r, col, col
		return
	}
	if !filledGap {
		if v.col+1 < v.cols(c, v.row) {
			v.col++
			v.wantCol = v.col
			return
		}
		for r := v.row + 1; r < v.rows(c); r++ {
			if v.cols(c, r) > 0 {
				v.row, v.col, v.wantCol = r, 0, 0
				return
			}
		}
	}
	v.done = true
}

// nextEmpty is the next empty cell after the selected one in reading
// order, wrapping around to the top of the sheet.
func (v *entryView) nextEmpty(c *viewCtx) (row, col int, ok bool) {
	rows := v.rows(c)
	for k := 0; k <= rows && rows > 0; k++ {
		r := (v.row + k) % rows
		from, to := 0, v.cols(c, r)
		if k == 0 {
			from = v.col + 1
		}
		if k == rows {
			to = min(to, v.col+1)
		}
		for col := from; col < to; col++ {
			if ref, ok := v.cellAt(c, r, col); ok && v.slotOf(c, ref).State == scoring.Empty {
				return r, col, true
			}
		}
	}
	return 0, 0, false
}

// firstEmpty is the first cell of the shown sheet that holds no score
// (pending entries count as scores), in reading order.
func (v *entryView) firstEmpty(c *viewCtx) (row, col int, ok bool) {
	for r := range v.rows(c) {
		if col, ok := v.emptyInRow(c, r); ok {
			return r, col, true
		}
	}
	return 0, 0, false
}

// emptyInRow is the first empty cell of row r.
func (v *entryView) emptyInRow(c *viewCtx, r int) (int, bool) {
	for col := range v.cols(c, r) {
		if ref, ok := v.cellAt(c, r, col); ok && v.slotOf(c, ref).State == scoring.Empty {
			return col, true
		}
	}
	return 0, false
}

// land puts the cursor on the sheet's first empty cell, or on its first
// cell when the sheet is full, so that the next digits never silently
// replace a score the cursor happened to rest on.
func (v *entryView) land(c *viewCtx) {
	v.top, v.left, v.done = 0, 0, false
	r, col, _ := v.firstEmpty(c)
	v.row, v.col, v.wantCol = r, col, col
}

// follow shows street, the one selected in the view the operator came
// from: by street, its sheet at its first empty cell; by judge, its row.
func (v *entryView) follow(c *viewCtx, street int) {
	if street < 0 || street >= len(c.comp.Streets) {
		return
	}
	v.editing, v.picking, v.missing.open = false, false, false
	v.input.Blur()
	if v.layout == byJudge {
		v.row, v.done = street, false
		v.col, _ = v.emptyInRow(c, street)
		v.wantCol = v.col
		return
	}
	v.street = street
	v.land(c)
}

// show selects ref, switching street or judge when needed.
func (v *entryView) show(c *viewCtx, ref cellRef) {
	if v.layout == byJudge && c.comp.Items[ref.item].Kind == scoring.Judged {
		v.judge, v.row = ref.slot, ref.street
		for i, it := range v.judgedItems(c) {
			if it == ref.item {
				v.col, v.wantCol = i, i
			}
		}
		return
	}
	v.layout, v.street, v.col, v.wantCol = byStreet, ref.street, ref.slot, ref.slot
	for r, it := range c.d.itemOrder {
		if it == ref.item {
			v.row = r
		}
	}
}

// toggleLayout switches between by street and by judge, keeping the cell.
func (v *entryView) toggleLayout(c *viewCtx) {
	ref, ok := v.selected(c)
	if v.layout == byStreet {
		v.layout = byJudge
		if ok && c.comp.Items[ref.item].Kind == scoring.Judged {
			v.show(c, ref)
		} else {
			v.row, v.col, v.wantCol = v.street, 0, 0
		}
	} else {
		v.layout = byStreet
		if ok {
			v.show(c, ref)
		}
	}
	v.top, v.left = 0, 0
	v.clamp(c)
}

// step moves to the previous or next street (by street) or judge and
// lands on its first empty cell. From a sheet with no empty cell left, ]
// goes to the next unfinished one (what the hint above the grid offers).
func (v *entryView) step(c *viewCtx, d int) {
	if d > 0 && v.emptyCells(c) == 0 {
		if next, ok := v.nextUnfinished(c); ok {
			v.setSheet(next)
			v.land(c)
			return
		}
	}
	if v.layout == byJudge {
		v.judge = clampInt(v.judge+d, len(c.comp.Judges))
	} else {
		v.street = clampInt(v.street+d, len(c.comp.Streets))
	}
	v.land(c)
}

func (v *entryView) setSheet(i int) {
	if v.layout == byJudge {
		v.judge = i
	} else {
		v.street = i
	}
}

// nextUnfinished is the next street (by street) or judge (by judge) after
// the shown one, wrapping around, that still has an empty cell.
func (v *entryView) nextUnfinished(c *viewCtx) (int, bool) {
	if v.layout == byJudge {
		n := len(c.comp.Judges)
		for k := 1; k < n; k++ {
			j := (v.judge + k) % n
			if v.judgeEmpty(c, j) > 0 {
				return j, true
			}
		}
		return 0, false
	}
	n := len(c.comp.Streets)
	for k := 1; k < n; k++ {
		s := (v.street + k) % n
		if v.streetEmpty(c, s) > 0 {
			return s, true
		}
	}
	return 0, false
}

// judgeEmpty counts the empty cells of judge j's sheet.
func (v *entryView) judgeEmpty(c *viewCtx, j int) int {
	n := 0
	for s := range c.comp.Streets {
		for _, it := range v.judgedItems(c) {
			if v.slotOf(c, cellRef{s, it, j}).State == scoring.Empty {
				n++
			}
		}
	}
	return n
}

// emptyCells counts the slots not scored yet on the shown sheet.
func (v *entryView) emptyCells(c *viewCtx) int {
	if v.layout == byJudge {
		return v.judgeEmpty(c, v.judge)
	}
	n := 0
	for r := range c.d.itemOrder {
		for col := range v.cols(c, r) {
			ref, _ := v.cellAt(c, r, col)
			if v.slotOf(c, ref).State == scoring.Empty {
				n++
			}
		}
	}
	return n
}

// slotOf is what a cell holds: the latest pending value, else the committed one.
func (v *entryView) slotOf(c *viewCtx, ref cellRef) scoring.Slot {
	if p, ok := v.pendingOf(ref); ok {
		return p
	}
	return c.comp.Scores[ref.street][ref.item][ref.slot]
}
