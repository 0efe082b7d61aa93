package export

import (
	"strconv"
	"strings"

	"liangsaibi/trend"
)

// heatmap is the 差距 heatmap as a table: a row per street, a column per
// item with a standard, each cell the gap with ✗ (below) or ✓.
func (m *md) heatmap() {
	st, c, o := m.st, m.st.Comp, m.o
	var items []int
	for i, it := range c.Items {
		if it.HasStandard {
			items = append(items, i)
		}
	}
	if len(items) == 0 || len(st.Rows) == 0 {
		return
	}
	m.line("## " + o.t("md.heatmap"))
	m.line("")
	m.line(o.t("md.heatmapNote"))
	m.line("")
	head := []string{o.t("col.street")}
	align := []string{"---"}
	for _, i := range items {
		head = append(head, mdEscape(c.Items[i].Name))
		align = append(align, ":---:")
	}
	m.line("| " + strings.Join(head, " | ") + " |")
	m.line("| " + strings.Join(align, " | ") + " |")
	for _, row := range st.Rows {
		cells := []string{mdEscape(c.Streets[row.Street].Name)}
		for _, i := range items {
			g := row.Gaps[i]
			switch {
			case !row.Items[i].Valid || !g.Valid:
				cells = append(cells, "-")
			case g.Units < 0:
				cells = append(cells, "✗ "+g.Signed())
			default:
				cells = append(cells, "✓ "+g.Signed())
			}
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
	m.line("")
}

// trendTables are the results by round (total and rank per round), the
// most improved and declined streets and the repeated shortfalls.
func (m *md) trendTables() {
	st, c, o := m.st, m.st.Comp, m.o
	if !trend.Has(c) {
		return
	}
	t := trend.Compute(st, trendTop)
	m.line("## " + o.t("md.trend"))
	m.line("")
	head := []string{o.t("col.street")}
	align := []string{"---"}
	for k := range t.Rounds {
		head = append(head, mdEscape(t.Rounds[k]))
		align = append(align, "---:")
	}
	m.line("| " + strings.Join(head, " | ") + " |")
	m.line("| " + strings.Join(align, " | ") + " |")
	for _, row := range st.Rows {
		cells := []string{mdEscape(c.Streets[row.Street].Name)}
		for _, p := range t.Points[row.Street] {
			s := "-"
			if p.HasTotal {
				s = st.PublishDec(p.Total).String()
			}
			if p.Rank > 0 {
				s += o.Lang.Pick("（", " (#") + strconv.Itoa(p.Rank) + o.Lang.Pick("）", ")")
			}
			cells = append(cells, s)
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
	m.line("")
	moves := func(title string, ms []trend.Move) {
		if len(ms) == 0 {
			return
		}
		m.line("**" + title + "**")
		m.line("")
		m.line("| " + strings.Join([]string{o.t("col.street"), o.t("trend.from"), o.t("trend.fromRank"), o.t("trend.nowRank"), o.t("col.rankChange")}, " | ") + " |")
		m.line("| --- | --- | ---: | ---: | ---: |")
		for _, mv := range ms {
			ch := strconv.Itoa(mv.Change())
			if mv.Change() > 0 {
				ch = "+" + ch
			}
			m.line("| " + strings.Join([]string{mdEscape(c.Streets[mv.Street].Name), mdEscape(t.Rounds[mv.FromRound]),
				strconv.Itoa(mv.From), strconv.Itoa(mv.To), ch}, " | ") + " |")
		}
		m.line("")
	}
	moves(o.t("trend.improved"), t.Improved)
	moves(o.t("trend.declined"), t.Declined)
	if len(t.Repeats) > 0 {
		m.line("**" + o.t("trend.repeats") + "**")
		m.line("")
		m.line("| " + o.t("col.street") + " | " + o.t("col.item") + " | " + o.t("trend.rounds") + " |")
		m.line("| --- | --- | ---: |")
		for _, r := range t.Repeats {
			m.line("| " + mdEscape(c.Streets[r.Street].Name) + " | " + mdEscape(c.Items[r.Item].Name) + " | " + strconv.Itoa(r.Rounds) + " |")
		}
		m.line("")
	}
}
