package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Session is a competition file opened for entering scores: the file's
// mechanics under a round (data/round), which serialises every call. A
// writer holds the one-writer lock for its whole life, journals every
// committed score (synced) before reporting it saved, and rewrites the file
// atomically. A follower (another instance holds the lock) and a view-only
// session (the file or folder cannot be written) only read.
// Its methods do I/O: never call them from a Bubble Tea Update.
type Session struct {
	Path     string
	Operator string

	// ReadOnly is set when this session cannot write: it follows another
	// instance (Holder says who) or the file is view-only (ViewOnly says why).
	ReadOnly bool
	Holder   store.Holder
	ViewOnly ViewReason
	// Recovered is how many journal entries were replayed on open.
	Recovered int
	// Notes are things the user must be told on open (entries merged after
	// the file changed, a torn journal line dropped).
	Notes []i18n.Message

	mu        sync.Mutex // guards the fields below; never held while rendering
	saving    sync.Mutex // one Save at a time
	encoding  string
	doc       *Doc // the file as last read or written
	comp      *scoring.Competition
	lock      *store.FileLock // referenced for the whole run: the OS lock lives with it
	journal   *store.Journal
	unsaved   int    // commits not yet in the file
	savedUpTo uint64 // newest journal entry the file on disk holds
	spare     spare
	watchOnly bool               // opened to follow only (the projector): never locks or writes
	warnings  []i18n.Message     // the journal as last read by a follower: damaged, entries counted or skipped
	conflicts []Conflict         // slots changed both here and in the file, unresolved
	invalid   error              // the file on disk has problems: saving waits
	overwrite bool               // the operator chose to write over the invalid file
	backlog   []store.AuditEntry // audit records not yet written (session_audit.go)
	start     *pendingStart      // the log's start record, its digest being computed (Begin)
}

// SessionOptions say how to open a file for entry.
type SessionOptions struct {
	Encoding string
	Operator string // who enters scores, for the lock and the audit log; "" = the OS user
	// Watch opens the file to follow it only (the projector): no lock is
	// taken, nothing is ever written, and taking over is refused.
	Watch    bool
	Progress func(done, total int) // Options.Progress of the first load
}

// lockFile takes the lock; tests replace it to act out a folder that
// cannot be written (root ignores permissions).
var lockFile = store.Lock

// Open loads the file at path and, when it can, takes its lock and replays
// the journal. When another instance holds the lock it opens as a follower;
// when the file, its folder or the medium cannot be written it opens view-only.
func Open(path string, opts SessionOptions) (*Session, error) {
	doc, err := LoadFile(path, Options{Encoding: opts.Encoding, Places: true, Progress: opts.Progress})
	if err != nil {
		return nil, err
	}
	s := &Session{Path: path, Operator: opts.Operator, encoding: opts.Encoding, doc: doc, comp: doc.Comp}
	if s.Operator == "" {
		s.Operator = store.OSUser()
	}
	if why := readOnlyFile(path); why != "" {
		s.follow(ViewOnlyFile)
		return s, nil
	}
	if opts.Watch {
		s.watchOnly = true
		s.Holder, _ = store.ReadHolder(path)
		s.follow("")
		return s, nil
	}
	if err := s.acquire(); err != nil {
		return nil, err
	}
	return s, nil
}

// acquire takes the lock and the journal and replays it; without the lock
// the session follows (or is view-only) and acquire returns nil.
func (s *Session) acquire() error {
	lock, err := lockFile(s.Path)
	var locked *store.LockedError
	switch {
	case errors.As(err, &locked):
		s.Holder = locked.Holder
		s.follow("")
		return nil
	case err != nil && store.IsReadOnly(err):
		s.follow(viewOnlyReason(err))
		return nil
	case err != nil:
		return err
	}
	_ = lock.SetOperator(s.Operator)
	path := s.Path
	// Saves killed midway left temporary files; the writer clears them.
	store.RemoveLeftovers(path)
	j, rec, err := store.OpenJournal(store.JournalPath(path), hashHex(s.doc.Hash))
	if err != nil {
		lock.Unlock()
		if errors.Is(err, store.ErrTooBig) || errors.Is(err, store.ErrNotRegular) || errors.Is(err, store.ErrSymlink) {
			return fileProblem(store.JournalPath(path), "store.journal_read", Reason(err))
		}
		return err
	}
	// The audit log is opened at each commit; a link there is refused now,
	// not silently at the first score.
	if err := store.CheckSideFiles(path); err != nil {
		j.Close()
		lock.Unlock()
		return err
	}
	s.lock, s.journal, s.ReadOnly, s.ViewOnly = lock, j, false, ""
	s.savedUpTo = 0
	if len(rec.Pending) > 0 {
		s.savedUpTo = rec.Pending[0].Seq - 1
	}
	// Entries made on another version of the file (it was changed while
	// they waited) are merged like an outside edit, never set aside.
	j.Adopt(rec.Orphans)
	pending := j.Pending()
	if len(rec.Orphans) > 0 {
		s.savedUpTo = 0
		s.Notes = append(s.Notes, i18n.Message{Catalog: msgs, Key: "session.orphans", Args: []any{len(rec.Orphans)}})
	}
	m := mergeRecords(s.doc.Comp, pending)
	s.comp, s.conflicts = m.comp, m.conflicts
	s.Recovered = len(pending)
	s.unsaved = len(pending)
	if rec.Damage.Dropped() {
		s.Notes = append(s.Notes, i18n.Message{Catalog: msgs, Key: "session.torn"})
	}
	return nil
}

