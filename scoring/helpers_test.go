package scoring

import (
	"math/big"
	"testing"
)

// dec parses a decimal written in a test; a typo in a test is a test bug.
func dec(t testing.TB, s string) Dec {
	t.Helper()
	v, err := ParseDec(s)
	if err != nil {
		t.Fatalf("bad decimal %q in test: %v", s, err)
	}
	return v
}

// rat is an exact rational from "a/b" or a decimal string.
func rat(t testing.TB, s string) *big.Rat {
	t.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("bad rational %q in test", s)
	}
	return r
}

type itemSpec struct {
	id     string
	kind   ItemKind
	max    string
	std    string // "" for none
	target string // for Target items
}

type catSpec struct {
	id     string
	weight string
	items  []itemSpec
}

// build makes a competition with the given rules, n judges, categories and
// street ids, and nothing scored.
func build(t testing.TB, rules Rules, judges int, cats []catSpec, streets ...string) *Competition {
	t.Helper()
	c := &Competition{Title: "test", Rules: rules}
	for j := range judges {
		id := string(rune('a' + j))
		c.Judges = append(c.Judges, Judge{ID: id, Name: id})
	}
	for ci, cs := range cats {
		cat := Category{ID: cs.id, Name: cs.id, Weight: dec(t, cs.weight)}
		for _, is := range cs.items {
			it := Item{ID: is.id, Name: is.id, Category: ci, Kind: is.kind, Max: dec(t, is.max)}
			if is.std != "" {
				it.Standard, it.HasStandard = dec(t, is.std), true
			}
			if is.target != "" {
				it.Target = dec(t, is.target)
			}
			cat.Items = append(cat.Items, len(c.Items))
			c.Items = append(c.Items, it)
		}
		c.Categories = append(c.Categories, cat)
	}
	for _, s := range streets {
		c.Streets = append(c.Streets, Street{ID: s, Name: s})
	}
	c.Scores = c.EmptyScores()
	return c
}

// entry reads slots: a decimal, "~" (not scored yet) or "r" (recused).
func entry(t testing.TB, vals ...string) Entry {
	t.Helper()
	e := make(Entry, len(vals))
	for i, v := range vals {
		switch v {
		case "~":
		case "r":
			e[i] = Slot{State: Recused}
		default:
			e[i] = Number(dec(t, v))
		}
	}
	return e
}

// set fills one street's item in place (tests only; the app uses WithSlot).
func set(t testing.TB, c *Competition, street, item string, vals ...string) {
	t.Helper()
	s, i := c.FindStreet(street), c.FindItem(item)
	if s < 0 || i < 0 {
		t.Fatalf("no street %q or item %q", street, item)
	}
	e := entry(t, vals...)
	if len(e) != c.SlotCount(i) {
		t.Fatalf("%s/%s: %d slots, want %d", street, item, len(e), c.SlotCount(i))
	}
	c.Scores[s][i] = e
}

// pubStr is the published value's text, "null" when missing.
func pubStr(p Published) string {
	if !p.Valid {
		return "null"
	}
	return p.String()
}

// rowOf is the row of a street by id.
func rowOf(t testing.TB, st *Standings, id string) *Row {
	t.Helper()
	s := st.Comp.FindStreet(id)
	if s < 0 {
		t.Fatalf("no street %q", id)
	}
	return st.RowOf(s)
}

// oneItem is a single-category, single-judged-item competition (weight 100,
// max 100) so that a street's total is its item score.
func oneItem(t testing.TB, rules Rules, judges int, streets ...string) *Competition {
	return build(t, rules, judges, []catSpec{{id: "c", weight: "100", items: []itemSpec{{id: "x", max: "100"}}}}, streets...)
}
