package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/windows"
)

// TestLockLeavesTheHolderReadable checks why the holder record starts at
// holderOffset: LockFileEx makes the locked first byte unreadable through
// any other handle, but the rest of the lock file stays readable, so a
// second instance can say who holds the file.
func TestLockLeavesTheHolderReadable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.yaml")
	l, err := Lock(file)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	f, err := os.Open(LockPath(file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = f.ReadAt(make([]byte, 1), 0)
	if err == nil && underWine() {
		t.Skip("Wine keeps LockFileEx locks advisory: the locked byte reads fine (Windows refuses with ERROR_LOCK_VIOLATION)")
	}
	if !errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
		t.Errorf("reading the locked byte: %v, want ERROR_LOCK_VIOLATION", err)
	}
	h, err := ReadHolder(file)
	if err != nil || h.PID != os.Getpid() {
		t.Errorf("holder %+v, %v; want this process", h, err)
	}
}

// underWine reports whether the test runs under Wine, whose ntdll.dll
// exports wine_get_version.
func underWine() bool {
	return windows.NewLazySystemDLL("ntdll.dll").NewProc("wine_get_version").Find() == nil
}
