package data

import (
	"errors"

	"liangsaibi/data/store"
)

// ErrAuditUnwritten is matched (errors.Is) when a change is in the journal
// but its audit record could not be written (a full disk, a read-only log):
// the operator must be told, since the audit log is what proves who
// entered and who confirmed each score. The record is kept and written
// before the next one.
var ErrAuditUnwritten = errors.New("audit record not written")

// Record writes audit records that are not score changes (review, seal),
// chained and synced. On error nothing of them counts: the caller refuses
// the action.
func (s *Session) Record(entries ...store.AuditEntry) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ReadOnly || s.journal == nil {
		return ErrReadOnly
	}
	if len(s.backlog) > 0 {
		if err := s.audit(nil); err != nil {
			return err
		}
	}
	if err := store.AppendAudits(store.AuditPath(s.Path), entries); err != nil {
		return newError(errors.Join(ErrAuditUnwritten, err), "audit.refused", Explain(err))
	}
	return nil
}

// AuditBacklog is how many audit records wait to be written.
func (s *Session) AuditBacklog() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.backlog)
}

// audit writes entries after any the log still owes, in order; with s.mu
// held. On failure they all wait for the next call.
func (s *Session) audit(entries []store.AuditEntry) error {
	all := entries
	if len(s.backlog) > 0 {
		all = append(s.backlog, entries...)
	}
	if len(all) == 0 {
		return nil
	}
	if err := store.AppendAudits(store.AuditPath(s.Path), all); err != nil {
		s.backlog = all
		return newError(errors.Join(ErrAuditUnwritten, err), "audit.unwritten", len(all), Explain(err))
	}
	s.backlog = nil
	return nil
}
