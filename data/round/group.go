package round

import (
	"errors"
	"maps"
	"slices"

	"liangsaibi/data"
	"liangsaibi/data/review"
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

// gather takes first and every request queued behind it (up to
// maxGroupOps ops), on the owner goroutine, without waiting.
func (r *Round) gather(first *request) []*request {
	reqs, n := []*request{first}, len(first.ops)
	for n < maxGroupOps {
		select {
		case q := <-r.dos:
			reqs, n = append(reqs, q), n+len(q.ops)
		default:
			return reqs
		}
	}
	return reqs
}

// serve answers requests in arrival order, each as if applied alone after
// the ones before it. Consecutive requests of score ops only are written
// together (one journal append, one fsync, one audit append); any other
// request (a review op, a seal, a Set that blind review turns into a
// Check) ends the group and is applied alone after it. A refused request
// sinks no other.
func (r *Round) serve(reqs []*request) {
	g := r.newGroup()
	for _, q := range reqs {
		if g.join(q) {
			continue
		}
		r.answer(g)
		q.ack, q.err = r.apply(q.ops)
		close(q.done)
		g = r.newGroup()
	}
	r.answer(g)
}

// group is a run of requests written with one write.
type group struct {
	r       *Round
	prev    *State               // published before the group
	cur     *State               // what rules and the Policy see (state)
	comp    *scoring.Competition // prev's with the group's sets so far
	book    *review.Book         // r.book before the group, put back if the write fails
	saved   map[string]history   // undo stacks before the group, the same
	members []*request           // every request the group answers
	written []*request           // those with sets in the write
	batches []data.Batch
	sets    []Op
	scored  int // how many of sets cur's standings hold (with a Policy)
}

func (r *Round) newGroup() *group {
	prev := r.State()
	return &group{r: r, prev: prev, cur: prev, comp: prev.Comp, book: r.book, saved: map[string]history{}}
}

// join takes q into the group, or reports false when q must be applied
// alone: it is not made of score ops only, or the round is not writable.
// A request refused by the rules or the Policy joins, answered with its
// refusal.
func (g *group) join(q *request) bool {
	r := g.r
	if g.prev.Mode != Writer {
		return false
	}
	st := g.state()
	ops, err := r.rules(st, q.ops)
	if err == nil {
		for _, o := range ops {
			if !isScore(o.Kind) {
				return false
			}
		}
		if p := r.opts.Policy; p != nil {
			err = p(st, ops)
		}
	}
	g.members = append(g.members, q)
	if q.err = err; err == nil {
		g.add(q, ops)
	}
	return true
}

// state is the group's state as the next request must see it: prev with
// the earlier requests' scores and review entries (never published). Its
// standings are brought up to date only for a Policy to read; the rules
// read none.
func (g *group) state() *State {
	r := g.r
	if g.cur.Comp == g.comp && g.cur.Review == r.book {
		return g.cur
	}
	s := *g.cur
	s.Comp, s.Review = g.comp, r.book
	if r.opts.Policy != nil {
		// Only the sets since the last state: a group is never scored twice.
		s.standings = after(g.cur.standings, g.comp, g.sets[g.scored:])
		g.scored = len(g.sets)
	}
	g.cur = &s
	return g.cur
}

// add resolves q's score ops against the group's competition and moves
// the undo stacks and the review book as if they were written; write
// puts both back if the write fails.
func (g *group) add(q *request, ops []Op) {
	r := g.r
	sets, olds, next := r.resolve(g.comp, ops)
	if len(sets) == 0 {
		return
	}
	for i, o := range sets {
		if i > 0 && o.Operator == sets[i-1].Operator {
			continue // a batch is mostly one person's
		}
		if _, ok := g.saved[o.Operator]; !ok {
			g.saved[o.Operator] = r.hist[o.Operator].copy()
		}
	}
	r.record(sets, olds)
	r.entered(g.comp, sets)
	g.comp = next
	q.ack.Applied = sets
	g.written = append(g.written, q)
	g.batches = append(g.batches, batchOf(sets))
	if g.sets == nil { // the group's first: an import's sets are not copied
		g.sets = slices.Clip(sets)
	} else {
		g.sets = append(g.sets, sets...)
	}
}

// write commits the group's batches with one journal append and publishes
// the state after them. On a failed write nothing of the group is kept.
func (g *group) write() {
	r := g.r
	if len(g.batches) == 0 {
		return
	}
	_, err := r.sess.CommitBatches(g.batches)
	if err != nil && !errors.Is(err, data.ErrAuditUnwritten) {
		r.book = g.book
		maps.Copy(r.hist, g.restore())
		for _, q := range g.written {
			q.ack.Applied, q.err = nil, err
		}
		return
	}
	// On disk; an owed audit record is told to each writer, not a refusal.
	notices := make([]Notice, len(g.written))
	for i, q := range g.written {
		notices[i] = Notice{Kind: Committed, Ops: q.ack.Applied}
		q.err = err
	}
	r.committed(g.prev, g.sets, notices...)
}

// restore is the undo stacks saved before the group, to put back.
func (g *group) restore() map[string]*history {
	out := make(map[string]*history, len(g.saved))
	for op, h := range g.saved {
		out[op] = &h
	}
	return out
}

// answer writes the group and answers every request in it.
func (r *Round) answer(g *group) {
	g.write()
	st := r.State()
	for _, q := range g.members {
		q.ack.State = st
		close(q.done)
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
