// Package testfs holds file-system helpers for tests that need what not
// every system gives: a symbolic link that really is one.
package testfs

import (
	"os"
	"testing"
)

// Symlink makes link point at target, or skips the test where the system
// cannot: no permission to make links (Windows without developer mode), or
// a link call that reports success and makes nothing (Wine 8's
// CreateSymbolicLinkW is a stub).
func Symlink(t testing.TB, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skip("symbolic links unavailable:", err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Skip("os.Symlink reported success but made no symbolic link (Wine)")
	}
}
