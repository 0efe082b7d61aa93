package store

import (
	"errors"
	"io"
	"os"
	"path/filepath"
)

// ErrSymlink is the cause of a FileError when a lock, journal or audit file
// is a symbolic link (or, on Windows, any reparse point). Side files are
// never followed: a link planted there would make the program write into
// whatever file it points at.
var ErrSymlink = errors.New("is a symbolic link")

// Resolve is the path of the file itself, every symbolic link resolved, so
// that two paths to one file (say a link in another folder) name the same
// lock, journal and audit log. A relative path stays relative (it names
// the same file on disk as its absolute form, and messages stay short); a
// file that does not exist yet is its own path.
func Resolve(file string) string {
	if real, err := filepath.EvalSymlinks(file); err == nil {
		return real
	}
	return file
}

// Files kept beside a competition file FILE, after symbolic links are
// resolved: FILE.lock, FILE.journal, FILE.audit.jsonl.
func JournalPath(file string) string { return Resolve(file) + ".journal" }
func AuditPath(file string) string   { return Resolve(file) + ".audit.jsonl" }
func LockPath(file string) string    { return Resolve(file) + ".lock" }

// CheckSideFiles refuses, before anything is opened, a competition file
// whose lock, journal or audit log is a symbolic link: the user learns it
// on open rather than at the first score.
func CheckSideFiles(file string) error {
	for _, p := range []string{LockPath(file), JournalPath(file), AuditPath(file), HeadPath(AuditPath(file))} {
		if fi, err := os.Lstat(p); err == nil && fi.Mode()&os.ModeSymlink != 0 {
			return fileErr("open", p, ErrSymlink)
		}
	}
	return nil
}

// openSide opens a side file without following a symbolic link at path
// (openNoFollow, per OS) and refuses anything but a regular file.
func openSide(path string, flag int, perm os.FileMode) (*os.File, error) {
	f, err := openNoFollow(path, flag, perm)
	if err != nil {
		if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
			err = ErrSymlink
		}
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = ErrNotRegular
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// readSide is ReadRegular for a side file: a symbolic link is refused,
// not followed.
func readSide(path string, limit int64) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		return nil, fileErr("read", path, ErrSymlink)
	}
	if err := checkRegular(path, fi, limit); err != nil {
		return nil, err
	}
	f, err := openSide(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	defer f.Close()
	return readCapped(f, path, limit)
}

func readCapped(f *os.File, path string, limit int64) ([]byte, error) {
	open, err := f.Stat()
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	if err := checkRegular(path, open, limit); err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	if int64(len(raw)) > limit {
		return nil, fileErr("read", path, &SizeError{Path: path, Size: int64(len(raw)), Limit: limit})
	}
	return raw, nil
}
