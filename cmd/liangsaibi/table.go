package main

import (
	"io"
	"strconv"
	"strings"

	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// maxNameWidth caps a street name in the table, in cells.
const maxNameWidth = 24

// column is one column of the ranking table.
type column struct {
	header string // catalog key
	right  bool   // numbers are right-aligned
	cell   func(st *scoring.Standings, row *scoring.Row, l i18n.Lang) string
}

// tableColumns are the columns shown for st: the 纵向比 columns only when
// the file names a previous round.
func tableColumns(st *scoring.Standings) []column {
	cols := []column{
		{header: "col.rank", cell: rankCell},
		{header: "col.street", cell: func(st *scoring.Standings, row *scoring.Row, _ i18n.Lang) string {
			return display.Name(st.Comp.Streets[row.Street].Name, maxNameWidth)
		}},
		{header: "col.total", right: true, cell: rankedOnly(func(_ *scoring.Standings, row *scoring.Row) string {
			return row.Total.String()
		})},
		{header: "col.band", cell: func(st *scoring.Standings, row *scoring.Row, _ i18n.Lang) string {
			if b := st.Band(row); b != nil {
				return display.Name(b.Name, maxNameWidth)
			}
			return "-"
		}},
		{header: "col.gap_first", right: true, cell: rankedOnly(func(_ *scoring.Standings, row *scoring.Row) string {
			return row.GapToFirst.String()
		})},
		{header: "col.below", right: true, cell: func(_ *scoring.Standings, row *scoring.Row, _ i18n.Lang) string {
			return strconv.Itoa(len(row.Below))
		}},
	}
	if st.Comp.Previous != nil {
		cols = append(cols,
			column{header: "col.rank_change", right: true, cell: rankChangeCell},
			column{header: "col.total_change", right: true, cell: func(_ *scoring.Standings, row *scoring.Row, _ i18n.Lang) string {
				if !row.TotalChange.Valid {
					return "-"
				}
				return row.TotalChange.Signed()
			}},
		)
	}
	return cols
}

// rankedOnly shows a figure for ranked streets and "-" for the others.
func rankedOnly(f func(st *scoring.Standings, row *scoring.Row) string) func(*scoring.Standings, *scoring.Row, i18n.Lang) string {
	return func(st *scoring.Standings, row *scoring.Row, _ i18n.Lang) string {
		if row.Rank == 0 {
			return "-"
		}
		return f(st, row)
	}
}

// rankCell is the rank with its tie mark, or 待评 with the progress of an
// incomplete street.
func rankCell(st *scoring.Standings, row *scoring.Row, l i18n.Lang) string {
	switch {
	case row.Rank == 0:
		return msgs.T(l, "cell.pending", row.DoneItems, len(st.Comp.Items))
	case row.Tied:
		return msgs.T(l, "cell.tied", row.Rank)
	}
	return strconv.Itoa(row.Rank)
}

// rankChangeCell is ↑2, ↓1, — (unchanged), 新 (not in the previous round)
// or - (no rank to compare).
func rankChangeCell(_ *scoring.Standings, row *scoring.Row, l i18n.Lang) string {
	switch {
	case !row.HasPrevious:
		return msgs.T(l, "cell.new")
	case !row.HasRank:
		return "-"
	}
	return display.Arrow(row.RankChange)
}

// tableLines renders the ranking table: a title, the header, a rule, one
// line per street, and a footer. Columns are aligned by display width, so
// Chinese names (two cells a character) line up.
func tableLines(st *scoring.Standings, l i18n.Lang) []string {
	cols := tableColumns(st)
	cells := make([][]string, 0, len(st.Rows)+2)
	header := make([]string, len(cols))
	for j, c := range cols {
		header[j] = msgs.T(l, c.header)
	}
	cells = append(cells, header, nil) // nil: the rule under the header
	for i := range st.Rows {
		row := make([]string, len(cols))
		for j, c := range cols {
			row[j] = c.cell(st, st.Rows[i], l)
		}
		cells = append(cells, row)
	}

	widths := make([]int, len(cols))
	for _, row := range cells {
		for j, s := range row {
			widths[j] = max(widths[j], display.Width(s))
		}
	}

	lines := []string{title(st, l)}
	for _, row := range cells {
		parts := make([]string, len(cols))
		for j, c := range cols {
			switch {
			case row == nil:
				parts[j] = strings.Repeat("-", widths[j])
			case c.right:
				parts[j] = display.PadLeft(row[j], widths[j])
			default:
				parts[j] = display.PadRight(row[j], widths[j])
			}
		}
		lines = append(lines, strings.TrimRight(strings.Join(parts, "  "), " "))
	}
	return append(lines, footer(st, l))
}

func title(st *scoring.Standings, l i18n.Lang) string {
	c := st.Comp
	t := display.Sanitize(c.Title)
	if c.Round != "" && !strings.Contains(c.Title, c.Round) {
		t += msgs.T(l, "table.round", display.Sanitize(c.Round))
	}
	return msgs.T(l, "table.title", t)
}

func footer(st *scoring.Standings, l i18n.Lang) string {
	s := msgs.T(l, "table.footer", st.Ranked, len(st.Rows), st.FullMark.String())
	if st.Comp.Previous != nil {
		prev := st.Comp.Previous.Round
		if prev == "" {
			prev = st.Comp.Previous.Title
		}
		if prev != "" {
			s += msgs.T(l, "table.previous", display.Sanitize(prev))
		}
	}
	return s
}

// writeTable writes the ranking table as plain text: no colour, so it can
// be piped, saved or pasted into a document.
func writeTable(w io.Writer, st *scoring.Standings, l i18n.Lang) error {
	_, err := io.WriteString(w, strings.Join(tableLines(st, l), "\n")+"\n")
	return err
}
