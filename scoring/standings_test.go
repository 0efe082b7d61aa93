package scoring

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// totals makes one street per total on a one-item, one-judge competition.
func totals(t *testing.T, rules Rules, values ...string) *Competition {
	t.Helper()
	var ids []string
	for i := range values {
		ids = append(ids, string(rune('A'+i)))
	}
	c := oneItem(t, rules, 1, ids...)
	for i, v := range values {
		set(t, c, ids[i], "x", v)
	}
	return c
}

type rankWant struct {
	id   string
	rank int
	tied bool
}

func checkRanks(t *testing.T, st *Standings, want []rankWant) {
	t.Helper()
	var got []rankWant
	for _, r := range st.Rows {
		got = append(got, rankWant{st.Comp.Streets[r.Street].ID, r.Rank, r.Tied})
	}
	if !slices.Equal(got, want) {
		t.Errorf("ranking\n got %v\nwant %v", got, want)
	}
}

func TestSharedRanks(t *testing.T) {
	st := Compute(totals(t, DefaultRules(), "70", "80", "90", "80"))
	checkRanks(t, st, []rankWant{{"C", 1, false}, {"B", 2, true}, {"D", 2, true}, {"A", 4, false}})
	if got := pubStr(rowOf(t, st, "A").GapToFirst); got != "20.00" {
		t.Errorf("gap to first %s", got)
	}
	if got := pubStr(rowOf(t, st, "C").GapToFirst); got != "0.00" {
		t.Errorf("leader's gap to first %s", got)
	}
	// three-way tie at the top
	checkRanks(t, Compute(totals(t, DefaultRules(), "5", "5", "5", "4")),
		[]rankWant{{"A", 1, true}, {"B", 1, true}, {"C", 1, true}, {"D", 4, false}})
}

func TestTiesOnlyAfterRounding(t *testing.T) {
	r := DefaultRules()
	r.Decimals = 0
	// 80.4 and 80.2 both publish as 80: equal, tied, file order kept.
	checkRanks(t, Compute(totals(t, r, "80.2", "80.4", "81")),
		[]rankWant{{"C", 1, false}, {"A", 2, true}, {"B", 2, true}})
	// With two decimals they differ.
	checkRanks(t, Compute(totals(t, DefaultRules(), "80.2", "80.4", "81")),
		[]rankWant{{"C", 1, false}, {"B", 2, false}, {"A", 3, false}})
	// Exact means differ below the published digits: (8+8.01)/2 = 8.005 → 8.01
	// under half_up, the same as 8.01 itself.
	c := oneItem(t, DefaultRules(), 2, "P", "Q")
	set(t, c, "P", "x", "8", "8.01")
	set(t, c, "Q", "x", "8.01", "8.01")
	checkRanks(t, Compute(c), []rankWant{{"P", 1, true}, {"Q", 1, true}})
	r.Decimals, r.Rounding = 2, HalfEven // 8.005 → 8.00 under half_even
	c.Rules = r
	checkRanks(t, Compute(c), []rankWant{{"Q", 1, false}, {"P", 2, false}})
}

// tieComp has equal totals for all three streets, differing by category
// and by item so that tie-break chains can be tested.
func tieComp(t *testing.T, tieBreak ...string) *Competition {
	r := DefaultRules()
	r.TieBreak = tieBreak
	c := build(t, r, 1, []catSpec{
		{id: "show", weight: "50", items: []itemSpec{{id: "show.a", max: "10"}, {id: "show.b", max: "10"}}},
		{id: "test", weight: "50", items: []itemSpec{{id: "test.p", kind: Direct, max: "100"}}},
	}, "s1", "s2", "s3")
	// s1: show 40 (8+8), test 40 → 80; s2: show 30 (10+2), test 50 → 80;
	// s3: show 40 (6+10), test 40 → 80.
	set(t, c, "s1", "show.a", "8")
	set(t, c, "s1", "show.b", "8")
	set(t, c, "s1", "test.p", "80")
	set(t, c, "s2", "show.a", "10")
	set(t, c, "s2", "show.b", "2")
	set(t, c, "s2", "test.p", "100")
	set(t, c, "s3", "show.a", "6")
	set(t, c, "s3", "show.b", "10")
	set(t, c, "s3", "test.p", "80")
	return c
}

