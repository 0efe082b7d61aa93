package projector

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
)

// renderPodium draws the top three: large block digits for the rank when
// the screen allows, plain lines otherwise.
func (m *Model) renderPodium(c *canvas, l *layout) {
	switch {
	case len(l.podium) == 0:
		c.center(m.sty.muted.Render(m.t("no_ranked")))
		c.blank(1)
	case l.scale == 0:
		cols := &columns{w: min(colMax, c.w-2)}
		cols.measure(m)
		for _, p := range l.podium {
			c.center(m.listRow(p, cols))
		}
		c.blank(1)
	default:
		cards := make([][]string, len(l.podium))
		for i, p := range l.podium {
			cards[i] = m.card(p, l.cardW, l.scale)
		}
		margin := c.space((c.w - l.cardW*len(cards)) / 2)
		for line := range cards[0] {
			var b strings.Builder
			b.WriteString(margin)
			for _, card := range cards {
				b.WriteString(card[line])
			}
			c.add(b.String())
		}
		c.blank(1)
	}
}

// card is one podium place: its rank in block digits, the name spaced
// out, the total with its band, the tie and the change. Every line is w
// cells wide. A place not yet revealed shows "?" and no name.
func (m *Model) card(p, w, scale int) []string {
	row := m.st.Rows[p]
	hidden := m.hidden(p)
	centre := func(s string) string { return centerIn(m.sty, s, w) }
	var lines []string
	digits, digitStyle := strconv.Itoa(row.Rank), m.sty.medal(row.Rank)
	if hidden {
		digits, digitStyle = "?", m.sty.muted
	}
	for _, g := range bigText(digits, scale) {
		lines = append(lines, centre(digitStyle.Render(g)))
	}
	lines = append(lines, centre(""))
	if hidden {
		lines = append(lines, centre(m.sty.muted.Render("· · ·")), centre(""), centre(""))
		return lines
	}
	name := streetName(m.st, row)
	if row.Rank == 1 {
		lines = append(lines, centre(m.sty.first.Render("★ "+spaced(name, w-6)+" ★")))
	} else {
		lines = append(lines, centre(m.sty.bold.Render(spaced(name, w-2))))
	}
	band, bandStyle := m.bandOf(row)
	total := bandStyle.Render(row.Total.String())
	if band != "" {
		total += m.sty.base.Render("  ") + bandStyle.Render(band)
	}
	lines = append(lines, centre(total))
	var notes []string
	if row.Tied {
		notes = append(notes, m.t("tie"))
	}
	switch ch, _ := m.change(row); {
	case ch == "":
	case !row.HasPrevious:
		notes = append(notes, m.t("new_long"))
	default:
		notes = append(notes, m.t("vs_previous", ch))
	}
	lines = append(lines, centre(m.sty.muted.Render(strings.Join(notes, "  ·  "))))
	return lines
}

// centerIn centres a styled string in w cells.
func centerIn(sty styles, s string, w int) string {
	gap := max(0, w-lipgloss.Width(s))
	return fitWidth(sty, spaces(sty, gap/2)+s, w)
}
