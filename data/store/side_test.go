package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"liangsaibi/internal/testfs"
)

// plantVictim makes a file that side-file links will point at.
func plantVictim(t *testing.T) (string, []byte) {
	t.Helper()
	victim := filepath.Join(t.TempDir(), "victim.txt")
	want := bytes.Repeat([]byte("别人的文件 "), 200)
	if err := os.WriteFile(victim, want, 0o644); err != nil {
		t.Fatal(err)
	}
	return victim, want
}

// Every side file planted as a link to someone else's file is refused with
// ErrSymlink, and the file it points at is left byte for byte as it was.
func TestSideFileLinksAreNotFollowed(t *testing.T) {
	victim, want := plantVictim(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(file, []byte("version: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	use := map[string]func() error{
		"lock": func() error {
			l, err := Lock(file)
			if err == nil {
				l.Unlock()
			}
			return err
		},
		"holder": func() error { _, err := ReadHolder(file); return err },
		"journal open": func() error {
			_, _, err := OpenJournal(JournalPath(file), "h")
			return err
		},
		"journal read": func() error { _, err := ReadRecovery(JournalPath(file), "h"); return err },
		"audit append": func() error {
			return AppendAudit(AuditPath(file), AuditEntry{Operator: "x", Street: "s", Item: "i", New: "1"})
		},
		"audit read": func() error { _, err := ReadAudit(AuditPath(file)); return err },
	}
	paths := map[string]string{
		"lock": LockPath(file), "holder": LockPath(file),
		"journal open": JournalPath(file), "journal read": JournalPath(file),
		"audit append": AuditPath(file), "audit read": AuditPath(file),
	}
	for name, f := range use {
		t.Run(name, func(t *testing.T) {
			link := paths[name]
			testfs.Symlink(t, victim, link)
			defer os.Remove(link)
			err := f()
			if !errors.Is(err, ErrSymlink) {
				t.Errorf("error %v, want ErrSymlink", err)
			}
			if got, _ := os.ReadFile(victim); !bytes.Equal(got, want) {
				t.Fatalf("the link's target was changed:\n%.80q", got)
			}
		})
	}
}

// A journal that becomes a link after it was opened is not written through
// either: not by an append, not by the trim after a save.
func TestJournalLinkPlantedLaterIsRefused(t *testing.T) {
	victim, want := plantVictim(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(file, []byte("v1"), 0o644); err != nil {
		t.Fatal(err)
	}
	h, _ := HashFile(file)
	j, _, err := OpenJournal(JournalPath(file), h)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	testfs.Symlink(t, victim, JournalPath(file))
	if _, err := j.Append(Record{Street: "s", Item: "i", Value: "1", Old: "~"}); !errors.Is(err, ErrSymlink) {
		t.Errorf("append through a link: %v", err)
	}
	if err := j.Rebase(0, h); !errors.Is(err, ErrSymlink) {
		t.Errorf("trim through a link: %v", err)
	}
	if got, _ := os.ReadFile(victim); !bytes.Equal(got, want) {
		t.Fatal("the link's target was changed")
	}
}

// The same file reached through a link in another folder shares the one
// lock: a second instance gets LockedError, not a second writable session.
func TestLockSharedThroughSymlinkedPath(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(file, []byte("v"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "别名.yaml")
	testfs.Symlink(t, file, link)
	if LockPath(link) != LockPath(file) || JournalPath(link) != JournalPath(file) || AuditPath(link) != AuditPath(file) {
		t.Fatalf("side files differ: %s and %s", LockPath(link), LockPath(file))
	}
	_, first, release := startHelper(t, file)
	defer release()
	if first != "locked" {
		t.Fatalf("helper: %q", first)
	}
	l, err := Lock(link)
	if !errors.Is(err, ErrLocked) {
		if l != nil {
			l.Unlock()
		}
		t.Fatalf("lock through a link while the file is held: %v", err)
	}
	// A relative path names the same lock too.
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(filepath.Dir(file)); err != nil {
		t.Fatal(err)
	}
	if _, err := Lock("c.yaml"); !errors.Is(err, ErrLocked) {
		t.Fatalf("lock through a relative path: %v", err)
	}
}

// A journal of more lines than MaxJournalEntries is refused unread, and
// Append never writes a journal that could not be read back.
func TestJournalEntryCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml.journal")
	b, err := encodeLine(line{Saved: &SaveMark{UpTo: 1, Hash: "h", Time: time.Unix(0, 0).UTC()}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bytes.Repeat(b, MaxJournalEntries+1), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var ce *CountError
	if _, err := ReadRecovery(path, "h"); !errors.As(err, &ce) || !errors.Is(err, ErrTooBig) {
		t.Fatalf("read: %v, want a CountError", err)
	}
	if _, _, err := OpenJournal(path, "h"); !errors.As(err, &ce) {
		t.Fatalf("open: %v, want a CountError", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refusing took %v", d)
	}

	if err := os.WriteFile(path, bytes.Repeat(b, MaxJournalEntries/2), 0o644); err != nil {
		t.Fatal(err)
	}
	j, _, err := OpenJournal(path, "h")
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if _, err := j.Append(Record{Street: "s", Item: "i", Value: "1"}); !errors.Is(err, ErrJournalFull) {
		t.Fatalf("append to a full journal: %v", err)
	}
	// Room stays for the save mark that lets a save empty it.
	if err := j.MarkSaving(1, "h2"); err != nil {
		t.Fatalf("save mark in a full journal: %v", err)
	}
	if _, err := ReadRecovery(path, "h"); err != nil {
		t.Fatalf("what Append left cannot be read back: %v", err)
	}
}

// A file marked read-only is never replaced; the error says so.
func TestReadOnlyFileIsNotReplaced(t *testing.T) {
	path, old := writeOld(t, 0o444)
	err := WriteFileAtomic(path, []byte("new"), 0o644)
	if !errors.Is(err, ErrReadOnlyFile) || !IsReadOnly(err) {
		t.Fatalf("error %v, want ErrReadOnlyFile", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Fatalf("read-only file replaced by %q", got)
	}
	h, _ := HashFile(path)
	j, _, err := OpenJournal(JournalPath(path), h)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if err := j.Save(path, []byte("new"), 0); !errors.Is(err, ErrReadOnlyFile) {
		t.Fatalf("journal save: %v", err)
	}
	if raw, _ := os.ReadFile(JournalPath(path)); len(raw) != 0 {
		t.Errorf("a refused save left a save mark:\n%s", raw)
	}
	assertNoTempFiles(t, filepath.Dir(path))
}