func TestTieBreak(t *testing.T) {
	tests := []struct {
		chain []string
		want  []rankWant
	}{
		{nil, []rankWant{{"s1", 1, true}, {"s2", 1, true}, {"s3", 1, true}}},
		{[]string{"test"}, []rankWant{{"s2", 1, false}, {"s1", 2, true}, {"s3", 2, true}}},
		{[]string{"show"}, []rankWant{{"s1", 1, true}, {"s3", 1, true}, {"s2", 3, false}}},
		{[]string{"show", "show.a"}, []rankWant{{"s1", 1, false}, {"s3", 2, false}, {"s2", 3, false}}},
		{[]string{"show", "show.b"}, []rankWant{{"s3", 1, false}, {"s1", 2, false}, {"s2", 3, false}}},
		{[]string{"show.a"}, []rankWant{{"s2", 1, false}, {"s1", 2, false}, {"s3", 3, false}}},
		{[]string{"test", "show.b"}, []rankWant{{"s2", 1, false}, {"s3", 2, false}, {"s1", 3, false}}},
	}
	for _, tt := range tests {
		st := Compute(tieComp(t, tt.chain...))
		for _, r := range st.Rows {
			if pubStr(r.Total) != "80.00" {
				t.Fatalf("setup: total %s", pubStr(r.Total))
			}
		}
		t.Run("chain="+strings.Join(tt.chain, ","), func(t *testing.T) {
			checkRanks(t, st, tt.want)
		})
	}
}

func TestBands(t *testing.T) {
	r := DefaultRules()
	r.Bands = []Band{{"好", dec(t, "90")}, {"较好", dec(t, "80")}, {"一般", dec(t, "60")}}
	c := totals(t, r, "95", "90", "89.99", "80", "60", "59.99")
	st := Compute(c)
	want := map[string]string{"A": "好", "B": "好", "C": "较好", "D": "较好", "E": "一般", "F": ""}
	for id, w := range want {
		got := ""
		if b := st.Band(rowOf(t, st, id)); b != nil {
			got = b.Name
		}
		if got != w {
			t.Errorf("%s band %q, want %q", id, got, w)
		}
	}
	// The band is decided on the published total: 89.995 → 90.00 → 好.
	r.Decimals = 2
	c2 := oneItem(t, r, 2, "X")
	set(t, c2, "X", "x", "89.99", "90")
	if b := Compute(c2).Band(Compute(c2).Rows[0]); b == nil || b.Name != "好" {
		t.Errorf("89.995 published 90.00 should be 好, got %v", b)
	}
	// An incomplete street gets no band.
	c3 := oneItem(t, r, 2, "Y")
	set(t, c3, "Y", "x", "100", "~")
	if got := Compute(c3).Rows[0].Band; got != -1 {
		t.Errorf("incomplete street band %d", got)
	}
}

func gapComp(t *testing.T) *Competition {
	c := build(t, DefaultRules(), 2, []catSpec{
		{id: "a", weight: "50", items: []itemSpec{
			{id: "a1", max: "20", std: "16"},
			{id: "a2", max: "10", std: "8"},
			{id: "a3", max: "10", std: "6"},
		}},
		{id: "b", weight: "50", items: []itemSpec{
			{id: "b1", kind: Direct, max: "100", std: "80"},
			{id: "b2", kind: Direct, max: "100"},
		}},
	}, "ok", "weak", "partial")
	fill := func(s, a1, a2, a3, b1, b2 string) {
		set(t, c, s, "a1", a1, a1)
		set(t, c, s, "a2", a2, a2)
		set(t, c, s, "a3", a3, a3)
		set(t, c, s, "b1", b1)
		set(t, c, s, "b2", b2)
	}
	fill("ok", "16", "9", "6", "80", "10")
	fill("weak", "15", "5", "6", "79.5", "10")
	fill("partial", "12", "8", "6", "~", "10")
	set(t, c, "partial", "a3", "~", "~")
	return c
}

