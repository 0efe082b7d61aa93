//go:build windows

package store

import (
	"errors"
	"time"

	"golang.org/x/sys/windows"
)

// replaceWait is how long a replace keeps retrying while another program
// (an antivirus scan, Excel, a backup tool) has the target open.
const replaceWait = 2 * time.Second

func replaceFile(from, to string) error {
	src, err := windows.UTF16PtrFromString(from)
	if err != nil {
		return err
	}
	dst, err := windows.UTF16PtrFromString(to)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(replaceWait)
	for {
		err = windows.MoveFileEx(src, dst, windows.MOVEFILE_REPLACE_EXISTING|windows.MOVEFILE_WRITE_THROUGH)
		if err == nil || !heldByOther(err) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// writable: the read-only attribute shows in the permission bits already.
func writable(string) bool { return true }

func heldByOther(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_ACCESS_DENIED) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}

// syncDir is a no-op: Windows cannot sync a folder, and MOVEFILE_WRITE_THROUGH
// already waits until the rename is on disk.
func syncDir(string) error { return nil }
