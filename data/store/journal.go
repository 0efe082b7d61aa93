package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// ErrChangedOnDisk is returned by Journal.Save when the competition file is
// no longer the version the journal builds on (another program or a hand
// edit changed it). Nothing was written.
var ErrChangedOnDisk = errors.New("store: file changed on disk since it was loaded")

// ErrJournalFull is the cause of a FileError when an entry would take the
// journal past its limits (MaxJournalSize, MaxJournalEntries): save the
// file, which empties the journal, and enter again.
var ErrJournalFull = errors.New("store: journal full; save first")

// Journal is the append-only log of committed scores next to a competition
// file. Only the lock holder writes it. Methods are safe for concurrent use;
// run one Save (or MarkSaving/Rebase pair) at a time, Append may run meanwhile.
//
// Save protocol (Journal.Save does all of it): the new content's hash is
// recorded in a save mark (synced) before the file is replaced; after the
// replace the journal is rewritten to keep only the entries the new file
// does not contain, rebased onto its hash. Entries committed while a save
// is in flight are therefore never trimmed away, and a crash at any point
// leaves either the old file with all entries pending, or the new file with
// a mark saying which entries it already contains.
type Journal struct {
	mu      sync.Mutex
	path    string
	f       *os.File // nil until the first append
	size    int64    // bytes of intact journal; appends go here
	lines   int      // intact lines, for MaxJournalEntries
	next    uint64   // next sequence number
	base    string   // hash of the file version on disk ("" = no file yet)
	pending []Record // entries since the last trim, in order
	broken  error    // set when a failed append could not be undone

	// Faults makes this journal's disk operations fail, in tests; nil in use.
	Faults *Faults
}

// OpenJournal reads the journal at path (created on the first append) for
// the competition file whose content hash is fileHash ("" when the file does
// not exist yet). It drops a torn last line from disk and returns what must
// be recovered. Mid-file damage returns a *CorruptError and no journal.
//
// Only the lock holder opens the journal; others use ReadRecovery. If
// Recovery.Orphans is non-empty, Adopt them before the first save (a save
// trims the journal), and merge them like an outside edit.
func OpenJournal(path, fileHash string) (*Journal, *Recovery, error) {
	p, err := readJournal(path)
	if err != nil {
		return nil, nil, err
	}
	if p.damage.Dropped() {
		if err := truncateFile(path, p.good); err != nil {
			return nil, nil, err
		}
	}
	rec := p.recover(fileHash)
	next := p.lastSeq
	for _, m := range p.marks {
		next = max(next, m.UpTo)
	}
	j := &Journal{path: path, size: p.good, lines: p.lines, next: next + 1, base: fileHash}
	// Pending entries stay in the journal until a save contains them;
	// saved and orphaned ones go at the next trim.
	j.pending = append(j.pending, rec.Pending...)
	return j, rec, nil
}

// Base is the hash of the file version the journal builds on.
func (j *Journal) Base() string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.base
}

// LastSeq is the sequence number of the newest entry (0 before any).
func (j *Journal) LastSeq() uint64 {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.next - 1
}

// Append writes rec as one line and syncs it to disk before returning: only
// then may the screen say "saved". Seq, Time (UTC now) and BaseHash are
// filled in; the stored record is returned. On error nothing was added.
func (j *Journal) Append(rec Record) (Record, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	rec.Seq = j.next
	rec.Time = time.Now().UTC()
	rec.BaseHash = j.base
	if err := j.roomFor(1, 0); err != nil {
		return Record{}, err
	}
	if err := j.appendLine(line{Record: &rec}); err != nil {
		return Record{}, err
	}
	j.next++
	j.pending = append(j.pending, rec)
	return rec, nil
}

// roomFor refuses n more entries of size bytes past half the journal's
// limits: the other half is kept for the save marks that let a save empty
// the journal again.
func (j *Journal) roomFor(n, size int) error {
	if j.size+int64(size) > MaxJournalSize/2 || j.lines+n > MaxJournalEntries/2 {
		return fileErr("write", j.path, ErrJournalFull)
	}
	return nil
}

// appendLine writes and syncs one line at the end, undoing a partial write.
func (j *Journal) appendLine(l line) error {
	b, err := encodeLine(l)
	if err != nil {
		return fileErr("encode", j.path, err)
	}
	return j.appendBytes(b)
}

// appendBytes writes whole lines with one write and one sync, undoing a
// partial write: a half line followed by a good one would read as
// mid-file damage.
func (j *Journal) appendBytes(b []byte) error {
	return j.appendStream(MaxJournalSize, MaxJournalEntries, func(emit func([]byte) error) error { return emit(b) })
}

// streamPiece is about how much of a batch is encoded before it is
// written: a batch of 45,000 lines is never held whole in memory.
const streamPiece = 256 << 10

