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
	if len(s.backlog)+len(entries) == 0 {
		return nil
	}
	return s.writeAudit(s.prepareAudit(entries))
}

// auditPrep is audit records (those owed first) being encoded and chained
// on another goroutine (store.PrepareAudits).
type auditPrep struct {
	all  []store.AuditEntry
	done chan struct{}
	a    *store.AuditAppend
	err  error
}

// prepareAudit starts encoding entries after any the log still owes; with
// s.mu held until writeAudit or abandon.
func (s *Session) prepareAudit(entries []store.AuditEntry) *auditPrep {
	p := &auditPrep{all: entries, done: make(chan struct{})}
	if len(s.backlog) > 0 {
		p.all = append(s.backlog, entries...)
	}
	path := store.AuditPath(s.Path)
	go func() {
		defer close(p.done)
		p.a, p.err = store.PrepareAudits(path, p.all)
	}()
	return p
}

// abandon gives the records up: the changes they record were not written.
func (p *auditPrep) abandon() {
	<-p.done
	if p.a != nil {
		p.a.Close()
	}
}

// writeAudit writes the prepared records; on failure they all wait for
// the next call.
func (s *Session) writeAudit(p *auditPrep) error {
	<-p.done
	err := p.err
	if err == nil {
		err = p.a.Commit()
	}
	if err != nil {
		s.backlog = p.all
		return newError(errors.Join(ErrAuditUnwritten, err), "audit.unwritten", len(p.all), Explain(err))
	}
	s.backlog = nil
	return nil
}
