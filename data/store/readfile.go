package store

import (
	"errors"
	"fmt"
	"os"
)

// Sizes above which a file next to a competition is refused unread. A
// journal is trimmed at every save, so typing leaves a few entries; an
// import is one batch that must fit whole (a judge's city sheet is ~54,000
// scores, ~10 MB), since a batch is all in or all out. An audit log grows by
// one line per entered score.
const (
	MaxJournalSize = 64 << 20
	MaxAuditSize   = 256 << 20
)

// MaxJournalEntries bounds the lines (entries and save marks) a journal is
// read with, so a hostile journal of tiny lines cannot make replay run for
// minutes. Append keeps a journal within both limits, so whatever it wrote
// can always be read back.
const MaxJournalEntries = 400_000

// ErrNotRegular is matched (errors.Is) when a path names a device, a pipe,
// a folder or anything else that is not an ordinary file: reading
// /dev/zero never ends and opening a FIFO waits for a writer. It is also
// the cause of a FileError when the path to be replaced is not a file.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooBig is matched (errors.Is) by a *SizeError.
var ErrTooBig = errors.New("file too large")

// SizeError is a file larger than its limit. Size is what was seen: the
// size the file system reports, or Limit+1 when it grew while being read.
type SizeError struct {
	Path        string
	Size, Limit int64
}

func (e *SizeError) Error() string {
	return fmt.Sprintf("%s: %d bytes, at most %d", e.Path, e.Size, e.Limit)
}
func (e *SizeError) Is(target error) bool { return target == ErrTooBig }

// CountError is a journal of more than Limit lines.
type CountError struct {
	Path  string
	Limit int
}

func (e *CountError) Error() string {
	return fmt.Sprintf("%s: more than %d entries", e.Path, e.Limit)
}
func (e *CountError) Is(target error) bool { return target == ErrTooBig }

// ReadRegular reads the file at path if it is a regular file (symbolic
// links are followed) of at most limit bytes. The mode and size are checked
// before the file is opened and again on the open file, so a device or a
// pipe is never read and a file that grows is cut off at limit+1 bytes.
// Errors are *FileError; a missing file still matches fs.ErrNotExist.
func ReadRegular(path string, limit int64) ([]byte, error) {
	// A file replaced between the check and the open (another process's
	// atomic save, a rename) is read again: that is not a device.
	for range 3 {
		data, err := readRegular(path, limit)
		if !errors.Is(err, errReplaced) {
			return data, err
		}
	}
	return nil, fileErr("read", path, ErrNotRegular)
}

// errReplaced: the path named another file by the time it was opened.
var errReplaced = errors.New("replaced while opened")

func readRegular(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	if err := checkRegular(path, fi, limit); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	defer f.Close()
	open, err := f.Stat()
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	if !os.SameFile(fi, open) { // replaced between the check and the open
		return nil, errReplaced
	}
	return readCapped(f, path, limit)
}

func checkRegular(path string, fi os.FileInfo, limit int64) error {
	if !fi.Mode().IsRegular() {
		return fileErr("read", path, ErrNotRegular)
	}
	if fi.Size() > limit {
		return fileErr("read", path, &SizeError{Path: path, Size: fi.Size(), Limit: limit})
	}
	return nil
}
