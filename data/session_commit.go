package data

import (
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

// CommitAll stores changes as one group commit: one journal append and one
// fsync for the whole batch, then one audit append. When it returns without
// error every change is on disk; on error none is (all in or all out).
// Changes that set a slot to what it holds already are skipped.
func (s *Session) CommitAll(changes []Change, o Origin) (*scoring.Competition, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ReadOnly || s.journal == nil {
		return s.comp, ErrReadOnly
	}
	c := s.comp
	recs := make([]store.Record, 0, len(changes))
	next := c.Edit()
	for _, ch := range changes {
		old := next.Slot(ch.Street, ch.Item, ch.Slot)
		if old == ch.Value {
			continue
		}
		recs = append(recs, recordOf(c, ch, old))
		next.Set(ch.Street, ch.Item, ch.Slot, ch.Value)
	}
	if len(recs) == 0 {
		return c, nil
	}
	stored, err := s.journal.AppendBatch(recs)
	if err != nil {
		return c, err
	}
	s.comp = next.Done()
	s.unsaved += len(stored)
	// The journal holds the scores; an audit record that cannot be written
	// is kept to be written with the next one, and the caller is told.
	return s.comp, s.audit(auditOf(stored, o))
}

func recordOf(c *scoring.Competition, ch Change, old scoring.Slot) store.Record {
	it := &c.Items[ch.Item]
	r := store.Record{Street: c.Streets[ch.Street].ID, Item: it.ID, Value: slotText(ch.Value), Old: slotText(old)}
	if it.Kind == scoring.Judged {
		r.Judge = c.Judges[ch.Slot].ID
	}
	return r
}

func auditOf(recs []store.Record, o Origin) []store.AuditEntry {
	out := make([]store.AuditEntry, len(recs))
	for i, r := range recs {
		out[i] = store.AuditEntry{Time: r.Time, Operator: o.Operator, Street: r.Street, Item: r.Item,
			Judge: r.Judge, Old: r.Old, New: r.Value, Source: o.Source, Note: o.Note}
	}
	return out
}
