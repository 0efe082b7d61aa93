package projector

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/data/watch"
	"liangsaibi/scoring"
)

// followModel is a projector following file the way `liangsaibi project
// FILE` does, with watching tuned by w.
func followModel(t *testing.T, file string, w watch.Options) *loop {
	t.Helper()
	m := New(Options{Path: file, PageSeconds: -1, Watch: w})
	m = update(t, m, tea.WindowSizeMsg{Width: 120, Height: 35})
	l := startLoop(t, m)
	if !l.until(5*time.Second, func(m Model) bool { return m.st != nil && m.round != nil }) {
		t.Fatalf("never followed: %v %q", l.m.firstErr, l.m.watchErr)
	}
	return l
}

// judgedCell is the n-th judged slot of the demo's first streets.
func judgedCell(c *scoring.Competition, n int) (street, item, slot int) {
	var judged []int
	for i, it := range c.Items {
		if it.Kind == scoring.Judged {
			judged = append(judged, i)
		}
	}
	j := len(c.Judges)
	return (n / j / len(judged)) % len(c.Streets), judged[(n/j)%len(judged)], n % j
}

// TestProjectorFollowsTheWriter: Enter in the writer (a round holding the
// lock, as the dashboard in another process) → the score on this
// projector, with change events and with polling only (a Windows share).
// LIANGSAIBI_MEASURE=1 runs 100 entries each and logs median and worst.
func TestProjectorFollowsTheWriter(t *testing.T) {
	n := 10
	if os.Getenv("LIANGSAIBI_MEASURE") != "" {
		n = 100
	}
	for _, mode := range []struct {
		name string
		w    watch.Options
	}{{"events", watch.Options{}}, {"poll-only", watch.Options{PollOnly: true}}} {
		t.Run(mode.name, func(t *testing.T) {
			file, _ := demoFolder(t)
			w, err := round.Open(file, round.Options{Operator: "张三"})
			must(t, err)
			defer w.Close()
			l := followModel(t, file, mode.w)
			if w.State().Mode != round.Writer {
				t.Fatal("the projector took the lock")
			}
			var lat []time.Duration
			for k := range n {
				s, i, j := judgedCell(w.State().Comp, k)
				// A tenth to nine tenths of the item's maximum, never the value there.
				max := w.State().Comp.Items[i].Max
				v := scoring.Number(max / 10 * scoring.Dec(1+k%9))
				if w.State().Comp.Scores[s][i][j] == v {
					v = scoring.Number(max)
				}
				start := time.Now()
				if _, err := w.Commit(s, i, j, v); err != nil {
					t.Fatal(err)
				}
				if !l.until(3*time.Second, func(m Model) bool { return m.st.Comp.Scores[s][i][j] == v }) {
					t.Fatalf("entry %d (%d,%d,%d)=%v never reached the projector: writer %v, projector %v, follower %v", k, s, i, j, v, w.State().Comp.Scores[s][i][j], l.m.st.Comp.Scores[s][i][j], l.m.round.State().Comp.Scores[s][i][j])
				}
				lat = append(lat, time.Since(start))
			}
			slices.Sort(lat)
			t.Logf("%s: %d entries, median %v, worst %v", mode.name, len(lat),
				lat[len(lat)/2].Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond))
			if err := l.m.round.TakeOver(); err == nil || l.m.round.State().Mode != round.Follower {
				t.Errorf("the projector could become a writer: %v, mode %v", err, l.m.round.State().Mode)
			}
		})
	}
}

// TestProjectorNeverTakesOver: the writer quits; the projector goes on
// following, never takes the lock, and shows the saved scores.
func TestProjectorNeverTakesOver(t *testing.T) {
	file, _ := demoFolder(t)
	w, err := round.Open(file, round.Options{Operator: "张三"})
	must(t, err)
	l := followModel(t, file, watch.Options{})
	s, i, j := judgedCell(w.State().Comp, 3)
	v := scoring.Number(scoring.Dec(7_500_000))
	if _, err := w.Commit(s, i, j, v); err != nil {
		t.Fatal(err)
	}
	must(t, w.Close())
	time.Sleep(1500 * time.Millisecond) // the follower probes the lock every second
	if !l.until(2*time.Second, func(m Model) bool { return m.st.Comp.Scores[s][i][j] == v }) {
		t.Fatal("the saved score is not shown")
	}
	if st := l.m.round.State(); st.Mode != round.Follower || st.CanTake {
		t.Errorf("the projector offers to write: mode %v, can take %v", st.Mode, st.CanTake)
	}
	// Another dashboard can still open the file as its writer.
	w2, err := round.Open(file, round.Options{Operator: "李四"})
	must(t, err)
	defer w2.Close()
	if w2.State().Mode != round.Writer {
		t.Error("the projector holds the lock")
	}
}

// TestProjectorShowsJournalWarnings: scores counted from the journal, and
// a damaged journal, are said on the projector, never ignored.
func TestProjectorShowsJournalWarnings(t *testing.T) {
	file, _ := demoFolder(t)
	w, err := round.Open(file, round.Options{Operator: "张三", SaveIdle: time.Hour, SaveEvery: 100})
	must(t, err)
	l := followModel(t, file, watch.Options{})
	s, i, j := judgedCell(w.State().Comp, 5)
	if _, err := w.Commit(s, i, j, scoring.Number(scoring.Dec(6_000_000))); err != nil {
		t.Fatal(err)
	}
	if !l.until(3*time.Second, func(m Model) bool { return strings.Contains(plain(m), "1 个尚未保存进文件的分数") }) {
		t.Fatalf("the counted entry is not said:\n%s", plain(l.m))
	}
	w.Close()
	must(t, os.WriteFile(store.JournalPath(file), []byte("00000000\t{\"seq\":1}\n00000000\t{\"seq\":2}\n"), 0o644))
	if !l.until(3*time.Second, func(m Model) bool { return strings.Contains(plain(m), "无法读取") }) {
		t.Fatalf("the damaged journal is not said:\n%s", plain(l.m))
	}
	if !strings.Contains(plain(l.m), "⚠") {
		t.Error("the warning is not marked")
	}
}
