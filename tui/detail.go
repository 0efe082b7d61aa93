package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// detailView is tab 3: one street, category by category and item by item,
// with its judges' scores, its 问题清单 and the comparison with the
// previous round.
type detailView struct {
	street int // street index; -1 before any was chosen
	sel    int // selected item, as an index into itemOrder
	top    int // first table line on screen
}

func (v *detailView) show(c *viewCtx, street int) {
	v.street = street
	v.ensureStreet(c)
}

// ensureStreet keeps the street valid when the standings change.
func (v *detailView) ensureStreet(c *viewCtx) {
	if v.street < 0 || v.street >= len(c.comp.Streets) {
		v.street = -1
		if len(c.st.Rows) > 0 {
			v.street = c.st.Rows[0].Street
		}
	}
	v.sel = clampInt(v.sel, len(c.d.itemOrder))
}

func (v *detailView) capturing() bool { return false }

func (v *detailView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) {
	if v.street < 0 {
		return nil, -1
	}
	k := c.keys
	n := len(c.d.itemOrder)
	switch {
	case key.Matches(msg, k.PrevStreet):
		v.step(c, -1)
	case key.Matches(msg, k.NextStreet):
		v.step(c, 1)
	default:
		v.sel, _ = listMove(k, msg, v.sel, n, max(1, c.bodyH/2))
	}
	return nil, -1
}

// step moves to the previous or next street in ranking order.
func (v *detailView) step(c *viewCtx, d int) {
	p := clampInt(c.st.Position(v.street)+d, len(c.st.Rows))
	v.street = c.st.Rows[p].Street
}

func (v *detailView) scroll(c *viewCtx, d int) {
	v.sel = clampInt(v.sel+d, len(c.d.itemOrder))
}

func (v *detailView) click(c *viewCtx, _, y int) int {
	l := v.layout(c, c.bodyW, c.bodyH)
	line := v.top + y - l.tableTop
	if y < l.tableTop || y >= l.tableTop+l.tableH {
		return -1
	}
	lines := v.tableLines(c)
	if line >= 0 && line < len(lines) && lines[line].item >= 0 {
		v.sel = lines[line].col
	}
	return -1
}

// detailLayout places the summary, the item table and the side panel.
type detailLayout struct {
	tableTop, tableH int
	tableW           int
	side             bool // the panel sits right of the table (wide windows)
	panelW, panelH   int
	nameW, barW      int
	numW, rankW      int // score, standard and gap columns; item rank
}

const detailSummaryRows = 2

func (v *detailView) layout(c *viewCtx, w, h int) detailLayout {
	l := detailLayout{tableTop: detailSummaryRows + 1, tableW: w}
	if w >= 120 {
		l.side = true
		l.panelW = min(50, w*2/5)
		l.tableW = w - l.panelW - 2
		l.tableH = max(1, h-l.tableTop)
	} else {
		l.panelH = min(7, max(3, h/3))
		l.tableH = max(1, h-l.tableTop-l.panelH)
		l.panelW = w
	}
	// item name, score, standard, gap, bar, item rank
	l.numW = max(7, display.Width(c.T("detail.score")), display.Width(c.T("detail.standard")), display.Width(c.T("detail.gap")))
	l.rankW = max(8, display.Width(c.T("detail.itemrank")))
	fixed := 4*(l.numW+1) + 1 + l.rankW
	longest := 0
	for _, it := range c.d.itemOrder {
		longest = max(longest, display.Width(c.d.itemNames[it])+2)
	}
	for _, cn := range c.d.catNames {
		longest = max(longest, display.Width(cn))
	}
	l.nameW = max(10, min(longest, l.tableW-fixed-10))
	l.barW = max(4, min(30, l.tableW-fixed-l.nameW))
	return l
}

// tableLine is one line of the item table: a category or an item.
type tableLine struct {
	cat, item int // item is -1 on a category line
	col       int // index into itemOrder for items
}

func (v *detailView) tableLines(c *viewCtx) []tableLine {
	var out []tableLine
	col := 0
	for ci := range c.comp.Categories {
		out = append(out, tableLine{cat: ci, item: -1})
		for _, it := range c.comp.Categories[ci].Items {
			out = append(out, tableLine{cat: ci, item: it, col: col})
			col++
		}
	}
	return out
}

