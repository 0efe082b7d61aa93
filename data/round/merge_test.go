package round

import (
	"bytes"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// TestOutsideEditWhileTyping: someone renames a street and changes its
// score in another program while 50 entries are typed: nothing is lost,
// no conflict file appears, and the file is valid after every save.
func TestOutsideEditWhileTyping(t *testing.T) {
	path := copyExample(t)
	r := open(t, path, Options{Operator: "张三", SaveIdle: 50 * time.Millisecond, SaveEvery: 3})
	sub := r.Subscribe()
	defer sub.Cancel()
	var merged atomic.Bool
	go func() {
		for ev := range sub.C() {
			for _, n := range ev.Notices {
				if n.Kind == Reloaded && n.Msg.Key == "round.merged" {
					merged.Store(true)
				}
			}
		}
	}()
	want := map[[3]int]scoring.Slot{}
	for n := range 50 {
		if n == 20 {
			raw, _ := os.ReadFile(path)
			raw = bytes.Replace(raw, []byte("name: 桐柏路街道"), []byte("name: 桐柏路街道办"), 1)
			raw = bytes.Replace(raw, []byte("test.paper: 86"), []byte("test.paper: 88"), 1)
			if err := os.WriteFile(path, raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		s, i, k := cell(r.State().Comp, n)
		if _, err := r.Commit(s, i, k, value(n)); err != nil {
			t.Fatal(err)
		}
		want[[3]int{s, i, k}] = value(n)
		time.Sleep(20 * time.Millisecond)
		if _, err := data.LoadFile(path, data.Options{}); err != nil {
			t.Fatalf("entry %d: the file is not valid: %v", n, err)
		}
	}
	if err := r.Save(); err != nil {
		t.Fatal(err)
	}
	doc, err := data.LoadFile(path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := doc.Comp
	for at, v := range want {
		if c.Scores[at[0]][at[1]][at[2]] != v {
			t.Errorf("lost %v: %v", at, c.Scores[at[0]][at[1]][at[2]])
		}
	}
	tb := c.FindStreet("tongbailu")
	if c.Streets[tb].Name != "桐柏路街道办" || c.Scores[tb][c.FindItem("test.paper")][0] != scoring.Number(scoring.DecFromInt(88)) {
		t.Error("the outside edit was lost")
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*conflict*")); len(m) > 0 {
		t.Errorf("conflict files: %v", m)
	}
	if !merged.Load() {
		t.Error("the merge was never announced")
	}
}

// TestSameSlotConflict: the same slot changed here and in the file waits
// for the operator; taking the file's value saves it.
func TestSameSlotConflict(t *testing.T) {
	path := copyExample(t)
	r := open(t, path, Options{Operator: "张三", SaveIdle: time.Hour, SaveEvery: 100})
	c := r.State().Comp
	tb, tp := c.FindStreet("tongbailu"), c.FindItem("test.paper")
	if _, err := r.Commit(tb, tp, 0, scoring.Number(scoring.DecFromInt(90))); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	os.WriteFile(path, bytes.Replace(raw, []byte("test.paper: 86"), []byte("test.paper: 70"), 1), 0o644)
	if !waitFor(t, r, 3*time.Second, func(s *State) bool { return len(s.Conflicts) == 1 }) {
		t.Fatal("no conflict")
	}
	if err := r.Save(); err == nil || !bytes.Contains(mustRead(t, path), []byte("test.paper: 70")) {
		t.Fatalf("saved over an unresolved conflict: %v", err)
	}
	if err := r.Resolve(r.State().Conflicts[0], false, ""); err != nil {
		t.Fatal(err)
	}
	if got := r.State().Comp.Scores[tb][tp][0]; got != scoring.Number(scoring.DecFromInt(70)) {
		t.Fatalf("took the file's: %v", got)
	}
}

// TestReadOnlyFileIsViewOnly: a file marked read-only opens view-only
// (checked on the permission bits, so it holds for root) and is never
// written.
func TestReadOnlyFileIsViewOnly(t *testing.T) {
	path := copyExample(t)
	os.Chmod(path, 0o444)
	r := open(t, path, Options{})
	if st := r.State(); st.Mode != ViewOnly || st.Why != data.ViewOnlyFile {
		t.Fatalf("mode %v why %q", st.Mode, st.Why)
	}
	if _, err := r.Commit(0, 0, 0, scoring.Slot{}); err == nil {
		t.Fatal("a view-only round took a score")
	}
	if _, err := os.Stat(path + ".lock"); err == nil {
		t.Error("view-only took a lock")
	}
}

func mustRead(t *testing.T, p string) []byte {
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
