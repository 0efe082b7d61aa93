package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A log written before the chain still reads; its records count as
// unverified, and the chain starts from the last of them.
func TestAuditChainAfterAnOldLog(t *testing.T) {
	path := AuditPath(filepath.Join(t.TempDir(), "c.yaml"))
	old := `{"time":"2026-01-02T03:04:05Z","operator":"张三","street":"s1","item":"i1","old":"~","new":"8"}` + "\n" +
		`{"time":"2026-01-02T03:04:06Z","operator":"张三","street":"s1","item":"i1","old":"8","new":"9"}` + "\n"
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := AppendAudits(path, []AuditEntry{{Operator: "李四", Street: "s2", Item: "i1", Old: "~", New: "7"}, {Operator: "李四", Note: "seal", Digest: "ab"}}); err != nil {
		t.Fatal(err)
	}
	r, err := VerifyAudit(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Entries) != 4 || r.Unverified != 2 || r.Break != Intact {
		t.Fatalf("%d entries, %d unverified, break %v", len(r.Entries), r.Unverified, r.Break)
	}
	// The newest old record is anchored by the first chained one.
	raw, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(raw), `"new":"9"`, `"new":"6"`, 1)), 0o644)
	if r, _ := VerifyAudit(path); r.Break != Gap || r.Line != 3 {
		t.Fatalf("an edited old record: break %v at line %d, want a gap before line 3", r.Break, r.Line)
	}
	os.WriteFile(path, raw, 0o644)
	// Without its head the newest records cannot be vouched for.
	os.Remove(HeadPath(path))
	if r, _ := VerifyAudit(path); r.Break != HeadMissing {
		t.Fatalf("head removed: break %v", r.Break)
	}
}

// A torn last line (a crash mid-append) is not tampering.
func TestAuditChainTornTail(t *testing.T) {
	path := AuditPath(filepath.Join(t.TempDir(), "c.yaml"))
	for _, v := range []string{"1", "2"} {
		if err := AppendAudit(path, AuditEntry{Operator: "甲", Street: "s", Item: "i", Old: "~", New: v}); err != nil {
			t.Fatal(err)
		}
	}
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"time":"2026`)
	f.Close()
	if r, _ := VerifyAudit(path); r.Break != Intact || len(r.Skipped) != 1 {
		t.Fatalf("torn tail: break %v, skipped %v", r.Break, r.Skipped)
	}
	if err := AppendAudit(path, AuditEntry{Operator: "甲", Street: "s", Item: "i", Old: "2", New: "3"}); err != nil {
		t.Fatal(err)
	}
	if r, _ := VerifyAudit(path); r.Break != Intact || len(r.Entries) != 3 {
		t.Fatalf("after the torn line: break %v at line %d, %d entries", r.Break, r.Line, len(r.Entries))
	}
}
