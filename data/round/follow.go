package round

import (
	"errors"
	"fmt"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/data/watch"
	"liangsaibi/i18n"
)

// follow (re)starts watching: a writer watches the file (for outside
// edits), a follower the file and the writer's journal, polling faster so
// every acknowledged score shows within a second even on a share that
// sends no events.
func (r *Round) follow() {
	if r.watcher != nil {
		r.watcher.Close()
	}
	opts := r.opts.Watch
	paths := []string{r.sess.Path}
	if r.sess.ReadOnly {
		paths = append(paths, store.JournalPath(r.sess.Path))
		if opts.Poll == 0 {
			opts.Poll = 250e6 // 250 ms
		}
		if opts.Debounce == 0 {
			opts.Debounce = 30e6
		}
	}
	w, err := watch.Start(opts, paths...)
	if err != nil {
		r.watcher = nil
		return // entering works on; the file is checked before each save
	}
	r.watcher = w
	go func() {
		for w.Next() {
			select {
			case r.changed <- struct{}{}:
			default: // a check is pending already
			}
		}
	}()
}

// onDisk handles a change of the file (or the writer's journal): a writer
// merges it under its unsaved entries, a follower reads it again.
func (r *Round) onDisk() {
	prev := r.State()
	if prev.Mode != Writer {
		r.refresh(prev)
		return
	}
	m, err := r.sess.Merge(data.Origin{Operator: r.opts.Operator, Source: string(Merge)})
	var owed error // merged, but its audit record is owed: told below
	if m != nil && errors.Is(err, data.ErrAuditUnwritten) {
		owed, err = err, nil
	}
	switch {
	case err != nil && r.sess.Invalid() != nil:
		if prev.Invalid == nil {
			next := r.snapshot(prev, nil)
			r.publish(next, Notice{Kind: Invalid, Msg: errMessage(err)})
		}
	case err != nil:
		next := r.snapshot(prev, nil)
		r.publish(next, Notice{Kind: SaveFailed, Msg: errMessage(err)})
	case m == nil:
		if prev.Invalid != nil { // repaired back to what we had
			r.publish(r.snapshot(prev, nil), Notice{Kind: Reloaded, Msg: msgs.M("round.repaired")})
		}
	default:
		r.forget()
		r.readBook()
		next := r.snapshot(prev, whole(m.Comp))
		notices := []Notice{{Kind: Reloaded, Msg: summarize(m)}}
		if owed != nil {
			notices = append(notices, Notice{Kind: SaveFailed, Msg: errMessage(owed)})
		}
		if len(m.Conflicts) > 0 {
			notices = append(notices, Notice{Kind: Conflicted, Msg: msgs.M("round.conflicts", len(m.Conflicts))})
		}
		r.publish(next, notices...)
		if next.Unsaved > 0 && len(m.Conflicts) == 0 {
			r.idle.Reset(r.opts.SaveIdle)
		}
	}
}

// refresh reads the file and the writer's journal again (follower,
// view-only).
func (r *Round) refresh(prev *State) {
	_, err := r.sess.Refresh()
	r.readBook() // the writer's reviews and seal
	next := r.snapshot(prev, nil)
	switch {
	case err != nil && next.Invalid != nil && prev.Invalid == nil:
		r.publish(next, Notice{Kind: Invalid, Msg: errMessage(err)})
	case next.Comp != prev.Comp || next.Holder != prev.Holder || next.Invalid != prev.Invalid ||
		!sameMessages(next.Warnings, prev.Warnings):
		r.publish(next, Notice{Kind: Reloaded})
	}
}

func sameMessages(a, b []i18n.Message) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Key != b[i].Key || fmt.Sprint(a[i].Args) != fmt.Sprint(b[i].Args) {
			return false
		}
	}
	return true
}

// probe tells a follower when the writer has gone (quit or died), so it
// can offer to take over.
func (r *Round) probe() {
	prev := r.State()
	if prev.Mode != Follower {
		return
	}
	can := r.sess.Writable()
	if can == prev.CanTake {
		return
	}
	next := r.snapshot(prev, nil)
	next.CanTake = can
	if can {
		r.publish(next, Notice{Kind: ModeChanged, Msg: msgs.M("round.writer_gone", holderName(prev.Holder))})
		return
	}
	r.publish(next)
}

// TakeOver makes a follower the writer, in place: the lock is taken, the
// file read again and the journal the writer left replayed, so every
// score it acknowledged is here.
func (r *Round) TakeOver() error {
	var err error
	if rerr := r.run(func() {
		prev := r.State()
		if prev.Mode != Follower {
			return
		}
		if err = r.sess.TakeOver(); err != nil {
			return
		}
		r.forget()
		r.readBook()
		r.begin()
		r.follow()
		next := r.snapshot(prev, nil)
		next.Recovered = r.sess.Recovered
		r.publish(next, Notice{Kind: ModeChanged, Msg: msgs.M("round.took_over", next.Recovered)})
		if next.Unsaved > 0 {
			r.idle.Reset(r.opts.SaveIdle)
		}
	}); rerr != nil {
		return rerr
	}
	return err
}

// Resolve settles one conflict: keep this dashboard's score, or take the
// file's. Once none is left the merged file is saved.
func (r *Round) Resolve(c data.Conflict, keepMine bool, operator string) error {
	var err error
	if rerr := r.run(func() {
		prev := r.State()
		if operator == "" {
			operator = r.opts.Operator
		}
		if _, err = r.sess.Resolve(c, keepMine, data.Origin{Operator: operator, Source: string(Merge)}); err != nil &&
			!errors.Is(err, data.ErrAuditUnwritten) {
			return
		}
		r.readBook()
		next := r.snapshot(prev, nil)
		r.publish(next)
		if len(next.Conflicts) == 0 {
			_ = r.saveNow()
		}
	}); rerr != nil {
		return rerr
	}
	return err
}

// HolderName is how people know the writer: the operator's name when the
// lock records one, else user@host.
func HolderName(h store.Holder) string { return holderName(h) }

func holderName(h store.Holder) string {
	switch {
	case h.Operator != "":
		return h.Operator
	case h.User != "" || h.Host != "":
		return h.User + "@" + h.Host
	}
	return "?"
}

// errMessage is err for a person, in either language.
func errMessage(err error) i18n.Message {
	return msgs.M("round.error", data.Explain(err))
}
