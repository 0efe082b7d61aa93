package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// competition sets up a competition file with content v0 and its journal.
func competition(t *testing.T) (file string, j *Journal) {
	t.Helper()
	file = filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(file, []byte("v0"), 0o644); err != nil {
		t.Fatal(err)
	}
	j, rec, err := OpenJournal(JournalPath(file), HashContent([]byte("v0")))
	if err != nil || len(rec.Pending)+len(rec.Orphans) != 0 {
		t.Fatalf("open: %v %+v", err, rec)
	}
	t.Cleanup(func() { j.Close() })
	return file, j
}

func appendN(t *testing.T, j *Journal, n int) []Record {
	t.Helper()
	var out []Record
	for range n {
		r, err := j.Append(Record{Street: "s", Item: "i", Judge: "j1", Value: "5"})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// reopen is what a restart sees.
func reopen(t *testing.T, file string) *Recovery {
	t.Helper()
	h, err := HashFile(file)
	if err != nil {
		t.Fatal(err)
	}
	j, rec, err := OpenJournal(JournalPath(file), h)
	if err != nil {
		t.Fatal(err)
	}
	j.Close()
	return rec
}

func seqs(rs []Record) []uint64 {
	var out []uint64
	for _, r := range rs {
		out = append(out, r.Seq)
	}
	return out
}

func wantSeqs(t *testing.T, what string, got []Record, want ...uint64) {
	t.Helper()
	g := seqs(got)
	if len(g) != len(want) {
		t.Fatalf("%s: seqs %v, want %v", what, g, want)
	}
	for i := range g {
		if g[i] != want[i] {
			t.Fatalf("%s: seqs %v, want %v", what, g, want)
		}
	}
}

func TestSaveTrimsOnlyWhatTheFileContains(t *testing.T) {
	file, j := competition(t)
	appendN(t, j, 3)
	upTo := j.LastSeq()
	appendN(t, j, 2) // committed while the save renders: not in "v1"
	if err := j.Save(file, []byte("v1"), upTo); err != nil {
		t.Fatal(err)
	}
	if j.Base() != HashContent([]byte("v1")) {
		t.Error("journal base not moved to the saved file")
	}
	appendN(t, j, 1)
	rec := reopen(t, file)
	wantSeqs(t, "pending", rec.Pending, 4, 5, 6)
	wantSeqs(t, "orphans", rec.Orphans)
}

func TestCrashBeforeReplaceKeepsEverythingPending(t *testing.T) {
	file, j := competition(t)
	appendN(t, j, 3)
	j.Faults = &Faults{}
	restore := j.Faults.Inject(OpRename, syscall.EIO)
	err := j.Save(file, []byte("v1"), j.LastSeq())
	restore()
	if err == nil {
		t.Fatal("save reported success")
	}
	if got, _ := os.ReadFile(file); string(got) != "v0" {
		t.Fatalf("file is %q", got)
	}
	wantSeqs(t, "pending", reopen(t, file).Pending, 1, 2, 3)
}

func TestCrashAfterReplaceBeforeTrim(t *testing.T) {
	file, j := competition(t)
	appendN(t, j, 3)
	upTo := j.LastSeq()
	appendN(t, j, 1)
	// Save's steps, stopping before Rebase as a crash would.
	h := HashContent([]byte("v1"))
	if err := j.MarkSaving(upTo, h); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(file, []byte("v1"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec := reopen(t, file)
	wantSeqs(t, "pending", rec.Pending, 4)
	wantSeqs(t, "orphans", rec.Orphans)
}

func TestRecoveredJournalContinuesAfterReplay(t *testing.T) {
	file, j := competition(t)
	appendN(t, j, 2)
	j.Close()
	j2, rec, err := OpenJournal(JournalPath(file), HashContent([]byte("v0")))
	if err != nil {
		t.Fatal(err)
	}
	defer j2.Close()
	wantSeqs(t, "pending", rec.Pending, 1, 2)
	more := appendN(t, j2, 1)
	wantSeqs(t, "new", more, 3)
	if err := j2.Save(file, []byte("v1"), j2.LastSeq()); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := Replay(JournalPath(file)); len(got) != 0 {
		t.Fatalf("journal holds %d entries after a full save", len(got))
	}
}

func TestExternalEditIsNeverOverwritten(t *testing.T) {
	file, j := competition(t)
	appendN(t, j, 2)
	if err := os.WriteFile(file, []byte("edited by hand"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := j.Save(file, []byte("v1"), j.LastSeq()); !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("save over an edited file: %v", err)
	}
	if got, _ := os.ReadFile(file); string(got) != "edited by hand" {
		t.Fatalf("file is %q", got)
	}
	rec := reopen(t, file)
	wantSeqs(t, "pending", rec.Pending)
	wantSeqs(t, "orphans", rec.Orphans, 1, 2)
}

func TestSaveToNewFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "演示.yaml")
	j, _, err := OpenJournal(JournalPath(file), "")
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	appendN(t, j, 1)
	if err := j.Save(file, []byte("demo"), j.LastSeq()); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(file); string(got) != "demo" {
		t.Fatalf("file is %q", got)
	}
}

func TestFailureAfterReplaceIsNotAnExternalChange(t *testing.T) {
	file, j := competition(t)
	appendN(t, j, 2)
	j.Faults = &Faults{}
	restore := j.Faults.Inject(OpSyncDir, syscall.EIO)
	err := j.Save(file, []byte("v1"), j.LastSeq())
	restore()
	if err == nil {
		t.Fatal("save reported success")
	}
	appendN(t, j, 1)
	if err := j.Save(file, []byte("v2"), j.LastSeq()); err != nil {
		t.Fatalf("next save: %v", err)
	}
	if got, _ := os.ReadFile(file); string(got) != "v2" {
		t.Fatalf("file is %q", got)
	}
	rec := reopen(t, file)
	wantSeqs(t, "pending", rec.Pending)
	wantSeqs(t, "orphans", rec.Orphans)
}

func TestAppendsDuringSavesAreKept(t *testing.T) {
	file, j := competition(t)
	const n = 200
	done := make(chan error)
	go func() {
		for range n {
			if _, err := j.Append(Record{Street: "s", Item: "i", Value: "1"}); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	saves := 0
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		default:
			// No final save after the last append: the journal must
			// still hold whatever the saves did not include.
			upTo := j.LastSeq()
			if err := j.Save(file, fmt.Appendf(nil, "upto=%d", upTo), upTo); err != nil {
				t.Fatal(err)
			}
			saves++
			continue
		}
		break
	}
	content, _ := os.ReadFile(file)
	var inFile uint64
	fmt.Sscanf(string(content), "upto=%d", &inFile)
	rec := reopen(t, file)
	if inFile+uint64(len(rec.Pending)) != n || len(rec.Orphans) != 0 {
		t.Fatalf("after %d saves: file up to %d, pending %v", saves, inFile, seqs(rec.Pending))
	}
}
