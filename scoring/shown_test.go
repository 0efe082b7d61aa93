package scoring

import (
	"reflect"
	"testing"
)

func shownFixture(t *testing.T) (*Competition, *Standings) {
	c := oneItem(t, Rules{Decimals: 2}, 1, "a", "b", "c", "d")
	set(t, c, "a", "x", "70")
	set(t, c, "b", "x", "90")
	set(t, c, "c", "x", "70")
	return c, Compute(c)
}

func rowsOf(st *Standings) []Row {
	rows := make([]Row, len(st.Rows))
	for i, r := range st.Rows {
		rows[i] = *r
	}
	return rows
}

func TestShownIsTheStandingsRows(t *testing.T) {
	c, st := shownFixture(t)
	got, err := Shown(c, st.FullMark, st.Ranked, rowsOf(st))
	if err != nil {
		t.Fatal(err)
	}
	for s := range c.Streets {
		if !reflect.DeepEqual(*got.RowOf(s), *st.RowOf(s)) || got.Position(s) != st.Position(s) {
			t.Errorf("street %d: %+v, want %+v", s, *got.RowOf(s), *st.RowOf(s))
		}
	}
	if got.Ranked != 3 || got.FullMark != st.FullMark {
		t.Errorf("ranked %d full %v", got.Ranked, got.FullMark)
	}
}

func TestShownRefusesRowsThatDoNotFit(t *testing.T) {
	c, st := shownFixture(t)
	for name, spoil := range map[string]func([]Row) ([]Row, int){
		"street twice":    func(r []Row) ([]Row, int) { r[1].Street = r[0].Street; return r, 3 },
		"street missing":  func(r []Row) ([]Row, int) { return r[:3], 3 },
		"street unknown":  func(r []Row) ([]Row, int) { r[0].Street = 9; return r, 3 },
		"band unknown":    func(r []Row) ([]Row, int) { r[0].Band = 0; return r, 3 },
		"below unknown":   func(r []Row) ([]Row, int) { r[0].Below = []int{1}; return r, 3 },
		"ranked too many": func(r []Row) ([]Row, int) { return r, 4 },
		"rank past place": func(r []Row) ([]Row, int) { r[0].Rank = 2; return r, 3 },
		"items too few":   func(r []Row) ([]Row, int) { r[0].Items = []Published{}; return r, 3 },
	} {
		rows, ranked := spoil(rowsOf(st))
		if got, err := Shown(c, st.FullMark, ranked, rows); err == nil {
			t.Errorf("%s: accepted %+v", name, got.Rows)
		}
	}
}
