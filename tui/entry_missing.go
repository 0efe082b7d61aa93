package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// missingList is the 未录 view of the entry tab: every score still missing,
// across all streets and judges, in the order staff chase them (by judge,
// then street; or by street), and Enter jumps to the cell.
type missingList struct {
	open     bool
	byStreet bool // sorted by street, then item and judge; else by judge
	sel, top int
	from     Tab // where Esc goes: TabEntry is the grid

	cells []cellRef // cache, for the competition and order below
	of    *scoring.Competition
	ofBy  bool
	ofQ   int // queued commits when computed: a pending entry fills a cell
}

// openMissing shows the list; Esc goes back to from.
func (v *entryView) openMissing(c *viewCtx, from Tab) {
	v.editing, v.picking = false, false
	v.input.Blur()
	v.missing.open, v.missing.from = true, from
	v.missing.of = nil
	cells := v.missingCells(c)
	v.missing.sel = clampInt(v.missing.sel, len(cells))
}

// missingCells lists the empty cells in the chosen order. By judge, each
// judge's cells come street by street in file order, items in category
// order; the cells of direct and target items, which no judge scores,
// come last. By street, each street's cells item by item, judge by judge.
func (v *entryView) missingCells(c *viewCtx) []cellRef {
	ml := &v.missing
	q := len(v.queue)
	if v.inFlight != nil {
		q++
	}
	if ml.of == c.comp && ml.ofBy == ml.byStreet && ml.ofQ == q {
		return ml.cells
	}
	ml.of, ml.ofBy, ml.ofQ = c.comp, ml.byStreet, q
	ml.cells = ml.cells[:0]
	empty := func(ref cellRef) bool { return v.slotOf(c, ref).State == scoring.Empty }
	if ml.byStreet {
		for s := range c.comp.Streets {
			for _, it := range c.d.itemOrder {
				for slot := range c.comp.SlotCount(it) {
					if ref := (cellRef{s, it, slot}); empty(ref) {
						ml.cells = append(ml.cells, ref)
					}
				}
			}
		}
		return ml.cells
	}
	for j := range c.comp.Judges {
		for s := range c.comp.Streets {
			for _, it := range v.judgedItems(c) {
				if ref := (cellRef{s, it, j}); empty(ref) {
					ml.cells = append(ml.cells, ref)
				}
			}
		}
	}
	for s := range c.comp.Streets {
		for _, it := range c.d.itemOrder {
			if c.comp.Items[it].Kind == scoring.Judged {
				continue
			}
			if ref := (cellRef{s, it, 0}); empty(ref) {
				ml.cells = append(ml.cells, ref)
			}
		}
	}
	return ml.cells
}

// updateMissing moves in the list, switches its order (m) and jumps to a
// cell (Enter). Esc and w are handled by the root model (they may leave
// the entry tab).
func (v *entryView) updateMissing(c *viewCtx, msg tea.KeyPressMsg) {
	ml := &v.missing
	cells := v.missingCells(c)
	switch {
	case key.Matches(msg, c.keys.Commit):
		if len(cells) == 0 {
			return
		}
		ref := cells[clampInt(ml.sel, len(cells))]
		ml.open = false
		v.show(c, ref)
		v.top, v.left, v.done = 0, 0, false
		v.clamp(c)
	case key.Matches(msg, c.keys.Layout):
		var keep cellRef
		had := len(cells) > 0
		if had {
			keep = cells[clampInt(ml.sel, len(cells))]
		}
		ml.byStreet = !ml.byStreet
		cells = v.missingCells(c)
		ml.sel = 0
		for i, ref := range cells {
			if had && ref == keep {
				ml.sel = i
			}
		}
	default:
		ml.sel, _ = listMove(c.keys, msg, ml.sel, len(cells), max(1, c.bodyH-4))
	}
}

// missingGroup is the name of the group a cell is listed under: its
// judge (or 直接录入 for an item no judge scores) by judge, its street by
// street.
func (v *entryView) missingGroup(c *viewCtx, ref cellRef) string {
	if v.missing.byStreet {
		return c.d.names[ref.street]
	}
	if c.comp.Items[ref.item].Kind != scoring.Judged {
		return et(c.lang, "missing.direct")
	}
	return c.d.judgeNames[ref.slot]
}

// renderMissing draws the list: a title with the count and the keys, a
// header, and one line per missing score; a group's name and count stand
// on its first line only.
func (v *entryView) renderMissing(c *viewCtx, w, h int) []string {
	ml := &v.missing
	cells := v.missingCells(c)
	order := et(c.lang, "missing.byjudge")
	if ml.byStreet {
		order = et(c.lang, "missing.bystreet")
	}
	title := et(c.lang, "missing.title", len(cells), order)
	out := []string{
		c.s.Title.Render(display.Truncate(title, w)),
		c.s.Muted.Render(display.Truncate(et(c.lang, "missing.keys"), w)),
	}
	if len(cells) == 0 {
		return append(out, "", "  "+c.s.Accent.Render(display.Truncate(et(c.lang, "missing.none"), w-2)))
	}
	counts := map[string]int{}
	for _, ref := range cells {
		counts[v.missingGroup(c, ref)]++
	}
	// Columns: group (with its count), then street or judge, then item.
	groupW, midW := 16, 16
	if w >= 120 {
		groupW, midW = 24, 24
	}
	itemW := max(8, w-2-groupW-midW-2)
	groupHead, midHead := et(c.lang, "entry.judge.col"), c.T("col.street")
	if ml.byStreet {
		groupHead, midHead = c.T("col.street"), et(c.lang, "entry.judge.col")
	}
	head := "  " + display.PadRight(groupHead, groupW) + " " + display.PadRight(midHead, midW) + " " + et(c.lang, "entry.item")
	out = append(out, c.s.Header.Render(fit(head, w)))
	room := max(1, h-len(out))
	ml.sel = clampInt(ml.sel, len(cells))
	ml.top = scrollTo(ml.top, ml.sel, room, len(cells))
	for i := ml.top; i < min(len(cells), ml.top+room); i++ {
		ref := cells[i]
		group := v.missingGroup(c, ref)
		gcell := ""
		if i == ml.top || i == ml.sel || v.missingGroup(c, cells[i-1]) != group {
			n := strconv.Itoa(counts[group])
			gcell = display.Truncate(group, max(1, groupW-len(n)-1)) + " " + n
		}
		var mid string
		switch {
		case !ml.byStreet:
			mid = c.d.names[ref.street]
		case c.comp.Items[ref.item].Kind == scoring.Judged:
			mid = c.d.judgeNames[ref.slot]
		default:
			mid = et(c.lang, "missing.direct")
		}
		var b strings.Builder
		b.WriteString(display.PadRight(gcell, groupW) + " ")
		b.WriteString(display.PadRight(display.Truncate(mid, midW), midW) + " ")
		b.WriteString(display.Truncate(c.d.itemNames[ref.item], itemW))
		line := b.String()
		if i == ml.sel {
			out = append(out, c.s.Selected.Render(fit("▸ "+line, w)))
		} else {
			out = append(out, fit("  "+line, w))
		}
	}
	return out
}
