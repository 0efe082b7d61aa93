package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"strconv"
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
	return appendLine(nil, l, nil)
}

// appendLine appends l as one journal line: the CRC, a tab, the payload
// as json.Marshal(l) writes it (without its reflection: an import writes
// 45,000 lines; the codec tests hold the bytes equal), "\n".
func appendLine(dst []byte, l line, lt *lastTime) ([]byte, error) {
	start := len(dst)
	dst = append(dst, "00000000\t"...)
	dst, err := appendPayload(dst, l, lt)
	if err != nil {
		return dst[:start], err
	}
	const digits = "0123456789abcdef"
	sum := crc32.Checksum(dst[start+9:], castagnoli())
	for i := 7; i >= 0; i-- {
		dst[start+i] = digits[sum&0xf]
		sum >>= 4
	}
	return append(dst, '\n'), nil
}

// appendPayload appends l as json.Marshal(l) writes it: the fields of the
// embedded Record, then "saved".
func appendPayload(dst []byte, l line, lt *lastTime) ([]byte, error) {
	dst = append(dst, '{')
	open := len(dst)
	var err error
	if r := l.Record; r != nil {
		dst = strconv.AppendUint(append(dst, `"seq":`...), r.Seq, 10)
		if dst, err = lt.append(append(dst, `,"time":`...), r.Time); err != nil {
			return dst, err
		}
		dst = appendField(dst, "base", r.BaseHash)
		dst = appendField(dst, "street", r.Street)
		dst = appendField(dst, "item", r.Item)
		dst = appendOmitEmpty(dst, "judge", r.Judge)
		dst = appendField(dst, "value", r.Value)
		dst = appendField(dst, "old", r.Old)
		if r.BatchEnd != 0 {
			dst = strconv.AppendUint(append(dst, `,"batch_end":`...), r.BatchEnd, 10)
		}
		if r.Kept {
			dst = append(dst, `,"kept":true`...)
		}
	}
	if m := l.Saved; m != nil {
		if len(dst) > open {
			dst = append(dst, ',')
		}
		dst = strconv.AppendUint(append(dst, `"saved":{"upto":`...), m.UpTo, 10)
		dst = appendField(dst, "hash", m.Hash)
		if dst, err = appendTime(append(dst, `,"time":`...), m.Time); err != nil {
			return dst, err
		}
		dst = append(dst, '}')
	}
	return append(dst, '}'), nil
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
