package web

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html/template"
	"strings"

	qrcode "github.com/skip2/go-qrcode"
)

// QR draws a QR code of text for a terminal with half-block characters
// (two rows of modules per line: '▀' in the top module's colour on the
// bottom module's), in explicit black and white (xterm-256 colours 16 and
// 231, which themes leave alone) with a white quiet zone, so a phone scans
// it on a dark or a light terminal theme alike. It is about 33 cells wide
// and 17 lines high for a judge's link.
func QR(text string) (string, error) {
	q, err := qrcode.New(text, qrcode.Low)
	if err != nil {
		return "", err
	}
	q.DisableBorder = true
	bits := q.Bitmap()
	const quiet = 2
	n := len(bits)
	dark := func(y, x int) bool {
		y, x = y-quiet, x-quiet
		return y >= 0 && x >= 0 && y < n && x < n && bits[y][x]
	}
	colour := func(d bool) int {
		if d {
			return qrDark
		}
		return qrLight
	}
	var b strings.Builder
	for y := 0; y < n+2*quiet; y += 2 {
		last := [2]int{}
		for x := 0; x < n+2*quiet; x++ {
			c := [2]int{colour(dark(y, x)), colour(dark(y+1, x))}
			if c != last {
				fmt.Fprintf(&b, "\x1b[38;5;%d;48;5;%dm", c[0], c[1])
				last = c
			}
			b.WriteRune('▀')
		}
		b.WriteString("\x1b[0m\n")
	}
	return b.String(), nil
}

// The QR code's colours in the xterm 256-colour cube: pure black and white.
const qrDark, qrLight = 16, 231

// sheetCard is one judge on the printable sheet.
type sheetCard struct {
	Label string
	URL   string
	QR    template.URL // a PNG as a data: URL, made here
}

// Sheet is the printable A4 page of every judge's QR code (HTML for the
// browser's print). It holds the links' secrets: it is written to a file
// for the staff, never served.
func (s *Server) Sheet(base string) ([]byte, error) {
	var cards []sheetCard
	for _, l := range s.Links() {
		if l.Revoked {
			continue
		}
		url := base + l.Path
		png, err := qrcode.Encode(url, qrcode.Medium, 512)
		if err != nil {
			return nil, err
		}
		cards = append(cards, sheetCard{Label: msgs.T(s.opts.Lang, "sheet.judge", l.Name), URL: url,
			QR: template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png))})
	}
	var buf bytes.Buffer
	err := pages().ExecuteTemplate(&buf, "sheet.html", struct {
		T     map[string]string
		Title string
		Cards []sheetCard
	}{s.texts(), s.round.State().Comp.Title, cards})
	return buf.Bytes(), err
}
