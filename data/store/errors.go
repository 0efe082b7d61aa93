package store

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// ErrReadOnlyFile is the cause of a FileError when the file to be replaced
// is marked read-only (no write permission, Windows' read-only attribute).
// It is never replaced silently: the caller asks the operator.
var ErrReadOnlyFile = errors.New("the file is marked read-only")

// FileError is every failure of this package that touches the disk. It keeps
// the operation and the path so the caller can say what went wrong where, and
// it unwraps to the system error so IsDiskFull / IsReadOnly can classify it.
type FileError struct {
	Op   string // "write", "sync", "rename", "open", "lock", ...
	Path string
	Err  error
}

func (e *FileError) Error() string { return fmt.Sprintf("store: %s %s: %v", e.Op, e.Path, e.Err) }
func (e *FileError) Unwrap() error { return e.Err }

func fileErr(op, path string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FileError
	if errors.As(err, &fe) {
		return err
	}
	return &FileError{Op: op, Path: path, Err: err}
}

// IsDiskFull reports whether err means the disk (or quota) is full.
func IsDiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || isDiskFullOS(err)
}

// IsReadOnly reports whether err means the file or folder cannot be written:
// a read-only file system, or missing permission.
func IsReadOnly(err error) bool {
	return errors.Is(err, ErrReadOnlyFile) || errors.Is(err, syscall.EROFS) || errors.Is(err, fs.ErrPermission) ||
		errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EPERM) || isReadOnlyOS(err)
}
