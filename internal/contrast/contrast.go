// Package contrast computes the WCAG 2 contrast ratio of two colours, for
// tests that keep every text readable on a projector in a bright room.
package contrast

import (
	"image/color"
	"math"
)

// AA is the least contrast WCAG 2 asks of normal text.
const AA = 4.5

// Ratio is the contrast of a against b, from 1 (none) to 21.
func Ratio(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the relative luminance of c (sRGB).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
