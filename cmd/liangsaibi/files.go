package main

import (
	"errors"
	"io/fs"
	"os"

	"liangsaibi/data"
)

// errExists says a file is already there; we never overwrite one.
var errExists = fs.ErrExist

// createNew writes body to a new file at path, refusing to replace an
// existing file: people's competition files are never overwritten.
func createNew(path string, body []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(body); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// reportCreateError explains why a file could not be written.
func reportCreateError(e *env, path string, err error) {
	switch {
	case errors.Is(err, fs.ErrExist):
		e.errorf("file.exists", path)
	case errors.Is(err, fs.ErrPermission):
		e.errorf("file.permission", path)
	case errors.Is(err, fs.ErrNotExist):
		e.errorf("file.no_dir", path)
	default:
		e.errorf("file.write", path, data.Why(err))
	}
}
