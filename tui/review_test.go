package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liangsaibi/data/review"
	"liangsaibi/data/round"
	"liangsaibi/data/seal"
	"liangsaibi/scoring"
)

// reviewRound opens the spec example under rules.review: confirm as 甲.
func reviewRound(t *testing.T) *round.Round { return reviewRoundMode(t, "confirm") }

// reviewRoundMode opens the spec example under rules.review: mode as 甲.
func reviewRoundMode(t *testing.T, mode string) *round.Round {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"example.yaml", "example.prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "spec", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "example.yaml" {
			raw = []byte(strings.Replace(string(raw), "\nrules:", "\nrules:\n  review: "+mode, 1))
		}
		os.WriteFile(filepath.Join(dir, f), raw, 0o644)
	}
	r, err := round.Open(filepath.Join(dir, "example.yaml"), round.Options{Operator: "甲"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

func TestDashboardReviewAndSeal(t *testing.T) {
	r := reviewRound(t)
	do := func(o round.Op) {
		t.Helper()
		if _, err := r.Do(o); err != nil {
			t.Fatal(err)
		}
	}
	nine := scoring.Number(scoring.DecFromInt(9))
	// 乙 enters from a phone, 甲 at this dashboard.
	do(round.Op{Kind: round.Set, Street: 0, Item: 0, Slot: 0, Value: nine, Operator: "乙", Source: round.Source{Kind: round.Phone}})
	do(round.Op{Kind: round.Set, Street: 0, Item: 0, Slot: 1, Value: nine, Operator: "甲", Source: round.Source{Kind: round.Keyboard}})

	hs := &entryHarness{t: t, width: 120}
	hs.m = hs.feed(New(Options{Comp: r.State().Comp, Session: r}), tea_size(120, 35))
	hs.m.tab = TabEntry
	at := func(slot int) {
		hs.m.entry.show(hs.m.ctx(), cellRef{0, 0, slot})
	}
	at(0)
	if s := hs.screen(); !strings.Contains(s, "待复核 ") || !strings.Contains(s, "9?") {
		t.Fatalf("no review state on screen:\n%s", s)
	}
	hs.keys("c")
	if s := hs.screen(); !strings.Contains(s, "已复核 1 个分数") || !strings.Contains(s, "9✓") {
		t.Fatalf("after c:\n%s", s)
	}
	st := r.State()
	if c := st.Review.At(st.Comp, 0, 0, 0); c.Status != review.Confirmed || c.Checker != "甲" || c.By != "乙" {
		t.Fatalf("cell %+v", c)
	}
	at(1)
	hs.keys("c")
	if s := hs.screen(); !strings.Contains(s, "不能复核自己录入的分数") {
		t.Fatalf("confirming one's own entry:\n%s", s)
	}
	// S asks first; anything but y cancels; y with scores open is refused.
	hs.keys("S")
	if s := hs.screen(); !strings.Contains(s, "封存本轮结果？当前校验码 "+seal.Short(seal.Digest(st.Comp))) {
		t.Fatalf("S did not ask:\n%s", s)
	}
	hs.keys("n")
	if r.State().Review.Sealed() || !strings.Contains(hs.screen(), "没有封存") {
		t.Fatal("n sealed the round")
	}
	hs.keys("S", "y")
	if s := hs.screen(); r.State().Review.Sealed() || !strings.Contains(s, "复核完成后才能封存") {
		t.Fatalf("sealed with scores open:\n%s", s)
	}
	// 乙 confirms the rest; now S y seals, and the header shows the digest.
	st = r.State()
	var ops []round.Op
	for _, o := range st.Review.Open(st.Comp) {
		ops = append(ops, round.Op{Kind: round.Confirm, Street: o.Street, Item: o.Item, Slot: o.Slot, Operator: "乙"})
	}
	if _, err := r.Do(ops...); err != nil {
		t.Fatal(err)
	}
	hs.keys("S", "y")
	st = r.State()
	if !st.Review.Sealed() {
		t.Fatalf("not sealed:\n%s", hs.screen())
	}
	if s := hs.screen(); !strings.Contains(s, "已封存 校验码 "+seal.Short(st.Review.Seal.Digest)) {
		t.Fatalf("the header does not show the seal:\n%s", s)
	}
}

// TestDashboardReturnWithReason: R on another's score asks for a reason
// (typed in Chinese), Enter sends it back; the cell shows 退回 and the
// reason when selected; one's own entry and an empty reason are refused;
// the entering operator's new entry puts it back to review.
func TestDashboardReturnWithReason(t *testing.T) {
	r := reviewRound(t)
	nine := scoring.Number(scoring.DecFromInt(9))
	phone := round.Source{Kind: round.Phone}
	if _, err := r.Do(round.Op{Kind: round.Set, Street: 0, Item: 0, Slot: 0, Value: nine, Operator: "乙", Source: phone},
		round.Op{Kind: round.Set, Street: 0, Item: 0, Slot: 1, Value: nine, Operator: "甲"}); err != nil {
		t.Fatal(err)
	}
	hs := &entryHarness{t: t, width: 120}
	hs.m = hs.feed(New(Options{Comp: r.State().Comp, Session: r}), tea_size(120, 35))
	hs.m.tab = TabEntry
	hs.m.entry.show(hs.m.ctx(), cellRef{0, 0, 1})
	hs.keys("R")
	if s := hs.screen(); !strings.Contains(s, "不能退回自己录入的分数") {
		t.Fatalf("R on one's own entry:\n%s", s)
	}
	hs.m.entry.show(hs.m.ctx(), cellRef{0, 0, 0})
	hs.keys("R")
	if s := hs.screen(); !strings.Contains(s, "理由：") {
		t.Fatalf("R did not ask for a reason:\n%s", s)
	}
	hs.keys("enter")
	if s := hs.screen(); !strings.Contains(s, "请写明退回的理由") {
		t.Fatalf("an empty reason was taken:\n%s", s)
	}
	hs.typeText("与原始评分表不符")
	if s := hs.screen(); !strings.Contains(s, "与原始评分表不符") {
		t.Fatalf("the reason does not show while typed:\n%s", s)
	}
	hs.keys("enter")
	st := r.State()
	c := st.Review.At(st.Comp, 0, 0, 0)
	if c.Status != review.Returned || c.Reason != "与原始评分表不符" || c.Checker != "甲" {
		t.Fatalf("cell after the return: %+v", c)
	}
	if s := hs.screen(); !strings.Contains(s, "9!") || !strings.Contains(s, "已被 甲 退回：与原始评分表不符") {
		t.Fatalf("the returned cell and its reason do not show:\n%s", s)
	}
	// 乙 enters it again: it awaits review once more.
	ten := scoring.Number(scoring.DecFromInt(10))
	if _, err := r.Do(round.Op{Kind: round.Set, Street: 0, Item: 0, Slot: 0, Value: ten, Operator: "乙", Source: phone}); err != nil {
		t.Fatal(err)
	}
	st = r.State()
	if c := st.Review.At(st.Comp, 0, 0, 0); c.Status != review.Pending || c.By != "乙" {
		t.Fatalf("re-entered cell: %+v", c)
	}
}

// TestDashboardBlindHidesEverywhere: under rules.review: blind, a score
// another operator entered and nobody checked is left out of what every
// view gets (the standings in ctx), the header counts it, export and the
// projector refuse; once this operator enters it again it shows.
func TestDashboardBlindHidesEverywhere(t *testing.T) {
	r := reviewRoundMode(t, "blind")
	d, err := scoring.ParseDec("7.25")
	if err != nil {
		t.Fatal(err)
	}
	val := scoring.Number(d)
	phone := round.Source{Kind: round.Phone}
	// An empty slot: a score the file came with counts as a first entry.
	c0 := r.State().Comp
	S, I, K := -1, -1, -1
	for s := range c0.Streets {
		for i := range c0.Items {
			for k, v := range c0.Scores[s][i] {
				if S < 0 && v.State == scoring.Empty && c0.Items[i].Kind == scoring.Judged {
					S, I, K = s, i, k
				}
			}
		}
	}
	if S < 0 {
		t.Fatal("no empty slot in the example")
	}
	if _, err := r.Do(round.Op{Kind: round.Set, Street: S, Item: I, Slot: K, Value: val, Operator: "乙", Source: phone}); err != nil {
		t.Fatal(err)
	}
	hs := &entryHarness{t: t, width: 120}
	hs.m = hs.feed(New(Options{Comp: r.State().Comp, Session: r}), tea_size(120, 35))
	for tab := TabRankings; tab < tabCount; tab++ {
		hs.m.tab = tab
		c := hs.m.ctx()
		if got := c.st.Comp.Scores[S][I][K]; got.State != scoring.Empty {
			t.Errorf("tab %d: the standings hold the hidden score %+v", tab, got)
		}
		if tab != TabEntry && c.comp.Scores[S][I][K].State != scoring.Empty {
			t.Errorf("tab %d: the competition holds the hidden score", tab)
		}
		if s := hs.screen(); strings.Contains(s, "7.25") {
			t.Errorf("tab %d shows the hidden score:\n%s", tab, s)
		}
	}
	hs.m.tab = TabRankings
	if s := hs.screen(); !strings.Contains(s, "盲录：1 个分数对您隐藏") {
		t.Fatalf("the header does not count the hidden score:\n%s", s)
	}
	hs.keys("x")
	if s := hs.screen(); !strings.Contains(s, "盲录复核未完成") || hs.m.export.open {
		t.Fatalf("x exported with a hidden score:\n%s", s)
	}
	hs.keys("p")
	if hs.m.proj.open {
		t.Fatal("the projector opened with a hidden score")
	}
	// 甲 enters it again (the same value): checked, nothing hidden.
	if _, err := r.Do(round.Op{Kind: round.Set, Street: S, Item: I, Slot: K, Value: val, Operator: "甲"}); err != nil {
		t.Fatal(err)
	}
	if n := hs.m.hiddenScores(); n != 0 {
		t.Fatalf("%d still hidden after the second entry", n)
	}
	if got := hs.m.ctx().st.Comp.Scores[S][I][K]; got != val {
		t.Fatalf("the checked score does not show: %+v", got)
	}
}
