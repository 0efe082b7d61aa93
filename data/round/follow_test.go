package round

import (
	"os"
	"slices"
	"testing"
	"time"

	"liangsaibi/data/watch"
)

// TestFollowerLatency measures Enter in the writer → the score in a
// follower (another lock holder's view, as a second process has it), over
// 100 entries, with change events and polling only.
func TestFollowerLatency(t *testing.T) {
	for _, mode := range []struct {
		name string
		w    watch.Options
	}{{"events", watch.Options{}}, {"poll-only", watch.Options{PollOnly: true}}} {
		t.Run(mode.name, func(t *testing.T) {
			path := copyExample(t)
			w := open(t, path, Options{Operator: "张三"})
			f := open(t, path, Options{Operator: "李四", Watch: mode.w})
			if w.State().Mode != Writer || f.State().Mode != Follower {
				t.Fatalf("modes %v %v", w.State().Mode, f.State().Mode)
			}
			if got := HolderName(f.State().Holder); got != "张三" {
				t.Fatalf("holder %q, want the operator", got)
			}
			var lat []time.Duration
			for n := range entries(mode.w.PollOnly) {
				s, i, k := cell(w.State().Comp, n)
				v := value(n)
				start := time.Now()
				if _, err := w.Commit(s, i, k, v); err != nil {
					t.Fatal(err)
				}
				if !waitFor(t, f, 3*time.Second, func(st *State) bool { return st.Comp.Scores[s][i][k] == v }) {
					t.Fatalf("entry %d never reached the follower", n)
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			worst := lat[len(lat)-1]
			t.Logf("%s: %d entries, median %v, worst %v", mode.name, len(lat), lat[len(lat)/2].Round(time.Millisecond), worst.Round(time.Millisecond))
			if worst > time.Second {
				t.Errorf("worst %v > 1 s", worst)
			}
		})
	}
}

// TestTakeOver: the writer quits; the follower offers to take over, does,
// and holds every score the writer acknowledged.
func TestTakeOver(t *testing.T) {
	path := copyExample(t)
	w := open(t, path, Options{Operator: "张三", SaveIdle: time.Hour, SaveEvery: 1000})
	f := open(t, path, Options{Operator: "李四"})
	for n := range 7 {
		s, i, k := cell(w.State().Comp, n)
		if _, err := w.Commit(s, i, k, value(n)); err != nil {
			t.Fatal(err)
		}
	}
	want := w.State().Comp
	if err := f.TakeOver(); err == nil && f.State().Mode == Writer {
		t.Fatal("took over from a live writer")
	}
	w.Close()
	if !waitFor(t, f, 3*time.Second, func(st *State) bool { return st.CanTake }) {
		t.Fatal("the follower never offered to take over")
	}
	if err := f.TakeOver(); err != nil {
		t.Fatal(err)
	}
	st := f.State()
	if st.Mode != Writer || !sameScores(st.Comp, want) {
		t.Fatalf("after take-over: mode %v, same scores %v", st.Mode, sameScores(st.Comp, want))
	}
	s, i, k := cell(st.Comp, 40)
	if _, err := f.Commit(s, i, k, value(3)); err != nil {
		t.Fatal(err)
	}
}

// entries is 100 for a measurement (LIANGSAIBI_MEASURE=1); polling waits
// about 250 ms an entry, so an ordinary run takes 20 of them.
func entries(polling bool) int {
	if polling && os.Getenv("LIANGSAIBI_MEASURE") == "" {
		return 20
	}
	return 100
}
