package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// copyCase copies a spec vector (and its previous round) into a temp dir.
func copyCase(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{name + ".yaml", name + ".prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join(specDir, f))
		if err != nil {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, f), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, name+".yaml")
}

func TestSessionCommitSaveReopen(t *testing.T) {
	path := copyCase(t, "example")
	s, err := Open(path, SessionOptions{Operator: "测试员"})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Comp()
	st, it := c.FindStreet("xushui"), c.FindItem("compete.talk")
	for j := range c.Judges {
		if _, err := s.Commit(st, it, j, scoring.Number(scoring.DecFromInt(int64(7+j%3)))); err != nil {
			t.Fatal(err)
		}
	}
	if s.Unsaved() != 5 {
		t.Fatalf("unsaved = %d", s.Unsaved())
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	doc, err := LoadFile(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := scoring.Compute(doc.Comp).RowOf(st).Items[it].String(); got != "7.67" { // [7, 8, 9, 7, 8] drops 9 and one 7
		t.Fatalf("compete.talk of xushui = %q after reloading, want 7.67", got)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), "# ~ = not scored yet") || !strings.Contains(string(raw), "compete.talk: [7, 8, 9, 7, 8]") {
		t.Fatalf("file lost comments or scores:\n%s", raw)
	}
	audit, err := store.ReadAudit(store.AuditPath(path))
	if err != nil || len(audit) != 5 || audit[0].Operator != "测试员" || audit[0].New != "7" || audit[0].Old != "~" {
		t.Fatalf("audit = %+v, %v", audit, err)
	}
}

func TestSessionRecoversUnsavedEntries(t *testing.T) {
	path := copyCase(t, "example")
	s, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Comp()
	st, it := c.FindStreet("tongbailu"), c.FindItem("test.paper")
	if _, err := s.Commit(st, it, 0, scoring.Number(scoring.DecFromInt(99))); err != nil {
		t.Fatal(err)
	}
	s.Close() // as if the program died: no Save
	s2, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.Recovered != 1 || s2.Comp().Scores[st][it][0] != scoring.Number(scoring.DecFromInt(99)) {
		t.Fatalf("recovered %d, slot %+v", s2.Recovered, s2.Comp().Scores[st][it][0])
	}
}

func TestSessionNeverOverwritesAnotherProgramsChange(t *testing.T) {
	path := copyCase(t, "example")
	s, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := s.Comp()
	if _, err := s.Commit(c.FindStreet("tongbailu"), c.FindItem("test.paper"), 0, scoring.Number(scoring.DecFromInt(50))); err != nil {
		t.Fatal(err)
	}
	edited := "# edited by hand\n" + string(mustRead(t, path))
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if !s.ChangedOnDisk() {
		t.Fatal("change on disk not noticed")
	}
	if err := s.Save(); !errors.Is(err, ErrChanged) {
		t.Fatalf("want ErrChanged, got %v", err)
	}
	if string(mustRead(t, path)) != edited {
		t.Fatal("the hand edit was overwritten")
	}
	m, err := s.Merge(Origin{Operator: "t"})
	if err != nil || m == nil || m.Kept != 1 || len(m.Conflicts) != 0 {
		t.Fatalf("merge: %+v %v", m, err)
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	got := string(mustRead(t, path))
	if !strings.HasPrefix(got, "# edited by hand\n") || !strings.Contains(got, "test.paper: 50") {
		t.Fatalf("merge lost a side:\n%s", got)
	}
	if matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*conflict*")); len(matches) > 0 {
		t.Fatalf("conflict copies: %v", matches)
	}
}

func TestSessionDiskFullIsAnErrorAndLosesNothing(t *testing.T) {
	path := copyCase(t, "example")
	before := mustRead(t, path)
	s, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := s.Comp()
	st, it := c.FindStreet("tongbailu"), c.FindItem("test.paper")
	if _, err := s.Commit(st, it, 0, scoring.Number(scoring.DecFromInt(60))); err != nil {
		t.Fatal(err)
	}
	s.journal.Faults = &store.Faults{}
	restore := s.journal.Faults.Inject(store.OpWrite, syscall.ENOSPC)
	err = s.Save()
	if !store.IsDiskFull(err) {
		t.Fatalf("want disk full, got %v", err)
	}
	if _, err := s.Commit(st, it, 0, scoring.Number(scoring.DecFromInt(61))); err == nil {
		t.Fatal("a commit on a full disk must fail, not say saved")
	}
	restore()
	if string(mustRead(t, path)) != string(before) {
		t.Fatal("a failed save changed the file")
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mustRead(t, path)), "test.paper: 60 ") {
		t.Fatalf("entry lost:\n%s", mustRead(t, path))
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Scores committed while a save is rendering are not lost and not counted
// as saved: they go into the next save.
func TestSessionCommitsDuringSaveStayPending(t *testing.T) {
	path := copyCase(t, "example")
	s, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := s.Comp()
	st, it := c.FindStreet("tongbailu"), c.FindItem("test.paper")
	if _, err := s.Commit(st, it, 0, scoring.Number(scoring.DecFromInt(70))); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- s.Save() }()
	for v := int64(71); v < 91; v++ {
		if _, err := s.Commit(st, it, 0, scoring.Number(scoring.DecFromInt(v))); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if s.Unsaved() != 0 {
		t.Fatalf("unsaved = %d after the last save", s.Unsaved())
	}
	s.Close()
	doc, err := LoadFile(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Comp.Scores[st][it][0]; got != scoring.Number(scoring.DecFromInt(90)) {
		t.Fatalf("file holds %+v, want the last commit 90", got)
	}
}
