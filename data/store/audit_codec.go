package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"liangsaibi/internal/jsonstr"
)

// The audit log's records are written without encoding/json's reflection
// (an import writes 45,000 of them), byte for byte as json.Marshal wrote
// them: VerifyAudit re-encodes every record and compares it to its line,
// so the bytes are part of the chain's definition. The codec tests hold
// the two equal.

// appendChainLine appends e as one canonical JSON line chained to prev
// and returns the line's hash.
func appendChainLine(dst []byte, e AuditEntry, prev string, lt *lastTime) ([]byte, string, error) {
	e = canonical(e)
	e.Prev, e.Hash = prev, ""
	start := len(dst)
	dst, err := appendAudit(dst, e, lt)
	if err != nil {
		return dst[:start], "", err
	}
	dst, hash := appendHash(dst, start)
	return dst, string(hash), nil
}

// appendChainedHex is appendChainLine after a line this process chained:
// prev is that line's hash as hex, which needs no escaping, and is
// replaced by this line's. A group commit's 45,000 lines make no string
// each.
func appendChainedHex(dst []byte, e AuditEntry, prev *[2 * sha256.Size]byte, lt *lastTime) ([]byte, error) {
	e = canonical(e)
	e.Prev, e.Hash = "", ""
	start := len(dst)
	dst, err := appendAudit(dst, e, lt)
	if err != nil {
		return dst[:start], err
	}
	// Prev is the last field before Hash: added before the closing brace.
	dst = append(append(append(dst[:len(dst)-1], `,"prev":"`...), prev[:]...), `"}`...)
	dst, hash := appendHash(dst, start)
	copy(prev[:], hash)
	return dst, nil
}

// canonical is e as the log writes it: its time in UTC (now when unset)
// and its texts valid UTF-8.
func canonical(e AuditEntry) AuditEntry {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	e.Time = e.Time.UTC()
	for _, s := range []*string{&e.Operator, &e.Street, &e.Item, &e.Judge, &e.Old, &e.New, &e.Source, &e.Note, &e.Reason, &e.Digest} {
		if !utf8.ValidString(*s) {
			*s = strings.ToValidUTF8(*s, "\uFFFD")
		}
	}
	return e
}

// appendHash adds the hash of the line from start (its body, with every
// field but Hash) as its last field, and ends the line. It returns the
// hash's hex text, a part of dst.
func appendHash(dst []byte, start int) ([]byte, []byte) {
	sum := sha256.Sum256(dst[start:])
	dst = append(dst[:len(dst)-1], `,"hash":"`...)
	at := len(dst)
	dst = hex.AppendEncode(dst, sum[:])
	hash := dst[at:]
	return append(dst, "\"}\n"...), hash
}

// appendAudit appends e as json.Marshal(e) writes it.
func appendAudit(dst []byte, e AuditEntry, lt *lastTime) ([]byte, error) {
	dst = append(dst, `{"time":`...)
	dst, err := lt.append(dst, e.Time)
	if err != nil {
		return dst, err
	}
	dst = appendField(dst, "operator", e.Operator)
	dst = appendField(dst, "street", e.Street)
	dst = appendField(dst, "item", e.Item)
	dst = appendOmitEmpty(dst, "judge", e.Judge)
	dst = appendField(dst, "old", e.Old)
	dst = appendField(dst, "new", e.New)
	dst = appendOmitEmpty(dst, "source", e.Source)
	dst = appendOmitEmpty(dst, "note", e.Note)
	dst = appendOmitEmpty(dst, "reason", e.Reason)
	dst = appendOmitEmpty(dst, "digest", e.Digest)
	dst = appendOmitEmpty(dst, "prev", e.Prev)
	dst = appendOmitEmpty(dst, "hash", e.Hash)
	return append(dst, '}'), nil
}

// appendField appends ,"name":value (the name needs no escaping).
func appendField(dst []byte, name, value string) []byte {
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, '"', ':')
	return jsonstr.Append(dst, value)
}

// appendOmitEmpty is appendField for a field tagged omitempty.
func appendOmitEmpty(dst []byte, name, value string) []byte {
	if value == "" {
		return dst
	}
	return appendField(dst, name, value)
}

// appendTime appends t as json.Marshal does. Only a UTC time in years
// 0-9999 (every time this package writes) takes the short way: for any
// other, MarshalJSON's checks of year and zone decide.
func appendTime(dst []byte, t time.Time) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 || t.Location() != time.UTC {
		b, err := json.Marshal(t)
		return append(dst, b...), err
	}
	dst = append(dst, '"')
	dst = t.AppendFormat(dst, time.RFC3339Nano)
	return append(dst, '"'), nil
}

// lastTime is the text of the last time written, for a run of records
// that carry one time (a group commit's); nil remembers nothing.
type lastTime struct {
	t    time.Time
	text []byte
}

// append is appendTime, from the text kept when t is the last time.
func (l *lastTime) append(dst []byte, t time.Time) ([]byte, error) {
	if l != nil && l.text != nil && t.Equal(l.t) && t.Location() == l.t.Location() {
		return append(dst, l.text...), nil
	}
	start := len(dst)
	dst, err := appendTime(dst, t)
	if err == nil && l != nil {
		l.t, l.text = t, append(l.text[:0], dst[start:]...)
	}
	return dst, err
}
