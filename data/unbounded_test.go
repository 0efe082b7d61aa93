//go:build unix

package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"liangsaibi/data/store"
)

const unboundedBase = "version: 1\ntitle: t\ncriteria: [{id: c, name: c, weight: 1, items: [{id: i, name: i, max: 1, judged: false}]}]\nstreets: [{id: s1, name: s}]\n"

// within runs fn and fails when it takes longer than d (a read that hangs
// on a pipe never returns: the test reports it instead of hanging too).
func within(t *testing.T, d time.Duration, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("still reading after %v", d)
	}
}

// hostilePrevious makes the file a competition's previous: names, in dir.
var hostilePrevious = map[string]func(t *testing.T, path string){
	"dev-zero": func(t *testing.T, path string) {
		if err := os.Symlink("/dev/zero", path); err != nil {
			t.Fatal(err)
		}
	},
	"fifo": func(t *testing.T, path string) {
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skip("no FIFOs here:", err)
		}
	},
	"folder": func(t *testing.T, path string) {
		if err := os.Mkdir(path, 0o700); err != nil {
			t.Fatal(err)
		}
	},
	"2GiB": func(t *testing.T, path string) {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Truncate(2 << 30); err != nil { // sparse: no disk used
			t.Fatal(err)
		}
	},
	"many-entries": func(t *testing.T, path string) {
		// 4 MB, far below the size limit, but 1.6 million entries.
		text := "streets:\n" + strings.Repeat("- {id: a}\n", 400_000)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	},
}

// Issue 17: previous: at /dev/zero ran out of memory, at a FIFO it hung, a
// 2 GiB file was read whole, millions of entries took a minute and gigabytes.
func TestPreviousReadIsBounded(t *testing.T) {
	for name, make := range hostilePrevious {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			make(t, filepath.Join(dir, "p.yaml"))
			path := filepath.Join(dir, "c.yaml")
			if err := os.WriteFile(path, []byte(unboundedBase+"previous: p.yaml\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			var err error
			n := allocated(func() { within(t, 2*time.Second, func() { _, err = LoadFile(path, Options{}) }) })
			if n > 200<<20 {
				t.Errorf("allocated %d MB", n>>20)
			}
			var ps Problems
			if !errors.As(err, &ps) || len(ps) != 1 {
				t.Fatalf("want one problem, got %v", err)
			}
			if p := ps[0]; p.Line != 5 || p.Col != 11 || !strings.HasPrefix(p.Msg.Key, "previous.") {
				t.Fatalf("want a previous problem at 5:11, got %d:%d %s", p.Line, p.Col, p.In(0))
			}
			t.Log(ps[0].In(0))
		})
	}
}

// The competition file itself must be a regular file too.
func TestCompetitionFileMustBeRegular(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"dev-zero", "fifo", "folder"} {
		path := filepath.Join(dir, name+".yaml")
		hostilePrevious[name](t, path)
		var err error
		within(t, 2*time.Second, func() { _, err = LoadFile(path, Options{}) })
		if !strings.Contains(err.Error(), "不是普通文件") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// The entry journal is read the same way: a journal that is a device, a
// pipe or huge stops the session with a clear message.
func TestJournalReadIsBounded(t *testing.T) {
	for _, name := range []string{"dev-zero", "fifo", "2GiB"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "c.yaml")
			if err := os.WriteFile(path, []byte(unboundedBase), 0o600); err != nil {
				t.Fatal(err)
			}
			hostilePrevious[name](t, store.JournalPath(path))
			var err error
			within(t, 2*time.Second, func() {
				var s *Session
				if s, err = Open(path, SessionOptions{Operator: "t"}); err == nil {
					s.Close()
				}
			})
			var ps Problems
			if !errors.As(err, &ps) || ps[0].Msg.Key != "store.journal_read" {
				t.Fatalf("want store.journal_read, got %v", err)
			}
			t.Log(ps[0].In(0))
		})
	}
}
