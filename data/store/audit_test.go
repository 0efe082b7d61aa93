package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestAuditRoundTripAndTornLines(t *testing.T) {
	path := AuditPath(filepath.Join(t.TempDir(), "c.yaml"))
	if got, err := ReadAudit(path); err != nil || len(got) != 0 {
		t.Fatalf("missing log: %v %v", got, err)
	}
	when := time.Date(2026, 6, 24, 9, 30, 0, 123, time.FixedZone("CST", 8*3600))
	want := []AuditEntry{
		{Time: when, Operator: "张三", Street: "tongbailu", Item: "show.results", Judge: "j2", Old: "~", New: "17.5"},
		{Time: when.Add(time.Second), Operator: "张三", Street: "xushui", Item: "test.paper", Old: "79", New: "~"},
	}
	for _, e := range want {
		if err := AppendAudit(path, e); err != nil {
			t.Fatal(err)
		}
	}
	// A crash mid-append leaves a torn line; the next entry must survive it.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"time":"2026-06-24T01:`)
	f.Close()
	last := AuditEntry{Time: when.Add(2 * time.Second), Operator: "李四", Street: "s", Item: "i", Judge: "j1", Old: "1", New: "recused"}
	if err := AppendAudit(path, last); err != nil {
		t.Fatal(err)
	}
	want = append(want, last)
	got, skipped, err := ReadAuditSkipped(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || skipped[0] != 3 {
		t.Errorf("skipped lines %v, want [3]", skipped)
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i := range got {
		if !got[i].Time.Equal(want[i].Time) || got[i].Time.Location() != time.UTC {
			t.Errorf("entry %d time %v", i, got[i].Time)
		}
		got[i].Time, want[i].Time = time.Time{}, time.Time{}
		got[i].Prev, got[i].Hash = "", "" // the chain: audit_chain_test.go
		if got[i] != want[i] {
			t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
