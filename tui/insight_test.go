package tui

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"liangsaibi/data/export"
	"liangsaibi/panel"
	"liangsaibi/scoring"
)

func rankingJSON(t testing.TB, st *scoring.Standings) string {
	t.Helper()
	var b bytes.Buffer
	if err := export.WriteJSON(&b, st); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	return s[:strings.Index(s, "\"judges\"")] // the ranking: title, full mark, streets
}

// The judges' view is information only: with it on screen and its figures
// updated after each entry, the ranking is exactly the one computed without
// it, and exactly the one a fresh computation gives.
func TestRankingSameWithJudgesViewOnAndOff(t *testing.T) {
	c := demoComp(t)
	on := keys(newTestModel(c, 120, 40, 0), "7")
	off := newTestModel(c, 120, 40, 0)
	if on.ActiveTab() != TabJudges {
		t.Fatalf("7 opened tab %d", on.ActiveTab())
	}
	edits := []struct{ street, item, judge int }{{0, 0, 0}, {3, 1, 2}, {5, 4, 6}, {0, 2, 3}}
	for k, e := range edits {
		c2 := on.Competition().WithSlot(e.street, e.item, e.judge, scoring.Number(scoring.DecFromInt(int64(k+1))))
		on = send(on, StandingsChangedMsg{Comp: c2})
		_ = on.View() // the judges' view drawn after each entry
		off = send(off, StandingsChangedMsg{Comp: c2})
		if on.d.judges.Comp != c2 {
			t.Fatal("the judges' figures were not updated")
		}
		fresh := scoring.Compute(c2)
		got, want, without := rankingJSON(t, on.Standings()), rankingJSON(t, fresh), rankingJSON(t, off.Standings())
		if got != want || got != without {
			t.Fatalf("entry %d: the ranking differs with the judges' view on", k)
		}
		// The incremental figures equal a fresh computation.
		f := panel.Compute(c2)
		if !reflect.DeepEqual(on.d.judges.Judges, f.Judges) || !reflect.DeepEqual(on.d.judges.Outliers(), f.Outliers()) {
			t.Fatalf("entry %d: incremental judges' figures differ", k)
		}
	}
}

// The judges' and trend views draw at 80×24 and 200×60, in both languages,
// with the rules stated.
func TestJudgesAndTrendViewsDraw(t *testing.T) {
	c := demoComp(t)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		m := newTestModel(c, size[0], size[1], 0)
		j := screen(keys(m, "7"))
		if !strings.Contains(j, "评委一") || !strings.Contains(j, "异常分：与其他评委中位数") {
			t.Errorf("%v judges view:\n%s", size, j)
		}
		tr := screen(keys(m, "8"))
		if !strings.Contains(tr, "进步最多") || !strings.Contains(tr, "连续两轮及以上未达标") {
			t.Errorf("%v trend view:\n%s", size, tr)
		}
	}
}

// BenchmarkJudgesAfterEntry is the cost of the derived figures (judges,
// trend) after one entered score at each size: only the changed street is
// computed again (target: well under a frame).
func BenchmarkJudgesAfterEntry(b *testing.B) {
	eachScale(b, func(b *testing.B, c *scoring.Competition) {
		st := scoring.Compute(c)
		d := newDerived(st, nil, nil)
		b.ReportAllocs()
		k := 0
		for b.Loop() {
			k++
			c2 := c.WithSlot(k%len(c.Streets), 0, 0, scoring.Number(scoring.DecFromInt(int64(k%10))))
			st2 := st.Rescore(c2, k%len(c.Streets))
			_ = newExtra(st2, d)
		}
	})
}

// BenchmarkJudgesCompute is the full computation, done once at load.
func BenchmarkJudgesCompute(b *testing.B) {
	eachScale(b, func(b *testing.B, c *scoring.Competition) {
		b.ReportAllocs()
		for b.Loop() {
			_ = panel.Compute(c)
		}
	})
}
