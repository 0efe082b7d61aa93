package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// palette is the few colours the dashboard uses, for one background.
// Bubble Tea downsamples them to 256 or 16 colours and drops them under
// NO_COLOR, so every meaning carried by a colour is also carried by a
// symbol or a word.
type palette struct {
	text, muted, accent, tabBg color.Color
	below, meets, exceeds      color.Color
	missing                    color.Color
	selBg, selFg               color.Color
	bands                      []color.Color // best band first
}

var darkPalette = palette{
	text:    lipgloss.Color("#E4E4E7"),
	muted:   lipgloss.Color("#8B8B96"),
	accent:  lipgloss.Color("#7AA2F7"),
	tabBg:   lipgloss.Color("#3B4261"),
	below:   lipgloss.Color("#FF5F5F"),
	meets:   lipgloss.Color("#A6E3A1"),
	exceeds: lipgloss.Color("#2FBF71"),
	missing: lipgloss.Color("#7A7A84"), // 4.9:1 on black
	selBg:   lipgloss.Color("#3B4261"),
	selFg:   lipgloss.Color("#FFFFFF"),
	bands: []color.Color{
		lipgloss.Color("#2FBF71"), lipgloss.Color("#7DCFFF"),
		lipgloss.Color("#E0AF68"), lipgloss.Color("#FF9E64"), lipgloss.Color("#FF5F5F"),
	},
}

var lightPalette = palette{
	text:    lipgloss.Color("#1F1F24"),
	muted:   lipgloss.Color("#6E6E78"),
	accent:  lipgloss.Color("#1D4ED8"),
	tabBg:   lipgloss.Color("#DCE3F5"),
	below:   lipgloss.Color("#C62828"),
	meets:   lipgloss.Color("#3F8226"), // 4.7:1 on white
	exceeds: lipgloss.Color("#1B6E20"),
	missing: lipgloss.Color("#707079"), // 4.9:1 on white
	selBg:   lipgloss.Color("#DCE3F5"),
	selFg:   lipgloss.Color("#000000"),
	bands: []color.Color{
		lipgloss.Color("#1B6E20"), lipgloss.Color("#0E7490"),
		lipgloss.Color("#A16207"), lipgloss.Color("#C2410C"), lipgloss.Color("#C62828"),
	},
}

// Paint is a text style reduced to the escape codes around one line of
// text: rendering thousands of cells a frame through lipgloss.Style.Render
// costs milliseconds, a concatenation costs nothing.
type Paint struct{ pre, post string }

// paintOf captures the codes lipgloss writes around a line in style st.
func paintOf(st lipgloss.Style) Paint {
	r := st.Render("X")
	i := strings.Index(r, "X")
	if i < 0 {
		return Paint{}
	}
	return Paint{pre: r[:i], post: r[i+1:]}
}

// Render paints one line of text (no newlines).
func (p Paint) Render(strs ...string) string {
	text := strings.Join(strs, " ")
	if text == "" || p.pre == "" {
		return text
	}
	return p.pre + text + p.post
}

// Styles is every style of the dashboard, built once per background.
type Styles struct {
	Title, Subtitle, Muted, Accent Paint
	TabActive, TabInactive         Paint
	Header                         Paint // table column headers
	Selected                       Paint // the selected row or cell
	Below, Meets, Exceeds, Missing Paint
	Up, Down                       Paint // rank changes
	Error                          Paint
	Plain                          Paint
	bands                          []Paint
	Help                           help.Styles
	cursor                         color.Color // the text field's cursor
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(dark bool) *Styles {
	p := lightPalette
	if dark {
		p = darkPalette
	}
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	s := &Styles{
		Title:       paintOf(fg(p.accent).Bold(true)),
		Subtitle:    paintOf(fg(p.muted)),
		Muted:       paintOf(fg(p.muted)),
		Accent:      paintOf(fg(p.accent)),
		TabActive:   paintOf(lipgloss.NewStyle().Bold(true).Foreground(p.selFg).Background(p.tabBg)),
		TabInactive: paintOf(fg(p.muted)),
		Header:      paintOf(fg(p.muted).Bold(true)),
		Selected:    paintOf(lipgloss.NewStyle().Bold(true).Foreground(p.selFg).Background(p.selBg)),
		Below:       paintOf(fg(p.below).Bold(true)),
		Meets:       paintOf(fg(p.meets)),
		Exceeds:     paintOf(fg(p.exceeds).Bold(true)),
		Missing:     paintOf(fg(p.missing)),
		Up:          paintOf(fg(p.exceeds)),
		Down:        paintOf(fg(p.below)),
		Error:       paintOf(fg(p.below).Bold(true)),
		Help:        helpStyles(p),
		cursor:      p.text,
	}
	for _, c := range p.bands {
		s.bands = append(s.bands, paintOf(fg(c).Bold(true)))
	}
	return s
}

// Band is the style of band i of n: the best band gets the first colour,
// the worst the last, whatever the number of bands.
func (s *Styles) Band(i, n int) Paint {
	if i < 0 || n <= 0 {
		return s.Muted
	}
	last := len(s.bands) - 1
	if n == 1 {
		return s.bands[0]
	}
	return s.bands[i*last/(n-1)]
}

// helpStyles are the key hints in the palette's colours: bubbles' own
// greys (239 on black, 2.5:1) are unreadable on a projector.
func helpStyles(p palette) help.Styles {
	key := lipgloss.NewStyle().Foreground(p.text)
	desc := lipgloss.NewStyle().Foreground(p.muted)
	return help.Styles{
		Ellipsis:       desc,
		ShortKey:       key,
		ShortDesc:      desc,
		ShortSeparator: desc,
		FullKey:        key,
		FullDesc:       desc,
		FullSeparator:  desc,
	}
}

// inputStyles are a text field's styles with the palette's readable greys
// for the placeholder and the prompt, and a cursor in the text colour.
func inputStyles(dark bool) textinput.Styles {
	p := lightPalette
	if dark {
		p = darkPalette
	}
	st := textinput.DefaultStyles(dark)
	for _, s := range []*textinput.StyleState{&st.Focused, &st.Blurred} {
		s.Placeholder = lipgloss.NewStyle().Foreground(p.muted)
		s.Suggestion = lipgloss.NewStyle().Foreground(p.muted)
		s.Prompt = lipgloss.NewStyle().Foreground(p.text)
	}
	st.Blurred.Text = lipgloss.NewStyle().Foreground(p.muted)
	st.Cursor.Color = p.text
	return st
}
