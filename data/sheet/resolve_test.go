package sheet

import (
	"reflect"
	"testing"
)

// TestIndexedResolverAgrees: the indexed street resolver finds what the
// scan finds, with the same problems, for names that repeat, ids typed as
// names, mismatches and unknowns.
func TestIndexedResolverAgrees(t *testing.T) {
	scan := resolver{what: "what.street", all: []entity{
		{"s1", "桐柏路街道"}, {"s2", "林山寨街道"}, {"s3", "林山寨街道"}, {"s4", "s1"}, {"s1", "重复编号"},
	}}
	idx := scan.indexed()
	names := []string{"", "桐柏路街道", "林山寨街道", "s1", "s2", "s4", "重复编号", "无此街道"}
	ids := []string{"", "s1", "s2", "s3", "s4", "s9"}
	for _, name := range names {
		for _, id := range ids {
			var want, got Problems
			w := scan.find(name, id, Loc{Row: 1}, Loc{Row: 2}, &want)
			g := idx.find(name, id, Loc{Row: 1}, Loc{Row: 2}, &got)
			if w != g || !reflect.DeepEqual(want, got) {
				t.Errorf("find(%q, %q): indexed %d %v, scanned %d %v", name, id, g, got, w, want)
			}
		}
	}
}
