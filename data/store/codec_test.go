package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// awkward draws the strings that test an encoder: Chinese, quotes,
// backslashes, controls, the HTML characters, U+2028/U+2029, invalid
// UTF-8, and anything at all.
func awkward(t *rapid.T, label string) string {
	return rapid.OneOf(
		rapid.Just(""),
		rapid.StringOf(rapid.SampledFrom([]rune{'a', '7', '中', '街', '"', '\\', '<', '>', '&', '\n', '\r', '\t', '\b', '\f', 0, 0x1f, 0x7f, '\u2028', '\u2029', 0xFFFD, '😀'})),
		rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
		rapid.String(),
	).Draw(t, label)
}

// anyTime draws UTC times over the years 0-9999 with any nanoseconds, the
// zero time, and times in other zones and out of JSON's range.
func anyTime(t *rapid.T, label string) time.Time {
	ns := rapid.Int64Range(-62135596800, 253402300799).Draw(t, label+".s")
	tm := time.Unix(ns, rapid.Int64Range(0, 999_999_999).Draw(t, label+".ns")).UTC()
	switch rapid.IntRange(0, 5).Draw(t, label+".kind") {
	case 0:
		return time.Time{}
	case 1:
		return tm.In(time.FixedZone("", rapid.IntRange(-30*3600, 30*3600).Draw(t, label+".off")))
	case 2:
		return time.Date(rapid.IntRange(-20000, 20000).Draw(t, label+".year"), 1, 2, 3, 4, 5, 6, time.UTC)
	}
	return tm
}

func anyEntry(t *rapid.T) AuditEntry {
	return AuditEntry{Time: anyTime(t, "time"), Operator: awkward(t, "operator"), Street: awkward(t, "street"),
		Item: awkward(t, "item"), Judge: awkward(t, "judge"), Old: awkward(t, "old"), New: awkward(t, "new"),
		Source: awkward(t, "source"), Note: awkward(t, "note"), Reason: awkward(t, "reason"),
		Digest: awkward(t, "digest"), Prev: awkward(t, "prev"), Hash: awkward(t, "hash")}
}

// TestAuditCodecIsMarshal: an audit record is written byte for byte as
// json.Marshal writes it, or fails where it fails.
func TestAuditCodecIsMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		// A run of records, as a batch writes them with the time's text
		// kept (lastTime): the same time again, then others.
		var lt lastTime
		e := anyEntry(t)
		for i := range 3 {
			if i == 2 {
				e.Time = anyTime(t, "other")
			}
			want, wantErr := json.Marshal(e)
			got, err := appendAudit([]byte("x"), e, &lt)
			if (err != nil) != (wantErr != nil) {
				t.Fatalf("record %d: error %v, json.Marshal's %v", i, err, wantErr)
			}
			if err == nil && string(got) != "x"+string(want) {
				t.Fatalf("record %d: appendAudit:\n%s\njson.Marshal:\n%s", i, got[1:], want)
			}
		}
	})
}

// chainLineMarshal is the chain's definition as first written, with
// encoding/json: the line of every record already in a log.
func chainLineMarshal(e AuditEntry, prev string) ([]byte, string, error) {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	e.Time = e.Time.UTC()
	for _, s := range []*string{&e.Operator, &e.Street, &e.Item, &e.Judge, &e.Old, &e.New, &e.Source, &e.Note, &e.Reason, &e.Digest} {
		*s = strings.ToValidUTF8(*s, "\uFFFD")
	}
	e.Prev, e.Hash = prev, ""
	body, err := json.Marshal(e)
	if err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(body)
	e.Hash = hex.EncodeToString(sum[:])
	line, err := json.Marshal(e)
	return append(line, '\n'), e.Hash, err
}

// TestChainLineIsTheChainsDefinition: the same line and hash as the
// encoding/json chain, so logs written before still verify.
func TestChainLineIsTheChainsDefinition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := anyEntry(t)
		if e.Time.IsZero() {
			e.Time = time.Unix(1, 0) // time.Now() would differ between the two
		}
		prev := rapid.OneOf(rapid.Just(""), rapid.StringMatching(`[0-9a-f]{64}`)).Draw(t, "prev")
		want, wantHash, wantErr := chainLineMarshal(e, prev)
		got, hash, err := chainLine(e, prev)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("error %v, encoding/json's %v", err, wantErr)
		}
		if err == nil && (!bytes.Equal(got, want) || hash != wantHash) {
			t.Fatalf("chainLine:\n%s %s\nencoding/json:\n%s %s", got, hash, want, wantHash)
		}
	})
}

