package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// ErrLocked is matched (errors.Is) by a *LockedError.
var ErrLocked = errors.New("store: file is in use by another instance")

// Holder says who holds a lock. Zero fields mean the holder did not (yet)
// write them.
type Holder struct {
	Operator string    `json:"operator,omitempty"` // --operator, the name people know
	User     string    `json:"user"`
	Host     string    `json:"host"`
	PID      int       `json:"pid"`
	Since    time.Time `json:"since"`
}

// LockedError is returned by Lock when another instance holds the file.
type LockedError struct {
	Path   string
	Holder Holder
}

func (e *LockedError) Error() string {
	h := e.Holder
	return fmt.Sprintf("store: %s is locked by %s@%s (pid %d) since %s",
		e.Path, h.User, h.Host, h.PID, h.Since.Format(time.RFC3339))
}
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// FileLock is the one-writer lock on a competition file, held for the whole
// run. Keep it referenced: the operating system lock goes with the object.
type FileLock struct {
	fl     *flock.Flock
	path   string
	holder Holder
}

// The lock file's first byte is left alone: on Windows LockFileEx locks it,
// and a locked byte cannot be read by others. The holder's JSON starts at
// holderOffset and is padded with spaces to holderSize bytes so a shorter
// record fully covers a longer old one without truncating.
const (
	holderOffset = 1
	holderSize   = 1024
)

// Lock takes the one-writer lock on the competition file at file (the lock
// file is LockPath(file)) without waiting. If another process holds it, the
// error is a *LockedError naming the holder.
//
// The lock file is never followed if it is a symbolic link (ErrSymlink),
// and it sits beside the resolved file, so every path to one file shares
// one lock.
func Lock(file string) (*FileLock, error) {
	path := LockPath(file)
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		return nil, fileErr("lock", path, ErrSymlink)
	}
	fl := flock.New(path, flock.SetPermissions(0o644), flock.SetFlag(os.O_CREATE|os.O_RDWR|noFollow))
	ok, err := fl.TryLock()
	if err != nil {
		if fi, lerr := os.Lstat(path); lerr == nil && fi.Mode()&os.ModeSymlink != 0 {
			err = ErrSymlink
		}
		return nil, fileErr("lock", path, err)
	}
	if !ok {
		h, _ := ReadHolder(file)
		return nil, &LockedError{Path: file, Holder: h}
	}
	if err := checkLocked(fl, path); err != nil {
		_ = fl.Unlock()
		return nil, fileErr("lock", path, err)
	}
	host, _ := os.Hostname()
	l := &FileLock{fl: fl, path: path, holder: Holder{
		User: OSUser(), Host: host, PID: os.Getpid(), Since: time.Now().UTC().Truncate(time.Second),
	}}
	// If this fails the lock still protects the file; others just cannot
	// say who holds it.
	_ = writeHolder(path, l.holder)
	return l, nil
}

// Holder is who this lock says holds the file (this process).
func (l *FileLock) Holder() Holder { return l.holder }

// Unlock releases the lock (on quit). The lock file stays: deleting it
// would let two instances lock two different files of the same name.
func (l *FileLock) Unlock() error {
	if l == nil || l.fl == nil {
		return nil
	}
	return fileErr("unlock", l.path, l.fl.Unlock())
}

// checkLocked makes sure the file the lock library opened is a regular
// file at path itself, not a link's target or a device swapped in.
func checkLocked(fl *flock.Flock, path string) error {
	fi, err := fl.Stat()
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return ErrNotRegular
	}
	return checkLockHandle(path, fi)
}

func writeHolder(path string, h Holder) error {
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	if len(b) < holderSize-1 {
		b = append(b, '\n')
		b = append(b, bytes.Repeat([]byte{' '}, holderSize-len(b))...)
	}
	f, err := openSide(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteAt(b, holderOffset)
	return err
}

// ReadHolder reads who holds (or last held) the lock on file.
func ReadHolder(file string) (Holder, error) {
	var h Holder
	f, err := openSide(LockPath(file), os.O_RDONLY, 0)
	if err != nil {
		return h, err
	}
	defer f.Close()
	buf := make([]byte, 4*holderSize)
	n, err := f.ReadAt(buf, holderOffset)
	if n == 0 {
		return h, err
	}
	text := strings.TrimSpace(string(buf[:n]))
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	err = json.Unmarshal([]byte(text), &h)
	return h, err
}
