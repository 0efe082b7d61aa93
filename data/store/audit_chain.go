package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// The audit log is a hash chain: every record written by this version
// carries the hash of the record before it (Prev) and its own (Hash), and
// the hash of the newest record is kept beside the log in FILE.audit.head.
// Editing, removing or reordering any record (the newest included) breaks
// the chain at that record; VerifyAudit says where. Records written before
// the chain existed have no hash: they still read, counted as unverified.

// HeadPath is where the hash of the newest record of the log at audit is
// kept: FILE.audit.head beside FILE.audit.jsonl.
func HeadPath(audit string) string { return strings.TrimSuffix(audit, ".jsonl") + ".head" }

// maxRecord bounds how far back from the end the newest record is looked
// for; a record is a few hundred bytes.
const maxRecord = 1 << 20

// appendChained writes entries at the end of the log at path, each chained
// to the one before, syncs the log, then records the new head. Any failure
// is returned: a record that could not be written is never dropped
// silently (the caller tells the operator).
func appendChained(path string, entries []AuditEntry) error {
	a, err := PrepareAudits(path, entries)
	if err != nil {
		return err
	}
	return a.Commit()
}

// AuditAppend is audit records encoded and chained to the log's newest
// one, not yet written: a group commit encodes them while the journal
// is written, and writes them once the journal holds the scores.
type AuditAppend struct {
	f      *os.File
	path   string
	end    int64  // where the records go
	b      []byte // the records
	head   string // the newest record's hash, once written
	expect int    // how many records are coming, to make room once

	// The chain so far: once this process has chained a line, its hash as
	// hex (the next line's prev needs no escaping, and no string is made
	// per line).
	chained bool
	hash    [2 * sha256.Size]byte
	lt      lastTime
}

// PrepareAudits opens the log at path and encodes entries chained to its
// newest record. Only the holder of the file's lock appends to its log,
// so the log's end stays where it was read until Commit or Close.
func PrepareAudits(path string, entries []AuditEntry) (*AuditAppend, error) {
	a, err := BeginAudits(path, len(entries))
	if err != nil {
		return nil, err
	}
	if err := a.Add(entries); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// BeginAudits opens the log at path to chain about expect records to its
// newest one as they are handed over (Add): a group commit encodes them
// while it is still making them.
func BeginAudits(path string, expect int) (*AuditAppend, error) {
	f, err := openSide(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fileErr("open", path, err)
	}
	a := &AuditAppend{f: f, path: path, expect: expect}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fileErr("stat", path, err)
	}
	a.end = info.Size()
	prev, torn, err := lastHash(f, a.end)
	if err != nil {
		f.Close()
		return nil, fileErr("read", path, err)
	}
	if torn {
		a.b = append(a.b, '\n')
	}
	a.head = prev
	return a, nil
}

// Add encodes entries chained after those added before.
func (a *AuditAppend) Add(entries []AuditEntry) error {
	var err error
	for _, e := range entries {
		if !a.chained { // chained to what the log holds, whatever that is
			var prev string
			a.b, prev, err = appendChainLine(a.b, e, a.head, &a.lt)
			if err == nil {
				copy(a.hash[:], prev)
				a.chained = true
				a.b = slices.Grow(a.b, len(a.b)*max(a.expect-1, 0)*5/4) // room for the rest at this one's size
			}
		} else {
			a.b, err = appendChainedHex(a.b, e, &a.hash, &a.lt)
		}
		if err != nil {
			return fileErr("encode", a.path, err)
		}
	}
	if a.chained {
		a.head = string(a.hash[:])
	}
	return nil
}

// Commit writes the records, syncs the log, then records the new head,
// and closes the log. Any failure is returned.
func (a *AuditAppend) Commit() error {
	defer a.f.Close()
	if err := writeAt(a.f, a.b, a.end, nil); err != nil {
		return fileErr("write", a.path, err)
	}
	if err := syncFile(a.f, nil); err != nil {
		return fileErr("sync", a.path, err)
	}
	return writeSideAtomic(HeadPath(a.path), []byte(a.head+"\n"))
}

// Close gives up the records without writing them.
func (a *AuditAppend) Close() { a.f.Close() }

// chainLine is e as one canonical JSON line chained to prev, and its hash.
func chainLine(e AuditEntry, prev string) ([]byte, string, error) {
	return appendChainLine(nil, e, prev, nil)
}

// lineHash is what the record on line l chains to: its Hash, or the hash
// of the line itself for a record written before the chain.
func lineHash(l []byte, e AuditEntry) string {
	if e.Hash != "" {
		return e.Hash
	}
	sum := sha256.Sum256(l)
	return hex.EncodeToString(sum[:])
}