// TestChainedHexIsTheChainsDefinition: a group commit's lines after the
// first, chained to the hash kept as hex, are the lines and hashes of the
// encoding/json chain.
func TestChainedHexIsTheChainsDefinition(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		prev := rapid.StringMatching(`[0-9a-f]{64}`).Draw(t, "prev")
		var hash [2 * sha256.Size]byte
		copy(hash[:], prev)
		var lt lastTime
		for range rapid.IntRange(1, 4).Draw(t, "lines") {
			e := anyEntry(t)
			if e.Time.IsZero() {
				e.Time = time.Unix(1, 0) // time.Now() would differ between the two
			}
			want, wantHash, wantErr := chainLineMarshal(e, prev)
			got, err := appendChainedHex([]byte("before"), e, &hash, &lt)
			if (err != nil) != (wantErr != nil) {
				t.Fatalf("error %v, encoding/json's %v", err, wantErr)
			}
			if err != nil {
				if string(got) != "before" || string(hash[:]) != prev {
					t.Fatal("a line that failed left something behind")
				}
				continue
			}
			if !bytes.Equal(got[len("before"):], want) || string(hash[:]) != wantHash {
				t.Fatalf("appendChainedHex:\n%s %s\nencoding/json:\n%s %s", got, hash, want, wantHash)
			}
			prev = wantHash
		}
	})
}

// TestJournalCodecIsMarshal: a journal line's payload is json.Marshal's,
// for score records, save marks and both.
func TestJournalCodecIsMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var l line
		if rapid.Bool().Draw(t, "record") {
			l.Record = &Record{Seq: rapid.Uint64().Draw(t, "seq"), Time: anyTime(t, "time"),
				BaseHash: awkward(t, "base"), Street: awkward(t, "street"), Item: awkward(t, "item"),
				Judge: awkward(t, "judge"), Value: awkward(t, "value"), Old: awkward(t, "old"),
				BatchEnd: rapid.OneOf(rapid.Just(uint64(0)), rapid.Uint64()).Draw(t, "batch_end"),
				Kept:     rapid.Bool().Draw(t, "kept")}
		}
		if rapid.Bool().Draw(t, "saved") {
			l.Saved = &SaveMark{UpTo: rapid.Uint64().Draw(t, "upto"), Hash: awkward(t, "hash"), Time: anyTime(t, "mark.time")}
		}
		want, wantErr := json.Marshal(l)
		got, err := appendPayload([]byte("x"), l, nil)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("error %v, json.Marshal's %v", err, wantErr)
		}
		if err != nil {
			return
		}
		if string(got) != "x"+string(want) {
			t.Fatalf("appendPayload:\n%s\njson.Marshal:\n%s", got[1:], want)
		}
		enc, err := encodeLine(l)
		if err != nil || string(enc[9:len(enc)-1]) != string(want) || enc[8] != '\t' || enc[len(enc)-1] != '\n' {
			t.Fatalf("encodeLine = %q, %v; payload %s", enc, err, want)
		}
		if l.Record != nil && l.Record.Seq != 0 {
			if _, err := decodeLine(enc[:len(enc)-1]); err != nil {
				t.Fatalf("the line does not decode: %v\n%q", err, enc)
			}
		}
	})
}

// FuzzAuditCodec: for any strings, the audit record and the journal line
// are json.Marshal's bytes.
func FuzzAuditCodec(f *testing.F) {
	f.Add("张三", "s01", "i1", "j1", "~", "17.5", "phone@[::1]:80", "<a&b>\"\\\n\u2028", int64(1700000000), int64(5))
	f.Add("\xff\xfe", "", "", "", "", "", "", "\x00\x1f\x7f", int64(0), int64(0))
	f.Fuzz(func(t *testing.T, op, street, item, judge, old, new, source, note string, sec, ns int64) {
		e := AuditEntry{Time: time.Unix(sec, ns).UTC(), Operator: op, Street: street, Item: item, Judge: judge,
			Old: old, New: new, Source: source, Note: note, Reason: note, Digest: old, Prev: judge, Hash: new}
		want, wantErr := json.Marshal(e)
		got, err := appendAudit(nil, e, nil)
		if (err != nil) != (wantErr != nil) || err == nil && !bytes.Equal(got, want) {
			t.Fatalf("appendAudit = %s, %v\njson.Marshal = %s, %v", got, err, want, wantErr)
		}
		l := line{Record: &Record{Seq: uint64(sec), Time: e.Time, BaseHash: op, Street: street, Item: item,
			Judge: judge, Value: new, Old: old, BatchEnd: uint64(ns), Kept: ns%2 == 0}}
		want, wantErr = json.Marshal(l)
		got, err = appendPayload(nil, l, nil)
		if (err != nil) != (wantErr != nil) || err == nil && !bytes.Equal(got, want) {
			t.Fatalf("appendPayload = %s, %v\njson.Marshal = %s, %v", got, err, want, wantErr)
		}
	})
}
