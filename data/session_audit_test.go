package data

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"liangsaibi/data/gen"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// A commit of more audit records than are encoded in one piece, whose log
// cannot be written: the scores are in, every record is owed in order,
// and the next commit writes them all before its own.
func TestOwedRecordsOfALargeCommitStayInOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(path, gen.Competition(gen.Options{Seed: 2, Streets: 600, Judges: 7, Items: 4}), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, SessionOptions{Operator: "甲"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := s.Comp()
	var changes []Change
	for st := range c.Streets {
		for i := range c.Items {
			for k := range c.Scores[st][i] {
				v := scoring.Number(scoring.Dec(int64(1+len(changes)%9) * 1_000_000))
				if c.Scores[st][i][k] != v {
					changes = append(changes, Change{st, i, k, v})
				}
			}
		}
	}
	if len(changes) <= 2*auditPiece {
		t.Fatalf("only %d changes", len(changes))
	}
	audit := store.AuditPath(path)
	if err := os.Mkdir(audit, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CommitAll(changes, Origin{Operator: "甲", Source: "import"}); !errors.Is(err, ErrAuditUnwritten) {
		t.Fatalf("commit with an unwritable log: %v", err)
	}
	if got := s.AuditBacklog(); got != len(changes) {
		t.Fatalf("%d records owed, want %d", got, len(changes))
	}
	os.Remove(audit)
	last := Change{0, 0, 0, scoring.Number(scoring.Dec(123_400_000))}
	if _, err := s.CommitAll([]Change{last}, Origin{Operator: "乙", Source: "keyboard"}); err != nil {
		t.Fatal(err)
	}
	entries, err := store.ReadAudit(audit)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(changes)+1 {
		t.Fatalf("the log holds %d records, want %d owed and 1", len(entries), len(changes))
	}
	for n, ch := range changes {
		e := entries[n]
		if e.Street != c.Streets[ch.Street].ID || e.New != slotText(ch.Value) || e.Operator != "甲" {
			t.Fatalf("record %d is %+v, want street %s value %s", n, e, c.Streets[ch.Street].ID, slotText(ch.Value))
		}
	}
	if e := entries[len(entries)-1]; e.Operator != "乙" || e.New != "123.4" {
		t.Fatalf("the last record is %+v", e)
	}
	if _, err := store.VerifyAudit(audit); err != nil {
		t.Fatalf("the chain does not verify: %v", err)
	}
}
