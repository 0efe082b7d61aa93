package projector

import "strings"

// glyphRows is the height of the block font.
const glyphRows = 5

// glyphs is a built-in 5×5 block font for ranks: 0-9 and "?" for a rank
// not yet revealed. Only █ and spaces, so any terminal font draws it.
var glyphs = map[rune][glyphRows]string{
	'0': {" ███ ", "█   █", "█   █", "█   █", " ███ "},
	'1': {"  █  ", " ██  ", "  █  ", "  █  ", " ███ "},
	'2': {"████ ", "    █", " ███ ", "█    ", "█████"},
	'3': {"████ ", "    █", " ███ ", "    █", "████ "},
	'4': {"█   █", "█   █", "█████", "    █", "    █"},
	'5': {"█████", "█    ", "████ ", "    █", "████ "},
	'6': {" ███ ", "█    ", "████ ", "█   █", " ███ "},
	'7': {"█████", "    █", "   █ ", "  █  ", "  █  "},
	'8': {" ███ ", "█   █", " ███ ", "█   █", " ███ "},
	'9': {" ███ ", "█   █", " ████", "    █", " ███ "},
	'?': {" ███ ", "█   █", "  ██ ", "     ", "  █  "},
}

// glyphWidth is the width of one glyph before scaling.
const glyphWidth = 5

// bigText draws s in the block font, each cell scaled by scale (1 or 2)
// in both directions, one space between glyphs. Characters without a
// glyph are skipped. Every returned line has the same width.
func bigText(s string, scale int) []string {
	scale = max(1, scale)
	var rs []rune
	for _, r := range s {
		if _, ok := glyphs[r]; ok {
			rs = append(rs, r)
		}
	}
	lines := make([]string, 0, glyphRows*scale)
	for row := range glyphRows {
		var b strings.Builder
		for i, r := range rs {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", scale))
			}
			for _, c := range glyphs[r][row] {
				b.WriteString(strings.Repeat(string(c), scale))
			}
		}
		for range scale {
			lines = append(lines, b.String())
		}
	}
	return lines
}
