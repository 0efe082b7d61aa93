package export

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"liangsaibi/scoring"
)

// rawSheet lists every entry: one row per street and item, one column per
// judge, then the value of a direct or target item and the item's score.
// Scores dropped by trimming are grey and struck through; a note on top
// says so.
func (b *book) rawSheet(sw *excelize.StreamWriter) error {
	c, o := b.st.Comp, b.o
	nj := len(c.Judges)
	last := nj + 4
	if err := freeze(sw, 2, 2); err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 2, 20); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", cellName(last, 1)); err != nil {
		return err
	}
	if err := b.row(sw, 1, texts(o.t("note.raw", c.Rules.Trim)), styleKey{font: greyFont}); err != nil {
		return err
	}
	head := texts(o.t("col.street"), o.t("col.item"))
	for _, j := range c.Judges {
		head = append(head, text(j.Name))
	}
	head = append(head, text(o.t("col.value")), text(o.t("col.score")))
	if err := b.header(sw, 2, head); err != nil {
		return err
	}
	r := 3
	for s := range c.Streets {
		res := b.st.RowOf(s)
		for i := range c.Items {
			vals, err := b.rawRow(s, i, res.Items[i])
			if err != nil {
				return err
			}
			if err := sw.SetRow(cellName(1, r), vals); err != nil {
				return err
			}
			r++
		}
	}
	return nil
}

func (b *book) rawRow(s, i int, published scoring.Published) ([]any, error) {
	c, o := b.st.Comp, b.o
	it := &c.Items[i]
	name := it.Name
	if it.Unit != "" {
		name = o.t("raw.withUnit", it.Name, it.Unit)
	}
	vals, err := b.values(texts(c.Streets[s].Name, name), styleKey{})
	if err != nil {
		return nil, err
	}
	e := c.Scores[s][i]
	slotCells := make([]any, len(c.Judges)+1) // judges, then the direct value
	if it.Kind == scoring.Judged {
		kept := c.Kept(e)
		for j, slot := range e {
			if slotCells[j], err = b.slotCell(slot, !kept[j]); err != nil {
				return nil, err
			}
		}
	} else if len(e) > 0 {
		if slotCells[len(c.Judges)], err = b.slotCell(e[0], false); err != nil {
			return nil, err
		}
	}
	vals = append(vals, slotCells...)
	sc, err := b.xcell(score(published), styleKey{bold: true})
	return append(vals, sc), err
}

// slotCell is one judge's score as written in the file: a number, 回避 or
// empty; a scored slot that trimming dropped is grey and struck through.
func (b *book) slotCell(slot scoring.Slot, dropped bool) (any, error) {
	switch slot.State {
	case scoring.Recused:
		x, err := b.xcell(text(b.o.t("mark.recused")), styleKey{font: greyFont})
		return x, err
	case scoring.Scored:
		v, err := strconv.ParseFloat(slot.Value.String(), 64)
		if err != nil {
			return nil, err
		}
		k := styleKey{}
		if dropped {
			k = styleKey{font: greyFont, strike: true}
		}
		id, err := b.style(k)
		return excelize.Cell{StyleID: id, Value: v}, err
	}
	return nil, nil
}

// rulesSheet records the rules the standings were computed with, and when
// and by which version the workbook was made.
func (b *book) rulesSheet(sw *excelize.StreamWriter) error {
	c, o, r := b.st.Comp, b.o, &b.st.Comp.Rules
	if err := freeze(sw, 0, 1); err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 26); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 48); err != nil {
		return err
	}
	rows := [][]cell{
		texts(o.t("col.setting"), o.t("col.settingVal")),
		{text(o.t("rule.title")), text(c.Title)},
		{text(o.t("rule.round")), textOrEmpty(c.Round)},
		{text(o.t("rule.organizer")), textOrEmpty(c.Organizer)},
		{text(o.t("rule.date")), textOrEmpty(c.Date)},
		{text(o.t("rule.fullMark")), score(b.st.FullMark)},
		{text(o.t("rule.decimals")), integer(r.Decimals)},
		{text(o.t("rule.rounding")), text(o.t("rule." + r.Rounding.String()))},
		{text(o.t("rule.trim")), integer(r.Trim)},
		{text(o.t("rule.trimMin")), integer(r.TrimMinJudges)},
		{text(o.t("rule.tieBreak")), text(tieBreakNames(c, o))},
	}
	for _, band := range r.Bands {
		rows = append(rows, texts(o.t("rule.band", band.Name), o.t("rule.bandMin", band.Min.String())))
	}
	rows = append(rows,
		texts(o.t("rule.digits"), o.t("rule.digitsVal")),
		texts(o.t("rule.exportedAt"), o.exportedAt()),
		texts(o.t("rule.digest"), b.digest()),
		texts(o.t("rule.version"), o.version()))
	for i, cells := range rows {
		k := styleKey{}
		if i == 0 {
			k = styleKey{fill: headerFill, bold: true}
		}
		if err := b.row(sw, i+1, cells, k); err != nil {
			return err
		}
	}
	return nil
}

// tieBreakNames is the tie-break chain by category and item names.
func tieBreakNames(c *scoring.Competition, o Options) string {
	var names []string
	for _, id := range c.Rules.TieBreak {
		switch {
		case c.FindCategory(id) >= 0:
			names = append(names, c.Categories[c.FindCategory(id)].Name)
		case c.FindItem(id) >= 0:
			names = append(names, c.Items[c.FindItem(id)].Name)
		default:
			names = append(names, id)
		}
	}
	if len(names) == 0 {
		return o.t("rule.tieBreakNone")
	}
	return strings.Join(names, " → ")
}
