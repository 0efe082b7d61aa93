package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
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
	Note     string    `json:"note,omitempty"`   // merge, resolve.mine, resolve.file: not a typed score; review and seal kinds (audit_chain.go)
	Reason   string    `json:"reason,omitempty"` // return, unseal: the reason written by the operator
	Digest   string    `json:"digest,omitempty"` // seal, unseal: the competition's digest
	// Prev is the Hash of the record before (or the SHA-256 of its line
	// when that record has none); Hash is the SHA-256 of this record
	// written with Hash empty. Together they chain the log (audit_chain.go).
	Prev string `json:"prev,omitempty"`
	Hash string `json:"hash,omitempty"`
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
