package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
)

// ErrCorrupt is matched (errors.Is) by a *CorruptError.
var ErrCorrupt = errors.New("store: journal damaged")

// CorruptError is damage in the middle of a journal. Nothing from such a
// journal may be used and nothing may be overwritten: a person must look.
type CorruptError struct {
	Path   string
	Line   int // 1-based
	Reason string
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("store: journal %s damaged at line %d: %s", e.Path, e.Line, e.Reason)
}
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }

// Damage describes a torn last line that replay dropped: what a crash in the
// middle of an append leaves behind. The entry on it was never reported saved.
type Damage struct {
	DroppedLine  int    // 1-based line number of the dropped line, 0 when nothing was dropped
	DroppedBytes int    // bytes dropped from the end
	Reason       string // "incomplete" or the checksum/format problem
}

// Dropped reports whether a torn last line was dropped.
func (d Damage) Dropped() bool { return d.DroppedLine > 0 }

// parsed is the intact content of a journal.
type parsed struct {
	records []Record
	marks   []markAt
	good    int64 // length of the intact prefix
	lines   int   // intact lines
	damage  Damage
	lastSeq uint64
}

// markAt is a save mark and how many records preceded it.
type markAt struct {
	SaveMark
	after int
}

func readJournal(path string) (*parsed, error) {
	data, err := readSide(path, MaxJournalSize)
	if errors.Is(err, fs.ErrNotExist) {
		return &parsed{}, nil
	}
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	return parseJournal(path, data)
}

func parseJournal(path string, data []byte) (*parsed, error) {
	if bytes.Count(data, []byte{'\n'}) >= MaxJournalEntries+1 {
		return nil, fileErr("read", path, &CountError{Path: path, Limit: MaxJournalEntries})
	}
	p := &parsed{}
	var off int64
	total := int64(len(data))
	var batch *openBatch // a batch whose last record has not been read yet
	for n := 1; len(data) > 0; n++ {
		i := bytes.IndexByte(data, '\n')
		complete := i >= 0
		if !complete {
			i = len(data)
		}
		last := !complete || i == len(data)-1
		l, err := decodeLine(data[:i])
		if err == nil && !complete {
			err = errors.New("incomplete")
		}
		if err == nil {
			err = batch.check(l)
		}
		if err == nil {
			if batch == nil && l.Record != nil && l.Record.BatchEnd > l.Record.Seq {
				batch = &openBatch{end: l.Record.BatchEnd, line: n, off: off, records: len(p.records), lastSeq: p.lastSeq}
			}
			err = p.add(l)
			if err == nil && l.Record != nil && l.Record.BatchEnd != 0 && l.Record.BatchEnd == l.Record.Seq {
				batch = nil
			}
		}
		if err != nil {
			if last {
				p.damage = Damage{DroppedLine: n, DroppedBytes: len(data), Reason: err.Error()}
				break
			}
			return nil, &CorruptError{Path: path, Line: n, Reason: err.Error()}
		}
		if complete {
			i++
		}
		off += int64(i)
		data = data[i:]
	}
	p.good = off
	if batch != nil {
		// A crash in the middle of a batch: drop all of it, as a torn last
		// line is dropped. It was never acknowledged.
		p.records, p.lastSeq, p.good = p.records[:batch.records], batch.lastSeq, batch.off
		p.damage = Damage{DroppedLine: batch.line, DroppedBytes: int(total - batch.off), Reason: "incomplete batch"}
	}
	p.lines = len(p.records) + len(p.marks)
	return p, nil
}

// openBatch is where a batch written by AppendBatch began, while its last
// record has not been read.
type openBatch struct {
	end     uint64 // sequence number of its last record
	line    int    // 1-based line of its first record
	off     int64  // offset of that line
	records int    // records before it
	lastSeq uint64
}

// check refuses a line inside an open batch that does not continue it:
// batches are written whole, so anything else is damage.
func (b *openBatch) check(l line) error {
	if b == nil {
		return nil
	}
	if l.Record == nil || l.Record.BatchEnd == 0 || l.Record.BatchEnd != b.end {
		return errors.New("batch interrupted")
	}
	return nil
}

func (p *parsed) add(l line) error {
	if l.Saved != nil {
		p.marks = append(p.marks, markAt{SaveMark: *l.Saved, after: len(p.records)})
		return nil
	}
	if l.Record.Seq <= p.lastSeq {
		return fmt.Errorf("sequence %d after %d", l.Record.Seq, p.lastSeq)
	}
	p.lastSeq = l.Record.Seq
	p.records = append(p.records, *l.Record)
	return nil
}

// Recovery is what a journal holds relative to the competition file on disk.
type Recovery struct {
	// Pending are entries the file does not contain yet: apply them in order
	// and tell the user how many were recovered.
	Pending []Record
	// Orphans are entries made on top of another version of the file that
	// no save links to the file on disk: the file was changed by someone
	// else after they were written. Never apply them silently; keep a
	// conflict copy and tell the user.
	Orphans []Record
	// Damage reports a dropped torn last line.
	Damage Damage
}

// ReadRecovery is OpenJournal without writing anything: what the journal at
// path holds for the competition file whose content hash is fileHash.
func ReadRecovery(path, fileHash string) (*Recovery, error) {
	p, err := readJournal(path)
	if err != nil {
		return nil, err
	}
	return p.recover(fileHash), nil
}

// recover sorts p's entries against the file whose hash is fileHash.
//
// If a save mark names fileHash, that save reached the disk: entries up to
// its UpTo are in the file and every later one is pending (the journal may
// not have been trimmed because the program stopped right after the rename).
// Otherwise entries whose BaseHash is fileHash are pending and the rest are
// orphans.
func (p *parsed) recover(fileHash string) *Recovery {
	r := &Recovery{Damage: p.damage}
	for i := len(p.marks) - 1; i >= 0; i-- {
		if m := p.marks[i]; m.Hash == fileHash {
			for _, rec := range p.records {
				if rec.Seq > m.UpTo {
					r.Pending = append(r.Pending, rec)
				}
			}
			return r
		}
	}
	for _, rec := range p.records {
		if rec.BaseHash == fileHash {
			r.Pending = append(r.Pending, rec)
		} else {
			r.Orphans = append(r.Orphans, rec)
		}
	}
	return r
}
