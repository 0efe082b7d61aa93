package data

import (
	"fmt"
	"strings"

	"liangsaibi/display"
	"liangsaibi/i18n"
)

// Problem is one thing wrong with a file, at a line and column (1-based;
// 0 when the problem concerns the whole file).
type Problem struct {
	File string
	Line int
	Col  int
	Msg  i18n.Message
}

// In renders the problem as FILE:LINE:COL: message in lang. The file name
// and the message (which may echo the file's text) are sanitized: a file
// called "\x1b]0;x\x07.yaml" must not set the terminal's title.
func (p Problem) In(l i18n.Lang) string {
	m := p.Msg
	m.Args = Echo(m.Args)
	file, msg := display.Sanitize(p.File), display.Sanitize(m.In(l))
	switch {
	case p.Line > 0:
		return fmt.Sprintf("%s:%d:%d: %s", file, p.Line, p.Col, msg)
	case p.File != "":
		return fmt.Sprintf("%s: %s", file, msg)
	}
	return msg
}

// ProblemList is every problem found, in the order found: the error a
// check returns when a file is not valid. A competition file (Problem) and
// a judge's sheet (sheet.Problem) say where a problem is differently, so
// the list holds anything that renders itself.
type ProblemList[P interface{ In(i18n.Lang) string }] []P

// Problems is every problem found in one competition file, in the order
// of the file. It is the error a load returns when the file is not valid.
type Problems = ProblemList[Problem]

// Error is the problems in Chinese, one per line.
func (ps ProblemList[P]) Error() string { return strings.Join(ps.Lines(i18n.Zh), "\n") }

// In is the problems in l, one per line.
func (ps ProblemList[P]) In(l i18n.Lang) string { return strings.Join(ps.Lines(l), "\n") }

// MaxListed is how many problems a list shows: a file with a million bad
// cells must not print a million lines; the rest are counted.
const MaxListed = 50

// EchoWidth is the most display cells of a file's text a message echoes: a
// 15 MB cell is shown as its first few characters and "…".
const EchoWidth = 40

// Lines renders the first MaxListed problems in lang, then, when there are
// more, one line that counts the rest.
func (ps ProblemList[P]) Lines(l i18n.Lang) []string {
	n := min(len(ps), MaxListed)
	out := make([]string, n, n+1)
	for i, p := range ps[:n] {
		out[i] = p.In(l)
	}
	if more := len(ps) - n; more > 0 {
		out = append(out, msgs.M("problems.more", more).In(l))
	}
	return out
}

// Echo is the text a message echoes from a file: every string argument cut
// to EchoWidth display cells.
func Echo(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if s, ok := a.(string); ok {
			a = display.Excerpt(s, EchoWidth)
		}
		out[i] = a
	}
	return out
}
