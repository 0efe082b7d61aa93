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
	if len(recs) == 0 {
		return nil, nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	now := time.Now().UTC()
	out := make([]Record, len(recs))
	var buf []byte
	last := j.next + uint64(len(recs)) - 1
	for i, r := range recs {
		r.Seq, r.Time, r.BaseHash = j.next+uint64(i), now, j.base
		if len(recs) > 1 {
			r.BatchEnd = last // replay keeps a batch only when its last line is there
		}
		b, err := encodeLine(line{Record: &r})
		if err != nil {
			return nil, fileErr("encode", j.path, err)
		}
		buf = append(buf, b...)
		out[i] = r
	}
	if err := j.roomFor(len(recs), len(buf)); err != nil {
		return nil, err
	}
	if err := j.appendBytes(buf); err != nil {
		return nil, err
	}
	j.next += uint64(len(recs))
	j.pending = append(j.pending, out...)
	return out, nil
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
