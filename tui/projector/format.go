package projector

import (
	"strings"

	"charm.land/lipgloss/v2"

	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// canvas collects the lines of one frame, each exactly w cells wide.
type canvas struct {
	w     int
	sty   styles
	lines []string
}

// add appends one line, cut or padded (with the background) to the width.
func (c *canvas) add(s string) { c.lines = append(c.lines, c.fit(s)) }

func (c *canvas) blank(n int) {
	for range n {
		c.add("")
	}
}

// center appends s centred on the line.
func (c *canvas) center(s string) {
	gap := max(0, c.w-lipgloss.Width(s))
	c.add(c.space(gap/2) + s)
}

// fit makes s exactly w cells wide; text is never cut inside a character.
func (c *canvas) fit(s string) string {
	return fitWidth(c.sty, s, c.w)
}

func (c *canvas) space(n int) string { return spaces(c.sty, n) }

// frame is the lines padded to h lines and joined.
func (c *canvas) frame(h int) string {
	for len(c.lines) < h {
		c.add("")
	}
	return strings.Join(c.lines[:h], "\n")
}

func spaces(sty styles, n int) string {
	if n <= 0 {
		return ""
	}
	return sty.base.Render(strings.Repeat(" ", n))
}

// fitWidth cuts or pads a styled string to exactly w cells.
func fitWidth(sty styles, s string, w int) string {
	if lipgloss.Width(s) > w {
		s = display.Truncate(s, w)
	}
	return s + spaces(sty, w-lipgloss.Width(s))
}

// cell renders text in style, cut to w cells and padded to w cells
// (left-aligned, or right-aligned when right is set).
func cell(st lipgloss.Style, base styles, text string, w int, right bool) string {
	if w <= 0 {
		return ""
	}
	text = display.Truncate(text, w)
	pad := spaces(base, w-display.Width(text))
	if text == "" {
		return pad
	}
	if right {
		return pad + st.Render(text)
	}
	return st.Render(text) + pad
}

// spaced puts a space between the characters of a name (林 山 寨 街 道),
// which reads better from far away, when that still fits in w cells.
func spaced(name string, w int) string {
	rs := []rune(name)
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = string(r)
	}
	if s := strings.Join(parts, " "); display.Width(s) <= w {
		return s
	}
	return display.Truncate(name, w)
}

// streetName is the street's name made safe for the terminal.
func streetName(st *scoring.Standings, row *scoring.Row) string {
	return display.Sanitize(st.Comp.Streets[row.Street].Name)
}

// change is the rank change against the previous round: ↑2, ↓1, — or 新
// (the street was not in that round); "" without a previous round.
func (m *Model) change(row *scoring.Row) (text string, style lipgloss.Style) {
	text = changeText(m.st, row, m.opts.Lang)
	switch {
	case strings.HasPrefix(text, "↑"):
		return text, m.sty.band(0, 2)
	case strings.HasPrefix(text, "↓"):
		return text, m.sty.band(1, 2)
	case !row.HasPrevious:
		return text, m.sty.accent
	}
	return text, m.sty.muted
}

func changeText(st *scoring.Standings, row *scoring.Row, lang i18n.Lang) string {
	if st.Comp.Previous == nil || !row.Complete {
		return ""
	}
	switch {
	case !row.HasPrevious:
		return catalog.T(lang, "new")
	case !row.HasRank:
		return ""
	}
	return display.Arrow(row.RankChange)
}

// bandOf is the band name of a row and its style.
func (m *Model) bandOf(row *scoring.Row) (string, lipgloss.Style) {
	b := m.st.Band(row)
	if b == nil {
		return "", m.sty.bold
	}
	return display.Sanitize(b.Name), m.sty.band(row.Band, len(m.st.Comp.Rules.Bands))
}
