package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestConflictCopyNeverOverwrites(t *testing.T) {
	file := filepath.Join(t.TempDir(), "比赛.yaml")
	now := time.Date(2026, 6, 24, 9, 30, 0, 0, time.Local)
	first, err := ConflictCopy(file, []byte("one"), now)
	if err != nil {
		t.Fatal(err)
	}
	second, err := ConflictCopy(file, []byte("two"), now)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(first) != "比赛.conflict-20260624-093000.yaml" || filepath.Base(second) != "比赛.conflict-20260624-093000-2.yaml" {
		t.Fatalf("names %s, %s", first, second)
	}
	for name, want := range map[string]string{first: "one", second: "two"} {
		if got, _ := os.ReadFile(name); string(got) != want {
			t.Errorf("%s holds %q, want %q", name, got, want)
		}
	}
}

func TestReadRecoveryWritesNothing(t *testing.T) {
	path, recs := sampleRecords(t, 3)
	data, _ := os.ReadFile(path)
	torn := append(data, data[:20]...)
	if err := os.WriteFile(path, torn, 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := ReadRecovery(path, recs[0].BaseHash)
	if err != nil || len(rec.Pending) != 3 || !rec.Damage.Dropped() {
		t.Fatalf("%+v %v", rec, err)
	}
	if got, _ := os.ReadFile(path); len(got) != len(torn) {
		t.Error("ReadRecovery changed the journal")
	}
}
