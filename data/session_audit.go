package data

import (
	"errors"
	"slices"

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
	if s.start != nil || len(s.backlog) > 0 {
		if err := s.audit(nil); err != nil {
			return err
		}
	}
	if err := store.AppendAudits(store.AuditPath(s.Path), entries); err != nil {
		return newError(errors.Join(ErrAuditUnwritten, err), "audit.refused", Explain(err))
	}
	return nil
}

// pendingStart is the audit log's start record while its digest is being
// computed.
type pendingStart struct {
	entry store.AuditEntry
	ready chan struct{} // closed once entry.Digest is set
}

// Begin writes e, the audit log's start record, once digest has given its
// Digest, on another goroutine: a writer opens without waiting for a pass
// over every score (420,000 at city). An audit record written meanwhile
// waits for it and goes after it, in the same append; Close writes it if
// it is still owed.
func (s *Session) Begin(e store.AuditEntry, digest func() string) {
	p := &pendingStart{entry: e, ready: make(chan struct{})}
	s.mu.Lock()
	s.start = p
	s.mu.Unlock()
	go func() {
		p.entry.Digest = digest()
		close(p.ready)
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.start == p && s.journal != nil {
			_ = s.audit(nil) // on failure it waits in the backlog for the next record
		}
	}()
}

// takeStart puts an owed start record before the backlog, waiting for its
// digest; with s.mu held.
func (s *Session) takeStart() {
	if p := s.start; p != nil {
		<-p.ready
		s.backlog = append([]store.AuditEntry{p.entry}, s.backlog...)
		s.start = nil
	}
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
	if s.start == nil && len(s.backlog)+len(entries) == 0 {
		return nil
	}
	return s.writeAudit(s.prepareAudit(entries))
}

// auditPrep is audit records (those owed first) being encoded and chained
// on another goroutine as they are handed over (add), to be written once
// the journal holds their scores (writeAudit).
type auditPrep struct {
	owed   []store.AuditEntry   // the backlog, first
	chunks [][]store.AuditEntry // handed over since
	in     chan []store.AuditEntry
	ended  bool // in is closed
	done   chan struct{}
	a      *store.AuditAppend
	err    error
}

// prepareAudit starts encoding entries after any the log still owes; with
// s.mu held until writeAudit or abandon.
func (s *Session) prepareAudit(entries []store.AuditEntry) *auditPrep {
	p := s.streamAudit(len(entries))
	p.add(entries)
	return p
}

// streamAudit starts encoding the records the log still owes, and about
// expect more as add hands them over, on another goroutine; with s.mu
// held until writeAudit or abandon.
func (s *Session) streamAudit(expect int) *auditPrep {
	s.takeStart()
	p := &auditPrep{owed: s.backlog, in: make(chan []store.AuditEntry, 64), done: make(chan struct{})}
	path := store.AuditPath(s.Path)
	go func() {
		defer close(p.done)
		a, err := store.BeginAudits(path, len(p.owed)+expect)
		if err == nil {
			err = a.Add(p.owed)
		}
		for es := range p.in {
			if err == nil {
				err = a.Add(es)
			}
		}
		if err != nil && a != nil {
			a.Close()
			a = nil
		}
		p.a, p.err = a, err
	}()
	return p
}

// add hands records over to be encoded after those before; es must not
// change after.
func (p *auditPrep) add(es []store.AuditEntry) {
	if len(es) > 0 {
		p.chunks = append(p.chunks, es)
		p.in <- es
	}
}

// wait ends the handing over and waits until every record is encoded.
func (p *auditPrep) wait() {
	if !p.ended {
		close(p.in)
		p.ended = true
	}
	<-p.done
}

// all is every record of p, those owed first.
func (p *auditPrep) all() []store.AuditEntry {
	out := slices.Clone(p.owed)
	for _, es := range p.chunks {
		out = append(out, es...)
	}
	return out
}

// abandon gives the records up: the changes they record were not written.
func (p *auditPrep) abandon() {
	p.wait()
	if p.a != nil {
		p.a.Close()
	}
}

// writeAudit writes the prepared records; on failure they all wait for
// the next call.
func (s *Session) writeAudit(p *auditPrep) error {
	p.wait()
	err := p.err
	if err == nil {
		err = p.a.Commit()
	}
	if err != nil {
		s.backlog = p.all()
		return newError(errors.Join(ErrAuditUnwritten, err), "audit.unwritten", len(s.backlog), Explain(err))
	}
	s.backlog = nil
	return nil
}
