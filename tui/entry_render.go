package tui

import (
	"strings"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// entryGeometry places the grid in the body.
type entryGeometry struct {
	gridTop, gridH int
	firstW         int // the row label column, with its trailing space
	cellW          int
	visCols        int
	scoreW         int // 0 when the score column does not fit
}

// Lines around the grid: title, summary and column header above; the
// selected item's scores and the message line below.
const entryBottomLines = 2

// banner is a line above the grid that stays while its cause lasts.
type banner struct {
	text  string
	isErr bool
}

func (v *entryView) banners() []banner {
	var out []banner
	switch {
	case v.info.viewOnly != "":
		out = append(out, banner{v.info.viewOnly, true})
	case v.info.canTake:
		out = append(out, banner{et(v.lang, "entry.cantake", v.info.holder), true})
	case v.info.readOnly:
		out = append(out, banner{et(v.lang, "entry.readonly", v.info.holder), true})
	}
	out = append(out, v.settleBanners()...)
	if v.saveErr != "" {
		out = append(out, banner{v.saveErr, true})
	}
	if v.copiedTo != "" {
		out = append(out, banner{et(v.lang, "entry.savingto", v.copiedTo), false})
	}
	return out
}

// shownAbove reports text the banners above the grid show.
func (v *entryView) shownAbove(text string) bool {
	for _, b := range v.banners() {
		if b.text == text {
			return text != ""
		}
	}
	return false
}

// shows reports text the entry view shows, in a banner or its note line:
// the status line does not repeat it.
func (v *entryView) shows(text string) bool {
	if text == "" || v.picking || v.missing.open { // the grid, its note and banners are not on screen
		return false
	}
	return text == v.note || v.shownAbove(text)
}

// doneHint is the line above the grid once the shown sheet has no empty
// cell: it offers the next unfinished street (by judge: judge) on ].
// It is "" while cells are empty.
func (v *entryView) doneHint(c *viewCtx) string {
	if v.emptyCells(c) > 0 {
		return ""
	}
	next, ok := v.nextUnfinished(c)
	switch {
	case v.layout == byJudge && ok:
		return et(c.lang, "entry.done.judge", c.d.judgeNames[next])
	case v.layout == byJudge:
		return et(c.lang, "entry.done.alljudges")
	case ok:
		return et(c.lang, "entry.done.street", c.d.names[next])
	}
	return et(c.lang, "entry.done.all")
}

// topLines are the banners and the done hint: the lines above the title.
func (v *entryView) topLines(c *viewCtx) []banner {
	out := v.banners()
	if h := v.doneHint(c); h != "" {
		out = append(out, banner{h, false})
	}
	return out
}

func (v *entryView) geometry(c *viewCtx, w, h int) entryGeometry {
	g := entryGeometry{gridTop: len(v.topLines(c)) + 3}
	g.gridH = max(1, h-g.gridTop-entryBottomLines)
	if v.layout == byJudge {
		g.firstW = min(max(c.d.maxNameW, 8), 16) + 2
		g.cellW = 8
		g.scoreW = 8
	} else {
		longest := 8
		for _, it := range c.d.itemOrder {
			longest = max(longest, display.Width(c.d.itemNames[it]))
		}
		g.firstW = min(longest, 20) + 2
		g.cellW = 6
		for _, n := range c.d.judgeNames {
			g.cellW = max(g.cellW, min(display.Width(n), 10))
		}
		g.scoreW = 8
	}
	n := v.maxCols(c)
	// Wider columns when the screen has room for all of them, up to the
	// longest header: item names by judge, judge names by street.
	if room := (w-g.firstW-g.scoreW)/max(1, n) - 1; room > g.cellW {
		g.cellW = min(room, max(g.cellW, v.longestHeader(c)))
	}
	g.visCols = max(1, (w-g.firstW-g.scoreW)/(g.cellW+1))
	if g.visCols < n && (w-g.firstW)/(g.cellW+1) > g.visCols {
		g.scoreW = 0 // too narrow: the judges' cells matter more
		g.visCols = max(1, (w-g.firstW)/(g.cellW+1))
	}
	g.visCols = min(g.visCols, max(1, n))
	return g
}

func (v *entryView) render(c *viewCtx, w, h int) []string {
	if len(c.comp.Streets) == 0 || len(c.comp.Items) == 0 {
		return []string{"", "  " + c.s.Muted.Render(c.T("empty.nostreets"))}
	}
	v.clamp(c)
	if v.picking {
		return v.renderPicker(c, w, h)
	}
	if v.missing.open {
		return v.renderMissing(c, w, h)
	}
	if v.settle.open {
		out := v.renderSettle(c, w, h-1)
		for len(out) < h-1 {
			out = append(out, "")
		}
		return append(out[:h-1], v.noteLine(c, w))
	}
	if v.reviewList.open {
		if !v.returning.open {
			return v.renderReviewList(c, w, h)
		}
		out := v.renderReviewList(c, w, h-2)
		for len(out) < h-2 {
			out = append(out, "")
		}
		return append(out[:h-2], v.returnLine(c, w), v.noteLine(c, w))
	}
	g := v.geometry(c, w, h)
	var out []string
	for _, b := range v.topLines(c) {
		style := c.s.Accent
		if b.isErr {
			style = c.s.Error
		}
		out = append(out, style.Render(display.Truncate(b.text, w)))
	}
	summary := v.summary(c)
	if r := v.sheetReview(c); r != "" { // review.go
		summary += " · " + r
	}
	out = append(out, v.titleLine(c, w), c.s.Muted.Render(display.Truncate(summary, w)))
	out = append(out, v.headerLine(c, g))

	v.top = scrollTo(v.top, v.row, g.gridH, v.rows(c))
	v.left = scrollTo(v.left, v.col, g.visCols, v.maxCols(c))
	for r := v.top; r < min(v.rows(c), v.top+g.gridH); r++ {
		out = append(out, v.rowLine(c, g, r))
	}
	for len(out) < h-entryBottomLines {
		out = append(out, "")
	}
	out = append(out, v.panelLine(c, w))
	return append(out, v.noteLine(c, w))
}

// panelLine is the reason being typed for a return, or why the selected
// cell came back (review_return.go), or the item's kept scores.
func (v *entryView) panelLine(c *viewCtx, w int) string {
	if v.returning.open {
		return v.returnLine(c, w)
	}
	if note := v.returnedNote(c); note != "" {
		return display.Truncate(note, w)
	}
	return display.Truncate(v.itemPanel(c), w)
}

// noteLine is the view's message line.
func (v *entryView) noteLine(c *viewCtx, w int) string {
	switch {
	case v.shownAbove(v.note):
		return "" // a banner says it already
	case v.note != "" && v.noteErr:
		return c.s.Error.Render(display.Truncate(v.note, w))
	case v.note != "":
		return c.s.Accent.Render(display.Truncate(v.note, w))
	}
	return ""
}

// statusText is the footer's hint while the entry view is on screen.
func (v *entryView) statusText(c *viewCtx) string {
	if v.info.readOnly {
		return et(c.lang, "entry.hint.readonly")
	}
	return et(c.lang, "entry.hint")
}

func (v *entryView) titleLine(c *viewCtx, w int) string {
	var left, switchWhat, otherMode string
	if v.layout == byJudge {
		left = et(c.lang, "entry.mode.judge") + " · " + c.d.judgeNames[v.judge] +
			" · " + et(c.lang, "entry.judgeleft", v.emptyCells(c))
		switchWhat, otherMode = et(c.lang, "entry.judge"), et(c.lang, "entry.mode.street")
	} else {
		left = et(c.lang, "entry.mode.street") + " · " + c.d.names[v.street]
		if g := c.d.groups[v.street]; g != "" {
			left += "（" + g + "）"
		}
		switchWhat, otherMode = et(c.lang, "entry.street"), et(c.lang, "entry.mode.judge")
	}
	right := et(c.lang, "entry.switch", switchWhat, otherMode)
	rw := display.Width(right)
	left = display.Truncate(left, max(0, w-rw-2))
	gap := max(1, w-display.Width(left)-rw)
	return c.s.Title.Render(left) + strings.Repeat(" ", gap) + c.s.Muted.Render(right)
}

// summary is the street's running total, rank and progress, and how many
// cells of the sheet are still empty.
func (v *entryView) summary(c *viewCtx) string {
	street := v.street
	if v.layout == byJudge {
		street = v.row
	}
	row := c.st.RowOf(street)
	empty := v.emptyCells(c)
	if v.layout == byJudge {
		empty = v.streetEmpty(c, street)
	}
	var text string
	if row.Rank > 0 && row.Complete {
		rank := et(c.lang, "entry.rank", row.Rank)
		if row.Tied {
			rank += et(c.lang, "entry.tied")
		}
		text = et(c.lang, "entry.summary", pub(row.Total), rank, row.DoneItems, len(c.comp.Items), empty)
	} else {
		// No partial total: 待评 9/13 and the empty cells.
		text = et(c.lang, "entry.summary.pending", progressText(c, row), empty)
	}
	if v.layout == byJudge {
		return c.d.names[street] + "：" + text
	}
	return text
}

// streetEmpty counts one street's empty slots.
func (v *entryView) streetEmpty(c *viewCtx, street int) int {
	n := 0
	for it, e := range c.comp.Scores[street] {
		for slot := range e {
			if v.slotOf(c, cellRef{street, it, slot}).State == scoring.Empty {
				n++
			}
		}
	}
	return n
}

// longestHeader is the width of the widest column header.
func (v *entryView) longestHeader(c *viewCtx) int {
	longest := 0
	if v.layout == byJudge {
		for _, it := range v.judgedItems(c) {
			longest = max(longest, display.Width(c.d.itemNames[it]))
		}
		return longest
	}
	for _, n := range c.d.judgeNames {
		longest = max(longest, display.Width(n))
	}
	return longest
}

func (v *entryView) headerLine(c *viewCtx, g entryGeometry) string {
	var b strings.Builder
	first := et(c.lang, "entry.item")
	if v.layout == byJudge {
		first = c.T("col.street")
	}
	b.WriteString(display.PadRight(first, g.firstW))
	for i := v.left; i < min(v.left+g.visCols, v.maxCols(c)); i++ {
		var name string
		if v.layout == byJudge {
			name = c.d.itemNames[v.judgedItems(c)[i]]
		} else {
			name = c.d.judgeNames[i]
		}
		b.WriteString(display.PadLeft(display.Truncate(name, g.cellW), g.cellW) + " ")
	}
	if g.scoreW > 0 {
		label := et(c.lang, "entry.score")
		if v.layout == byJudge {
			label = c.T("col.total")
		}
		b.WriteString(display.PadLeft(label, g.scoreW))
	}
	return c.s.Header.Render(b.String())
}

func (v *entryView) rowLine(c *viewCtx, g entryGeometry, r int) string {
	var b strings.Builder
	var label string
	var kept []bool
	if v.layout == byJudge {
		label = c.d.names[r]
	} else {
		it := c.d.itemOrder[r]
		label = c.d.itemNames[it]
		if c.comp.Items[it].Kind == scoring.Judged {
			shown := c.shownComp() // blind review: hidden scores trim nothing on screen
			kept = shown.Kept(shown.Scores[v.street][it])
		}
	}
	lab := display.PadRight(display.Truncate(label, g.firstW-2), g.firstW)
	if r == v.row {
		lab = c.s.Accent.Render("▸" + display.PadRight(display.Truncate(label, g.firstW-2), g.firstW-1))
	}
	b.WriteString(lab)
	ncols := v.cols(c, r)
	last := min(v.left+g.visCols, v.maxCols(c))
	for col := v.left; col < last; col++ {
		if col >= ncols {
			if col == ncols && ncols == 1 && v.layout == byStreet {
				// the label of a single cell spans the judges' columns
				w := (last-col)*(g.cellW+1) - 1
				b.WriteString(c.s.Muted.Render(v.singleLabel(c, c.d.itemOrder[r], w)) + " ")
				break
			}
			b.WriteString(strings.Repeat(" ", g.cellW+1))
			continue
		}
		ref, _ := v.cellAt(c, r, col)
		b.WriteString(v.cellView(c, g, ref, r == v.row && col == v.col, kept) + " ")
	}
	if g.scoreW > 0 {
		var score string
		if v.layout == byJudge {
			score = totalText(c.st.RowOf(r))
		} else {
			score = pub(c.st.RowOf(v.street).Items[c.d.itemOrder[r]])
		}
		b.WriteString(display.PadLeft(score, g.scoreW))
	}
	return b.String()
}

// singleLabel says what a direct or target item's one cell holds.
func (v *entryView) singleLabel(c *viewCtx, item, w int) string {
	it := &c.comp.Items[item]
	s := et(c.lang, "entry.direct")
	if it.Kind == scoring.Target {
		s = et(c.lang, "entry.figure", it.Target.String()+display.Sanitize(it.Unit))
	}
	return display.PadRight(display.Truncate(s, w), w)
}

// cellView draws one cell: the editor when typing into it, else its value
// (… while the commit is on its way to the journal, [ ] when trimmed).
func (v *entryView) cellView(c *viewCtx, g entryGeometry, ref cellRef, sel bool, kept []bool) string {
	w := g.cellW
	if sel && v.editing {
		v.input.SetWidth(w - 1)
		return fit(v.input.View(), w)
	}
	slot, pending := v.pendingOf(ref)
	if !pending {
		slot = c.comp.Scores[ref.street][ref.item][ref.slot]
	}
	text := slotText(c, slot)
	if slot.State == scoring.Empty && display.Width(text) > w {
		text = "—"
	}
	text, open := v.cellMark(c, ref, text) // review.go
	dropped := slot.State == scoring.Scored && kept != nil && !kept[ref.slot]
	switch {
	case pending:
		text += "…"
	case dropped && display.Width(text)+2 <= w:
		text = "[" + text + "]"
	}
	// A dropped score too wide for its brackets keeps all its digits and is
	// shown dimmed; the line below the grid names the dropped scores.
	text = display.PadLeft(display.Truncate(text, w), w)
	switch {
	case sel:
		return c.s.Selected.Render(text)
	case pending, dropped:
		return c.s.Muted.Render(text)
	case open:
		return c.s.Accent.Render(text)
	case slot.State != scoring.Scored:
		return c.s.Missing.Render(text)
	}
	return text
}

// slotText is a slot as shown: the number, 未评, 回避. Staff never see
// the file's ~.
func slotText(c *viewCtx, s scoring.Slot) string {
	switch s.State {
	case scoring.Scored:
		return s.Value.String()
	case scoring.Recused:
		return et(c.lang, "entry.recused")
	}
	return et(c.lang, "entry.unscored")
}

// cellText names a cell and a value for the message line.
func (v *entryView) cellText(c *viewCtx, ref cellRef, val scoring.Slot) string {
	if c.comp.Items[ref.item].Kind != scoring.Judged {
		return et(c.lang, "entry.cell.single", c.d.names[ref.street], c.d.itemNames[ref.item], slotText(c, val))
	}
	return et(c.lang, "entry.cell", c.d.names[ref.street], c.d.itemNames[ref.item], c.d.judgeNames[ref.slot], slotText(c, val))
}

// itemPanel is the selected item's kept and dropped judges' scores.
func (v *entryView) itemPanel(c *viewCtx) string {
	ref, ok := v.selected(c)
	if !ok {
		return ""
	}
	it := &c.comp.Items[ref.item]
	shown := c.shownComp() // blind review: no hidden score listed
	e := shown.Scores[ref.street][ref.item]
	name := c.d.names[ref.street] + " · " + c.d.itemNames[ref.item]
	if it.Kind != scoring.Judged {
		return c.s.Muted.Render(et(c.lang, "entry.single", name, slotText(c, e[0])))
	}
	kept := shown.Kept(e)
	var keep, drop []string
	for j, s := range e {
		if s.State != scoring.Scored {
			continue
		}
		if kept[j] {
			keep = append(keep, s.Value.String())
		} else {
			drop = append(drop, s.Value.String())
		}
	}
	if len(keep)+len(drop) == 0 {
		return c.s.Muted.Render(et(c.lang, "entry.noscores", name))
	}
	text := et(c.lang, "entry.kept", name, strings.Join(keep, " "))
	if len(drop) > 0 {
		text += et(c.lang, "entry.dropped", strings.Join(drop, " "))
	}
	return c.s.Muted.Render(text)
}

func (v *entryView) renderPicker(c *viewCtx, w, h int) []string {
	names := c.d.names
	title := et(c.lang, "entry.pick.street")
	if v.layout == byJudge {
		names, title = c.d.judgeNames, et(c.lang, "entry.pick.judge")
	}
	found := ""
	if v.pickQuery != "" {
		found = c.s.Accent.Render(display.Truncate(et(c.lang, "entry.pick.query", v.pickQuery), w))
	}
	out := []string{c.s.Title.Render(display.Truncate(title, w)), found}
	room := max(1, h-len(out))
	v.pickTop = scrollTo(v.pickTop, v.pickSel, room, len(names))
	for i := v.pickTop; i < min(len(names), v.pickTop+room); i++ {
		line := "  " + names[i]
		if v.layout == byStreet {
			row := c.st.RowOf(i)
			line = display.PadRight(line, min(w/2, c.d.maxNameW+4)) + " " + display.PadLeft(totalText(row), 7)
			if !row.Complete {
				line += "  " + progressText(c, row)
			}
		}
		if i == v.pickSel {
			out = append(out, c.s.Selected.Render(fit("▸"+line[1:], min(w, 60))))
		} else {
			out = append(out, display.Truncate(line, w))
		}
	}
	return out
}
