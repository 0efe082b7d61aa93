package review

import (
	"liangsaibi/data/seal"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// Report is what `audit --verify` found for a file and its audit log.
type Report struct {
	Chain       *store.ChainReport
	Unexplained []Unexplained // scores the log does not explain
	StartOK     bool          // scores no record names are as when the log began
	Book        *Book         // the review and the seal the log describes
	Digest      string        // of the competition checked
}

// OK says whether the chain is whole and every score is explained.
func (r *Report) OK() bool {
	return r.Chain.Break == store.Intact && len(r.Unexplained) == 0 && r.StartOK
}

// Verify checks the audit log of the file at path and the competition c
// read from it (journal applied) against each other.
func Verify(path string, c *scoring.Competition) (*Report, error) {
	ch, err := store.VerifyAudit(store.AuditPath(path))
	if err != nil {
		return nil, err
	}
	un, ok := Explain(c, ch.Entries)
	return &Report{Chain: ch, Unexplained: un, StartOK: ok, Book: Replay(ch.Entries), Digest: seal.Digest(c)}, nil
}
