package round

import (
	"time"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// maxGroupOps bounds how many ops one group commit gathers: the queue
// beyond it waits for the next write. (A variable for tests.)
var maxGroupOps = 4096

// request is one Do waiting for the owner.
type request struct {
	ops  []Op
	ack  Ack
	err  error
	done chan struct{}
}

// Do applies a batch of ops as one group commit. Requests from other
// writers that queued while the last one was written go to disk with it:
// one journal append, one fsync and one audit append for all of them, each
// op audited with its own operator and source. When Do returns without
// error every op is on disk; on error nothing of the batch is, and a
// crash mid-write keeps each batch all in or all out. The Policy may
// refuse the batch; that refuses only this caller's ops.
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

// gather takes first and every request queued behind it (up to
// maxGroupOps ops), on the owner goroutine.
func (r *Round) gather(first *request) []*request {
	group, n := []*request{first}, len(first.ops)
	for n < maxGroupOps {
		select {
		case q := <-r.dos:
			group, n = append(group, q), n+len(q.ops)
		default:
			return group
		}
	}
	return group
}

// commitGroup applies a group of requests in order with one write, then
// answers each. A request the Policy refuses, or that changes nothing, is
// answered without sinking the others; a failed write fails them all.
func (r *Round) commitGroup(group []*request) {
	defer func() {
		for _, q := range group {
			close(q.done)
		}
	}()
	prev := r.State()
	if prev.Mode != Writer {
		for _, q := range group {
			q.ack, q.err = Ack{State: prev}, data.ErrReadOnly
		}
		return
	}
	cur, comp := prev, prev.Comp // cur: what the Policy sees, earlier requests included
	saved := map[string]history{}
	var batches []data.Batch
	var applied []*request
	var all []Op
	for _, q := range group {
		q.ack.State = prev
		if p := r.opts.Policy; p != nil {
			if cur.Comp != comp {
				cur = interim(prev, comp, all)
			}
			if q.err = p(cur, q.ops); q.err != nil {
				continue
			}
		}
		sets, err := r.resolve(comp, q.ops)
		if q.err = err; err != nil || len(sets) == 0 {
			continue
		}
		comp = r.record(comp, sets, saved)
		batches = append(batches, batchOf(sets))
		q.ack.Applied = sets
		applied = append(applied, q)
		all = append(all, sets...)
	}
	if len(batches) == 0 {
		return
	}
	if _, err := r.sess.CommitBatches(batches); err != nil {
		r.restore(saved)
		for _, q := range applied {
			q.ack.Applied, q.err = nil, err
		}
		return
	}
	notices := make([]Notice, len(applied))
	for i, q := range applied {
		notices[i] = Notice{Kind: Committed, Ops: q.ack.Applied}
	}
	st := r.committed(prev, all, notices)
	for _, q := range group {
		q.ack.State = st
	}
}

// batchOf is one request's sets as a data.Batch: a run of ops with the
// same operator and source is one part (an import is one).
func batchOf(sets []Op) data.Batch {
	var b data.Batch
	for lo := 0; lo < len(sets); {
		hi := lo + 1
		for hi < len(sets) && sets[hi].Operator == sets[lo].Operator && sets[hi].Source == sets[lo].Source {
			hi++
		}
		changes := make([]data.Change, 0, hi-lo)
		for _, o := range sets[lo:hi] {
			changes = append(changes, o.change())
		}
		b = append(b, data.Part{Changes: changes, Origin: sets[lo].origin()})
		lo = hi
	}
	return b
}

// interim is the state the Policy sees for a request behind others in
// the same group: prev with their sets (comp), its standings rescored.
func interim(prev *State, comp *scoring.Competition, sets []Op) *State {
	s := prev.clone()
	s.Gen = prev.Gen // not published
	s.Comp = comp
	s.Standings = rescore(prev.Standings, comp, sets)
	return s
}

// rescore is st after sets on comp: a few streets scored again one by one
// (Rescore), a large batch scored whole.
func rescore(st *scoring.Standings, comp *scoring.Competition, sets []Op) *scoring.Standings {
	streets := map[int]bool{}
	for _, o := range sets {
		streets[o.Street] = true
	}
	if st == nil || len(streets) > 16 {
		return scoring.Compute(comp)
	}
	for s := range streets {
		st = st.Rescore(comp, s)
	}
	return st
}

// committed publishes the standings after sets and schedules the save.
func (r *Round) committed(prev *State, sets []Op, notices []Notice) *State {
	if len(sets) == 0 {
		return prev
	}
	next := r.snapshot(prev, rescore(prev.Standings, r.sess.Comp(), sets))
	r.publish(next, notices...)
	r.dirty += len(sets)
	if r.dirty >= r.opts.SaveEvery {
		if r.due.IsZero() {
			r.due = time.Now()
		}
	} else {
		r.idle.Reset(r.opts.SaveIdle)
	}
	return next
}

// maxSaveWait is how long writers that keep coming may put off a due
// autosave: the journal holds their scores meanwhile.
const maxSaveWait = time.Second

// saveDue runs the due autosave, unless writers are waiting: their
// requests go first (the acknowledgement needs only the journal's fsync),
// for at most maxSaveWait.
func (r *Round) saveDue() {
	if time.Since(r.due) < maxSaveWait {
		select {
		case q := <-r.dos:
			r.commitGroup(r.gather(q))
			return
		default:
		}
	}
	r.save()
}
