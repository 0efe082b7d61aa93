package scoring

import (
	"slices"
	"testing"
)

func TestTrimming(t *testing.T) {
	rules := func(trim, min int) Rules {
		r := DefaultRules()
		r.Trim, r.TrimMinJudges = trim, min
		return r
	}
	tests := []struct {
		name     string
		rules    Rules
		slots    []string
		kept     []string // the values that count, sorted
		score    string   // exact item score, as a rational
		complete bool
	}{
		{"one copy of each extreme", rules(1, 5), []string{"9", "9", "8", "7", "7"}, []string{"7", "8", "9"}, "8", true},
		{"no trim below trim_min_judges", rules(1, 5), []string{"9", "9", "8", "7"}, []string{"7", "8", "9", "9"}, "33/4", true},
		{"exactly trim_min_judges", rules(1, 5), []string{"10", "1", "5", "6", "7"}, []string{"5", "6", "7"}, "6", true},
		{"recused not counted towards the minimum", rules(1, 5), []string{"10", "r", "1", "5", "6"}, []string{"1", "10", "5", "6"}, "11/2", true},
		{"empty not counted, incomplete", rules(1, 5), []string{"10", "~", "1", "5", "6"}, []string{"1", "10", "5", "6"}, "11/2", false},
		{"recused and empty excluded before trim", rules(1, 5), []string{"9", "r", "8", "~", "7", "10", "6"}, []string{"7", "8", "9"}, "8", false},
		{"trim 0 keeps all", rules(0, 1), []string{"9", "1", "5"}, []string{"1", "5", "9"}, "5", true},
		{"trim 2", rules(2, 5), []string{"1", "2", "3", "4", "5", "6"}, []string{"3", "4"}, "7/2", true},
		{"trim_min_judges above the default", rules(1, 7), []string{"1", "2", "3", "4", "5", "6"}, []string{"1", "2", "3", "4", "5", "6"}, "7/2", true},
		{"all equal", rules(1, 5), []string{"8", "8", "8", "8", "8"}, []string{"8", "8", "8"}, "8", true},
		{"fractions stay exact", rules(1, 5), []string{"8.1", "8.2", "8.2", "0", "100"}, []string{"8.1", "8.2", "8.2"}, "49/6", true},
		{"all recused is missing", rules(1, 5), []string{"r", "r", "r", "r", "r"}, nil, "", false},
		{"nothing scored is missing", rules(1, 5), []string{"~", "~", "~", "~", "~"}, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := oneItem(t, tt.rules, len(tt.slots), "s")
			set(t, c, "s", "x", tt.slots...)
			e := c.Scores[0][0]
			var kept []string
			for i, k := range c.Kept(e) {
				if k {
					kept = append(kept, e[i].Value.String())
				}
			}
			slices.Sort(kept)
			want := slices.Clone(tt.kept)
			slices.Sort(want)
			if !slices.Equal(kept, want) {
				t.Errorf("kept %v, want %v", kept, want)
			}
			st := Compute(c)
			x := st.ExactItem(0, 0)
			switch {
			case tt.score == "" && x != nil:
				t.Errorf("score %v, want missing", x)
			case tt.score != "" && (x == nil || x.Cmp(rat(t, tt.score)) != 0):
				t.Errorf("score %v, want %s", x, tt.score)
			}
			if got := c.ItemComplete(0, e); got != tt.complete {
				t.Errorf("complete = %v, want %v", got, tt.complete)
			}
			if got := st.RowOf(0).Complete; got != tt.complete {
				t.Errorf("street complete = %v, want %v", got, tt.complete)
			}
		})
	}
}

