package data

import (
	"strings"
	"testing"

	"liangsaibi/i18n"
)

// validate and rank print a file's problems through ErrorLines: a file
// with a million bad numbers lists the first ones and counts the rest, and
// never echoes a huge value whole.
func TestProblemListingCapped(t *testing.T) {
	var ps Problems
	for i := range 1000 {
		ps = append(ps, Problem{File: "c.yaml", Line: i + 1, Col: 3, Msg: msgs.M("file.read", strings.Repeat("x", 1<<16))})
	}
	lines := ErrorLines(ps, i18n.Zh)
	if len(lines) != MaxListed+1 || !strings.Contains(lines[MaxListed], "还有 950 处问题") {
		t.Fatalf("%d lines, last %q", len(lines), lines[len(lines)-1])
	}
	if len(lines[0]) > 300 {
		t.Errorf("a value echoed whole: %d bytes", len(lines[0]))
	}
}
