package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"liangsaibi/internal/testfs"
)

func TestSecretFileIsOwnersOnlyAndNeverFollowed(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "c.yaml")
	path := LinksPath(file)
	if _, err := ReadSecret(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	// An old file with wider bits is narrowed.
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteSecret(path, []byte("secret")); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadSecret(path); err != nil || string(got) != "secret" {
		t.Fatalf("read back %q, %v", got, err)
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", fi.Mode().Perm())
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := WriteSecret(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Fatalf("new file mode %v, want 0600", fi.Mode().Perm())
	}

	// A link planted there is neither read nor written through.
	target := filepath.Join(dir, "elsewhere")
	if err := os.WriteFile(target, []byte("theirs"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	testfs.Symlink(t, target, path)
	if _, err := ReadSecret(path); !errors.Is(err, ErrSymlink) {
		t.Fatalf("read through a link: %v", err)
	}
	if err := WriteSecret(path, []byte("x")); !errors.Is(err, ErrSymlink) {
		t.Fatalf("write through a link: %v", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "theirs" {
		t.Fatalf("the link's target was written: %q", b)
	}
	if fi, _ := os.Stat(target); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o644 {
		t.Fatalf("the link's target was chmodded: %v", fi.Mode().Perm())
	}
}
