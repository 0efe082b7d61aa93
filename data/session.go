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

// Session is a competition file opened for entering scores. It holds the
// one-writer lock for its whole life, journals every committed score
// (synced) before reporting it saved, and rewrites the file atomically.
// Its methods do I/O: call them from a tea.Cmd, never from Update.
type Session struct {
	Path     string
	Operator string

	// ReadOnly is set when another instance holds the file; Holder says who.
	ReadOnly bool
	Holder   store.Holder
	// Recovered is how many journal entries were replayed on open.
	Recovered int
	// Notes are things the user must be told on open (orphaned entries kept
	// in a copy, a torn journal line dropped).
	Notes []i18n.Message

	mu      sync.Mutex // guards the fields below; never held while rendering
	saving  sync.Mutex // one Save at a time
	doc     *Doc       // the file as last read or written
	comp    *scoring.Competition
	lock    *store.FileLock // referenced for the whole run: the OS lock lives with it
	journal *store.Journal
	unsaved int // commits not yet in the file
	spare   spare
}

// ConflictError means the file was changed by someone else since it was
// loaded: it was not overwritten, and our version went to Copy.
type ConflictError struct{ Copy string }

func (e *ConflictError) Error() string { return e.Message().In(i18n.Zh) }

// In is the error for a person in l.
func (e *ConflictError) In(l i18n.Lang) string { return e.Message().In(l) }

// Message is the error for a person, in either language.
func (e *ConflictError) Message() i18n.Message {
	return i18n.Message{Catalog: msgs, Key: "session.conflict", Args: []any{e.Copy}}
}

// SessionOptions say how to open a file for entry.
type SessionOptions struct {
	Encoding string
	Operator string // who enters scores, for the audit log; "" = the OS user
}

