package data

import (
	"time"

	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// Change is one slot to store, by index in the session's competition.
type Change struct {
	Street, Item, Slot int
	Value              scoring.Slot
}

// Origin says who made a change and from where, for the audit log:
// Source is "keyboard", "import", "phone@ADDR", "merge".
type Origin struct {
	Operator, Source, Note string
}

// Batch is one writer's request in a group commit: all in or all out on
// replay. Its parts may come from several origins (an import run, a merge).
type Batch []Part

// Part is changes from one origin.
type Part struct {
	Changes []Change
	Origin  Origin
}

// CommitAll stores changes as one group commit: one journal append and one
// fsync for the whole batch, then one audit append. When it returns without
// error every change is on disk; on error none is (all in or all out).
// Changes that set a slot to what it holds already are skipped.
func (s *Session) CommitAll(changes []Change, o Origin) (*scoring.Competition, error) {
	return s.CommitBatches([]Batch{{{Changes: changes, Origin: o}}})
}

// CommitBatches stores the requests of several writers with one journal
// append, one fsync and one audit append, each change audited with its own
// origin. Each batch stays all in or all out after a crash. When it
// returns without error (or ErrAuditUnwritten) every change is on disk; on
// any other error none is. Changes that set a slot to what it holds at
// that point are skipped.
func (s *Session) CommitBatches(batches []Batch) (*scoring.Competition, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ReadOnly || s.journal == nil {
		return s.comp, ErrReadOnly
	}
	c := s.comp
	next := c.Edit()
	recs := make([][]store.Record, 0, len(batches))
	n := 0
	for _, b := range batches {
		for _, p := range b {
			n += len(p.Changes)
		}
	}
	// The audit records carry the journal's time; they are encoded and
	// chained on another goroutine as they are made and while the journal
	// is written and synced, and written once it holds the scores. The
	// slice never grows past n: the pieces handed over stay where they are.
	now := time.Now().UTC()
	audit := make([]store.AuditEntry, 0, n)
	var prepared *auditPrep // from the first record on
	sent := 0
	texts := SlotTexts{}
	for _, b := range batches {
		var size int
		for _, p := range b {
			size += len(p.Changes)
		}
		rs := make([]store.Record, 0, size)
		for _, p := range b {
			for _, ch := range p.Changes {
				old := next.Slot(ch.Street, ch.Item, ch.Slot)
				if old == ch.Value {
					continue
				}
				r := recordOf(c, ch, texts.Of(ch.Value), texts.Of(old))
				rs = append(rs, r)
				r.Time = now
				audit = append(audit, auditOf(r, p.Origin))
				if prepared == nil {
					prepared = s.streamAudit(n)
				}
				if len(audit)-sent == auditPiece {
					prepared.add(audit[sent:len(audit):len(audit)])
					sent = len(audit)
				}
				next.Set(ch.Street, ch.Item, ch.Slot, ch.Value)
			}
		}
		if len(rs) > 0 {
			recs = append(recs, rs)
		}
	}
	if len(recs) == 0 {
		return c, nil
	}
	prepared.add(audit[sent:])
	if _, err := s.journal.AppendBatchesAt(now, recs); err != nil {
		prepared.abandon()
		return c, err
	}
	s.comp = next.Done()
	s.unsaved += len(audit)
	// The journal holds the scores; an audit record that cannot be written
	// is kept to be written with the next one, and the caller is told.
	return s.comp, s.writeAudit(prepared)
}

// auditPiece is how many audit records are handed to the encoder at a
// time: it starts on the first piece while the rest are made.
const auditPiece = 4096

// SlotTexts are slots as the journal and the audit log write them
// (SlotText), each value formatted once: an import's 45,000 scores are a
// few hundred values.
type SlotTexts map[scoring.Slot]string

// Of is SlotText(s), formatted the first time only.
func (t SlotTexts) Of(s scoring.Slot) string {
	text, ok := t[s]
	if !ok {
		text = slotText(s)
		t[s] = text
	}
	return text
}

func recordOf(c *scoring.Competition, ch Change, value, old string) store.Record {
	it := &c.Items[ch.Item]
	r := store.Record{Street: c.Streets[ch.Street].ID, Item: it.ID, Value: value, Old: old}
	if it.Kind == scoring.Judged {
		r.Judge = c.Judges[ch.Slot].ID
	}
	return r
}

func auditOf(r store.Record, o Origin) store.AuditEntry {
	return store.AuditEntry{Time: r.Time, Operator: o.Operator, Street: r.Street, Item: r.Item,
		Judge: r.Judge, Old: r.Old, New: r.Value, Source: o.Source, Note: o.Note}
}
