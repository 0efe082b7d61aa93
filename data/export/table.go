package export

import (
	"strconv"

	"liangsaibi/i18n"
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
	colStatus // 待评 9/13 for a street not fully scored, else empty
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
		text(o.t("col.rank")), text(o.t("col.tied")), text(o.t("col.status")), text(o.t("col.street")),
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

// rankingRow is one street's line: ranked streets carry rank, tie mark,
// total, band and category scores. A street not fully scored carries
// 待评 with its progress (9/13) in the status column and no total, band,
// category score or gap: the floor of a partial total would be read as a
// result. The items it has are shown.
func rankingRow(st *scoring.Standings, row *scoring.Row, o Options) []cell {
	s := &st.Comp.Streets[row.Street]
	out := make([]cell, 0, colFirstCategory+len(row.Categories)+len(row.Items)+4)
	pending := !row.Complete || row.Rank == 0
	switch {
	case pending:
		out = append(out, cell{}, cell{}, text(Progress(st, row, o.Lang)))
	case row.Tied:
		out = append(out, integer(row.Rank), text(o.t("mark.tied")), cell{})
	default:
		out = append(out, integer(row.Rank), cell{}, cell{})
	}
	out = append(out, text(s.Name), textOrEmpty(s.Group))
	if pending {
		out = append(out, cell{})
	} else {
		out = append(out, score(row.Total))
	}
	if b := st.Band(row); b != nil && !pending {
		out = append(out, text(b.Name))
	} else {
		out = append(out, cell{})
	}
	for _, p := range row.Categories {
		if pending {
			p = scoring.Published{}
		}
		out = append(out, score(p))
	}
	for _, p := range row.Items {
		out = append(out, score(p))
	}
	gap := row.GapToFirst
	if pending {
		gap = scoring.Published{}
	}
	out = append(out, score(gap), integer(len(row.Below)))
	if row.HasRankChange() && !pending {
		rc := integer(row.RankChange)
		rc.signed = true
		out = append(out, rc)
	} else {
		out = append(out, cell{})
	}
	tc := row.TotalChange
	if pending {
		tc = scoring.Published{}
	}
	return append(out, change(tc))
}

// Progress is the status of a street not fully scored, 待评 9/13 (items
// complete / all items): the one way every output shows such a street.
func Progress(st *scoring.Standings, row *scoring.Row, lang i18n.Lang) string {
	return messages.T(lang, "mark.progress", row.DoneItems, len(st.Comp.Items))
}

func textOrEmpty(s string) cell {
	if s == "" {
		return cell{}
	}
	return text(s)
}
