package data

import (
	"testing"

	"liangsaibi/data/gen"
)

// Loading a file read in pieces reports its progress after each piece,
// growing, ending at the whole text.
func TestLoadReportsProgress(t *testing.T) {
	src := gen.Competition(gen.Options{Seed: 1, Streets: 400, Judges: 7, Items: 20})
	var calls, last, total int
	_, err := Load("g.yaml", src, Options{Progress: func(done, all int) {
		if done < last || done > all {
			t.Fatalf("progress %d of %d after %d", done, all, last)
		}
		calls, last, total = calls+1, done, all
	}})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 2 || last != total || total != len(src) {
		t.Fatalf("%d progress calls, last %d of %d, want several ending at %d", calls, last, total, len(src))
	}
}
