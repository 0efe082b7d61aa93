package web

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	qrcode "github.com/skip2/go-qrcode"
)

// The terminal QR code is drawn in explicit colours, so it does not depend
// on the terminal's theme: every cell is '▀' with a foreground (top
// module) and a background (bottom module) of black or white, and read
// back it is the code's modules inside a white quiet zone.
func TestTerminalQRHasExplicitColours(t *testing.T) {
	const url = "http://192.168.1.20:8080/j/AAAAAAAAAAAAAAAAAAAAAAAA"
	out, err := QR(url)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := qrcode.New(url, qrcode.Low)
	q.DisableBorder = true
	bits := q.Bitmap()
	sgr := regexp.MustCompile(`^\x1b\[38;5;(\d+);48;5;(\d+)m`)
	var rows [][]bool
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		line = strings.TrimSuffix(line, "\x1b[0m")
		var top, bottom []bool
		fg, bg := -1, -1
		for line != "" {
			if m := sgr.FindStringSubmatch(line); m != nil {
				fg, _ = strconv.Atoi(m[1])
				bg, _ = strconv.Atoi(m[2])
				line = line[len(m[0]):]
				continue
			}
			if !strings.HasPrefix(line, "▀") || fg < 0 {
				t.Fatalf("a cell without explicit colours: %q", line)
			}
			for _, c := range []int{fg, bg} {
				if c != qrDark && c != qrLight {
					t.Fatalf("colour %d is neither black nor white", c)
				}
			}
			top, bottom = append(top, fg == qrDark), append(bottom, bg == qrDark)
			line = line[len("▀"):]
		}
		rows = append(rows, top, bottom)
	}
	const quiet = 2
	for y, row := range rows {
		for x, d := range row {
			by, bx := y-quiet, x-quiet
			want := by >= 0 && bx >= 0 && by < len(bits) && bx < len(bits) && bits[by][bx]
			if d != want {
				t.Fatalf("module %d,%d is %v, want %v", y, x, d, want)
			}
		}
	}
	if len(rows) < len(bits)+2*quiet {
		t.Fatalf("%d rows for %d modules and the quiet zone", len(rows), len(bits))
	}
}
