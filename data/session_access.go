package data

import (
	"errors"
	"os"
	"syscall"

	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// ViewReason says why a file opened view-only ("" = it did not).
type ViewReason string

const (
	ViewOnlyFile   ViewReason = "file"   // the file is marked read-only
	ViewOnlyFolder ViewReason = "folder" // its folder cannot be written (no lock, journal or save)
	ViewOnlyMedia  ViewReason = "media"  // a read-only disk, CD or share
)

// Message is what the banner says: why, and what to do.
func (r ViewReason) Message() i18n.Message {
	key := "viewonly.folder"
	switch r {
	case ViewOnlyFile:
		key = "viewonly.file"
	case ViewOnlyMedia:
		key = "viewonly.media"
	}
	return i18n.Message{Catalog: msgs, Key: key}
}

// Errors of saving that are states, not failures: the scores stay in the
// journal and the round says what to do.
var (
	ErrChanged       error = newError(nil, "err.changed")
	ErrUnresolved    error = newError(nil, "session.unresolved")
	ErrInvalidOnDisk error = newError(nil, "session.invalid")
	ErrReadOnlyFile  error = newError(store.ErrReadOnlyFile, "session.readonly_file")
)

// readOnlyFile reports a file whose permission bits forbid writing (on
// Windows, the read-only attribute). Checked on the bits, not by trying,
// so it holds for root too.
func readOnlyFile(path string) ViewReason {
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o222 == 0 {
		return ViewOnlyFile
	}
	return ""
}

func viewOnlyReason(err error) ViewReason {
	if errors.Is(err, syscall.EROFS) {
		return ViewOnlyMedia
	}
	return ViewOnlyFolder
}

// Conflicts are the slots changed both here and in the file since the last
// merge, waiting for the operator.
func (s *Session) Conflicts() []Conflict {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Conflict(nil), s.conflicts...)
}

// Invalid is the file's problems when it became invalid on disk, or nil.
func (s *Session) Invalid() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.invalid
}

// Overwrite lets the next save write over a file that became invalid on
// disk: the operator chose the last good state and the scores since.
func (s *Session) Overwrite() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.invalid != nil {
		s.overwrite = true
		s.unsaved = max(s.unsaved, 1)
	}
}

// TakeOver makes a follower the writer once the writer has gone: it takes
// the lock, reads the file again and replays the journal the writer left.
// It fails with a *store.LockedError while someone still holds the file.
func (s *Session) TakeOver() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.ReadOnly || s.ViewOnly != "" {
		return nil
	}
	if s.watchOnly {
		return ErrReadOnly
	}
	doc, err := LoadFile(s.Path, Options{Encoding: s.encoding, Places: true})
	if err != nil {
		return err
	}
	s.doc, s.comp, s.Notes = doc, doc.Comp, nil
	if err := s.acquire(); err != nil {
		return err
	}
	if s.ReadOnly {
		return &store.LockedError{Path: s.Path, Holder: s.Holder}
	}
	return nil
}

// Refresh reads the file and the writer's journal again, for a follower or
// a view-only session. The holder is read again too (it may have changed).
// A file that became invalid keeps the last good state and returns its
// problems.
func (s *Session) Refresh() (*scoring.Competition, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.ReadOnly {
		return s.comp, nil
	}
	if h, err := store.HashFile(s.Path); err == nil && h != hashHex(s.doc.Hash) {
		doc, err := LoadFile(s.Path, Options{Encoding: s.encoding, Places: true})
		if err != nil {
			s.invalid = err
			return s.comp, err
		}
		s.doc, s.invalid = doc, nil
	}
	if h, err := store.ReadHolder(s.Path); err == nil && s.ViewOnly == "" {
		s.Holder = h
	}
	c, st := replayReadOnly(s.Path, s.doc)
	s.warnings = st.Warnings()
	if st.Err != nil {
		return s.comp, st.Err
	}
	s.comp, s.Recovered = c, st.Applied
	return c, nil
}

// Writable reports whether the lock is free now: the writer this session
// follows has quit or died, so it may take over.
func (s *Session) Writable() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ReadOnly && s.ViewOnly == "" && !s.watchOnly && store.Probe(s.Path)
}
