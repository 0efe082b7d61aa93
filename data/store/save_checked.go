package store

import (
	"errors"
	"os"
)

// ErrReplacedAfterSave is returned by SaveChecked when, right after our
// rename, the path no longer holds what we wrote: another program replaced
// or rewrote it in the same instant. The journal was not trimmed; treat it
// as a change on disk (re-read and merge).
var ErrReplacedAfterSave = errors.New("store: file replaced by another program while saving")

// SaveChecked is Save that closes the race with other programs as far as a
// file system allows. The file is compared with the journal's base three
// times: before anything is written, once more after the temporary file is
// written and synced (just before the rename), and by identity and hash
// after the rename. The window that remains is between that last look and
// the rename itself (microseconds): an edit written in place inside it goes
// to the old, unlinked file.
func (j *Journal) SaveChecked(file string, content []byte, upTo uint64) error {
	hashed := make(chan string, 1) // the new content's hash, on another core meanwhile
	go func() { hashed <- HashContent(content) }()
	cur, err := HashFile(file)
	h := <-hashed
	if err != nil {
		return err
	}
	if cur != j.Base() {
		return ErrChangedOnDisk
	}
	before, _ := statNow(file)
	if err := j.MarkSaving(upTo, h); err != nil {
		return err
	}
	var ours os.FileInfo
	check := func(tmp string) error {
		if now, _ := statNow(file); !sameStamp(before, now) {
			return ErrChangedOnDisk
		}
		if again, err := HashFile(file); err != nil || again != cur {
			return ErrChangedOnDisk
		}
		ours, _ = statNow(tmp)
		return nil
	}
	err = writeFileChecked(file, content, 0o644, j.Faults, check)
	if errors.Is(err, ErrChangedOnDisk) {
		return err
	}
	after, serr := statNow(file)
	landed := serr == nil && ours != nil && os.SameFile(ours, after)
	if landed {
		if now, herr := HashFile(file); herr != nil || now != h {
			landed = false
		}
	}
	if err != nil {
		// A failure after the rename (syncing the folder) leaves the new
		// file in place: build on it, or the next save would see a change
		// on disk. The journal keeps every entry and the save mark.
		if landed {
			j.mu.Lock()
			j.base = h
			j.mu.Unlock()
		}
		return err
	}
	if !landed {
		return ErrReplacedAfterSave
	}
	return j.Rebase(upTo, h)
}

// sameStamp reports whether two looks at a file saw the same file, size and
// modification time (both missing counts as the same).
func sameStamp(a, b os.FileInfo) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// statNow is os.Stat with the file's identity read now, through an open
// handle. On Windows os.Stat reads the identity lazily, by path, when
// os.SameFile first needs it: by then the temporary file has been renamed
// away, and a path may name another file, so every comparison would fail
// (or pass) for the wrong reason.
func statNow(path string) (os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}
