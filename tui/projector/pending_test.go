package projector

import (
	"strings"
	"testing"
)

// TestPendingStreetShowsProgressNoTotal: on every page the projector shows
// for the demo's unfinished street (航海西路街道, 9 of 13 items) 待评 9/13
// and never its partial total 61.68.
func TestPendingStreetShowsProgressNoTotal(t *testing.T) {
	m := demoModel(t, 120, 40, Options{})
	seen := false
	for range 8 {
		s := plain(m)
		if strings.Contains(s, "61.68") {
			t.Fatalf("the partial total 61.68 is on the big screen:\n%s", s)
		}
		for _, l := range strings.Split(s, "\n") {
			if strings.Contains(l, "航海西路街道") {
				seen = seen || strings.Contains(l, "待评 9/13")
			}
		}
		m = press(t, m, "down")
	}
	if !seen {
		t.Error("航海西路街道 was never shown with 待评 9/13")
	}
}
