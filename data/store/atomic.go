package store

import (
	"bufio"
	"errors"
	"io"
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
// A file marked read-only is never replaced (ErrReadOnlyFile): the user
// marked it so on purpose, and only they may decide to overwrite it.
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
	return replace(path, data, perm, faults, check)
}

// writeSideAtomic is WriteFileAtomic for a side file (journal, conflict
// copy): a symbolic link there is refused, never followed.
func writeSideAtomic(path string, data []byte) error {
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		return fileErr("write", path, ErrSymlink)
	}
	return replace(path, data, 0o644, nil, nil)
}

// Replaceable checks that the file at path, if there is one, may be
// replaced: a regular file not marked read-only. It returns its
// permission bits (perm when there is no file yet).
func Replaceable(path string, perm os.FileMode) (os.FileMode, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return perm, nil
	case err != nil:
		return 0, fileErr("stat", path, err)
	case !info.Mode().IsRegular():
		return 0, fileErr("write", path, ErrNotRegular)
	case info.Mode().Perm()&0o222 == 0 || !writable(path):
		return 0, fileErr("write", path, ErrReadOnlyFile)
	}
	return info.Mode().Perm(), nil
}

// WriteFileStream is WriteFileAtomic for a file written as it is made
// (an export of 30,000 streets): write gets the temporary file through a
// buffer, so memory does not grow with the file. An error from write
// cancels the replace and comes back as it is; an error of the file itself
// (disk full) is a *FileError.
func WriteFileStream(path string, perm os.FileMode, write func(io.Writer) error) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	return replaceWith(path, perm, nil, nil, func(f *os.File) error {
		w := &errWriter{w: bufio.NewWriterSize(f, 64<<10)}
		err := write(w)
		if w.err != nil {
			return fileErr("write", path, w.err)
		}
		if err != nil {
			return err
		}
		return fileErr("write", path, w.w.Flush())
	})
}

// errWriter remembers the first write error, so that a writer's failure
// tells the file's own error from the producer's.
type errWriter struct {
	w   *bufio.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// replace writes data over path itself (a link there is replaced, not
// followed). check, when set, has the last look before the rename.
func replace(path string, data []byte, perm os.FileMode, faults *Faults, check func(tmp string) error) error {
	return replaceWith(path, perm, faults, check, func(tmp *os.File) error {
		return fileErr("write", path, writeAt(tmp, data, 0, faults))
	})
}

// replaceWith is replace with the content written by write.
func replaceWith(path string, perm os.FileMode, faults *Faults, check func(tmp string) error, write func(*os.File) error) error {
	perm, err := Replaceable(path, perm)
	if err != nil {
		return err
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

	if err := write(tmp); err != nil {
		return err
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
