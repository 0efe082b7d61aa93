package gen_test

import (
	"bytes"
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

func TestGeneratedFilesAreValid(t *testing.T) {
	sizes := []gen.Options{
		{Seed: 1, Streets: 14, Judges: 7, Items: 15},
		{Seed: 2, Streets: 14, Judges: 7, Items: 15, Holes: 0.1},
		{Seed: 3, Streets: 200, Judges: 9, Items: 20, Holes: 0.02},
		{Seed: 4, Streets: 1, Judges: 1, Items: 1},
		{Seed: 5, Streets: 3, Judges: 0, Items: 3},
		{Seed: 6, Streets: 5, Judges: 3, Items: 2, Holes: 1},
		{Seed: 7, Streets: 30, Judges: 5, Items: 60},
	}
	for _, o := range sizes {
		src := gen.Competition(o)
		doc, err := data.Load("gen.yaml", src, data.Options{})
		if err != nil {
			t.Fatalf("%+v: generated file is not valid:\n%v", o, err)
		}
		c := doc.Comp
		if len(c.Streets) != o.Streets || len(c.Items) != o.Items || len(c.Judges) != o.Judges {
			t.Errorf("%+v: got %d streets, %d items, %d judges", o, len(c.Streets), len(c.Items), len(c.Judges))
		}
		st := scoring.Compute(c)
		if o.Holes == 0 && st.Ranked != o.Streets {
			t.Errorf("%+v: %d of %d streets ranked without holes", o, st.Ranked, o.Streets)
		}
		if o.Holes == 1 && st.Ranked != 0 {
			t.Errorf("%+v: every slot is a hole, yet %d streets ranked", o, st.Ranked)
		}
	}
}

func TestGeneratedRubricIsRealistic(t *testing.T) {
	doc, err := data.Load("gen.yaml", gen.Competition(gen.Options{Seed: 9, Streets: 300, Judges: 7, Items: 20, Holes: 0.05}), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := doc.Comp
	kinds := map[scoring.ItemKind]int{}
	for _, it := range c.Items {
		kinds[it.Kind]++
	}
	if kinds[scoring.Judged] == 0 || kinds[scoring.Direct] == 0 || kinds[scoring.Target] == 0 {
		t.Errorf("want every kind of item, got %v", kinds)
	}
	if len(c.Categories) < 3 || len(c.Rules.Bands) == 0 || len(c.Rules.TieBreak) == 0 {
		t.Errorf("categories %d, bands %d, tie-break %v", len(c.Categories), len(c.Rules.Bands), c.Rules.TieBreak)
	}
	var empty, recused int
	for _, row := range c.Scores {
		for _, e := range row {
			for _, s := range e {
				switch s.State {
				case scoring.Empty:
					empty++
				case scoring.Recused:
					recused++
				}
			}
		}
	}
	if empty == 0 || recused == 0 {
		t.Errorf("holes asked for: %d empty, %d recused", empty, recused)
	}
	st := scoring.Compute(c)
	below, bands := 0, map[int]bool{}
	for _, r := range st.Rows {
		below += len(r.Below)
		if r.Complete {
			bands[r.Band] = true
		}
	}
	if below == 0 || len(bands) < 2 || st.Ranked == 0 || st.Ranked == len(c.Streets) {
		t.Errorf("spread: %d below-standard items, bands %v, %d of %d ranked", below, bands, st.Ranked, len(c.Streets))
	}
}

func TestGeneratorIsDeterministic(t *testing.T) {
	o := gen.Options{Seed: 42, Streets: 50, Judges: 7, Items: 15, Holes: 0.1}
	a, b := gen.Competition(o), gen.Competition(o)
	if !bytes.Equal(a, b) {
		t.Error("same seed gave different bytes")
	}
	o.Seed = 43
	if bytes.Equal(a, gen.Competition(o)) {
		t.Error("different seeds gave the same bytes")
	}
}
