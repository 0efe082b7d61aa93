package round

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"liangsaibi/data/gen"
	"liangsaibi/data/review"
	"liangsaibi/data/seal"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// openGenerated writes a generated competition of n streets and opens it.
func openGenerated(t *testing.T, n int) (*Round, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gen.yaml")
	if err := os.WriteFile(path, gen.Competition(gen.Options{Seed: 5, Streets: n, Judges: 3, Items: 4}), 0o644); err != nil {
		t.Fatal(err)
	}
	return open(t, path, Options{Operator: "甲"}), path
}

// setOn enters v in street s's first judged slot, alone.
func setOn(t *testing.T, r *Round, s int, v scoring.Slot) *State {
	t.Helper()
	c := r.State().Comp
	for i, it := range c.Items {
		if it.Kind == scoring.Judged {
			ack, err := r.Do(Op{Kind: Set, Street: s, Item: i, Slot: 0, Value: v, Operator: "甲", Source: Source{Kind: Import}})
			if err != nil {
				t.Fatal(err)
			}
			return ack.State
		}
	}
	t.Fatal("no judged item")
	return nil
}

func sameStandings(t *testing.T, what string, got *scoring.Standings, c *scoring.Competition) {
	t.Helper()
	want := scoring.Compute(c)
	if got == nil || got.Comp != c || got.Ranked != want.Ranked || !reflect.DeepEqual(got.Rows, want.Rows) {
		t.Fatalf("%s: the standings differ from scoring the competition whole", what)
	}
}

// With nobody subscribed, states are published unscored; whenever their
// standings are asked for, any of them, in any order, they are those of
// their competition: past the bound on uncomputed bases, after batches of
// many streets, and one state rescored from another.
func TestStandingsAreComputedWhenFirstAskedFor(t *testing.T) {
	r, _ := openGenerated(t, 60)
	var states []*State
	for s := range maxLazyDepth + 8 { // one street each: a chain longer than the bound
		states = append(states, setOn(t, r, s, value(s)))
	}
	for _, st := range states {
		if st.standings.done.Load() {
			t.Fatal("a state nobody asked about was scored")
		}
	}
	var ops []Op // one batch over more streets than are rescored one by one
	for s := range maxRescoreStreets + 1 {
		ops = append(ops, Op{Kind: Set, Street: s, Item: 0, Slot: 0, Value: value(s + 3), Operator: "甲", Source: Source{Kind: Import}})
	}
	ack, err := r.Do(ops...)
	if err != nil {
		t.Fatal(err)
	}
	states = append(states, ack.State, setOn(t, r, 59, value(1)))
	for _, i := range []int{len(states) - 1, 5, 0, maxLazyDepth + 3, len(states) - 2, 20} {
		sameStandings(t, fmt.Sprint("state ", i), states[i].Standings(), states[i].Comp)
	}
}

// A subscriber is handed states already scored: no screen scores on its
// own goroutine.
func TestSubscribersGetScoredStates(t *testing.T) {
	r, _ := openGenerated(t, 20)
	sub := r.Subscribe()
	defer sub.Cancel()
	<-sub.C()
	setOn(t, r, 3, value(7))
	ev := <-sub.C()
	if !ev.State.standings.done.Load() {
		t.Fatal("a subscriber got a state not yet scored")
	}
	sameStandings(t, "published", ev.State.Standings(), ev.State.Comp)
}

// The start record is written when its digest is ready, before any change
// record; a writer that closes at once still leaves it.
func TestStartRecordComesFirst(t *testing.T) {
	r, path := openGenerated(t, 200)
	c := r.State().Comp
	setOn(t, r, 1, value(2))
	setOn(t, r, 2, value(3))
	r.Close()
	entries, err := store.ReadAudit(store.AuditPath(path))
	if err != nil || len(entries) != 3 {
		t.Fatalf("audit log: %d records, %v", len(entries), err)
	}
	if e := entries[0]; e.Note != review.NoteStart || e.Digest != seal.ScoresDigest(c) {
		t.Fatalf("first record %+v, want the start with the digest of the scores at open", e)
	}
	if !entries[1].Time.After(entries[0].Time) && !entries[1].Time.Equal(entries[0].Time) {
		t.Fatal("the start record is dated after a change")
	}

	r2, path2 := openGenerated(t, 200)
	r2.Close()
	if entries, _ := store.ReadAudit(store.AuditPath(path2)); len(entries) != 1 || entries[0].Note != review.NoteStart {
		t.Fatalf("a writer that closed at once left %+v", entries)
	}
}
