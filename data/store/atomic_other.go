//go:build !windows

package store

import (
	"errors"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

func replaceFile(from, to string) error { return os.Rename(from, to) }

// writable reports whether this user may write the file (owner, group,
// ACL); the permission bits alone do not say it for a file of another user.
func writable(path string) bool { return unix.Access(path, unix.W_OK) == nil }

// syncDir makes a rename in dir durable. File systems that cannot sync a
// folder (EINVAL, ENOTSUP) already make renames durable on their own.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return err
	}
	return nil
}
