package projector

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Theme is the projector's colour scheme. Both are high contrast; every
// meaning carried by a colour is also carried by a word or a symbol, so the
// screen reads the same in 16 colours and under NO_COLOR.
type Theme uint8

const (
	// Dark is light text on a black background (the default).
	Dark Theme = iota
	// Light is dark text on a white background, for bright rooms.
	Light
)

// next is the other theme, for the `t` key.
func (t Theme) next() Theme {
	if t == Dark {
		return Light
	}
	return Dark
}

// palette is the few colours of one theme. Colours are chosen so that
// their 16-colour approximations keep the contrast.
type palette struct {
	bg, text, muted, accent, warn color.Color
	medals                        [3]color.Color // ranks 1, 2, 3
	bands                         []color.Color  // best band first
}

var darkPalette = palette{
	bg:     lipgloss.Color("#000000"),
	text:   lipgloss.Color("#FFFFFF"),
	muted:  lipgloss.Color("#A0A0A0"),
	accent: lipgloss.Color("#5FD7FF"),
	warn:   lipgloss.Color("#FFD75F"),
	medals: [3]color.Color{lipgloss.Color("#FFD700"), lipgloss.Color("#E0E0E0"), lipgloss.Color("#FF8700")},
	bands: []color.Color{
		lipgloss.Color("#5FFF5F"), lipgloss.Color("#5FD7FF"),
		lipgloss.Color("#FFFF5F"), lipgloss.Color("#FF5F5F"),
	},
}

var lightPalette = palette{
	bg:     lipgloss.Color("#FFFFFF"),
	text:   lipgloss.Color("#000000"),
	muted:  lipgloss.Color("#4E4E4E"),
	accent: lipgloss.Color("#0000AF"),
	warn:   lipgloss.Color("#AF5F00"),
	medals: [3]color.Color{lipgloss.Color("#AF5F00"), lipgloss.Color("#444444"), lipgloss.Color("#870000")},
	bands: []color.Color{
		lipgloss.Color("#005F00"), lipgloss.Color("#00008F"),
		lipgloss.Color("#875F00"), lipgloss.Color("#AF0000"),
	},
}

// styles are built once per theme. Every style carries the background so
// that the whole screen is painted even where the terminal ignores a
// request to change its own background.
type styles struct {
	pal                       palette
	base, bold, muted, accent lipgloss.Style
	warn, title, first        lipgloss.Style
}

func newStyles(t Theme) styles {
	pal := darkPalette
	if t == Light {
		pal = lightPalette
	}
	base := lipgloss.NewStyle().Background(pal.bg).Foreground(pal.text)
	return styles{
		pal:    pal,
		base:   base,
		bold:   base.Bold(true),
		muted:  base.Foreground(pal.muted),
		accent: base.Foreground(pal.accent).Bold(true),
		warn:   base.Foreground(pal.warn),
		title:  base.Bold(true),
		first:  base.Foreground(pal.medals[0]).Bold(true),
	}
}

// medal is the style of a podium rank (1-based).
func (s styles) medal(rank int) lipgloss.Style {
	if rank < 1 || rank > 3 {
		return s.bold
	}
	return s.base.Foreground(s.pal.medals[rank-1]).Bold(true)
}

// band is the style of the band with index i of n; -1 is no band.
// The colour ramps from the best band to the worst whatever n is.
func (s styles) band(i, n int) lipgloss.Style {
	if i < 0 || n <= 0 {
		return s.bold
	}
	k := len(s.pal.bands)
	idx := i
	if n > 1 {
		idx = i * (k - 1) / (n - 1)
	}
	return s.base.Foreground(s.pal.bands[min(idx, k-1)]).Bold(true)
}
