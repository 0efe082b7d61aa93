package round

import (
	"os"
	"sync"
	"testing"
	"time"

	"liangsaibi/data/review"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// inOneGroup holds the owner while each of dos starts, in order, and
// queues behind the one before; then lets the owner go, so that they are
// served as one group.
func inOneGroup(r *Round, dos ...func()) {
	held, release := make(chan struct{}), make(chan struct{})
	go r.run(func() { close(held); <-release })
	<-held
	var wg sync.WaitGroup
	for _, do := range dos {
		wg.Add(1)
		go func() { defer wg.Done(); do() }()
		time.Sleep(50 * time.Millisecond) // queued behind the one before
	}
	close(release)
	wg.Wait()
}

// reviewCell is a book cell without its time, to compare two runs.
func reviewCell(st *State, s, i, k int) review.Cell {
	c := st.Review.At(st.Comp, s, i, k)
	c.Time = time.Time{}
	return c
}

// Under rules.review: blind, requests in one group give what they give one
// by one in the same order: a second writer's Set on a cell the first
// writer of the group just entered becomes a Check (the blind second
// entry), not an overwrite; writers behind it go on.
func TestGroupUnderBlindReviewIsSequential(t *testing.T) {
	grouped := open(t, withReview(t, "blind"), Options{Operator: "staff", SaveIdle: time.Hour, SaveEvery: 1 << 20})
	alone := open(t, withReview(t, "blind"), Options{Operator: "staff", SaveIdle: time.Hour, SaveEvery: 1 << 20})
	c := grouped.State().Comp
	xs, xi, xk := cell(c, 0)
	ys, yi, yk := cell(c, 1)
	ops := []Op{
		{Kind: Set, Street: xs, Item: xi, Slot: xk, Value: value(3), Operator: "甲"},
		{Kind: Set, Street: xs, Item: xi, Slot: xk, Value: value(5), Operator: "乙"}, // blind: a Check
		{Kind: Set, Street: ys, Item: yi, Slot: yk, Value: value(7), Operator: "丙"},
		{Kind: Set, Street: xs, Item: xi, Slot: xk, Value: value(9), Operator: "丙"}, // over a mismatch: a Set
	}
	acks := make([]Ack, len(ops))
	errs := make([]error, len(ops))
	before := store.Syncs()
	dos := make([]func(), len(ops))
	for n, o := range ops {
		dos[n] = func() { acks[n], errs[n] = grouped.Do(o) }
	}
	inOneGroup(grouped, dos...)
	t.Logf("%d requests, %d fsyncs", len(ops), store.Syncs()-before)
	for n, o := range ops {
		ack, err := alone.Do(o)
		if (err == nil) != (errs[n] == nil) || len(ack.Applied) != len(acks[n].Applied) {
			t.Fatalf("request %d: grouped %v %v, one by one %v %v", n, errs[n], acks[n].Applied, err, ack.Applied)
		}
		for k := range ack.Applied {
			if g, a := acks[n].Applied[k], ack.Applied[k]; g.Kind != a.Kind || g.Value != a.Value {
				t.Fatalf("request %d: grouped applied %+v, one by one %+v", n, g, a)
			}
		}
	}
	if k := acks[1].Applied[0].Kind; k != Check {
		t.Fatalf("the second writer's Set became %v, want a Check", k)
	}
	g, a := grouped.State(), alone.State()
	for _, x := range [][3]int{{xs, xi, xk}, {ys, yi, yk}} {
		if gv, av := g.Comp.Scores[x[0]][x[1]][x[2]], a.Comp.Scores[x[0]][x[1]][x[2]]; gv != av {
			t.Fatalf("score %v: grouped %v, one by one %v", x, gv, av)
		}
		if gc, ac := reviewCell(g, x[0], x[1], x[2]), reviewCell(a, x[0], x[1], x[2]); gc != ac {
			t.Fatalf("review of %v: grouped %+v, one by one %+v", x, gc, ac)
		}
	}
	// The book replayed from the audit log agrees with the one kept live.
	path := g.Path
	if err := grouped.Close(); err != nil {
		t.Fatal(err)
	}
	again := open(t, path, Options{Operator: "staff"})
	if gc, rc := reviewCell(g, xs, xi, xk), reviewCell(again.State(), xs, xi, xk); gc != rc {
		t.Fatalf("after reopening: %+v, live %+v", rc, gc)
	}
}

// A confirmation queued behind the entry it confirms, in the same group,
// sees that entry (as it would one by one) and is not refused.
func TestGroupConfirmBehindItsEntry(t *testing.T) {
	r := open(t, withReview(t, "confirm"), Options{Operator: "staff", SaveIdle: time.Hour, SaveEvery: 1 << 20})
	c := r.State().Comp
	xs, xi, xk := cell(c, 0)
	ys, yi, yk := cell(c, 1)
	errs := make([]error, 3)
	inOneGroup(r,
		func() { _, errs[0] = set(r, "甲", xs, xi, xk, value(3)) },
		func() { errs[1] = reviewOp(r, Confirm, "乙", xs, xi, xk, scoring.Slot{}, "") },
		func() { _, errs[2] = set(r, "丙", ys, yi, yk, value(4)) },
	)
	for n, err := range errs {
		if err != nil {
			t.Fatalf("request %d: %v", n, err)
		}
	}
	st := r.State()
	if got := st.Review.At(st.Comp, xs, xi, xk); got.Status != review.Confirmed || got.By != "甲" || got.Checker != "乙" {
		t.Fatalf("entry then confirmation in one group: %+v, want confirmed by 乙", got)
	}
	if got := st.Comp.Scores[ys][yi][yk]; got != value(4) {
		t.Fatalf("the writer behind the confirmation: %v", got)
	}
}

// A group whose write fails keeps nothing: every writer in it gets the
// error, the state, the undo stacks and the review book are as before.
func TestFailedGroupWriteKeepsNothing(t *testing.T) {
	path := withReview(t, "confirm")
	r := open(t, path, Options{Operator: "staff", SaveIdle: time.Hour, SaveEvery: 1 << 20})
	c := r.State().Comp
	xs, xi, xk := cell(c, 0)
	ys, yi, yk := cell(c, 1)
	zs, zi, zk := cell(c, 2)
	if _, err := set(r, "甲", xs, xi, xk, value(3)); err != nil {
		t.Fatal(err)
	}
	if err := r.Save(); err != nil { // the journal is closed until the next write
		t.Fatal(err)
	}
	journal := path + ".journal"
	saved, err := os.ReadFile(journal)
	if err != nil {
		t.Fatal(err)
	}
	// A folder where the journal was: the next write cannot open it.
	if err := os.Remove(journal); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(journal, 0o755); err != nil {
		t.Fatal(err)
	}
	before := r.State()
	errs := make([]error, 2)
	inOneGroup(r,
		func() { _, errs[0] = set(r, "甲", ys, yi, yk, value(5)) },
		func() { _, errs[1] = set(r, "乙", zs, zi, zk, value(6)) },
	)
	if errs[0] == nil || errs[1] == nil {
		t.Fatalf("a failed write acknowledged: %v, %v", errs[0], errs[1])
	}
	after := r.State()
	if after.Comp != before.Comp {
		t.Fatal("a failed write changed the competition")
	}
	if got := after.Review.At(after.Comp, ys, yi, yk); got.By == "甲" {
		t.Fatalf("a failed write is in the review book: %+v", got)
	}
	var undo int
	r.run(func() { undo = len(r.hist["甲"].undo) })
	if undo != 1 {
		t.Fatalf("甲 has %d steps to undo after a failed write, want 1 (the first score)", undo)
	}
	if err := os.Remove(journal); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(journal, saved, 0o644); err != nil {
		t.Fatal(err)
	}
}
