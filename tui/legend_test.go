package tui

import (
	"strings"
	"testing"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// The ranking legend explains only the marks on the list.
func TestRankingLegendShowsOnlyWhatIsThere(t *testing.T) {
	full := testComp()
	bare := testComp()
	bare.Previous = nil
	bare.Scores[13][4][5] = scoring.Slot{State: scoring.Scored, Value: dec("7")}
	for _, tc := range []struct {
		name      string
		c         *scoring.Competition
		want, not []string
	}{
		{"previous round, one pending", full, []string{"= 并列", "↑↓ 较上轮", "新 上轮没有", "待评 尚未评完"}, nil},
		{"first round, all complete", bare, []string{"= 并列"}, []string{"↑↓", "上轮", "待评"}},
	} {
		m := newTestModel(tc.c, 160, 40, i18n.Zh)
		lines := strings.Split(screen(m), "\n")
		legend := ""
		for _, l := range lines {
			if strings.Contains(l, "= 并列") {
				legend = l
			}
		}
		for _, w := range tc.want {
			if !strings.Contains(legend, w) {
				t.Errorf("%s: the legend %q lacks %q", tc.name, legend, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(legend, w) {
				t.Errorf("%s: the legend %q explains %q, which is not on screen", tc.name, legend, w)
			}
		}
	}
}
