package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// holdOpen opens path the way most Windows programs do (Go's os.Open, like
// Excel or a virus scanner, shares read and write but not delete), so the
// file cannot be replaced until the handle is closed.
func holdOpen(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestReplaceWaitsForAnotherProgramToLetGo(t *testing.T) {
	path, _ := writeOld(t, 0o644)
	f := holdOpen(t, path)
	const hold = 300 * time.Millisecond
	go func() {
		time.Sleep(hold)
		f.Close()
	}()
	start := time.Now()
	err := WriteFileAtomic(path, []byte("new"), 0o644)
	took := time.Since(start)
	t.Logf("took %v", took)
	if err != nil {
		t.Fatalf("write while another program briefly held the file: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("file holds %q, want %q", got, "new")
	}
	if took < hold/2 {
		t.Errorf("replaced after %v although the file was held for %v", took, hold)
	}
	assertNoTempFiles(t, filepath.Dir(path))
}

func TestReplaceGivesUpWhenHeldTooLong(t *testing.T) {
	path, old := writeOld(t, 0o644)
	f := holdOpen(t, path)
	defer f.Close()
	start := time.Now()
	err := WriteFileAtomic(path, []byte("new"), 0o644)
	took := time.Since(start)
	t.Logf("took %v, error %v", took, err)
	if err == nil {
		t.Fatal("replaced a file that another program holds open")
	}
	if !heldByOther(err) {
		t.Errorf("error %v is not a sharing or access error", err)
	}
	if took < replaceWait {
		t.Errorf("gave up after %v, want at least %v of retries", took, replaceWait)
	}
	f.Close()
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Errorf("old file changed to %q", got)
	}
	assertNoTempFiles(t, filepath.Dir(path))
}
