package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFileAtomic replaces path with data so that, whatever happens (crash,
// power cut, full disk), the file afterwards holds either the old content or
// the new content, never a mix: a temporary file in the same folder is
// written, synced and closed, then renamed over the target (on Windows with
// MoveFileEx write-through, retried while another program holds the file),
// and the folder is synced so the rename itself is durable.
//
// An existing file keeps its permission bits; perm is used for a new file.
// A symlinked target is replaced at the link's destination, keeping the link.
// On failure the temporary file is removed and the old file is untouched;
// the error is a *FileError that IsDiskFull / IsReadOnly can classify.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	return writeFileAtomic(path, data, perm, nil)
}

// writeFileAtomic is WriteFileAtomic with faults injected by tests.
func writeFileAtomic(path string, data []byte, perm os.FileMode, faults *Faults) error {
	return writeFileChecked(path, data, perm, faults, nil)
}

// writeFileChecked is writeFileAtomic that calls check, when set, with the
// synced temporary file just before the rename: an error from check
// cancels the replace (a save's last look at the file).
func writeFileChecked(path string, data []byte, perm os.FileMode, faults *Faults, check func(tmp string) error) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			return fileErr("write", path, ErrNotRegular)
		}
		perm = info.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fileErr("stat", path, err)
	}

	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fileErr("create", path, err)
	}
	tmpName := tmp.Name()
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			_ = os.Remove(tmpName)
		}
	}()

	if err := writeAt(tmp, data, 0, faults); err != nil {
		return fileErr("write", path, err)
	}
	if err := tmp.Chmod(perm); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fileErr("chmod", path, err)
	}
	if err := syncFile(tmp, faults); err != nil {
		return fileErr("sync", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fileErr("close", path, err)
	}
	if check != nil {
		if err := check(tmpName); err != nil {
			return err
		}
	}
	if err := faults.err(OpRename); err != nil {
		return fileErr("rename", path, err)
	}
	if err := replaceFile(tmpName, path); err != nil {
		return fileErr("rename", path, err)
	}
	done = true
	if err := faults.err(OpSyncDir); err != nil {
		return fileErr("syncdir", dir, err)
	}
	return fileErr("syncdir", dir, syncDir(dir))
}
