package data

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Saves killed midway leave ".NAME.tmp-…" files; the next writer to open
// the file removes its old ones and nothing else.
func TestSessionRemovesLeftoverTemps(t *testing.T) {
	path := copyCase(t, "example")
	dir, base := filepath.Split(path)
	old := time.Now().Add(-time.Hour)
	plant := func(name string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("half a save"), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, old, old)
		return p
	}
	leftover, other := plant("."+base+".tmp-2024"), plant(".other.yaml.tmp-2024")
	s, err := Open(path, SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Lstat(leftover); !os.IsNotExist(err) {
		t.Error("the leftover temporary file is still there")
	}
	if _, err := os.Lstat(other); err != nil {
		t.Error("another competition's file was removed")
	}
}
