// Package display prepares text for a terminal: it makes text from files
// harmless and measures, cuts and pads it by display width (a Chinese
// character takes two cells).
package display

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Sanitize makes text from outside the program safe to print: control
// characters (C0, DEL, C1) and bidirectional controls become visible
// escapes such as \x1b or <U+202E>, so a name can never move the cursor,
// set the window title or write to the clipboard. Invalid UTF-8 becomes �.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !isRealReplacement(s[i:]):
			b.WriteRune('\uFFFD')
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, `\u%04x`, r)
		case IsBidi(r):
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isRealReplacement(s string) bool { return strings.HasPrefix(s, "\uFFFD") }

func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return false
		}
		if c >= 0x80 { // look closer at non-ASCII
			for _, r := range s[i:] {
				if r == utf8.RuneError || (r >= 0x80 && r < 0xa0) || IsBidi(r) || r < 0x20 || r == 0x7f {
					return false
				}
			}
			return true
		}
	}
	return true
}

// IsBidi reports the bidirectional controls U+202A..U+202E, U+2066..U+2069
// and the marks U+200E, U+200F, U+061C.
func IsBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// IsControl reports C0, DEL and C1 control characters.
func IsControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// Width is the display width of s in cells, ignoring ANSI escapes.
func Width(s string) int { return ansi.StringWidth(s) }

// Truncate cuts s to at most w cells, ending with … when cut. It never
// cuts a character in half.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// Excerpt is s cut to at most w cells like Truncate, but quick on a text
// of megabytes: only its first bytes are measured.
func Excerpt(s string, w int) string {
	if w <= 0 || len(s) <= 4*w {
		return Truncate(s, w)
	}
	head := s[:4*w]
	for !utf8.ValidString(head) && len(head) > 3*w { // a character cut in half
		head = head[:len(head)-1]
	}
	return ansi.Truncate(head, w-1, "") + "…"
}

// PadRight truncates or pads s with spaces to exactly w cells.
func PadRight(s string, w int) string {
	s = Truncate(s, w)
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// PadLeft truncates or pads s on the left to exactly w cells.
func PadLeft(s string, w int) string {
	s = Truncate(s, w)
	return strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) + s
}

// Center truncates s to w cells and centres it.
func Center(s string, w int) string {
	s = Truncate(s, w)
	gap := max(0, w-ansi.StringWidth(s))
	return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
}

// Name is a name from a file made safe and cut to w cells.
func Name(s string, w int) string { return Truncate(Sanitize(s), w) }

// Arrow shows a change of rank: ↑2 (moved up two places), ↓1, or — for none.
func Arrow(change int) string {
	switch {
	case change > 0:
		return "↑" + strconv.Itoa(change)
	case change < 0:
		return "↓" + strconv.Itoa(-change)
	}
	return "—"
}

// Wrap breaks plain text into lines of at most w cells the way Chinese text
// is set: between any two Chinese characters, at spaces, and inside a Latin
// word only when the word alone is wider than the line.
func Wrap(s string, w int) []string {
	if w < 2 || ansi.StringWidth(s) <= w {
		return []string{s}
	}
	var lines []string
	runes := []rune(s)
	start, width, brk := 0, 0, -1 // brk: a break may come before runes[brk]
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		rw := ansi.StringWidth(string(r))
		if i > start && (r == ' ' || rw > 1 || ansi.StringWidth(string(runes[i-1])) > 1 || runes[i-1] == ' ') {
			brk = i
		}
		if width+rw > w && i > start {
			cut := i
			if brk > start {
				cut = brk
			}
			lines = append(lines, strings.TrimRight(string(runes[start:cut]), " "))
			for cut < len(runes) && runes[cut] == ' ' {
				cut++
			}
			start, brk, width = cut, -1, 0
			i = cut - 1
			continue
		}
		width += rw
	}
	if start < len(runes) {
		lines = append(lines, string(runes[start:]))
	}
	return lines
}
