package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"liangsaibi/display"
	"liangsaibi/scoring"
)

// fit cuts or pads a (possibly styled) line to exactly w cells, so that
// nothing of an earlier frame can remain on screen.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := lipgloss.Width(s)
	if sw > w {
		s = display.Truncate(s, w)
		sw = lipgloss.Width(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// fitLines makes exactly h lines of exactly w cells each.
func fitLines(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return out
}

// bar is a w-cell bar filled in proportion num/den (integers, no float).
func bar(num, den int64, w int) (filled, empty string) {
	if w <= 0 {
		return "", ""
	}
	n := 0
	if den > 0 && num > 0 {
		n = int((num*int64(w) + den/2) / den)
	}
	n = min(max(n, 0), w)
	return strings.Repeat("█", n), strings.Repeat("░", w-n)
}

// cols joins cells, each padded to its width (negative: right-aligned),
// separated by one space.
func cols(cells []string, widths []int) string {
	var b strings.Builder
	for i, c := range cells {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := widths[i]
		if w < 0 {
			b.WriteString(display.PadLeft(c, -w))
		} else {
			b.WriteString(display.PadRight(c, w))
		}
	}
	return b.String()
}

// pub is a published value, or "-" when missing.
func pub(p scoring.Published) string {
	if !p.Valid {
		return "-"
	}
	return p.String()
}

// signed is a published change with its sign, or "-" when missing.
func signed(p scoring.Published) string {
	if !p.Valid {
		return "-"
	}
	return p.Signed()
}

// rankText is "3", or "=3" for a tie.
func rankText(r *scoring.Row) string {
	if r.Rank == 0 {
		return "-"
	}
	s := strconv.Itoa(r.Rank)
	if r.Tied {
		return "=" + s
	}
	return s
}

// scrollTo keeps sel visible in a window of h rows starting at top.
func scrollTo(top, sel, h, n int) int {
	if h <= 0 {
		return 0
	}
	if sel < top {
		top = sel
	}
	if sel >= top+h {
		top = sel - h + 1
	}
	return max(0, min(top, n-h))
}

// listMove is where a selection in a list of n entries goes for a
// navigation key (page entries for PgUp/PgDn); ok is false for other keys.
func listMove(k *KeyMap, msg tea.KeyPressMsg, sel, n, page int) (next int, ok bool) {
	switch {
	case key.Matches(msg, k.Up):
		return clampInt(sel-1, n), true
	case key.Matches(msg, k.Down):
		return clampInt(sel+1, n), true
	case key.Matches(msg, k.PageUp):
		return clampInt(sel-page, n), true
	case key.Matches(msg, k.PageDown):
		return clampInt(sel+page, n), true
	case key.Matches(msg, k.Home):
		return 0, true
	case key.Matches(msg, k.End):
		return max(0, n-1), true
	}
	return sel, false
}

// clampInt keeps v in [0, n-1] (0 when n is 0).
func clampInt(v, n int) int {
	return max(0, min(v, n-1))
}