func TestGapsAndBelowStandard(t *testing.T) {
	st := Compute(gapComp(t))
	ok, weak, partial := rowOf(t, st, "ok"), rowOf(t, st, "weak"), rowOf(t, st, "partial")
	if len(ok.Below) != 0 || pubStr(ok.Gaps[0]) != "0.00" || pubStr(ok.Gaps[1]) != "1.00" {
		t.Errorf("ok: below %v gaps %s %s", ok.Below, pubStr(ok.Gaps[0]), pubStr(ok.Gaps[1]))
	}
	if ok.Gaps[4].Valid {
		t.Error("an item without a standard has no gap")
	}
	if !slices.Equal(weak.Below, []int{0, 1, 3}) {
		t.Errorf("weak below %v, want [0 1 3]", weak.Below)
	}
	if pubStr(weak.Gaps[0]) != "-1.00" || pubStr(weak.Gaps[1]) != "-3.00" || pubStr(weak.Gaps[3]) != "-0.50" {
		t.Errorf("weak gaps %s %s %s", pubStr(weak.Gaps[0]), pubStr(weak.Gaps[1]), pubStr(weak.Gaps[3]))
	}
	// Problems: largest shortfall first: a2 (−3), a1 (−1), b1 (−0.5).
	if got := st.Problems(st.Comp.FindStreet("weak")); !slices.Equal(got, []int{1, 0, 3}) {
		t.Errorf("problems %v, want [1 0 3]", got)
	}
	// An incomplete street is below standard on the items it has.
	if partial.Complete || !slices.Equal(partial.Below, []int{0}) {
		t.Errorf("partial: complete %v below %v", partial.Complete, partial.Below)
	}
	if partial.Gaps[2].Valid || partial.Gaps[3].Valid {
		t.Error("missing items have no gap")
	}
	if got := st.BelowCount(0); got != 2 {
		t.Errorf("below count of a1 = %d, want 2", got)
	}
	// Category standard: 50 × (16+8+6)/40 = 37.5; b lacks a standard on b2.
	if got := pubStr(st.CategoryStandard(0)); got != "37.50" {
		t.Errorf("category standard a = %s", got)
	}
	if st.CategoryStandard(1).Valid {
		t.Error("category b has an item without a standard: no category standard")
	}
	if got := pubStr(st.PublishedStandard(3)); got != "80.00" {
		t.Errorf("published standard %s", got)
	}
	if st.PublishedStandard(4).Valid {
		t.Error("b2 has no standard")
	}
}

// Problems with equal gaps keep file order.
func TestProblemsStableOrder(t *testing.T) {
	c := build(t, DefaultRules(), 1, []catSpec{{id: "c", weight: "10", items: []itemSpec{
		{id: "i1", max: "10", std: "5"}, {id: "i2", max: "10", std: "8"}, {id: "i3", max: "10", std: "5"},
	}}}, "s")
	set(t, c, "s", "i1", "4")
	set(t, c, "s", "i2", "7")
	set(t, c, "s", "i3", "3")
	if got := Compute(c).Problems(0); !slices.Equal(got, []int{2, 0, 1}) {
		t.Errorf("problems %v, want [2 0 1]", got)
	}
}

func TestItemRank(t *testing.T) {
	c := totals(t, DefaultRules(), "70", "90", "70", "~")
	st := Compute(c)
	tests := []struct{ street, rank, of int }{{0, 2, 3}, {1, 1, 3}, {2, 2, 3}, {3, 0, 3}}
	for _, tt := range tests {
		if r, of := st.ItemRank(tt.street, 0); r != tt.rank || of != tt.of {
			t.Errorf("street %d: item rank %d of %d, want %d of %d", tt.street, r, of, tt.rank, tt.of)
		}
	}
}

