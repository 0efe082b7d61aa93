package tui

import (
	"testing"

	"liangsaibi/scoring"
)

// BenchmarkEntryCommitCityScale is one committed score on a 3,000-street
// file: the session's commit (in memory here), the standings rescored for
// that street and re-ranked, the result applied and the frame drawn.
// Target: under 16 ms.
func BenchmarkEntryCommitCityScale(b *testing.B) {
	c := bigComp(3000)
	sess := &fakeSession{comp: c}
	m := New(Options{Comp: c, Session: sess})
	next, _ := m.Update(tea_size(160, 45))
	m = next.(Model)
	m.tab = TabEntry
	op := entryOp{kind: opCommit, ref: cellRef{street: 1500, item: 0, slot: 0}}
	b.ResetTimer()
	for i := range b.N {
		op.val = scoring.Number(scoring.DecFromInt(int64(i % 10)))
		msg := doCmd(sess, op, m.Standings())()
		m.entry.inFlight = &op
		next, _ := m.Update(msg)
		m = next.(Model)
		_ = m.View()
	}
}
