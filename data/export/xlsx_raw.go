package export

import (
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
	rw, err := b.rawWriter()
	if err != nil {
		return err
	}
	r := 3
	for s := range c.Streets {
		res := b.st.RowOf(s)
		for i := range c.Items {
			if err := rw.row(sw, r, s, i, res.Items[i]); err != nil {
				return err
			}
			r++
		}
	}
	return nil
}

// rawWriter is what every row of 原始分 shares: the items' names and the
// few looks, decided once.
type rawWriter struct {
	b                    *book
	items                []xval // the items' names
	street               xval   // the name of the street being written
	plain, dropped, bold int
	recused              xval
}

func (b *book) rawWriter() (*rawWriter, error) {
	c, o := b.st.Comp, b.o
	w := &rawWriter{b: b, street: xval{text: "\x00"}}
	var err error
	if w.plain, err = b.style(styleKey{}); err != nil {
		return nil, err
	}
	for _, it := range c.Items {
		name := it.Name
		if it.Unit != "" {
			name = o.t("raw.withUnit", it.Name, it.Unit)
		}
		w.items = append(w.items, w.rendered(name))
	}
	if w.dropped, err = b.style(styleKey{font: greyFont, strike: true}); err != nil {
		return nil, err
	}
	w.recused, err = b.xcell(text(o.t("mark.recused")), styleKey{font: greyFont})
	return w, err
}

// rendered is a plain text cell with its XML made once.
func (w *rawWriter) rendered(s string) xval {
	v := xval{style: w.plain, kind: textCell, text: s}
	if !w.b.xml.viaSetRow {
		v.xml = w.b.xml.text(v)
	}
	return v
}

// row writes street s's item i into sheet row r: the names, each judge's
// slot, the value of a direct or target item, and the item's score.
func (w *rawWriter) row(sw *excelize.StreamWriter, r, s, i int, published scoring.Published) error {
	c := w.b.st.Comp
	x := w.b.startRow(r)
	if name := c.Streets[s].Name; w.street.text != name {
		w.street = w.rendered(name)
	}
	x.put(w.street)
	x.put(w.items[i])
	e := c.Scores[s][i]
	nj := len(c.Judges)
	if c.Items[i].Kind == scoring.Judged {
		kept := c.Kept(e)
		for j := range nj {
			if j < len(e) {
				w.slot(x, e[j], !kept[j])
			} else {
				x.skip()
			}
		}
		x.skip() // no direct value
	} else {
		for range nj {
			x.skip()
		}
		if len(e) > 0 {
			w.slot(x, e[0], false)
		} else {
			x.skip()
		}
	}
	if err := x.add(score(published), styleKey{bold: true}); err != nil {
		return err
	}
	return x.write(sw)
}

// slot is one judge's score as written in the file: a number, 回避 or
// no cell; a scored slot that trimming dropped is grey and struck through.
func (w *rawWriter) slot(x xrow, slot scoring.Slot, dropped bool) {
	switch slot.State {
	case scoring.Recused:
		x.put(w.recused)
	case scoring.Scored:
		style := w.plain
		if dropped {
			style = w.dropped
		}
		x.number(slot.Value, style)
	default:
		x.skip()
	}
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
