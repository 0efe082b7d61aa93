package sheet

import (
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// role says how a cell looks in the XLSX.
type role uint8

const (
	plain   role = iota
	label        // bold labels of the top block and the header
	meta         // ids, max, target, standard: grey
	value        // where people write
	heading      // the competition's title: bold, running on into the empty cells beside it
)

// wcell is one cell to write: text, or an exact number when num is set.
type wcell struct {
	text string
	num  bool // text is a plain decimal written as a number
	role role
}

func txt(s string, r role) wcell { return wcell{text: s, role: r} }

func dec(d scoring.Dec, r role) wcell { return wcell{text: d.String(), num: true, role: r} }

// slotCell is a slot as a sheet shows it: a number, 回避 or empty.
func slotCell(s scoring.Slot, lang i18n.Lang) wcell {
	switch s.State {
	case scoring.Scored:
		return dec(s.Value, value)
	case scoring.Recused:
		return txt(lang.Pick("回避", "recused"), value)
	}
	return txt("", value)
}

// grid is a whole sheet before it is written as CSV or XLSX.
type grid struct {
	kind Kind
	rows [][]wcell
}

func (g *grid) set(r, c int, w wcell) {
	for len(g.rows) <= r {
		g.rows = append(g.rows, nil)
	}
	for len(g.rows[r]) <= c {
		g.rows[r] = append(g.rows[r], wcell{})
	}
	g.rows[r][c] = w
}

// build lays out the sheet asked for, filled with the current values.
func build(c *scoring.Competition, req Request, lang i18n.Lang) (*grid, error) {
	t := func(key string, args ...any) string { return messages.T(lang, key, args...) }
	g := &grid{kind: req.Kind}
	g.set(0, 0, txt(t("kind."+itoa(int(req.Kind))), label))
	g.set(0, 1, txt(c.Title, heading))
	g.set(1, 0, txt(t("top.code"), label))
	g.set(1, 1, txt(Code(c, req.Kind), meta))
	note := "note.judged"
	switch req.Kind {
	case Judge:
		if req.Judge < 0 || req.Judge >= len(c.Judges) {
			return nil, errIndex
		}
		j := c.Judges[req.Judge]
		g.set(2, 0, txt(t("top.judge"), label))
		g.set(2, 1, txt(j.Name, plain))
		g.set(2, 2, txt(j.ID, meta))
	case Street:
		if req.Street < 0 || req.Street >= len(c.Streets) {
			return nil, errIndex
		}
		s := c.Streets[req.Street]
		g.set(2, 0, txt(t("top.street"), label))
		g.set(2, 1, txt(s.Name, plain))
		g.set(2, 2, txt(s.ID, meta))
	case Direct:
		note = "note.direct"
	}
	g.set(3, 0, txt(t("top.note"), label))
	g.set(3, 1, txt(t(note), plain))
	if req.Kind == Street {
		buildStreet(g, c, req.Street, t, lang)
	} else {
		buildStreets(g, c, req, t, lang)
	}
	return g, nil
}

// buildStreets is the grid of a Judge or Direct sheet: streets × items.
func buildStreets(g *grid, c *scoring.Competition, req Request, t func(string, ...any) string, lang i18n.Lang) {
	lay := layoutOf(req.Kind)
	items := columnItems(c, req.Kind)
	g.set(headerRow, 0, txt(t("grid.street"), label))
	g.set(headerRow, 1, txt(t("grid.streetId"), label))
	g.set(idRow, 0, txt(t("grid.itemIds"), meta))
	metaRows := []string{"grid.max", "grid.standard"}
	if req.Kind == Direct {
		metaRows = []string{"grid.max", "grid.target", "grid.standard"}
	}
	for k, key := range metaRows {
		g.set(idRow+1+k, 0, txt(t(key), meta))
	}
	for n, i := range items {
		col := lay.firstCol + n
		it := &c.Items[i]
		name := it.Name
		if it.Unit != "" {
			name = t("grid.withUnit", it.Name, it.Unit)
		}
		g.set(headerRow, col, txt(name, label))
		g.set(idRow, col, txt(it.ID, meta))
		for k, key := range metaRows {
			switch {
			case key == "grid.max":
				g.set(idRow+1+k, col, dec(it.Max, meta))
			case key == "grid.target" && it.Kind == scoring.Target:
				g.set(idRow+1+k, col, dec(it.Target, meta))
			case key == "grid.standard" && it.HasStandard:
				g.set(idRow+1+k, col, dec(it.Standard, meta))
			}
		}
	}
	slot := 0
	if req.Kind == Judge {
		slot = req.Judge
	}
	for s := range c.Streets {
		r := lay.dataStart + s
		g.set(r, 0, txt(c.Streets[s].Name, plain))
		g.set(r, 1, txt(c.Streets[s].ID, meta))
		for n, i := range items {
			g.set(r, lay.firstCol+n, slotCell(c.Scores[s][i][slot], lang))
		}
	}
}

// buildStreet is the grid of a Street sheet: judged items × judges.
func buildStreet(g *grid, c *scoring.Competition, street int, t func(string, ...any) string, lang i18n.Lang) {
	lay := layoutOf(Street)
	for k, key := range []string{"grid.item", "grid.itemId", "grid.max", "grid.standard"} {
		g.set(headerRow, k, txt(t(key), label))
	}
	g.set(idRow, 0, txt(t("grid.judgeIds"), meta))
	for j, jd := range c.Judges {
		g.set(headerRow, lay.firstCol+j, txt(jd.Name, label))
		g.set(idRow, lay.firstCol+j, txt(jd.ID, meta))
	}
	for n, i := range columnItems(c, Judge) {
		r := lay.dataStart + n
		it := &c.Items[i]
		g.set(r, 0, txt(it.Name, plain))
		g.set(r, 1, txt(it.ID, meta))
		g.set(r, 2, dec(it.Max, meta))
		if it.HasStandard {
			g.set(r, 3, dec(it.Standard, meta))
		}
		for j := range c.Judges {
			g.set(r, lay.firstCol+j, slotCell(c.Scores[street][i][j], lang))
		}
	}
}
