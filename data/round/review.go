package round

import (
	"errors"
	"slices"
	"strings"
	"time"

	"liangsaibi/data"
	"liangsaibi/data/review"
	"liangsaibi/data/seal"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// Errors of the round's own rules, matched with errors.Is; what people
// read is the *data.Error they come wrapped in.
var (
	ErrSealed    = errors.New("round: sealed")
	ErrNotSealed = errors.New("round: not sealed")
	ErrOwnEntry  = errors.New("round: one's own entry")
	ErrNoReview  = errors.New("round: review is off")
	ErrNotOpen   = errors.New("round: nothing to review there")
	ErrNoReason  = errors.New("round: a reason is needed")
	ErrOpen      = errors.New("round: scores await review")
	ErrChoice    = errors.New("round: not one of the two entries")
)

func refuse(cause error, key string, args ...any) error {
	return &data.Error{Msg: msgs.M(key, args...), Err: cause}
}

// readBook replays the audit log: review and seal survive restarts.
func (r *Round) readBook() {
	entries, _ := store.ReadAudit(store.AuditPath(r.sess.Path))
	r.book = review.Replay(entries)
}

// begin writes the audit log's start record the first time a writer opens
// the file: the digest of the scores it holds, so `audit --verify` can
// tell later whether a score that no record names was changed by hand.
// The digest reads the whole table (420,000 slots at city) on another
// goroutine; the session writes the record before any other.
func (r *Round) begin() {
	if r.book.Started || r.sess.ReadOnly {
		return
	}
	c, e := r.sess.Comp(), store.AuditEntry{Operator: r.opts.Operator, Note: review.NoteStart, Time: time.Now()}
	r.sess.Begin(e, func() string { return seal.ScoresDigest(c) })
	r.book = r.book.With(e)
}

// entered tells the book about score changes just committed over c.
// The book reads them only when its cells are first read: sets must not
// change after.
func (r *Round) entered(c *scoring.Competition, sets []Op) {
	texts := data.SlotTexts{}
	r.book = r.book.WithEntered(len(sets), func(i int) review.Entered {
		o := sets[i]
		return review.Entered{Key: review.KeyOf(c, o.Street, o.Item, o.Slot), Value: texts.Of(o.Value), By: o.Operator}
	})
}

// rules checks a batch against the round's own rules before anything is
// written, for every writer alike: nothing changes a sealed round; nobody
// reviews their own entry. Under rules.review: blind a Set over another
// operator's unchecked score becomes a Check (the second entry).
func (r *Round) rules(st *State, ops []Op) ([]Op, error) {
	c, b := st.Comp, st.Review
	mode := c.Rules.Review
	out := ops // copied only when an op is changed: an import's 45,000 pass as they are
	for i, o := range ops {
		if b.Sealed() && o.Kind != Unseal {
			return nil, refuse(ErrSealed, "round.sealed", seal.Short(b.Seal.Digest))
		}
		var cell review.Cell
		if o.Kind == Set || o.Kind >= Confirm && o.Kind <= Decide {
			if !inRange(c, o) {
				return nil, refuse(ErrNotOpen, "round.no_slot")
			}
			if o.Kind != Set || mode == scoring.ReviewBlind { // a Set reads its cell only under blind review
				cell = b.At(c, o.Street, o.Item, o.Slot)
			}
		}
		switch o.Kind {
		case Set:
			if mode == scoring.ReviewBlind && cell.Status == review.Pending && cell.By != o.Operator &&
				o.Value.State != scoring.Empty {
				o.Kind = Check
			}
		case Confirm, Return, Check:
			if mode == scoring.ReviewNone {
				return nil, refuse(ErrNoReview, "round.no_review")
			}
			if cell.Status != review.Pending && (o.Kind != Return || cell.Status != review.Mismatch) {
				return nil, refuse(ErrNotOpen, "round.not_pending")
			}
			if cell.By == o.Operator {
				return nil, refuse(ErrOwnEntry, "round.own_entry")
			}
			if o.Kind == Return && strings.TrimSpace(o.Reason) == "" {
				return nil, refuse(ErrNoReason, "round.need_reason")
			}
		case Decide:
			v := data.SlotText(o.Value)
			if cell.Status != review.Mismatch {
				return nil, refuse(ErrNotOpen, "round.not_mismatch")
			}
			by := cell.By
			switch v {
			case cell.Value:
			case cell.Second:
				by = cell.Checker
			default:
				return nil, refuse(ErrChoice, "round.not_a_choice")
			}
			if by == o.Operator {
				return nil, refuse(ErrOwnEntry, "round.own_entry")
			}
		case Seal:
			if n := b.Count(c).Open(); mode != scoring.ReviewNone && n > 0 {
				return nil, refuse(ErrOpen, "round.seal_open", n)
			}
			if len(st.Conflicts) > 0 {
				return nil, refuse(data.ErrUnresolved, "round.seal_conflicts", len(st.Conflicts))
			}
		case Unseal:
			if !b.Sealed() {
				return nil, refuse(ErrNotSealed, "round.not_sealed")
			}
			if strings.TrimSpace(o.Reason) == "" {
				return nil, refuse(ErrNoReason, "round.need_reason")
			}
		}
		if o != ops[i] {
			if &out[0] == &ops[0] {
				out = slices.Clone(ops)
			}
			out[i] = o
		}
	}
	return out, nil
}

func inRange(c *scoring.Competition, o Op) bool {
	return o.Street >= 0 && o.Street < len(c.Streets) && o.Item >= 0 && o.Item < len(c.Items) &&
		o.Slot >= 0 && o.Slot < c.SlotCount(o.Item)
}

// isScore says whether an op changes a score (a group commit) rather
// than the review or the seal.
func isScore(k OpKind) bool { return k == Set || k == Undo || k == Redo }

// applyRuns applies runs of score ops as group commits and review ops one
// by one, in order; it stops at the first error.
func (r *Round) applyRuns(ops []Op) (Ack, error) {
	var applied []Op
	var owed error // an audit record owed: told, not a refusal
	for lo := 0; lo < len(ops); {
		hi := lo + 1
		var ack Ack
		var err error
		if isScore(ops[lo].Kind) {
			for hi < len(ops) && isScore(ops[hi].Kind) {
				hi++
			}
			ack, err = r.applyScores(ops[lo:hi])
		} else if isMark(ops[lo].Kind) {
			for hi < len(ops) && isMark(ops[hi].Kind) {
				hi++
			}
			ack, err = r.applyMarks(ops[lo:hi])
		} else {
			ack, err = r.applyReview(ops[lo])
		}
		applied = append(applied, ack.Applied...)
		if errors.Is(err, data.ErrAuditUnwritten) {
			owed, err = err, nil
		}
		if err != nil {
			return Ack{State: r.State(), Applied: applied}, err
		}
		lo = hi
	}
	return Ack{State: r.State(), Applied: applied}, owed
}

// applyReview writes a decision, a seal or an unseal to the audit log and
// publishes the new review.
func (r *Round) applyReview(o Op) (Ack, error) {
	prev := r.State()
	e := store.AuditEntry{Operator: o.Operator, Source: o.Source.String(), Reason: strings.TrimSpace(o.Reason)}
	switch o.Kind {
	case Decide:
		e = markEntry(prev.Comp, o)
		if e.New != e.Old {
			// The chosen value becomes the score, in the journal first.
			ch := data.Change{Street: o.Street, Item: o.Item, Slot: o.Slot, Value: o.Value}
			_, err := r.sess.CommitAll([]data.Change{ch}, data.Origin{Operator: o.Operator, Source: o.Source.String(), Note: "decide"})
			if err != nil && !errors.Is(err, data.ErrAuditUnwritten) {
				return Ack{State: prev}, err
			}
			r.forget() // the slot changed under everyone's undo
			set := []Op{{Kind: Set, Street: o.Street, Item: o.Item, Slot: o.Slot, Value: o.Value,
				Operator: o.Operator, Source: o.Source}}
			r.committed(prev, set, Notice{Kind: Committed, Ops: set})
			prev = r.State()
		}
	case Seal:
		if prev.Unsaved > 0 {
			if err := r.saveNow(); err != nil {
				return Ack{State: r.State()}, err
			}
			prev = r.State()
		}
		e.Note, e.Digest = review.NoteSeal, seal.Digest(prev.Comp)
	case Unseal:
		e.Note, e.Digest = review.NoteUnseal, prev.Review.Seal.Digest
	}
	if err := r.sess.Record(e); err != nil {
		return Ack{State: prev}, err
	}
	r.book = r.book.With(e)
	next := r.snapshot(prev, prev.standings)
	r.publish(next, Notice{Kind: Committed, Ops: []Op{o}})
	return Ack{State: next, Applied: []Op{o}}, nil
}

// isMark says whether an op only marks a score (confirm, return, a blind
// second entry): a run of them is one audit append, one sync.
func isMark(k OpKind) bool { return k == Confirm || k == Return || k == Check }

// applyMarks records a run of marks with one audit append.
func (r *Round) applyMarks(ops []Op) (Ack, error) {
	prev := r.State()
	es := make([]store.AuditEntry, len(ops))
	for i, o := range ops {
		es[i] = markEntry(prev.Comp, o)
	}
	if err := r.sess.Record(es...); err != nil {
		return Ack{State: prev}, err
	}
	r.book = r.book.With(es...)
	next := r.snapshot(prev, prev.standings)
	r.publish(next, Notice{Kind: Committed, Ops: ops})
	return Ack{State: next, Applied: ops}, nil
}

// markEntry is the audit record of a review op on a score of c.
func markEntry(c *scoring.Competition, o Op) store.AuditEntry {
	k := review.KeyOf(c, o.Street, o.Item, o.Slot)
	e := store.AuditEntry{Operator: o.Operator, Source: o.Source.String(), Reason: strings.TrimSpace(o.Reason),
		Street: k.Street, Item: k.Item, Judge: k.Judge, Old: data.SlotText(c.Scores[o.Street][o.Item][o.Slot])}
	e.New = data.SlotText(o.Value)
	switch o.Kind {
	case Confirm:
		e.Note, e.New = review.NoteConfirm, e.Old
	case Return:
		e.Note, e.New = review.NoteReturn, e.Old
	case Check:
		e.Note = review.NoteCheck
	case Decide:
		e.Note = review.NoteDecide
	}
	return e
}
