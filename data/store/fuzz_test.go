package store

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzJournalReplay feeds arbitrary bytes to Replay as a journal file: it
// must never panic, must return records or an error, and every record it
// returns must survive encoding and decoding unchanged.
func FuzzJournalReplay(f *testing.F) {
	good := func(recs ...Record) []byte {
		var b []byte
		for _, r := range recs {
			l, err := encodeLine(line{Record: &r})
			if err != nil {
				f.Fatal(err)
			}
			b = append(b, l...)
		}
		return b
	}
	valid := good(Record{Seq: 1, BaseHash: "h", Street: "s", Item: "i", Judge: "j1", Value: "17.5", Old: "~"},
		Record{Seq: 2, Street: "街道", Item: "i", Value: "recused", Old: "1"})
	mark, _ := encodeLine(line{Saved: &SaveMark{UpTo: 2, Hash: "abc"}})
	f.Add(valid)
	f.Add(append(append([]byte{}, valid...), mark...))
	f.Add(valid[:len(valid)-5])                      // torn last line
	f.Add([]byte("00000000\t{}\n"))                  // bad checksum
	f.Add([]byte("\n\n\n"))                          // empty lines
	f.Add([]byte(strings.Repeat("[", 20_000)))       // deep nesting
	f.Add([]byte("ffffffff\t{\"seq\":1e400}\n"))     // huge number
	f.Add([]byte("\xEF\xBB\xBF\xff\xfe\x1b[2J\x00")) // BOM and garbage
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		// As given, and with every line's checksum made right, so that the
		// fuzzer also reaches the JSON and sequence checks behind the CRC.
		checkReplay(t, filepath.Join(dir, "c.yaml.journal"), data)
		checkReplay(t, filepath.Join(dir, "c.yaml.journal"), withGoodChecksums(data))
	})
}

// withGoodChecksums rewrites each line as <crc>\t<payload> with the right
// CRC of its payload (the text after a tab at byte 8, else the whole line).
func withGoodChecksums(data []byte) []byte {
	var out []byte
	lines := bytes.Split(data, []byte("\n"))
	for i, l := range lines {
		if len(l) >= 9 && l[8] == '\t' {
			l = l[9:]
		}
		out = fmt.Appendf(out, "%08x\t", crc32.Checksum(l, castagnoli()))
		out = append(out, l...)
		if i < len(lines)-1 {
			out = append(out, '\n')
		}
	}
	return out
}

func checkReplay(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	recs, _, err := Replay(path)
	if err != nil && len(recs) > 0 {
		t.Fatalf("Replay returned %d records and an error: %v", len(recs), err)
	}
	for _, r := range recs {
		enc, err := encodeLine(line{Record: &r})
		if err != nil {
			t.Fatalf("record %+v does not re-encode: %v", r, err)
		}
		back, err := decodeLine(enc[:len(enc)-1])
		if err != nil || back.Record == nil {
			t.Fatalf("re-encoded record %q does not decode: %v", enc, err)
		}
		b := *back.Record
		if b.Seq != r.Seq || !b.Time.Equal(r.Time) || b.BaseHash != r.BaseHash || b.Street != r.Street ||
			b.Item != r.Item || b.Judge != r.Judge || b.Value != r.Value || b.Old != r.Old {
			t.Fatalf("record changed on re-encoding:\n%+v\n%+v", r, b)
		}
	}
}