func (v *detailView) render(c *viewCtx, w, h int) []string {
	if v.street < 0 {
		return []string{c.s.Muted.Render(c.T("empty.nostreets"))}
	}
	l := v.layout(c, w, h)
	row := c.st.RowOf(v.street)
	out := []string{fit(v.summary(c, row), w), fit(v.previous(c, row), w)}

	lines := v.tableLines(c)
	selLine := 0
	for i, tl := range lines {
		if tl.item >= 0 && tl.col == v.sel {
			selLine = i
		}
	}
	v.top = scrollTo(v.top, selLine, l.tableH, len(lines))
	table := []string{c.s.Header.Render(fit(v.tableHeader(c, l), l.tableW))}
	for i := v.top; i < min(len(lines), v.top+l.tableH); i++ {
		table = append(table, v.tableRow(c, l, row, lines[i], i == selLine))
	}
	table = fitLines(table, l.tableW, l.tableH+1)
	panel := v.panel(c, row, l.panelW)
	if l.side {
		panel = fitLines(panel, l.panelW, len(table))
		for i := range table {
			out = append(out, table[i]+"  "+panel[i])
		}
		return out
	}
	out = append(out, table...)
	return append(out, fitLines(panel, w, l.panelH)...)
}

func (v *detailView) summary(c *viewCtx, row *scoring.Row) string {
	s := c.s
	parts := []string{s.Title.Render(c.d.names[v.street])}
	if row.Rank > 0 {
		r := c.T("detail.rank", row.Rank)
		if row.Tied {
			r += c.T("detail.tied")
		}
		parts = append(parts, s.Accent.Render(r))
	} else {
		parts = append(parts, s.Muted.Render(c.T("detail.unranked", row.DoneItems, len(c.comp.Items))))
	}
	if row.Complete { // no partial total for a street not fully scored
		parts = append(parts, c.T("detail.total", pub(row.Total), c.d.fullMark))
	}
	if row.Band >= 0 && row.Complete {
		parts = append(parts, s.Band(row.Band, len(c.d.bandNames)).Render(c.d.bandNames[row.Band]))
	}
	if row.Rank > 0 {
		parts = append(parts, c.T("detail.behind", pub(row.GapToFirst)))
	}
	if g := c.d.groups[v.street]; g != "" {
		parts = append(parts, s.Muted.Render(c.T("detail.group", g)))
	}
	return strings.Join(parts, "  ")
}

// previous is the 纵向比 line: rank and total now versus the last round.
func (v *detailView) previous(c *viewCtx, row *scoring.Row) string {
	prev := c.comp.Previous
	switch {
	case prev == nil:
		return c.s.Muted.Render(c.T("detail.prevnone"))
	case !row.HasPrevious:
		return c.s.Muted.Render(c.T("detail.prevnew"))
	}
	p := prev.ByStreet[c.comp.Streets[v.street].ID]
	rankOf := func(r int) string {
		if r <= 0 {
			return "-"
		}
		return strconv.Itoa(r)
	}
	text := c.T("detail.prev", c.d.prevRound) + c.T("detail.prevrank", rankOf(p.Rank), rankOf(row.Rank))
	if ch, st := changeText(c, row); row.HasRank {
		text += " " + st.Render(ch)
	}
	prevTotal := "-"
	if p.HasTotal {
		prevTotal = c.st.PublishDec(p.Total).String()
	}
	if row.Complete {
		text += " · " + c.T("detail.prevtotal", prevTotal, pub(row.Total), signed(row.TotalChange))
	}
	if t := c.d.trend; t != nil && len(t.Rounds) > 2 {
		text += " · " + c.T("col.trend") + " " + c.s.Accent.Render(rankSpark(t.Points[v.street], len(c.comp.Streets)))
	}
	return text
}

func (v *detailView) tableHeader(c *viewCtx, l detailLayout) string {
	return cols([]string{c.T("detail.item"), c.T("detail.score"), c.T("detail.standard"), c.T("detail.gap"),
		c.T("detail.bar"), c.T("detail.itemrank")},
		[]int{l.nameW, -l.numW, -l.numW, -l.numW, l.barW, -l.rankW})
}

