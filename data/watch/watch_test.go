package watch

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// changed reports whether w reports a change within d.
func changed(w *Watcher, d time.Duration) bool {
	select {
	case <-w.changes:
		return true
	case <-time.After(d):
		return false
	}
}

// eventually polls cond every few milliseconds until it holds or 5 s pass.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after 5 s: %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func write(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// replace saves like store.WriteFileAtomic: a new file renamed over the old.
func replace(t *testing.T, path, body string) {
	t.Helper()
	tmp := path + ".tmp"
	write(t, tmp, body)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func TestReportsWritesRenamesAndTheJournal(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
	}{
		{"events", Options{Debounce: 20 * time.Millisecond, Poll: time.Hour}},
		{"polling", Options{Debounce: 20 * time.Millisecond, Poll: 10 * time.Millisecond, PollOnly: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "比赛.yaml")
			write(t, file, "v1")
			w, err := Start(tc.opts, file, file+".journal")
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()

			// Another file in the folder is not a change.
			write(t, filepath.Join(dir, "other.yaml"), "x")
			if changed(w, 200*time.Millisecond) {
				t.Fatal("a change of another file was reported")
			}
			for i, step := range []func(){
				func() { replace(t, file, "version two") },
				func() { write(t, file+".journal", "{}\n") },
				func() { write(t, file, "a third, longer version") },
			} {
				step()
				if !changed(w, 5*time.Second) {
					t.Fatalf("step %d: no change reported", i)
				}
			}
		})
	}
}

// A burst of saves is one change, reported once the burst is over.
func TestDebouncesABurst(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.yaml")
	w, err := Start(Options{Debounce: 100 * time.Millisecond, Poll: time.Hour}, file)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for i := range 5 {
		write(t, file, string(rune('a'+i)))
	}
	if !changed(w, 5*time.Second) {
		t.Fatal("no change reported")
	}
	if changed(w, 300*time.Millisecond) {
		t.Fatal("one burst was reported twice")
	}
}

func TestCloseEndsNext(t *testing.T) {
	w, err := Start(Options{}, filepath.Join(t.TempDir(), "c.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan bool)
	go func() { done <- w.Next() }()
	w.Close()
	w.Close() // twice is fine
	var ok bool
	eventually(t, "Next returns after Close", func() bool {
		select {
		case ok = <-done:
			return true
		default:
			return false
		}
	})
	if ok {
		t.Fatal("Next reported a change after Close")
	}
}
