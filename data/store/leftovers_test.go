package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"liangsaibi/internal/testfs"
)

// Only this file's old temporary files go: not a fresh one (a save in
// progress), not a link, not a folder, not another file's, not a name
// that merely looks alike.
func TestRemoveLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.yaml")
	old := time.Now().Add(-time.Hour)
	plant := func(name string, when time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, when, when); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plant("c.yaml", old)
	gone := []string{plant(".c.yaml.tmp-123456", old), plant(".c.yaml.tmp-9", old)}
	stay := []string{
		plant(".c.yaml.tmp-777", time.Now()), // a save in progress
		plant(".d.yaml.tmp-123", old),        // another competition's
		plant(".c.yaml.journal.tmp-5", old),  // another file's
		plant(".c.yaml.tmp-12x", old),        // not a name we make
		plant("c.yaml.tmp-1", old),           // no leading dot
		plant(".c.yaml.tmp-", old),           // no number
		plant(".c.yaml.tmp-1.tmp-2", old),    // a save of ".c.yaml.tmp-1"
		filepath.Join(dir, ".c.yaml.tmp-42"), // a link (to an old file)
		filepath.Join(dir, ".c.yaml.tmp-43"), // a folder
		plant("target", old),
	}
	testfs.Symlink(t, filepath.Join(dir, "target"), stay[7])
	if err := os.Mkdir(stay[8], 0o755); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(stay[8], old, old)

	if n := RemoveLeftovers(path); n != len(gone) {
		t.Errorf("removed %d, want %d", n, len(gone))
	}
	for _, p := range gone {
		if _, err := os.Lstat(p); !os.IsNotExist(err) {
			t.Errorf("%s left", filepath.Base(p))
		}
	}
	for _, p := range append(stay, path) {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s removed", filepath.Base(p))
		}
	}
}

// A temporary file really made by a save is recognised.
func TestOwnTempMatchesCreateTemp(t *testing.T) {
	dir := t.TempDir()
	f, err := os.CreateTemp(dir, ".c.yaml.tmp-*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if !ownTemp(filepath.Base(f.Name()), ".c.yaml.tmp-") {
		t.Fatalf("%s not recognised", filepath.Base(f.Name()))
	}
}
