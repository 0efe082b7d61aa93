package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"sync"
	"time"
)

// Journal line format (one line per record, "\n"-terminated):
//
//	<crc>\t<json>\n
//
// <crc> is the CRC-32 (Castagnoli) of the <json> bytes exactly as stored,
// written as 8 lowercase hex digits; anything else (upper case, other
// length) is damage, so every single flipped bit is detected. <json> is one
// object: either a score entry (Record) or a save mark {"saved":{...}}.

// castagnoli is built on first use: every command links this package, and
// building the table at start-up cost ~0.3 ms (GODEBUG=inittrace=1).
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// Record is one committed score.
type Record struct {
	Seq      uint64    `json:"seq"`
	Time     time.Time `json:"time"` // UTC, RFC 3339 with nanoseconds
	BaseHash string    `json:"base"` // HashContent of the file version this entry applies on top of
	Street   string    `json:"street"`
	Item     string    `json:"item"`
	Judge    string    `json:"judge,omitempty"` // "" for direct and target items
	Value    string    `json:"value"`           // new slot: decimal text, "~" cleared, "recused"
	Old      string    `json:"old"`             // slot before the commit, same notation
	// BatchEnd is, for a record written in a batch (AppendBatch), the
	// sequence number of the batch's last record: replay keeps the batch
	// only when that record is there too. 0 for a record written alone.
	BatchEnd uint64 `json:"batch_end,omitempty"`
	// Kept marks the operator's settling of a conflict by keeping Value
	// over the file's Old: from this record on, Old is the slot's base, so
	// after a crash the slot is not offered as a conflict again (and an
	// unsettled one still is).
	Kept bool `json:"kept,omitempty"`
}

// SaveMark is written just before the competition file is replaced: the file
// about to appear has hash Hash and contains every entry up to Seq UpTo.
type SaveMark struct {
	UpTo uint64    `json:"upto"`
	Hash string    `json:"hash"`
	Time time.Time `json:"time"`
}

type line struct {
	*Record
	Saved *SaveMark `json:"saved,omitempty"`
}

func encodeLine(l line) ([]byte, error) {
	payload, err := json.Marshal(l)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(payload)+10)
	out = fmt.Appendf(out, "%08x\t", crc32.Checksum(payload, castagnoli()))
	out = append(out, payload...)
	return append(out, '\n'), nil
}

// decodeLine checks and decodes one line without its "\n".
func decodeLine(b []byte) (line, error) {
	var l line
	if len(b) < 10 || b[8] != '\t' {
		return l, errors.New("malformed line")
	}
	payload := b[9:]
	want := fmt.Appendf(nil, "%08x", crc32.Checksum(payload, castagnoli()))
	if !bytes.Equal(b[:8], want) {
		return l, errors.New("checksum mismatch")
	}
	l.Record = &Record{}
	if err := json.Unmarshal(payload, &l); err != nil {
		return l, fmt.Errorf("bad record: %w", err)
	}
	if l.Saved != nil {
		l.Record = nil
	} else if l.Record.Seq == 0 {
		return l, errors.New("record without sequence number")
	}
	return l, nil
}