func (v *detailView) tableRow(c *viewCtx, l detailLayout, row *scoring.Row, tl tableLine, selected bool) string {
	s := c.s
	if tl.item < 0 { // category line
		cat := &c.comp.Categories[tl.cat]
		score, std := row.Categories[tl.cat], c.st.CategoryStandard(tl.cat)
		gap := score.Sub(std)
		text := cols([]string{c.d.catNames[tl.cat], pub(score), pub(std), signed(gap)}, []int{l.nameW, -l.numW, -l.numW, -l.numW}) + " "
		filled := barWithMark(score.Units, std, c.st.PublishDec(cat.Weight).Units, l.barW)
		return fit(s.Header.Render(text)+gapStyle(s, gap).Render(filled), l.tableW)
	}
	it := tl.item
	score, gap := row.Items[it], row.Gaps[it]
	sym := " "
	switch {
	case gap.Valid && gap.Units < 0:
		sym = "✗"
	case gap.Valid:
		sym = "✓"
	}
	rank, of := c.st.ItemRank(v.street, it)
	rankText := "-"
	if rank > 0 {
		rankText = strconv.Itoa(rank) + "/" + strconv.Itoa(of)
	}
	mark := "  "
	if selected {
		mark = "> "
	}
	name := display.PadRight(mark+c.d.itemNames[it], l.nameW)
	nums := cols([]string{pub(score), pub(c.st.PublishedStandard(it)), signed(gap) + sym}, []int{-l.numW, -l.numW, -l.numW})
	stdMark := scoring.Missing // the standard at the scores' decimals, for the bar
	if c.comp.Items[it].HasStandard {
		stdMark = c.st.PublishDec(c.comp.Items[it].Standard)
	}
	barText := barWithMark(score.Units, stdMark, c.st.PublishDec(c.comp.Items[it].Max).Units, l.barW)
	if !score.Valid {
		barText = strings.Repeat(" ", l.barW)
	}
	line := name + " " + nums + " "
	if selected {
		return fit(s.Selected.Render(fit(line+barText+" "+display.PadLeft(rankText, l.rankW), l.tableW)), l.tableW)
	}
	return fit(line+gapStyle(s, gap).Render(barText)+" "+display.PadLeft(rankText, l.rankW), l.tableW)
}

func gapStyle(s *Styles, gap scoring.Published) Paint {
	switch {
	case !gap.Valid:
		return s.Muted
	case gap.Units < 0:
		return s.Below
	}
	return s.Meets
}

// barWithMark is a bar of value/full with the standard marked by │.
func barWithMark(value int64, std scoring.Published, full int64, w int) string {
	filled, empty := bar(value, full, w)
	runes := []rune(filled + empty)
	if std.Valid && full > 0 && w > 1 {
		at := int((std.Units*int64(w) + full/2) / full)
		runes[min(max(at, 0), w-1)] = '│'
	}
	return string(runes)
}

// panel is the judges' scores of the selected item and the 问题清单.
func (v *detailView) panel(c *viewCtx, row *scoring.Row, w int) []string {
	if len(c.d.itemOrder) == 0 {
		return nil
	}
	s := c.s
	it := c.d.itemOrder[v.sel]
	out := []string{s.Header.Render(display.Truncate(c.T("detail.judges", c.d.itemNames[it]), w))}
	out = append(out, wrapWords(v.judgeScores(c, it), w)...)
	out = append(out, s.Header.Render(display.Truncate(c.T("detail.problems"), w)))
	problems := c.st.Problems(v.street)
	if len(problems) == 0 {
		out = append(out, s.Meets.Render(c.T("detail.noproblems")))
	}
	var words []string
	for i, p := range problems {
		words = append(words, c.T("detail.problem", i+1, c.d.itemNames[p], strings.TrimPrefix(row.Gaps[p].String(), "-")))
	}
	for _, l := range wrapWords(words, w) {
		out = append(out, s.Below.Render(l))
	}
	return append(out, trendChart(c, v.street, w)...)
}

// judgeScores are the words describing how the item was scored: every
// judge's score with the dropped ones in [ ], or the entered figure.
func (v *detailView) judgeScores(c *viewCtx, it int) []string {
	item := &c.comp.Items[it]
	e := c.comp.Scores[v.street][it]
	unit := display.Sanitize(item.Unit)
	switch item.Kind {
	case scoring.Direct:
		return []string{c.T("detail.notjudged", c.T("detail.direct"))}
	case scoring.Target:
		if len(e) == 0 || e[0].State != scoring.Scored {
			return []string{c.T("detail.notjudged", c.T("detail.targetnone", item.Target.String(), unit))}
		}
		return []string{c.T("detail.notjudged", c.T("detail.target", e[0].Value.String(), unit, item.Target.String(), unit))}
	}
	kept := c.comp.Kept(e)
	words := make([]string, 0, len(e)+1)
	dropped := false
	for j, slot := range e {
		text := "-"
		switch slot.State {
		case scoring.Scored:
			text = slot.Value.String()
			if !kept[j] {
				text = "[" + text + "]"
				dropped = true
			}
		case scoring.Recused:
			text = c.T("detail.recused")
		}
		words = append(words, c.d.judgeNames[j]+" "+text)
	}
	if dropped {
		words = append(words, c.s.Muted.Render(c.T("detail.judgesnote")))
	}
	return words
}

// wrapWords lays words out on lines of at most w cells, two spaces apart.
func wrapWords(words []string, w int) []string {
	var out []string
	line := ""
	for _, word := range words {
		word = display.Truncate(word, w)
		switch {
		case line == "":
			line = word
		case lipgloss.Width(line)+2+lipgloss.Width(word) <= w:
			line += "  " + word
		default:
			out = append(out, line)
			line = word
		}
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}
