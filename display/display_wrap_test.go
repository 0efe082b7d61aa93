package display

import (
	"strings"
	"testing"
)

func TestWrapBreaksBetweenChineseAndAtSpaces(t *testing.T) {
	cases := []struct {
		in   string
		w    int
		want []string
	}{
		{"短句", 10, []string{"短句"}},
		{"tie_break 中的“tset”不是编号，是不是“test”？", 24, []string{"tie_break 中的“tset”不是", "编号，是不是“test”？"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"one two three", 7, []string{"one two", "three"}},
		{"评分里的街道不在列表中", 8, []string{"评分里的", "街道不在", "列表中"}},
	}
	for _, c := range cases {
		got := Wrap(c.in, c.w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		for _, l := range got {
			if Width(l) > c.w {
				t.Errorf("line %q is %d cells, over %d", l, Width(l), c.w)
			}
		}
	}
}