func TestDirectAndTargetItems(t *testing.T) {
	c := build(t, DefaultRules(), 1, []catSpec{{id: "k", weight: "30", items: []itemSpec{
		{id: "direct", kind: Direct, max: "100"},
		{id: "rate", kind: Target, max: "10", target: "100"},
		{id: "homes", kind: Target, max: "10", target: "3"},
	}}}, "below", "above", "zero", "missing")
	set(t, c, "below", "direct", "86")
	set(t, c, "below", "rate", "64.3")
	set(t, c, "below", "homes", "1")
	set(t, c, "above", "direct", "100")
	set(t, c, "above", "rate", "250") // a figure may exceed its target
	set(t, c, "above", "homes", "3")
	set(t, c, "zero", "direct", "0")
	set(t, c, "zero", "rate", "0")
	set(t, c, "zero", "homes", "0")
	set(t, c, "missing", "direct", "~")
	st := Compute(c)

	want := map[string][3]string{ // exact item scores
		"below": {"86", "643/100", "10/3"},
		"above": {"100", "10", "10"},
		"zero":  {"0", "0", "0"},
	}
	for s, items := range want {
		for i, w := range items {
			if x := st.ExactItem(c.FindStreet(s), i); x == nil || x.Cmp(rat(t, w)) != 0 {
				t.Errorf("%s item %d = %v, want %s", s, i, x, w)
			}
		}
	}
	for i := range c.Items {
		if st.ExactItem(c.FindStreet("missing"), i) != nil {
			t.Errorf("missing street item %d has a score", i)
		}
	}
	if got := pubStr(rowOf(t, st, "below").Items[2]); got != "3.33" {
		t.Errorf("10/3 published = %s", got)
	}
	// Category: 30 × (86 + 6.43 + 10/3) / 120 = 23.94083… → 23.94
	if got := pubStr(rowOf(t, st, "below").Categories[0]); got != "23.94" {
		t.Errorf("category = %s, want 23.94", got)
	}
	if got := pubStr(rowOf(t, st, "above").Total); got != "30.00" {
		t.Errorf("full marks total = %s", got)
	}
	if rowOf(t, st, "missing").Complete || rowOf(t, st, "missing").DoneItems != 0 {
		t.Error("a street with nothing entered is not complete")
	}
}

func TestCompletenessAndFloorTotals(t *testing.T) {
	c := build(t, DefaultRules(), 2, []catSpec{
		{id: "a", weight: "60", items: []itemSpec{{id: "a1", max: "10"}, {id: "a2", max: "10"}}},
		{id: "b", weight: "40", items: []itemSpec{{id: "b1", kind: Direct, max: "100"}}},
	}, "done", "partial", "empty")
	for _, s := range []string{"done", "partial"} {
		set(t, c, s, "a1", "8", "9")
		set(t, c, s, "b1", "75")
	}
	set(t, c, "done", "a2", "5", "r")
	set(t, c, "partial", "a2", "5", "~")
	st := Compute(c)

	done, partial, empty := rowOf(t, st, "done"), rowOf(t, st, "partial"), rowOf(t, st, "empty")
	if !done.Complete || done.DoneItems != 3 {
		t.Errorf("done: complete=%v items=%d", done.Complete, done.DoneItems)
	}
	if partial.Complete || partial.DoneItems != 2 {
		t.Errorf("partial: complete=%v items=%d", partial.Complete, partial.DoneItems)
	}
	if empty.Complete || empty.DoneItems != 0 || pubStr(empty.Total) != "0.00" {
		t.Errorf("empty: complete=%v items=%d total=%s", empty.Complete, empty.DoneItems, pubStr(empty.Total))
	}
	// a = 60 × (8.5 + 5) / 20 = 40.5; b = 40 × 75/100 = 30.
	if pubStr(done.Categories[0]) != "40.50" || pubStr(done.Categories[1]) != "30.00" || pubStr(done.Total) != "70.50" {
		t.Errorf("done: %s %s %s", pubStr(done.Categories[0]), pubStr(done.Categories[1]), pubStr(done.Total))
	}
	// The partial street's a2 has a number, so it counts in the floor total.
	if pubStr(partial.Total) != "70.50" || partial.Rank != 0 || partial.Band != -1 || partial.GapToFirst.Valid {
		t.Errorf("partial: total %s rank %d band %d gap %s", pubStr(partial.Total), partial.Rank, partial.Band, pubStr(partial.GapToFirst))
	}
	if empty.Items[0].Valid {
		t.Error("missing item must be null")
	}
	if st.Ranked != 1 || st.Rows[0].Street != c.FindStreet("done") {
		t.Errorf("ranked %d, first %d", st.Ranked, st.Rows[0].Street)
	}
	// Incomplete streets follow in file order.
	if st.Rows[1].Street != c.FindStreet("partial") || st.Rows[2].Street != c.FindStreet("empty") {
		t.Error("incomplete streets are not in file order")
	}
	if pubStr(st.FullMark) != "100.00" {
		t.Errorf("full mark %s", pubStr(st.FullMark))
	}
}
