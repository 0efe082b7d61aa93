package projector

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// loop plays the part of the Bubble Tea runtime: it runs the model's
// commands in goroutines and feeds their messages back into Update.
type loop struct {
	t    *testing.T
	m    Model
	msgs chan tea.Msg
}

func startLoop(t *testing.T, m Model) *loop {
	l := &loop{t: t, m: m, msgs: make(chan tea.Msg, 100)}
	l.run(m.Init())
	t.Cleanup(func() { l.m.Close() })
	return l
}

func (l *loop) run(cmd tea.Cmd) {
	if cmd != nil {
		go func() { l.msgs <- cmd() }()
	}
}

// until processes messages until cond holds; false after d.
func (l *loop) until(d time.Duration, cond func(Model) bool) bool {
	deadline := time.After(d)
	for !cond(l.m) {
		select {
		case msg := <-l.msgs:
			switch msg := msg.(type) {
			case nil:
			case tea.BatchMsg:
				for _, c := range msg {
					l.run(c)
				}
			default:
				next, cmd := l.m.Update(msg)
				l.m = next.(Model)
				l.run(cmd)
			}
		case <-deadline:
			return false
		}
	}
	return true
}

// order is the street ids in ranking order.
func order(st *scoring.Standings) []string {
	if st == nil {
		return nil
	}
	ids := make([]string, len(st.Rows))
	for i, r := range st.Rows {
		ids[i] = st.Comp.Streets[r.Street].ID
	}
	return ids
}

// demoFolder writes the demo and its previous round into a temp folder.
func demoFolder(t *testing.T) (file string, content []byte) {
	dir := t.TempDir()
	demo, prev := data.DemoFiles()
	file = filepath.Join(dir, data.DemoName)
	must(t, os.WriteFile(file, demo, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, data.DemoPrevName), prev, 0o644))
	must(t, data.WriteDemoRounds(dir))
	return file, demo
}

// improved is the demo with 西流湖街道's test score raised, and the order
// the projector must then show, computed by the scoring core.
func improved(t *testing.T, demo []byte) ([]byte, []string) {
	old := []byte("test.paper: 80.5")
	if bytes.Count(demo, old) != 1 {
		t.Fatal("the demo changed: no unique line to edit")
	}
	next := bytes.Replace(demo, old, []byte("test.paper: 100"), 1)
	return next, expectedOrder(t, next)
}

func expectedOrder(t *testing.T, content []byte) []string {
	doc, err := data.Load(data.DemoName, content, data.Options{ReadFile: func(string) ([]byte, error) {
		_, prev := data.DemoFiles()
		return prev, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	return order(scoring.Compute(doc.Comp))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func liveModel(t *testing.T, file string) *loop {
	m := New(Options{Path: file, PageSeconds: -1})
	m = update(t, m, tea.WindowSizeMsg{Width: 120, Height: 35})
	l := startLoop(t, m)
	if !l.until(5*time.Second, func(m Model) bool { return m.st != nil && m.round != nil }) {
		t.Fatalf("never loaded and followed: %v %q", l.m.firstErr, l.m.watchErr)
	}
	return l
}

// Another process replaces the file the way an atomic save does (write a
// temporary file, rename it over); the projector follows within 2 s.
func TestFollowsAFileChangedByAnotherProcess(t *testing.T) {
	file, demo := demoFolder(t)
	l := liveModel(t, file)
	next, want := improved(t, demo)
	if slices.Equal(order(l.m.st), want) {
		t.Fatal("the edit does not change the order; the test would prove nothing")
	}
	// The watcher sees only file system events, so doing in this process
	// what the other program's save does (cp to a temporary file, mv over)
	// is the same to it, without needing cp and mv.
	tmp := file + ".tmp"
	must(t, os.WriteFile(tmp, next, 0o644))
	must(t, os.Rename(tmp, file))
	if !l.until(2*time.Second, func(m Model) bool { return slices.Equal(order(m.st), want) }) {
		t.Fatalf("order not followed within 2 s: got %v want %v", order(l.m.st), want)
	}
	if l.m.stale {
		t.Error("a good reload left the warning on")
	}
}

// A score committed on the entry computer is in the journal before it is
// saved into the file; the projector shows it from the journal.
func TestFollowsScoresInTheEntryJournal(t *testing.T) {
	file, _ := demoFolder(t)
	l := liveModel(t, file)
	s, err := data.Open(file, data.SessionOptions{})
	must(t, err)
	defer s.Close()
	c := s.Comp()
	comp, err := s.Commit(c.FindStreet("xiliuhu"), c.FindItem("test.paper"), 0, scoring.Number(scoring.DecFromInt(100)))
	must(t, err)
	want := order(scoring.Compute(comp))
	if slices.Equal(order(l.m.st), want) {
		t.Fatal("the commit does not change the order; the test would prove nothing")
	}
	if !l.until(2*time.Second, func(m Model) bool { return slices.Equal(order(m.st), want) }) {
		t.Fatalf("journal score not shown within 2 s: %v", order(l.m.st))
	}
}

// A truncated file keeps the last good standings with a warning; the next
// good file is followed and the warning goes.
func TestTruncatedFileThenGoodOne(t *testing.T) {
	file, demo := demoFolder(t)
	l := liveModel(t, file)
	before := order(l.m.st)
	cut := bytes.Index(demo, []byte("[7.5, 7.5, 8")) + 6 // inside a score list
	if _, err := data.Load(data.DemoName, demo[:cut], data.Options{}); err == nil {
		t.Fatal("the truncated file loads; the test would prove nothing")
	}
	must(t, os.WriteFile(file, demo[:cut], 0o644))
	if !l.until(2*time.Second, func(m Model) bool { return m.stale }) {
		t.Fatal("no warning after a truncated file")
	}
	if got := order(l.m.st); !slices.Equal(got, before) {
		t.Errorf("standings changed on a bad file: %v", got)
	}
	if out := plain(l.m); !bytes.Contains([]byte(out), []byte("⚠")) {
		t.Errorf("no warning on screen:\n%s", out)
	}
	next, want := improved(t, demo)
	must(t, os.WriteFile(file, next, 0o644))
	if !l.until(2*time.Second, func(m Model) bool { return !m.stale && slices.Equal(order(m.st), want) }) {
		t.Fatalf("did not follow the good file: stale=%v order %v", l.m.stale, order(l.m.st))
	}
}

// The projector never writes: the folder holds the same files afterwards.
func TestNeverWrites(t *testing.T) {
	file, _ := demoFolder(t)
	dir := filepath.Dir(file)
	before, _ := os.ReadDir(dir)
	l := liveModel(t, file)
	l.m = press(t, l.m, "R", "space", "h", "h", "a", "t", "q")
	after, _ := os.ReadDir(dir)
	if len(before) != len(after) {
		t.Errorf("files changed: %v -> %v", before, after)
	}
}
