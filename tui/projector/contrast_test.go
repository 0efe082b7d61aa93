package projector

import (
	"image/color"
	"testing"

	"liangsaibi/internal/contrast"
)

// Every text of both projector themes meets WCAG AA (4.5:1) on the
// theme's own background: the big screen is read from the back of a
// bright room.
func TestProjectorThemesMeetAAContrast(t *testing.T) {
	for _, th := range []struct {
		name string
		p    palette
	}{{"dark", darkPalette}, {"light", lightPalette}} {
		check := func(name string, c color.Color) {
			if r := contrast.Ratio(c, th.p.bg); r < contrast.AA {
				t.Errorf("%s theme: %s is %.2f:1 on the background, below %.1f:1", th.name, name, r, contrast.AA)
			}
		}
		check("text", th.p.text)
		check("muted", th.p.muted)
		check("accent", th.p.accent)
		check("warn", th.p.warn)
		for i, c := range th.p.medals {
			check("medal "+string(rune('1'+i)), c)
		}
		for i, c := range th.p.bands {
			check("band "+string(rune('1'+i)), c)
		}
	}
}
