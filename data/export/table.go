package export

import (
	"strconv"

	"liangsaibi/scoring"
)

// cellKind says whether a cell is text (neutralised on output) or a number
// (written as the exact published string, never neutralised).
type cellKind uint8

const (
	emptyCell cellKind = iota
	textCell
	scoreCell // a scoring.Published
	intCell   // a whole number such as a rank or a count
)

// cell is one value of an exported table, before it is written in a format.
type cell struct {
	kind   cellKind
	text   string
	score  scoring.Published
	n      int
	signed bool // a change: positive values carry a "+"
}

func text(s string) cell { return cell{kind: textCell, text: s} }

func score(p scoring.Published) cell {
	if !p.Valid {
		return cell{}
	}
	return cell{kind: scoreCell, score: p}
}

func change(p scoring.Published) cell {
	c := score(p)
	c.signed = true
	return c
}

func integer(n int) cell { return cell{kind: intCell, n: n} }

// String is the cell as written in a CSV: numbers exactly as published,
// text neutralised against formula injection.
func (c cell) String() string {
	switch c.kind {
	case textCell:
		return Neutralize(c.text)
	case scoreCell:
		if c.signed {
			return c.score.Signed()
		}
		return c.score.String()
	case intCell:
		s := strconv.Itoa(c.n)
		if c.signed && c.n > 0 {
			s = "+" + s
		}
		return s
	}
	return ""
}

// Columns of the ranking table that hold text, so that tests and readers
// know which cells were neutralised.
const (
	colRank = iota
	colTied
	colStreet
	colGroup
	colTotal
	colBand
	colFirstCategory // then categories, items, and the four closing columns
)

// rankingHeader is the header of the ranking table: fixed columns, each
// category and each item by name, then the comparison columns.
func rankingHeader(st *scoring.Standings, o Options) []cell {
	c := st.Comp
	h := []cell{
		text(o.t("col.rank")), text(o.t("col.tied")), text(o.t("col.street")),
		text(o.t("col.group")), text(o.t("col.total")), text(o.t("col.band")),
	}
	for _, cat := range c.Categories {
		h = append(h, text(cat.Name))
	}
	for _, it := range c.Items {
		h = append(h, text(it.Name))
	}
	return append(h, text(o.t("col.gapToFirst")), text(o.t("col.belowCount")),
		text(o.t("col.rankChange")), text(o.t("col.totalChange")))
}

// rankingRow is one street's line: ranked streets carry rank, tie mark and
// band; incomplete ones carry the 待评 mark in the tie column instead.
func rankingRow(st *scoring.Standings, row *scoring.Row, o Options) []cell {
	s := &st.Comp.Streets[row.Street]
	out := make([]cell, 0, colFirstCategory+len(row.Categories)+len(row.Items)+4)
	switch {
	case row.Rank == 0:
		out = append(out, cell{}, text(o.t("mark.pending")))
	case row.Tied:
		out = append(out, integer(row.Rank), text(o.t("mark.tied")))
	default:
		out = append(out, integer(row.Rank), cell{})
	}
	out = append(out, text(s.Name), textOrEmpty(s.Group), score(row.Total))
	if b := st.Band(row); b != nil {
		out = append(out, text(b.Name))
	} else {
		out = append(out, cell{})
	}
	for _, p := range row.Categories {
		out = append(out, score(p))
	}
	for _, p := range row.Items {
		out = append(out, score(p))
	}
	out = append(out, score(row.GapToFirst), integer(len(row.Below)))
	if row.HasRankChange() {
		rc := integer(row.RankChange)
		rc.signed = true
		out = append(out, rc)
	} else {
		out = append(out, cell{})
	}
	return append(out, change(row.TotalChange))
}

func textOrEmpty(s string) cell {
	if s == "" {
		return cell{}
	}
	return text(s)
}