func TestPreviousRound(t *testing.T) {
	c := totals(t, DefaultRules(), "90", "80", "70", "~", "60")
	c.Previous = &PreviousRound{ByStreet: map[string]PreviousStanding{
		"A": {Rank: 3, Total: dec(t, "85.555"), HasTotal: true}, // moved up 2
		"B": {Rank: 1, Total: dec(t, "80"), HasTotal: true},     // down 1, no change
		"C": {Rank: 0, Total: dec(t, "71"), HasTotal: true},     // no previous rank
		"D": {Rank: 2, Total: dec(t, "50"), HasTotal: true},     // incomplete now
		// E absent from the previous round
	}}
	st := Compute(c)
	type want struct {
		hasPrev   bool
		hasRank   bool
		change    int
		totalDiff string
	}
	wants := map[string]want{
		"A": {true, true, 2, "+4.45"}, // 90.00 − 85.555 = 4.445 → 4.45
		"B": {true, true, -1, "0.00"},
		"C": {true, false, 0, "-1.00"},
		"D": {true, false, 0, ""},
		"E": {false, false, 0, ""},
	}
	for id, w := range wants {
		r := rowOf(t, st, id)
		if r.HasPrevious != w.hasPrev || r.HasRankChange() != w.hasRank || r.RankChange != w.change || r.TotalChange.Signed() != w.totalDiff {
			t.Errorf("%s: prev %v rank %v change %d total %q, want %+v", id, r.HasPrevious, r.HasRankChange(), r.RankChange, r.TotalChange.Signed(), w)
		}
	}
	// Previous with a rank but no total.
	c.Previous.ByStreet["A"] = PreviousStanding{Rank: 1}
	if r := rowOf(t, Compute(c), "A"); r.TotalChange.Valid || !r.HasRankChange() || r.RankChange != 0 {
		t.Errorf("A without previous total: %+v", r)
	}
	// No previous round at all.
	c.Previous = nil
	if r := rowOf(t, Compute(c), "A"); r.HasPrevious || r.HasRankChange() || r.TotalChange.Valid {
		t.Error("no previous round, yet a change is shown")
	}
}

func sameStandings(t *testing.T, got, want *Standings) {
	t.Helper()
	if got.Ranked != want.Ranked || got.FullMark != want.FullMark {
		t.Errorf("ranked %d/%d full mark %v/%v", got.Ranked, want.Ranked, got.FullMark, want.FullMark)
	}
	if !reflect.DeepEqual(got.Rows, want.Rows) {
		for i := range want.Rows {
			if i < len(got.Rows) && !reflect.DeepEqual(got.Rows[i], want.Rows[i]) {
				t.Errorf("row %d\n got %+v\nwant %+v", i, got.Rows[i], want.Rows[i])
			}
		}
		t.FailNow()
	}
	for s := range want.Comp.Streets {
		if got.Position(s) != want.Position(s) {
			t.Errorf("position of %d: %d, want %d", s, got.Position(s), want.Position(s))
		}
	}
}

func TestRescoreEqualsCompute(t *testing.T) {
	c := gapComp(t)
	st := Compute(c)
	edits := []struct {
		street, item, slot int
		v                  Slot
	}{
		{2, 2, 0, Number(dec(t, "9"))},   // partial gets a3 …
		{2, 2, 1, Slot{State: Recused}},  // … completes it …
		{2, 3, 0, Number(dec(t, "100"))}, // … and b1: now complete and first
		{0, 0, 1, Slot{}},                // ok loses a score: incomplete
		{1, 1, 0, Number(dec(t, "10"))},
	}
	for i, e := range edits {
		c2 := c.WithSlot(e.street, e.item, e.slot, e.v)
		before := slices.Clone(c.Scores[e.street][e.item])
		got := st.Rescore(c2, e.street)
		sameStandings(t, got, Compute(c2))
		if !slices.Equal(c.Scores[e.street][e.item], before) {
			t.Fatalf("edit %d changed the original competition", i)
		}
		if got.Comp != c2 {
			t.Fatal("Rescore should keep the new competition")
		}
		c, st = c2, got
	}
	if rowOf(t, st, "partial").Rank != 1 || rowOf(t, st, "ok").Complete {
		t.Errorf("after edits: partial rank %d, ok complete %v", rowOf(t, st, "partial").Rank, rowOf(t, st, "ok").Complete)
	}
}