// appendStream writes the whole lines fill hands to emit, one piece after
// another, then syncs once. The journal stays within maxSize bytes and
// maxLines lines. On any failure (fill's included) the journal is
// truncated back to where it was: nothing was added, and a crash midway
// leaves a torn batch that replay drops.
func (j *Journal) appendStream(maxSize int64, maxLines int, fill func(emit func([]byte) error) error) error {
	if j.broken != nil {
		return j.broken
	}
	var written int64
	lines := 0
	emit := func(b []byte) error {
		if len(b) == 0 {
			return nil
		}
		n := bytes.Count(b, []byte{'\n'})
		if j.size+written+int64(len(b)) > maxSize || j.lines+lines+n > maxLines {
			return fileErr("write", j.path, ErrJournalFull)
		}
		if j.f == nil {
			if err := j.open(); err != nil {
				return err
			}
		}
		if err := writeAt(j.f, b, j.size+written, j.Faults); err != nil {
			written += int64(len(b)) // maybe partly written: truncated below
			return fileErr("write", j.path, err)
		}
		written, lines = written+int64(len(b)), lines+n
		return nil
	}
	err := fill(emit)
	if err == nil && written > 0 {
		if err = syncFile(j.f, j.Faults); err != nil {
			err = fileErr("sync", j.path, err)
		}
	}
	if err != nil {
		if written > 0 {
			if terr := j.f.Truncate(j.size); terr != nil {
				j.broken = fileErr("truncate", j.path, terr)
			}
		}
		return err
	}
	j.size += written
	j.lines += lines
	return nil
}

func (j *Journal) open() error {
	_, statErr := os.Lstat(j.path)
	f, err := openSide(j.path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fileErr("open", j.path, err)
	}
	if errors.Is(statErr, fs.ErrNotExist) {
		// A new file's folder entry must be durable too.
		if err := syncDir(filepath.Dir(j.path)); err != nil {
			f.Close()
			return fileErr("syncdir", j.path, err)
		}
	}
	j.f = f
	return nil
}

// Save writes content as the competition file at file, atomically, and
// trims the journal: upTo is the newest entry the content includes (take
// LastSeq before rendering the content). If the file on disk is not the
// version the journal builds on, nothing is written and the error is
// ErrChangedOnDisk. On any error the journal still holds every entry.
func (j *Journal) Save(file string, content []byte, upTo uint64) error {
	cur, err := HashFile(file)
	if err != nil {
		return err
	}
	if cur != j.Base() {
		return ErrChangedOnDisk
	}
	// Refused before the save mark, so a file that stays read-only does
	// not fill the journal with marks at every autosave.
	if _, err := Replaceable(file, 0o644); err != nil {
		return err
	}
	h := HashContent(content)
	if err := j.MarkSaving(upTo, h); err != nil {
		return err
	}
	if err := writeFileAtomic(file, content, 0o644, j.Faults); err != nil {
		// A failure after the rename (syncing the folder) leaves the new
		// file in place: build on it, or the next save would see a change
		// on disk. The journal keeps every entry and the save mark.
		if now, herr := HashFile(file); herr == nil && now == h {
			j.mu.Lock()
			j.base = h
			j.mu.Unlock()
		}
		return err
	}
	return j.Rebase(upTo, h)
}

// MarkSaving records, durably, that a file with hash newHash containing the
// entries up to upTo is about to replace the competition file. Call it
// before the replace (Save does).
func (j *Journal) MarkSaving(upTo uint64, newHash string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.appendLine(line{Saved: &SaveMark{UpTo: upTo, Hash: newHash, Time: time.Now().UTC()}})
}

// Rebase is called once the file with hash newHash (containing entries up to
// upTo) is safely on disk: the journal is atomically replaced by a save mark
// for newHash and the entries after upTo, rebased onto newHash. Keeping them (rather than emptying the
// journal) matters because scores may be committed while a save runs.
func (j *Journal) Rebase(upTo uint64, newHash string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	var keep []Record
	// The journal starts with the save mark of the file now on disk, so
	// sequence numbers keep rising across saves and restarts.
	buf, err := encodeLine(line{Saved: &SaveMark{UpTo: upTo, Hash: newHash, Time: time.Now().UTC()}})
	if err != nil {
		return fileErr("encode", j.path, err)
	}
	for _, r := range j.pending {
		if r.Seq <= upTo {
			continue
		}
		r.BaseHash = newHash
		if buf, err = appendLine(buf, line{Record: &r}, nil); err != nil {
			return fileErr("encode", j.path, err)
		}
		keep = append(keep, r)
	}
	// Windows cannot replace a file that is open; reopen on the next append.
	if j.f != nil {
		j.f.Close()
		j.f = nil
	}
	if err := writeSideAtomic(j.path, buf); err != nil {
		// The old journal is normally intact, and its save mark tells a
		// restart which entries the new file holds; appends continue at the
		// end of whichever journal is on disk now.
		j.base = newHash
		if info, serr := os.Lstat(j.path); serr == nil {
			j.size = info.Size()
		} else {
			j.broken = fileErr("stat", j.path, serr)
		}
		return err
	}
	j.base = newHash
	j.pending = keep
	j.size = int64(len(buf))
	j.lines = 1 + len(keep)
	j.broken = nil
	return nil
}

// Close releases the journal file.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := j.f.Close()
	j.f = nil
	return err
}

func truncateFile(path string, size int64) error {
	f, err := openSide(path, os.O_RDWR, 0)
	if err != nil {
		return fileErr("open", path, err)
	}
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		return fileErr("truncate", path, err)
	}
	if err := syncFile(f, nil); err != nil {
		return fileErr("sync", path, err)
	}
	return nil
}
