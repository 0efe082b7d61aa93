package store

import (
	"slices"
	"time"
)

// AppendBatch is group commit: recs are written as consecutive lines with
// one write and one sync, so a batch (an import, a burst of submissions)
// costs one fsync. The promise is Append's: when it returns every record is
// on disk; on error none was added. A crash in the middle of the write
// leaves part of the batch: every record names the batch's last sequence
// number (BatchEnd), and replay drops a batch whose last record is missing,
// so a batch is all in or all out.
func (j *Journal) AppendBatch(recs []Record) ([]Record, error) {
	out, err := j.AppendBatches([][]Record{recs})
	if err != nil || len(out) == 0 {
		return nil, err
	}
	return out[0], nil
}

// AppendBatches writes several batches (the requests of several writers
// that queued while the last write was syncing) with one write and one
// sync. Each batch keeps its own BatchEnd, so on replay each is all in or
// all out on its own: a crash mid-write keeps the batches written whole
// and drops the torn one. On error none was added.
func (j *Journal) AppendBatches(batches [][]Record) ([][]Record, error) {
	return j.AppendBatchesAt(time.Now(), batches)
}

// AppendBatchesAt is AppendBatches with the records' time given: a group
// commit encodes its audit records, which carry the same time, while the
// journal is written. The records are stamped (sequence, time, base) in
// the batches given, which it returns: an import's 45,000 are not copied.
func (j *Journal) AppendBatchesAt(now time.Time, batches [][]Record) ([][]Record, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	now = now.UTC()
	n := 0
	for _, recs := range batches {
		n += len(recs)
	}
	if n == 0 {
		return batches, nil
	}
	if err := j.roomFor(n, 0); err != nil {
		return nil, err
	}
	seq := j.next
	// Half the journal's room at most: the other half is for save marks.
	err := j.appendStream(MaxJournalSize/2, MaxJournalEntries/2, func(emit func([]byte) error) error {
		buf := make([]byte, 0, streamPiece+4<<10)
		var lt lastTime // every record has the time now
		for _, recs := range batches {
			last := seq + uint64(len(recs)) - 1
			for i := range recs {
				r := &recs[i]
				r.Seq, r.Time, r.BaseHash = seq, now, j.base
				if len(recs) > 1 {
					r.BatchEnd = last // replay keeps a batch only when its last line is there
				}
				var err error
				if buf, err = appendLine(buf, line{Record: r}, &lt); err != nil {
					return fileErr("encode", j.path, err)
				}
				if len(buf) >= streamPiece {
					if err := emit(buf); err != nil {
						return err
					}
					buf = buf[:0]
				}
				seq++
			}
		}
		return emit(buf)
	})
	if err != nil {
		return nil, err
	}
	j.next = seq
	j.pending = slices.Grow(j.pending, n)
	for _, recs := range batches {
		j.pending = append(j.pending, recs...)
	}
	return batches, nil
}

// Pending is a copy of the entries the file on disk does not hold yet,
// oldest first.
func (j *Journal) Pending() []Record {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.pending)
}

// Adopt takes entries back into the pending list (a journal's orphans, made
// on another version of the file, once they are merged): the next Rebase
// keeps them, rebased onto the file it names, instead of trimming them.
func (j *Journal) Adopt(recs []Record) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.pending = append(j.pending, recs...)
	slices.SortFunc(j.pending, func(a, b Record) int { return int(a.Seq) - int(b.Seq) })
}
