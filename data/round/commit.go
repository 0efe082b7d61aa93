package round

import (
	"time"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// Do applies a batch of ops as one group commit. Requests from other
// writers that queued while the last write was syncing go to disk with it
// (group.go): one journal append, one fsync and one audit append for all
// of them, each op audited with its own operator and source, each request
// as if applied alone in arrival order. When Do returns without error
// every op is on disk; on error nothing of the batch is, and a crash
// mid-write keeps each request all in or all out. The rules and the
// Policy may refuse the batch; that refuses only this caller's ops.
func (r *Round) Do(ops ...Op) (Ack, error) {
	q := &request{ops: ops, done: make(chan struct{})}
	select {
	case r.dos <- q:
		<-q.done
		return q.ack, q.err
	case <-r.ended:
		return Ack{State: r.State()}, ErrClosed
	}
}

// Commit is Do for one score typed at this process's keyboard; it returns
// the competition with the new slot.
func (r *Round) Commit(street, item, slot int, v scoring.Slot) (*scoring.Competition, error) {
	ack, err := r.Do(Op{Kind: Set, Street: street, Item: item, Slot: slot, Value: v,
		Operator: r.opts.Operator, Source: Source{Kind: Keyboard}})
	return ack.State.Comp, err
}

// apply runs one request alone on the owner goroutine.
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

// applyScores commits a run of score ops (Set, Undo, Redo) of one request
// as one journal batch: all in or all out.
func (r *Round) applyScores(ops []Op) (Ack, error) {
	q := &request{ops: ops}
	g := r.newGroup()
	g.add(q, ops)
	g.write()
	return Ack{State: r.State(), Applied: q.ack.Applied}, q.err
}

// committed publishes the standings after sets with notices and makes the
// autosave due.
func (r *Round) committed(prev *State, sets []Op, notices ...Notice) *State {
	if len(sets) == 0 {
		return prev
	}
	next := r.snapshot(prev, after(prev.standings, r.sess.Comp(), sets))
	r.publish(next, notices...)
	r.dirty += len(sets)
	if r.dirty < r.opts.SaveEvery {
		r.idle.Reset(r.opts.SaveIdle)
	} else if r.due.IsZero() {
		r.due = time.Now()
	}
	return next
}

// maxSaveWait is how long writers that keep coming may put off a due
// autosave: the journal holds their scores meanwhile.
const maxSaveWait = time.Second

// saveDue runs the due autosave, unless writers are waiting: their
// requests go first (an acknowledgement needs only the journal's fsync),
// for at most maxSaveWait.
func (r *Round) saveDue() {
	if time.Since(r.due) < maxSaveWait {
		select {
		case q := <-r.dos:
			r.serve(r.gather(q))
			return
		default:
		}
	}
	r.save()
}
