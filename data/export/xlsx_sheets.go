package export

import (
	"github.com/xuri/excelize/v2"

	"liangsaibi/scoring"
)

// rankingSheet is the ranking table of the CSV, header and street columns
// frozen, each row filled with its band's colour, pending streets in grey.
func (b *book) rankingSheet(sw *excelize.StreamWriter) error {
	st := b.st
	if err := freeze(sw, colStreet+1, 1); err != nil {
		return err
	}
	if err := sw.SetColWidth(colStreet+1, colStreet+1, 20); err != nil {
		return err
	}
	if err := b.header(sw, 1, rankingHeader(st, b.o)); err != nil {
		return err
	}
	nb := len(st.Comp.Rules.Bands)
	for i := range st.Rows {
		row := st.Rows[i]
		k := styleKey{fill: bandFill(row.Band, nb)}
		if !row.Complete {
			k.font = greyFont
		}
		if err := b.row(sw, i+2, rankingRow(st, row, b.o), k); err != nil {
			return err
		}
	}
	return nil
}

// gapSheet is the heatmap: streets × items, each cell the item's gap to
// its standard, red below, green at or above, grey when not scored yet.
// The last column and the last row count the below-standard cells.
func (b *book) gapSheet(sw *excelize.StreamWriter) error {
	st, c, o := b.st, b.st.Comp, b.o
	last := len(c.Items) + 2
	if err := freeze(sw, 1, 3); err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 20); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", cellName(last, 1)); err != nil {
		return err
	}
	if err := b.row(sw, 1, texts(o.t("note.gaps")), styleKey{font: greyFont}); err != nil {
		return err
	}
	head := []cell{text(o.t("col.street"))}
	stds := []cell{text(o.t("col.standard"))}
	for i, it := range c.Items {
		head = append(head, text(it.Name))
		if p := st.PublishedStandard(i); p.Valid {
			stds = append(stds, score(p))
		} else {
			stds = append(stds, text(o.t("note.noStd")))
		}
	}
	head = append(head, text(o.t("col.belowCount")))
	if err := b.header(sw, 2, head); err != nil {
		return err
	}
	if err := b.row(sw, 3, stds, styleKey{bold: true}); err != nil {
		return err
	}
	r := 4
	for i := range st.Rows {
		if err := b.gapRow(sw, r, st.Rows[i]); err != nil {
			return err
		}
		r++
	}
	counts := []cell{text(o.t("row.belowCount"))}
	for i := range c.Items {
		counts = append(counts, integer(st.BelowCount(i)))
	}
	return b.row(sw, r, counts, styleKey{bold: true})
}

func (b *book) gapRow(sw *excelize.StreamWriter, r int, row *scoring.Row) error {
	c := b.st.Comp
	x := b.startRow(r)
	if err := x.add(text(c.Streets[row.Street].Name), styleKey{}); err != nil {
		return err
	}
	for i, it := range c.Items {
		var v cell
		var k styleKey
		switch {
		case !it.HasStandard:
		case !row.Items[i].Valid:
			k.fill = missFill
		default:
			v = change(row.Gaps[i])
			switch sign := row.Gaps[i].Units; {
			case sign < 0:
				k.fill, k.font = belowFill, belowFont
			case sign == 0:
				k.fill = atFill
			default:
				k.fill = aboveFill
			}
		}
		if err := x.add(v, k); err != nil {
			return err
		}
	}
	if err := x.add(integer(len(row.Below)), styleKey{bold: true}); err != nil {
		return err
	}
	return x.write(sw)
}

// problemSheet lists each street's below-standard items, largest gap
// first, streets in ranking order.
func (b *book) problemSheet(sw *excelize.StreamWriter) error {
	st, c, o := b.st, b.st.Comp, b.o
	if err := freeze(sw, 0, 1); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 4, 20); err != nil {
		return err
	}
	head := texts(o.t("col.rank"), o.t("col.street"), o.t("col.category"), o.t("col.item"),
		o.t("col.score"), o.t("col.standard"), o.t("col.gap"))
	if err := b.header(sw, 1, head); err != nil {
		return err
	}
	r := 2
	for p := range st.Rows {
		row := st.Rows[p]
		rank := text(o.t("mark.pending"))
		if row.Rank > 0 {
			rank = integer(row.Rank)
		}
		for _, i := range st.Problems(row.Street) {
			it := &c.Items[i]
			x := b.startRow(r)
			for _, v := range [...]cell{rank, text(c.Streets[row.Street].Name), text(c.Categories[it.Category].Name),
				text(it.Name), score(row.Items[i]), score(st.PublishedStandard(i))} {
				if err := x.add(v, styleKey{}); err != nil {
					return err
				}
			}
			if err := x.add(change(row.Gaps[i]), styleKey{fill: belowFill, font: belowFont}); err != nil {
				return err
			}
			if err := x.write(sw); err != nil {
				return err
			}
			r++
		}
	}
	return nil
}