// Open loads the file at path, takes its lock (or opens it read-only when
// another instance has it) and replays the journal.
func Open(path string, opts SessionOptions) (*Session, error) {
	doc, err := LoadFile(path, Options{Encoding: opts.Encoding, Places: true})
	if err != nil {
		return nil, err
	}
	s := &Session{Path: path, Operator: opts.Operator, doc: doc, comp: doc.Comp}
	if s.Operator == "" {
		s.Operator = store.OSUser()
	}
	lock, err := store.Lock(path)
	var locked *store.LockedError
	switch {
	case errors.As(err, &locked):
		s.ReadOnly, s.Holder = true, locked.Holder
		var st JournalState
		s.comp, st = replayReadOnly(path, doc)
		s.Recovered, st.Applied = st.Applied, 0 // Recovered says it
		s.Notes = append(s.Notes, st.Warnings()...)
		return s, nil
	case err != nil:
		return nil, err
	}
	s.lock = lock
	j, rec, err := store.OpenJournal(store.JournalPath(path), hashHex(doc.Hash))
	if err != nil {
		lock.Unlock()
		if errors.Is(err, store.ErrTooBig) || errors.Is(err, store.ErrNotRegular) || errors.Is(err, store.ErrSymlink) {
			return nil, fileProblem(store.JournalPath(path), "store.journal_read", Reason(err))
		}
		return nil, err
	}
	s.journal = j
	// The audit log is opened at each commit; a link there is refused now,
	// not silently at the first score.
	if err := store.CheckSideFiles(path); err != nil {
		s.Close()
		return nil, err
	}
	rp := newReplayer(s.comp)
	for _, r := range rec.Pending {
		c, err := rp.apply(s.comp, r)
		if err != nil {
			s.Close()
			return nil, newError(err, "journal.apply", store.JournalPath(path), Explain(err))
		}
		s.comp = c
	}
	s.Recovered = len(rec.Pending)
	s.unsaved = len(rec.Pending)
	if rec.Damage.Dropped() {
		s.Notes = append(s.Notes, i18n.Message{Catalog: msgs, Key: "session.torn"})
	}
	if len(rec.Orphans) > 0 {
		raw, _ := store.ReadSide(store.JournalPath(path), store.MaxJournalSize)
		cp, err := store.ConflictCopy(store.JournalPath(path), raw, time.Now())
		if err != nil {
			s.Close()
			return nil, err
		}
		s.Notes = append(s.Notes, i18n.Message{Catalog: msgs, Key: "session.orphans", Args: []any{len(rec.Orphans), cp}})
	}
	return s, nil
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

// ErrReadOnly is returned by Commit on a file another instance holds.
var ErrReadOnly error = newError(nil, "session.readonly")

// Commit stores one slot: it is journaled and synced to disk before Commit
// returns, so the caller may then say "saved". It returns the competition
// with the new slot. On error nothing changed.
func (s *Session) Commit(street, item, slot int, v scoring.Slot) (*scoring.Competition, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ReadOnly || s.journal == nil {
		return s.comp, ErrReadOnly
	}
	c := s.comp
	old := c.Scores[street][item][slot]
	if old == v {
		return c, nil
	}
	it := &c.Items[item]
	rec := store.Record{Street: c.Streets[street].ID, Item: it.ID, Value: slotText(v), Old: slotText(old)}
	if it.Kind == scoring.Judged {
		rec.Judge = c.Judges[slot].ID
	}
	stored, err := s.journal.Append(rec)
	if err != nil {
		return c, err
	}
	s.comp = c.WithSlot(street, item, slot, v)
	s.unsaved++
	// The audit log is the human trail; the journal is the durable record,
	// so a failure here does not undo the commit.
	_ = store.AppendAudit(store.AuditPath(s.Path), store.AuditEntry{
		Time: stored.Time, Operator: s.Operator, Street: rec.Street, Item: rec.Item,
		Judge: rec.Judge, Old: rec.Old, New: rec.Value,
	})
	return s.comp, nil
}

// Save writes every committed score into the file atomically, keeping the
// user's text. If the file changed on disk since it was read, it is not
// overwritten: our version is saved next to it and a *ConflictError says where.
func (s *Session) Save() error {
	s.saving.Lock() // one save at a time
	defer s.saving.Unlock()
	s.mu.Lock()
	if s.ReadOnly || s.journal == nil || s.unsaved == 0 {
		s.mu.Unlock()
		return nil
	}
	doc, comp, upTo, count, sp := s.doc, s.comp, s.journal.LastSeq(), s.unsaved, s.spare
	s.spare = spare{} // this save may write into it
	s.mu.Unlock()

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
	err = s.journal.Save(s.Path, raw, upTo)
	if errors.Is(err, store.ErrChangedOnDisk) {
		cp, werr := store.ConflictCopy(s.Path, raw, time.Now())
		if werr != nil {
			return werr
		}
		return &ConflictError{Copy: cp}
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

// Reload reads the file again after someone else changed it. It refuses
// while scores are unsaved (Save then keeps a conflict copy instead).
func (s *Session) Reload() (*scoring.Competition, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.unsaved > 0 {
		return s.comp, newError(nil, "session.not_reloaded")
	}
	doc, err := LoadFile(s.Path, Options{Encoding: s.doc.Encoding, Places: true})
	if err != nil {
		return s.comp, err
	}
	if s.journal != nil {
		s.journal.Close()
		j, _, err := store.OpenJournal(store.JournalPath(s.Path), hashHex(doc.Hash))
		if err != nil {
			return s.comp, err
		}
		s.journal = j
	}
	s.doc, s.comp = doc, doc.Comp
	return s.comp, nil
}

// Close releases the journal and the lock. It does not save: call Save first.
func (s *Session) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
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
	c, rp := doc.Comp, newReplayer(doc.Comp)
	for _, r := range rec.Pending {
		if c2, err := rp.apply(c, r); err == nil {
			c, st.Applied = c2, st.Applied+1
		} else {
			st.Skipped++
		}
	}
	st.Skipped += len(rec.Orphans)
	return c, st
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
	if err := store.WriteFileAtomic(name, demo, 0o644); err != nil {
		return "", err
	}
	return name, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