// follow makes the session read-only: following the writer, or view-only
// for why; the journal's unsaved entries are shown too, and a journal that
// cannot be used is said, never ignored.
func (s *Session) follow(why ViewReason) {
	s.ReadOnly, s.ViewOnly = true, why
	c, st := replayReadOnly(s.Path, s.doc)
	s.comp, s.Recovered = c, st.Applied
	s.warnings = st.Warnings()
	st.Applied = 0 // Recovered says it
	s.Notes = append(s.Notes, st.Warnings()...)
}

// Warnings are what a follower must say about the writer's journal as last
// read: that it is damaged, or how many of its entries are counted or
// skipped. None for a writer.
func (s *Session) Warnings() []i18n.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.warnings
}

func hashHex(h [32]byte) string { return hex.EncodeToString(h[:]) }

// Comp is the competition with every committed score.
func (s *Session) Comp() *scoring.Competition {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.comp
}

// Unsaved is how many commits are journaled but not yet in the file.
func (s *Session) Unsaved() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.unsaved
}

// ErrReadOnly is returned by Commit on a file this session cannot write.
var ErrReadOnly error = newError(nil, "session.readonly")

// Commit stores one slot typed by the session's operator: it is journaled
// and synced to disk before Commit returns, so the caller may then say
// "saved". It returns the competition with the new slot. On error nothing
// changed.
func (s *Session) Commit(street, item, slot int, v scoring.Slot) (*scoring.Competition, error) {
	return s.CommitAll([]Change{{Street: street, Item: item, Slot: slot, Value: v}}, Origin{Operator: s.Operator, Source: "keyboard"})
}

// Save writes every committed score into the file atomically, keeping the
// user's text. It writes nothing while the file on disk differs from what
// was read (ErrChanged: Merge first), while the file is invalid (unless the
// operator chose to overwrite it), or while a conflict waits for the
// operator (ErrUnresolved). The scores stay in the journal meanwhile.
func (s *Session) Save() error {
	s.saving.Lock() // one save at a time
	defer s.saving.Unlock()
	s.mu.Lock()
	if s.ReadOnly || s.journal == nil || s.unsaved == 0 {
		s.mu.Unlock()
		return nil
	}
	if len(s.conflicts) > 0 {
		s.mu.Unlock()
		return ErrUnresolved
	}
	if s.invalid != nil && !s.overwrite {
		s.mu.Unlock()
		return ErrInvalidOnDisk
	}
	if s.invalid != nil {
		// The operator chose to write over the broken file: it is the
		// version the save checks against (an edit after this is caught).
		h, err := store.HashFile(s.Path)
		if err == nil {
			err = s.journal.Rebase(s.savedUpTo, h)
		}
		if err != nil {
			s.mu.Unlock()
			return err
		}
	}
	doc, comp, upTo, count, sp := s.doc, s.comp, s.journal.LastSeq(), s.unsaved, s.spare
	s.spare = spare{} // this save may write into it
	s.mu.Unlock()
	if readOnlyFile(s.Path) != "" {
		return ErrReadOnlyFile // made read-only meanwhile: never replaced without asking
	}

	// Commits go on while this runs: they stay in the journal (the save
	// only trims entries up to upTo) and go in the next save.
	text, at, err := saveText(doc, comp, sp)
	if err != nil {
		return err
	}
	raw, err := encodeText(text, doc)
	if err != nil {
		return err
	}
	err = s.journal.SaveChecked(s.Path, raw, upTo)
	if errors.Is(err, store.ErrChangedOnDisk) || errors.Is(err, store.ErrReplacedAfterSave) {
		return ErrChanged
	}
	if err != nil {
		return err
	}
	saved := *doc
	saved.Source, saved.Comp, saved.places = text, comp, at
	// The journal hashed what it wrote; hashing 20 MB again costs 10 ms.
	if _, err := hex.Decode(saved.Hash[:], []byte(s.journal.Base())); err != nil {
		saved.Hash = sha256.Sum256(raw)
	}
	s.mu.Lock()
	s.doc = &saved
	s.spare = spare{text: doc.Source}
	s.unsaved -= count
	s.savedUpTo = upTo
	s.invalid, s.overwrite = nil, false
	s.mu.Unlock()
	return nil
}

