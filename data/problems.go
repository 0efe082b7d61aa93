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
	file, msg := display.Sanitize(p.File), display.Sanitize(p.Msg.In(l))
	switch {
	case p.Line > 0:
		return fmt.Sprintf("%s:%d:%d: %s", file, p.Line, p.Col, msg)
	case p.File != "":
		return fmt.Sprintf("%s: %s", file, msg)
	}
	return msg
}

// Problems is every problem found in one file, in the order of the file.
// It is the error a load returns when the file is not valid.
type Problems []Problem

// Error is the problems in Chinese, one per line.
func (ps Problems) Error() string { return strings.Join(ps.Lines(i18n.Zh), "\n") }

// In is the problems in l, one per line.
func (ps Problems) In(l i18n.Lang) string { return strings.Join(ps.Lines(l), "\n") }

// Lines renders each problem in lang.
func (ps Problems) Lines(l i18n.Lang) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.In(l)
	}
	return out
}

func (p *Problem) Error() string { return p.In(i18n.Zh) }
