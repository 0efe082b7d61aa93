package data

import (
	"errors"
	"fmt"
	"testing"
)

// Issue 17: a NUL or ESC byte inside a comment gave a syntax error with no
// line and column. Every character YAML refuses is reported where it is.
func TestControlCharacterHasPlace(t *testing.T) {
	for _, tc := range []struct {
		text      string
		line, col int
	}{
		{"version: 1 # a\x00b\ntitle: t\n", 1, 15},
		{"version: 1\n# 注释\x1b[2J\ntitle: t\n", 2, 5},
		{"version: 1\ntitle: \"标题\x7f\"\n", 2, 11},
		{"version: 1\ntitle: t\u0086\n", 2, 9},
		{"version: 1\r\ntitle: t\x01\r\n", 2, 9},
	} {
		_, err := Load("c.yaml", []byte(tc.text), Options{})
		var ps Problems
		if !errors.As(err, &ps) || len(ps) != 1 {
			t.Fatalf("%q: want one problem, got %v", tc.text, err)
		}
		if p := ps[0]; p.Line != tc.line || p.Col != tc.col || p.Msg.Key != "yaml.control" {
			t.Errorf("%q: got %s, want %d:%d yaml.control", tc.text, p.In(0), tc.line, tc.col)
		}
	}
	// Characters YAML allows are not refused by the check.
	for _, r := range []rune{'\t', 0x85, 0xa0, 0xfeff, 0x1f600} {
		if ps := controlProblem("c.yaml", []byte(fmt.Sprintf("title: a%cb\n", r))); ps != nil {
			t.Errorf("U+%04X refused: %v", r, ps)
		}
	}
}
