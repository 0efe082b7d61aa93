package store

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// A batch is all in or all out: cut the journal anywhere inside a batch
// (a crash while it was written) and none of it is replayed, while every
// entry before it is; cut after it and all of it is.
func TestJournalBatchIsAllOrNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml.journal")
	base := HashContent([]byte("base"))
	j, _, err := OpenJournal(path, base)
	if err != nil {
		t.Fatal(err)
	}
	single, err := j.Append(Record{Street: "s1", Item: "i", Value: "1", Old: "~"})
	if err != nil {
		t.Fatal(err)
	}
	batch := make([]Record, 5)
	for i := range batch {
		batch[i] = Record{Street: "s2", Item: "i", Judge: string(rune('a' + i)), Value: "2", Old: "~"}
	}
	stored, err := j.AppendBatch(batch)
	if err != nil {
		t.Fatal(err)
	}
	j.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ends := lineEnds(data)
	if len(ends) != 6 {
		t.Fatalf("%d lines, want 6", len(ends))
	}
	for cut := ends[0]; cut <= len(data); cut++ {
		got, dmg, err := parseResult(data[:cut])
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		switch {
		case cut == len(data):
			sameRecords(t, got, append([]Record{single}, stored...))
			if dmg.Dropped() {
				t.Fatalf("whole journal: damage %+v", dmg)
			}
		default:
			sameRecords(t, got, []Record{single})
			if cut > ends[0] && (!dmg.Dropped() || dmg.DroppedLine != 2 || dmg.DroppedBytes != cut-ends[0]) {
				t.Fatalf("cut at %d inside the batch: damage %+v", cut, dmg)
			}
		}
	}

	// Opened after a crash inside the batch, the journal drops the batch
	// from the file too, so the next entry follows the single one.
	if err := os.WriteFile(path, data[:ends[3]], 0o644); err != nil {
		t.Fatal(err)
	}
	j, rec, err := OpenJournal(path, base)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	sameRecords(t, rec.Pending, []Record{single})
	if !rec.Damage.Dropped() {
		t.Fatal("the cut batch is not reported")
	}
	if fi, _ := os.Stat(path); fi.Size() != int64(ends[0]) {
		t.Fatalf("journal is %d bytes, want the batch cut off at %d", fi.Size(), ends[0])
	}
	next, err := j.Append(Record{Street: "s3", Item: "i", Value: "3", Old: "~"})
	if err != nil || next.Seq != single.Seq+1 {
		t.Fatalf("next entry %+v, %v: want sequence %d", next, err, single.Seq+1)
	}
}

// Several writers' batches in one write (group commit across writers):
// one sync for all of them, and a cut anywhere keeps exactly the batches
// written whole before it; each batch stays all in or all out.
func TestJournalBatchesEachAllOrNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml.journal")
	j, _, err := OpenJournal(path, HashContent([]byte("base")))
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{3, 1, 4, 2}
	batches := make([][]Record, len(sizes))
	for b, n := range sizes {
		for i := range n {
			batches[b] = append(batches[b], Record{Street: "s" + string(rune('a'+b)), Item: "i", Judge: string(rune('a' + i)), Value: "2", Old: "~"})
		}
	}
	before := Syncs()
	stored, err := j.AppendBatches(batches)
	if err != nil {
		t.Fatal(err)
	}
	if got := Syncs() - before; got != 1 {
		t.Fatalf("%d syncs for %d batches, want 1", got, len(sizes))
	}
	j.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ends := lineEnds(data)
	// batchEnd[k] is the byte where batch k ends.
	var batchEnd []int
	line := 0
	for _, n := range sizes {
		line += n
		batchEnd = append(batchEnd, ends[line-1])
	}
	for cut := 0; cut <= len(data); cut++ {
		got, _, err := parseResult(data[:cut])
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		var want []Record
		for k, e := range batchEnd {
			if cut >= e {
				want = append(want, stored[k]...)
			}
		}
		sameRecords(t, got, want)
	}
}

// A batch too large to encode at once goes out in pieces; a write that
// fails after some of them (a disk full midway) leaves the journal as it
// was, and the next batch is written and replayed as if nothing happened.
func TestBatchFailingMidwayLeavesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml.journal")
	j, _, err := OpenJournal(path, HashContent([]byte("base")))
	if err != nil {
		t.Fatal(err)
	}
	single, err := j.Append(Record{Street: "s0", Item: "i", Value: "1", Old: "~"})
	if err != nil {
		t.Fatal(err)
	}
	sizeBefore := fileSize(t, path)
	batch := make([]Record, 3*streamPiece/100) // about three pieces
	for i := range batch {
		batch[i] = Record{Street: "s" + strconv.Itoa(i), Item: "i", Judge: "j", Value: "2", Old: "~"}
	}
	j.Faults = &Faults{}
	restore := j.Faults.InjectAfter(OpWrite, 1, syscall.ENOSPC)
	before := Syncs()
	if _, err := j.AppendBatch(batch); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("a disk full midway: %v", err)
	}
	restore()
	if got := fileSize(t, path); got != sizeBefore || Syncs() != before {
		t.Fatalf("after the failed batch the journal is %d bytes (was %d), %d syncs", got, sizeBefore, Syncs()-before)
	}
	stored, err := j.AppendBatch(batch[:2])
	if err != nil {
		t.Fatal(err)
	}
	if stored[0].Seq != single.Seq+1 {
		t.Fatalf("the next batch starts at %d, want %d", stored[0].Seq, single.Seq+1)
	}
	j.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, dmg, err := parseResult(data)
	if err != nil || dmg.Dropped() {
		t.Fatalf("replay: %v, damage %+v", err, dmg)
	}
	sameRecords(t, got, append([]Record{single}, stored...))
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Size()
}
