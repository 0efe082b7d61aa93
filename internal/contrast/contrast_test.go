package contrast

import (
	"image/color"
	"math"
	"testing"
)

func TestRatioKnownValues(t *testing.T) {
	black, white := color.Black, color.White
	grey239 := color.RGBA{0x4e, 0x4e, 0x4e, 0xff}
	for _, c := range []struct {
		a, b color.Color
		want float64
	}{{black, white, 21}, {white, white, 1}, {grey239, black, 2.52}} {
		if got := Ratio(c.a, c.b); math.Abs(got-c.want) > 0.05 {
			t.Errorf("Ratio(%v, %v) = %.2f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}
