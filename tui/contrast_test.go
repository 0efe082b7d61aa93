package tui

import (
	"image/color"
	"testing"

	"charm.land/lipgloss/v2"

	"liangsaibi/internal/contrast"
)

// Every text the dashboard draws meets WCAG AA (4.5:1) on the terminal's
// background in both themes (black for dark, white for light), and the
// selected row and active tab on their own background. Meeting rooms
// have projectors and glare.
func TestEveryTextMeetsAAContrast(t *testing.T) {
	for _, th := range []struct {
		name string
		dark bool
		p    palette
		bg   color.Color
	}{{"dark", true, darkPalette, color.Black}, {"light", false, lightPalette, color.White}} {
		fgs := map[string]color.Color{
			"text": th.p.text, "muted": th.p.muted, "accent": th.p.accent,
			"below": th.p.below, "meets": th.p.meets, "exceeds": th.p.exceeds, "missing": th.p.missing,
		}
		for i, b := range th.p.bands {
			fgs["band"+string(rune('1'+i))] = b
		}
		h := NewStyles(th.dark).Help
		for name, st := range map[string]lipgloss.Style{
			"help short key": h.ShortKey, "help short desc": h.ShortDesc, "help short separator": h.ShortSeparator,
			"help full key": h.FullKey, "help full desc": h.FullDesc, "help full separator": h.FullSeparator,
			"help ellipsis": h.Ellipsis,
		} {
			if c := st.GetForeground(); c != nil {
				if _, none := c.(lipgloss.NoColor); !none {
					fgs[name] = c
				}
			}
		}
		in := inputStyles(th.dark)
		for name, st := range map[string]lipgloss.Style{"placeholder": in.Focused.Placeholder, "prompt": in.Focused.Prompt, "blurred text": in.Blurred.Text} {
			fgs["text field "+name] = st.GetForeground()
		}
		fgs["text field cursor"] = in.Cursor.Color
		for name, fg := range fgs {
			if r := contrast.Ratio(fg, th.bg); r < contrast.AA {
				t.Errorf("%s theme: %s on the background is %.2f:1, below %.1f:1", th.name, name, r, contrast.AA)
			}
		}
		for name, bg := range map[string]color.Color{"selected row": th.p.selBg, "active tab": th.p.tabBg} {
			if r := contrast.Ratio(th.p.selFg, bg); r < contrast.AA {
				t.Errorf("%s theme: %s is %.2f:1", th.name, name, r)
			}
		}
	}
}