// lastHash reads back from end to the newest whole record: its hash, and
// whether the log ends in a torn line (a crash mid-append).
func lastHash(f *os.File, end int64) (string, bool, error) {
	if end == 0 {
		return "", false, nil
	}
	start := max(0, end-maxRecord)
	buf := make([]byte, end-start)
	if _, err := f.ReadAt(buf, start); err != nil {
		return "", false, err
	}
	torn := buf[len(buf)-1] != '\n'
	lines := bytes.Split(bytes.TrimRight(buf, "\n"), []byte{'\n'})
	for i := len(lines) - 1; i >= 0; i-- {
		if start > 0 && i == 0 {
			break // may be cut in the middle
		}
		l := bytes.TrimRight(lines[i], "\r")
		var e AuditEntry
		if len(bytes.TrimSpace(l)) == 0 || json.Unmarshal(l, &e) != nil {
			continue
		}
		return lineHash(l, e), torn, nil
	}
	return "", torn, nil
}

// Break is how the chain of an audit log is broken.
type Break uint8

const (
	Intact      Break = iota
	Edited            // the record's content does not match its hash
	Gap               // the record does not follow the one before it: one was removed or the order changed
	Unchained         // a record without a hash after the chain began (its hash removed)
	TailRemoved       // the newest records were removed: the head names a record that is not the last
	HeadMissing       // the log is chained but its head file is gone
)

// ChainReport is what VerifyAudit found.
type ChainReport struct {
	Entries    []AuditEntry // every whole record, oldest first
	Lines      []int        // the line of each entry
	Unverified int          // records from before the chain (no hash), at the start
	Skipped    []int        // lines that are not a whole record
	Break      Break        // the first break, or Intact
	At         int          // index into Entries of the record the break names (-1 for none)
	Line       int          // the line of the record the break names (0 for none)
	AfterHead  int          // chained records after the head (a crash between the two writes)
	line       int          // the line being read
}

// VerifyAudit reads the log at path and checks its chain and its head.
func VerifyAudit(path string) (*ChainReport, error) {
	r := &ChainReport{At: -1}
	raw, err := readSide(path, MaxAuditSize)
	if errors.Is(err, fs.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return nil, fileErr("read", path, err)
	}
	var hashes []string
	prev, chained, torn := "", false, 0
	for n, l := range bytes.Split(raw, []byte{'\n'}) {
		l = bytes.TrimRight(l, "\r")
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		var e AuditEntry
		if json.Unmarshal(l, &e) != nil {
			r.Skipped = append(r.Skipped, n+1)
			torn = n + 1
			continue
		}
		i := len(r.Entries)
		r.line = n + 1
		r.Entries, r.Lines = append(r.Entries, e), append(r.Lines, n+1)
		h := lineHash(l, e)
		hashes = append(hashes, h)
		switch {
		case e.Hash == "" && !chained:
			r.Unverified++
		case e.Hash == "":
			r.breakAt(Unchained, i)
		default:
			line, want, err := chainLine(e, e.Prev)
			if err != nil || want != e.Hash || !bytes.Equal(bytes.TrimRight(line, "\n"), l) {
				r.breakAt(Edited, i)
			} else if e.Prev != prev && torn > 0 && r.Break == Intact {
				// A crash tears a line and the next record chains past it;
				// this one chains to the unreadable line: it was edited.
				r.breakAt(Edited, i)
				r.Line = torn
			} else if e.Prev != prev {
				r.breakAt(Gap, i)
			}
			chained = true
		}
		prev, torn = h, 0
	}
	if !chained {
		return r, nil
	}
	head, err := readSide(HeadPath(path), 1<<10)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		r.line = r.Lines[len(r.Lines)-1]
		r.breakAt(HeadMissing, len(r.Entries)-1)
		return r, nil
	case err != nil:
		return nil, fileErr("read", HeadPath(path), err)
	}
	want := strings.TrimSpace(string(head))
	for i := len(hashes) - 1; i >= 0; i-- {
		if hashes[i] == want {
			r.AfterHead = len(hashes) - 1 - i
			return r, nil
		}
	}
	r.line = r.Lines[len(r.Lines)-1]
	if torn > 0 && r.Break == Intact {
		r.breakAt(Edited, len(r.Entries)-1) // the newest record, now unreadable
		r.Line = torn
	}
	r.breakAt(TailRemoved, len(r.Entries)-1)
	return r, nil
}

// breakAt keeps the first break found.
func (r *ChainReport) breakAt(b Break, i int) {
	if r.Break == Intact {
		r.Break, r.At, r.Line = b, i, r.line
	}
}
