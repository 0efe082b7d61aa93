package web

import (
	"strings"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// restoreCells shows again what judges submitted before a restart: the
// audit log names, for every score a phone sent, the judge, the street,
// the time and the device (source phone@ADDR), so the cells are rebuilt
// from it rather than kept twice. A submission that changed nothing left
// no record and is not shown; the counts of refused submissions are kept
// with the console's state (consoleState). The log is read once, bounded
// (store.MaxAuditSize), like the round's own review at open; one that
// cannot be read is said in the console's log and serving goes on. s.mu
// is held or nothing is served yet.
func (s *Server) restoreCells() {
	path := store.AuditPath(s.round.State().Path)
	entries, skipped, err := store.ReadAuditSkipped(path)
	if err != nil {
		s.note("log.audit_unreadable", data.ErrorText(err, s.opts.Lang))
		return
	}
	if len(skipped) > 0 {
		s.note("log.audit_skipped", path, len(skipped), skipped[0])
	}
	comp := s.round.State().Comp
	recused := data.SlotText(scoring.Slot{State: scoring.Recused})
	prefix := string(round.Phone) + "@"
	cells := map[cellKey]bool{}
	for _, e := range entries {
		addr, phone := strings.CutPrefix(e.Source, prefix)
		if !phone || e.Note != "" || e.Time.IsZero() || e.Time.Before(s.since) ||
			comp.FindStreet(e.Street) < 0 || comp.FindJudge(e.Judge) < 0 {
			continue
		}
		c := s.cell(e.Judge, e.Street)
		if !e.Time.Before(c.At) {
			c.At, c.Addr, c.Recused, c.unchanged = e.Time.Local(), addr, e.New == recused, false
			cells[cellKey{e.Judge, e.Street}] = true
		}
	}
	if len(cells) > 0 {
		s.note("log.cells_restored", len(cells))
	}
}
