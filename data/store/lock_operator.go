package store

import "github.com/gofrs/flock"

// SetOperator names the person behind this lock (--operator), so other
// windows say "张三 is entering" rather than a user and a host.
func (l *FileLock) SetOperator(name string) error {
	if l == nil || name == "" {
		return nil
	}
	l.holder.Operator = name
	return writeHolder(l.path, l.holder)
}

// Probe reports whether the lock on file is free right now, by taking and
// releasing it at once. A follower uses it to offer taking over when the
// writer has gone; a writer starting in the same instant may see the file
// as held for that moment and follow instead, which is harmless.
// It leaves the holder record alone.
func Probe(file string) bool {
	fl := flock.New(LockPath(file), flock.SetPermissions(0o644))
	ok, err := fl.TryLock()
	if err != nil || !ok {
		return false
	}
	return fl.Unlock() == nil
}
