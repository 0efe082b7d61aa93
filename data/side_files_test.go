package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/internal/testfs"
	"liangsaibi/scoring"
)

// Opening a file for entry never writes through a lock, journal or audit
// file planted as a link to someone else's file: the victim stays byte for
// byte, and the user is told why in plain words, in both languages.
func TestOpenRefusesLinkedSideFiles(t *testing.T) {
	for _, side := range []func(string) string{store.LockPath, store.JournalPath, store.AuditPath} {
		path := copyCase(t, "example")
		victim := filepath.Join(t.TempDir(), "victim.txt")
		want := bytes.Repeat([]byte("别人的文件\n"), 300)
		if err := os.WriteFile(victim, want, 0o644); err != nil {
			t.Fatal(err)
		}
		link := side(path)
		testfs.Symlink(t, victim, link)
		name := strings.TrimPrefix(link, path)
		t.Run(name, func(t *testing.T) {
			s, err := Open(path, SessionOptions{})
			if err == nil {
				s.Close()
				t.Fatalf("opened despite a linked %s", name)
			}
			zh, en := ErrorText(err, i18n.Zh), ErrorText(err, i18n.En)
			if !strings.Contains(zh, "符号链接") || !strings.Contains(en, "symbolic link") || !strings.Contains(zh, name) {
				t.Errorf("messages do not say which file is a link:\n%s\n%s", zh, en)
			}
			if got, _ := os.ReadFile(victim); !bytes.Equal(got, want) {
				t.Fatalf("the link's target was changed:\n%.100q", got)
			}
		})
	}
}

// The same file opened through a link in another folder while it is held
// opens read-only, naming the holder: one lock for every path to a file.
func TestOpenThroughLinkSharesTheLock(t *testing.T) {
	path := copyCase(t, "example")
	first, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	dir := t.TempDir()
	link := filepath.Join(dir, "另一个名字.yaml")
	testfs.Symlink(t, path, link)
	// previous: is read beside the name given; link it too.
	prev := filepath.Join(filepath.Dir(path), "example.prev.yaml")
	testfs.Symlink(t, prev, filepath.Join(dir, "example.prev.yaml"))
	second, err := Open(link, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if !second.ReadOnly || second.Holder.PID != os.Getpid() {
		t.Fatalf("second session through a link: read-only %v, holder %+v", second.ReadOnly, second.Holder)
	}
	// A score committed in the first reaches the second through the one journal.
	c := first.Comp()
	st, it := c.FindStreet("xushui"), c.FindItem("test.paper")
	if _, err := first.Commit(st, it, 0, scoring.Number(scoring.DecFromInt(77))); err != nil {
		t.Fatal(err)
	}
	doc, err := LoadWithJournal(link, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Journal.Applied != 1 || doc.Comp.Scores[st][it][0] != scoring.Number(scoring.DecFromInt(77)) {
		t.Fatalf("through the link the journal counts %d entries", doc.Journal.Applied)
	}
}

// A damaged, oversized or linked journal is never silently ignored by a
// reader: the Doc says so, and the warning names the journal in both
// languages.
func TestLoadWithJournalReportsDamage(t *testing.T) {
	cases := map[string]func(t *testing.T, j string) error{
		"damaged": func(_ *testing.T, j string) error {
			return os.WriteFile(j, []byte("00000000\t{\"seq\":1}\n00000000\t{\"seq\":2}\n"), 0o644)
		},
		"too big": func(_ *testing.T, j string) error {
			return os.WriteFile(j, bytes.Repeat([]byte("\n"), store.MaxJournalEntries+1), 0o644)
		},
		"link": func(t *testing.T, j string) error { testfs.Symlink(t, os.DevNull, j); return nil },
	}
	for name, plant := range cases {
		t.Run(name, func(t *testing.T) {
			path := copyCase(t, "example")
			if err := plant(t, store.JournalPath(path)); err != nil {
				t.Skip(err)
			}
			doc, err := LoadWithJournal(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Journal.Err == nil {
				t.Fatal("the journal could not be read, and nothing says so")
			}
			w := doc.Journal.Warnings()
			if len(w) != 1 {
				t.Fatalf("warnings %v", w)
			}
			zh, en := w[0].In(i18n.Zh), w[0].In(i18n.En)
			if !strings.Contains(zh, "录入日志") || !strings.Contains(zh, "没有计入") ||
				!strings.Contains(en, "entry journal") || !strings.Contains(en, "do not count") ||
				!strings.Contains(en, ".journal") {
				t.Errorf("warning:\n%s\n%s", zh, en)
			}
		})
	}
	t.Run("pending", func(t *testing.T) {
		path := copyCase(t, "example")
		s, err := Open(path, SessionOptions{})
		if err != nil {
			t.Fatal(err)
		}
		c := s.Comp()
		if _, err := s.Commit(c.FindStreet("xushui"), c.FindItem("test.paper"), 0, scoring.Number(scoring.DecFromInt(60))); err != nil {
			t.Fatal(err)
		}
		s.Close()
		doc, err := LoadWithJournal(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if w := doc.Journal.Warnings(); len(w) != 1 || !strings.Contains(w[0].In(i18n.Zh), "1 个尚未保存") {
			t.Fatalf("warnings %v", w)
		}
	})
}

// A file marked read-only is never replaced by a save: the typed error
// lets the caller ask the operator, the file stays as it was and the
// score stays in the journal.
func TestSaveRefusesReadOnlyFile(t *testing.T) {
	path := copyCase(t, "example")
	s, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before, _ := os.ReadFile(path)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	c := s.Comp()
	if _, err := s.Commit(c.FindStreet("xushui"), c.FindItem("test.paper"), 0, scoring.Number(scoring.DecFromInt(60))); err != nil {
		t.Fatal(err)
	}
	err = s.Save()
	if !errors.Is(err, store.ErrReadOnlyFile) {
		t.Fatalf("save into a read-only file: %v", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Fatal("the read-only file was replaced")
	}
	if s.Unsaved() != 1 {
		t.Fatalf("unsaved = %d, want the score kept", s.Unsaved())
	}
	zh, en := ErrorText(err, i18n.Zh), ErrorText(err, i18n.En)
	if !strings.Contains(zh, "只读") || !strings.Contains(en, "read-only") {
		t.Errorf("messages:\n%s\n%s", zh, en)
	}
}
