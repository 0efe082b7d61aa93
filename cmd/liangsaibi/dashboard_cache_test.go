package main

import (
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/framecache"
	"liangsaibi/data/round"
	"liangsaibi/scoring"
)

// A dashboard closed with its scores saved keeps its standings for the
// next start: the key is the saved file's, the rows are the new ones.
func TestClosedRoundIsKeptForTheNextStart(t *testing.T) {
	path, err := data.WriteDemo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	frame := framecache.New(t.TempDir()).For(path, "")
	r, err := round.Open(path, round.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := r.State().Comp
	if _, err := r.Do(round.Op{Kind: round.Set, Street: len(c.Streets) - 1, Item: 0, Slot: 0,
		Value: scoring.Number(scoring.Dec(1_000_000)), Operator: "甲", Source: round.Source{Kind: round.Keyboard}}); err != nil {
		t.Fatal(err)
	}
	r.Close()
	storeClosed(frame, r.State())

	k, err := frame.Key()
	if err != nil {
		t.Fatal(err)
	}
	got, ok := frame.Lookup(k)
	if !ok {
		t.Fatal("nothing kept for the saved file")
	}
	doc, err := data.LoadFile(path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := scoring.Compute(doc.Comp)
	if r.State().Standings().Comp == doc.Comp || len(got.Rows) != len(want.Rows) {
		t.Fatal("bad fixture")
	}
	for i := range want.Rows {
		if got.Rows[i].Street != want.Rows[i].Street || got.Rows[i].Total != want.Rows[i].Total || got.Rows[i].Rank != want.Rows[i].Rank {
			t.Errorf("row %d: %+v, want %+v", i, *got.Rows[i], *want.Rows[i])
		}
	}
}
