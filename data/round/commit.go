package round

import (
	"errors"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// Do applies a batch of ops as one group commit: one journal append, one
// fsync and one audit append per run of ops with the same operator and
// source (an import is one). When Do returns without error every op is on
// disk; on error nothing of the batch is. The Policy may refuse the batch.
func (r *Round) Do(ops ...Op) (Ack, error) {
	var ack Ack
	var err error
	if rerr := r.run(func() { ack, err = r.apply(ops) }); rerr != nil {
		return Ack{State: r.State()}, rerr
	}
	return ack, err
}

// Commit is Do for one score typed at this process's keyboard; it returns
// the competition with the new slot.
func (r *Round) Commit(street, item, slot int, v scoring.Slot) (*scoring.Competition, error) {
	ack, err := r.Do(Op{Kind: Set, Street: street, Item: item, Slot: slot, Value: v,
		Operator: r.opts.Operator, Source: Source{Kind: Keyboard}})
	return ack.State.Comp, err
}

// apply runs on the owner goroutine.
func (r *Round) apply(ops []Op) (Ack, error) {
	prev := r.State()
	if prev.Mode != Writer {
		return Ack{State: prev}, data.ErrReadOnly
	}
	ops, err := r.rules(prev, ops) // review and seal: every writer alike
	if err != nil {
		return Ack{State: prev}, err
	}
	if p := r.opts.Policy; p != nil {
		if err := p(prev, ops); err != nil {
			return Ack{State: prev}, err
		}
	}
	return r.applyRuns(ops)
}

// applyScores commits score ops (Set, Undo, Redo) as one group commit.
func (r *Round) applyScores(ops []Op) (Ack, error) {
	prev := r.State()
	sets, err := r.resolve(prev.Comp, ops)
	if err != nil || len(sets) == 0 {
		return Ack{State: prev}, err
	}
	var auditErr error
	for lo := 0; lo < len(sets); {
		hi := lo + 1
		for hi < len(sets) && sets[hi].Operator == sets[lo].Operator && sets[hi].Source == sets[lo].Source {
			hi++
		}
		changes := make([]data.Change, 0, hi-lo)
		for _, o := range sets[lo:hi] {
			changes = append(changes, o.change())
		}
		if _, err := r.sess.CommitAll(changes, sets[lo].origin()); errors.Is(err, data.ErrAuditUnwritten) {
			auditErr = err // on disk; the operator is told the record is owed
		} else if err != nil {
			// Earlier runs of this batch are on disk: publish them.
			r.entered(prev.Comp, sets[:lo])
			r.committed(prev, sets[:lo])
			return Ack{State: r.State(), Applied: sets[:lo]}, err
		}
		lo = hi
	}
	r.entered(prev.Comp, sets)
	r.record(sets)
	st := r.committed(prev, sets)
	return Ack{State: st, Applied: sets}, auditErr
}

// committed publishes the standings after sets and schedules the save.
// A few streets are scored again one by one (Rescore); a large batch is
// scored whole.
func (r *Round) committed(prev *State, sets []Op) *State {
	if len(sets) == 0 {
		return prev
	}
	comp := r.sess.Comp()
	streets := map[int]bool{}
	for _, o := range sets {
		streets[o.Street] = true
	}
	var st *scoring.Standings
	if prev.Standings != nil && len(streets) <= 16 {
		st = prev.Standings
		for s := range streets {
			st = st.Rescore(comp, s)
		}
	} else {
		st = scoring.Compute(comp)
	}
	next := r.snapshot(prev, st)
	r.publish(next, Notice{Kind: Committed, Ops: sets})
	r.dirty += len(sets)
	if r.dirty >= r.opts.SaveEvery {
		r.save()
	} else {
		r.idle.Reset(r.opts.SaveIdle)
	}
	return r.State()
}
