package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"time"
)

// AuditEntry is one committed change, as kept in FILE.audit.jsonl (one JSON
// object per line, readable with any text editor).
type AuditEntry struct {
	Time     time.Time `json:"time"`
	Operator string    `json:"operator"`
	Street   string    `json:"street"`
	Item     string    `json:"item"`
	Judge    string    `json:"judge,omitempty"`
	Old      string    `json:"old"`
	New      string    `json:"new"`
	Source   string    `json:"source,omitempty"` // keyboard, import, phone@ADDR, merge
	Note     string    `json:"note,omitempty"`   // merge, resolve.mine, resolve.file: not a typed score
}

// AppendAudit adds e to the audit log at path (created if missing) with one
// write. It does not sync: the journal is the durable record of a score; the
// audit log is the human trail. If a crash left a torn line, the new entry
// starts on a fresh line.
func AppendAudit(path string, e AuditEntry) error {
	b, err := auditLine(e)
	if err != nil {
		return fileErr("encode", path, err)
	}
	return appendAuditBytes(path, b)
}

// auditLine is e as one JSON line, its time in UTC.
func auditLine(e AuditEntry) ([]byte, error) {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	e.Time = e.Time.UTC()
	b, err := json.Marshal(e)
	return append(b, '\n'), err
}

// appendAuditBytes writes whole lines at the end of the log, on a fresh
// line if a crash left a torn one.
func appendAuditBytes(path string, b []byte) error {
	f, err := openSide(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fileErr("open", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fileErr("stat", path, err)
	}
	end := info.Size()
	if end > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, end-1); err != nil {
			return fileErr("read", path, err)
		}
		if last[0] != '\n' {
			b = append([]byte{'\n'}, b...)
		}
	}
	return fileErr("write", path, writeAt(f, b, end, nil))
}

// ReadAudit reads the audit log at path, oldest first. A missing log is
// empty. Lines a crash left torn are skipped (see ReadAuditSkipped).
func ReadAudit(path string) ([]AuditEntry, error) {
	entries, _, err := ReadAuditSkipped(path)
	return entries, err
}

// ReadAuditSkipped is ReadAudit that also returns the 1-based numbers of the
// lines it skipped because they were not a whole entry.
func ReadAuditSkipped(path string) ([]AuditEntry, []int, error) {
	data, err := readSide(path, MaxAuditSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fileErr("read", path, err)
	}
	var entries []AuditEntry
	var skipped []int
	for n, l := range bytes.Split(data, []byte{'\n'}) {
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		var e AuditEntry
		if json.Unmarshal(l, &e) != nil {
			skipped = append(skipped, n+1)
			continue
		}
		entries = append(entries, e)
	}
	return entries, skipped, nil
}
