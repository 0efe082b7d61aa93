//go:build windows

package store

import (
	"os"

	"golang.org/x/sys/windows"
)

// noFollow has no open flag equivalent for os.OpenFile on Windows; the lock
// is checked after opening instead (checkLockHandle).
const noFollow = 0

// openNoFollow opens path with FILE_FLAG_OPEN_REPARSE_POINT, so a symbolic
// link or junction is opened itself rather than its target, and refuses it.
func openNoFollow(path string, flag int, _ os.FileMode) (*os.File, error) {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	var access uint32 = windows.GENERIC_READ
	switch {
	case flag&os.O_RDWR != 0:
		access |= windows.GENERIC_WRITE
	case flag&os.O_WRONLY != 0:
		access = windows.GENERIC_WRITE
	}
	var disp uint32 = windows.OPEN_EXISTING
	switch {
	case flag&os.O_CREATE != 0 && flag&os.O_EXCL != 0:
		disp = windows.CREATE_NEW
	case flag&os.O_CREATE != 0:
		disp = windows.OPEN_ALWAYS
	}
	h, err := windows.CreateFile(p, access,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE,
		nil, disp, windows.FILE_ATTRIBUTE_NORMAL|windows.FILE_FLAG_OPEN_REPARSE_POINT, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	var info windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(h, &info); err != nil {
		windows.CloseHandle(h)
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	if info.FileAttributes&windows.FILE_ATTRIBUTE_REPARSE_POINT != 0 {
		windows.CloseHandle(h)
		return nil, ErrSymlink
	}
	return os.NewFile(uintptr(h), path), nil
}

// checkLockHandle refuses a lock file that the lock library opened through
// a link: the handle it locked must be the file at path itself.
func checkLockHandle(path string, handle os.FileInfo) error {
	fi, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if fi.Mode()&(os.ModeSymlink|os.ModeIrregular) != 0 || !os.SameFile(fi, handle) {
		return ErrSymlink
	}
	return nil
}
