//go:build !windows

package store

import (
	"errors"
	"os"
	"syscall"
)

func replaceFile(from, to string) error { return os.Rename(from, to) }

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
