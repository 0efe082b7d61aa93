package store

import (
	"bytes"
	"path/filepath"
	"testing"
)

// BenchmarkJournalAppend is one committed score, fsync included.
func BenchmarkJournalAppend(b *testing.B) {
	j, _, err := OpenJournal(filepath.Join(b.TempDir(), "c.yaml.journal"), HashContent(nil))
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	rec := Record{Street: "zhongyuanxilu", Item: "show.results", Judge: "j3", Value: "17.5", Old: "~"}
	for b.Loop() {
		if _, err := j.Append(rec); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteFileAtomic rewrites a ~100 KB competition file.
func BenchmarkWriteFileAtomic(b *testing.B) {
	path := filepath.Join(b.TempDir(), "c.yaml")
	data := bytes.Repeat([]byte("    show.results: [17, 18.5, 16, 17.5, 19]   # 工作实绩\n"), 1800)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := WriteFileAtomic(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAuditAppend is one chained audit record of a committed score:
// the tail read, the append, its fsync and the head's atomic replace.
func BenchmarkAuditAppend(b *testing.B) {
	path := AuditPath(filepath.Join(b.TempDir(), "c.yaml"))
	e := AuditEntry{Operator: "张三", Street: "zhongyuanxilu", Item: "show.results", Judge: "j3", Old: "~", New: "17.5", Source: "keyboard"}
	for b.Loop() {
		if err := AppendAudit(path, e); err != nil {
			b.Fatal(err)
		}
	}
}
