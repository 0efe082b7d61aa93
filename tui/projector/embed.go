package projector

import "liangsaibi/scoring"

// Show puts st on screen in place of what is shown, keeping the hold,
// the reveal and the page. The dashboard calls it when the projector runs
// inside it (Embedded, without a Path) and its standings change.
func (m Model) Show(st *scoring.Standings) Model {
	if st == nil || st == m.st {
		return m
	}
	m.applyLoad(loadedMsg{seq: m.applied, st: st, at: m.now()})
	return m
}
