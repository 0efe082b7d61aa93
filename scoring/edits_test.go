package scoring

import (
	"reflect"
	"testing"

	"pgregory.net/rapid"
)

// A batch of Edits equals the same changes made one WithSlot at a time,
// never writes through the competition it started from, and shares the
// rows of the streets it did not change.
func TestPropertyEditsEqualWithSlot(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCompetition(t)
		before := deepScores(c)
		e, want := c.Edit(), c
		changed := map[int]bool{}
		for range rapid.IntRange(0, 40).Draw(t, "changes") {
			s := rapid.IntRange(0, len(c.Streets)-1).Draw(t, "street")
			i := rapid.IntRange(0, len(c.Items)-1).Draw(t, "item")
			k := rapid.IntRange(0, c.SlotCount(i)-1).Draw(t, "slot")
			v := genSlot(t, c, i)
			e.Set(s, i, k, v)
			if e.Slot(s, i, k) != v {
				t.Fatalf("Slot after Set: got %v, want %v", e.Slot(s, i, k), v)
			}
			want = want.WithSlot(s, i, k, v)
			changed[s] = true
		}
		got := e.Done()
		if !reflect.DeepEqual(got.Scores, want.Scores) {
			t.Fatalf("Edits differ from WithSlot")
		}
		if !reflect.DeepEqual(deepScores(c), before) {
			t.Fatalf("Edits wrote through the competition they started from")
		}
		for s := range c.Streets {
			if !changed[s] && &got.Scores[s][0] != &c.Scores[s][0] {
				t.Fatalf("street %d was copied though it did not change", s)
			}
		}
	})
}

func deepScores(c *Competition) [][]Entry {
	out := make([][]Entry, len(c.Scores))
	for s, row := range c.Scores {
		out[s] = make([]Entry, len(row))
		for i, e := range row {
			out[s][i] = append(Entry(nil), e...)
		}
	}
	return out
}

// A batch that set nothing gives back the competition it started from.
func TestEditsNothingSet(t *testing.T) {
	c := &Competition{}
	if got := c.Edit().Done(); got != c {
		t.Fatalf("Done after no Set: a copy, want the same competition")
	}
}