// saveText is the file's text with comp's scores. Changed numbers are
// replaced where they stand when the text already holds a plain number (or
// ~) for each of them; otherwise (a street's or item's first score) the
// whole text is rendered, read back and checked, which costs a full parse.
func saveText(doc *Doc, comp *scoring.Competition, sp spare) ([]byte, *places, error) {
	if text, at, ok := doc.places.splice(doc.Source, doc.Comp, comp, sp); ok {
		return text, at, nil
	}
	return render(doc.Source, comp)
}

// ChangedOnDisk reports whether someone else changed the file since it was
// last read or written by this session.
func (s *Session) ChangedOnDisk() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, err := store.HashFile(s.Path)
	return err == nil && h != hashHex(s.doc.Hash)
}

// Close releases the journal and the lock. It does not save: call Save first.
func (s *Session) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.start != nil && s.journal != nil {
		_ = s.audit(nil) // a start record still owed; a failure is as if the writer never began
	}
	if s.journal != nil {
		s.journal.Close()
		s.journal = nil
	}
	if s.lock != nil {
		err := s.lock.Unlock()
		s.lock = nil
		return err
	}
	return nil
}

// encodeText turns UTF-8 text back into the file's own encoding.
func encodeText(text []byte, doc *Doc) ([]byte, error) {
	if doc.Encoding == "gb18030" {
		out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(text)
		if err != nil {
			return nil, newError(err, "session.gb18030")
		}
		return out, nil
	}
	if doc.BOM {
		return append(bytes.Clone(utf8BOM), text...), nil
	}
	return text, nil
}

// ParseSlot reads a slot as typed or journaled: a number, ~ or recused/回避.
func ParseSlot(it *scoring.Item, text string) (scoring.Slot, error) {
	switch text {
	case "~", "":
		return scoring.Slot{}, nil
	case recusedWord, recusedZh:
		if it.Kind != scoring.Judged {
			return scoring.Slot{}, newError(nil, "slot.recuse")
		}
		return scoring.Slot{State: scoring.Recused}, nil
	}
	v, err := scoring.ParseDec(text)
	if err != nil {
		return scoring.Slot{}, newError(err, "slot.number")
	}
	if CheckValue(it, v) != "" {
		return scoring.Slot{}, newError(nil, "slot.range")
	}
	return scoring.Number(v), nil
}

// replayReadOnly applies the journal's entries for the file as it is on
// disk without writing anything (read-only instances, the projector).
func replayReadOnly(path string, doc *Doc) (*scoring.Competition, JournalState) {
	st := JournalState{Path: store.JournalPath(path)}
	rec, err := store.ReadRecovery(st.Path, hashHex(doc.Hash))
	if err != nil {
		st.Err = err
		return doc.Comp, st
	}
	e, rp := doc.Comp.Edit(), newReplayer(doc.Comp)
	for _, r := range rec.Pending {
		if err := rp.apply(doc.Comp, e, r); err == nil {
			st.Applied++
		} else {
			st.Skipped++
		}
	}
	st.Skipped += len(rec.Orphans)
	return e.Done(), st
}

// LoadWithJournal loads the file and applies the scores its entry journal
// holds that are not yet saved into it. It never writes (for the projector
// and read-only views). Doc.Journal says what was counted, or why the
// journal could not be used: show its Warnings.
func LoadWithJournal(path string, opts Options) (*Doc, error) {
	doc, err := LoadFile(path, opts)
	if err != nil {
		return nil, err
	}
	doc.Comp, doc.Journal = replayReadOnly(path, doc)
	return doc, nil
}

// DemoCopy writes the embedded demo (and its previous round) into dir under
// a new name, for entering scores into the demo without touching anything.
func DemoCopy(dir string) (string, error) {
	demo, prev := DemoFiles()
	stamp := time.Now().Format("20060102-150405")
	name := filepath.Join(dir, "亮赛比示例-"+stamp+".yaml")
	for i := 1; fileExists(name); i++ {
		name = filepath.Join(dir, fmt.Sprintf("亮赛比示例-%s-%d.yaml", stamp, i))
	}
	if p := filepath.Join(dir, DemoPrevName); !fileExists(p) {
		if err := store.WriteFileAtomic(p, prev, 0o644); err != nil {
			return "", err
		}
	}
	for _, h := range DemoHistory() {
		if p := filepath.Join(dir, h.Name); !fileExists(p) {
			if err := store.WriteFileAtomic(p, h.Body, 0o644); err != nil {
				return "", err
			}
		}
	}
	if err := store.WriteFileAtomic(name, demo, 0o644); err != nil {
		return "", err
	}
	return name, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
