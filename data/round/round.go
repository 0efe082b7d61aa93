// Package round owns an open round: the competition and its standings, the
// queue of changes (scores, recusals, undo and redo per operator, import
// batches), the journal, autosave, the lock, saving, following the file and
// merging outside edits, and the close handshake. One goroutine applies
// every change, so any number of writers (keyboard, import, phones) see one
// order. Every change is published to subscribers (the dashboard's views,
// the projector) without ever waiting for them.
package round

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"liangsaibi/data"
	"liangsaibi/data/review"
	"liangsaibi/data/store"
	"liangsaibi/data/watch"
)

// Options say how to open a round; the zero value suits a meeting.
type Options struct {
	Encoding string
	Operator string // the person at this process (--operator); "" = the OS user
	Policy   Policy // asked before every batch; nil allows all
	// SaveIdle is how long after the last commit the file is saved (2 s);
	// SaveEvery saves after that many commits (5).
	SaveIdle  time.Duration
	SaveEvery int
	// Watch tunes following the file; PollOnly acts out a shared folder
	// that sends no change events.
	Watch watch.Options
	// Follow opens the round to follow only (the projector): never a
	// writer, no lock, nothing written, no take-over.
	Follow bool
	// Progress is told how much of the file Open has read (data.Options).
	Progress func(done, total int)
}

// Round is an open competition file. Its methods are safe for concurrent
// use; those that do I/O wait for it (call them off the UI goroutine).
type Round struct {
	opts  Options
	sess  *data.Session
	reqs  chan func()
	dos   chan *request // Do's requests, gathered into group commits
	quit  chan struct{}
	ended chan struct{}
	state atomic.Pointer[State]
	once  sync.Once

	subsMu sync.Mutex
	subs   []*Sub

	// Owned by the loop goroutine.
	watcher *watch.Watcher
	changed chan struct{}
	dirty   int
	due     time.Time // an autosave is due since then (zero: none); writers go first
	idle    *time.Timer
	hist    map[string]*history
	book    *review.Book // replayed from the audit log (review.go)
}

// Open opens the file at path as a writer, a follower or view-only (see
// State.Mode) and starts following it.
func Open(path string, opts Options) (*Round, error) {
	if opts.SaveIdle <= 0 {
		opts.SaveIdle = 2 * time.Second
	}
	if opts.SaveEvery <= 0 {
		opts.SaveEvery = 5
	}
	s, err := data.Open(path, data.SessionOptions{Encoding: opts.Encoding, Operator: opts.Operator, Watch: opts.Follow, Progress: opts.Progress})
	if err != nil {
		return nil, err
	}
	opts.Operator = s.Operator
	r := &Round{opts: opts, sess: s, reqs: make(chan func()), dos: make(chan *request), quit: make(chan struct{}),
		ended: make(chan struct{}), changed: make(chan struct{}, 1), hist: map[string]*history{}}
	r.idle = time.NewTimer(time.Hour)
	r.idle.Stop()
	r.readBook()
	r.begin()
	st := r.snapshot(&State{}, nil)
	st.Notes = s.Notes
	st.Recovered = s.Recovered
	r.state.Store(st)
	r.follow()
	go r.loop()
	return r, nil
}

// State is the newest published state; it does no I/O.
func (r *Round) State() *State { return r.state.Load() }

// Operator is who this process enters as.
func (r *Round) Operator() string { return r.opts.Operator }

// Subscribe starts receiving events; the first carries the current state.
func (r *Round) Subscribe() *Sub {
	s := &Sub{r: r, ch: make(chan Event, 1)}
	r.subsMu.Lock()
	r.subs = append(r.subs, s)
	r.subsMu.Unlock()
	s.send(Event{State: r.State()})
	return s
}

func (r *Round) unsubscribe(s *Sub) {
	r.subsMu.Lock()
	for i, x := range r.subs {
		if x == s {
			r.subs = append(r.subs[:i], r.subs[i+1:]...)
			break
		}
	}
	r.subsMu.Unlock()
	s.close()
}

// ErrClosed is returned by calls on a closed round.
var ErrClosed = errors.New("round: closed")

// run executes f on the owner goroutine and waits for it.
func (r *Round) run(f func()) error {
	done := make(chan struct{})
	select {
	case r.reqs <- func() { f(); close(done) }:
		<-done
		return nil
	case <-r.ended:
		return ErrClosed
	}
}

// publish stores st and hands it with notices to every subscriber.
func (r *Round) publish(st *State, notices ...Notice) {
	r.subsMu.Lock()
	subs := append([]*Sub(nil), r.subs...)
	r.subsMu.Unlock()
	if len(subs) > 0 {
		st.Standings() // here, not on a screen's goroutine
	}
	r.state.Store(st)
	for _, s := range subs {
		s.send(Event{State: st, Notices: notices})
	}
}

// snapshot is prev with the session's current facts; st, when given, are
// the standings of the session's competition.
func (r *Round) snapshot(prev *State, st *standings) *State {
	s := prev.clone()
	sess := r.sess
	s.Path = sess.Path
	s.Comp = sess.Comp()
	switch {
	case st != nil && st.comp == s.Comp:
		s.standings = st
	case prev.standings == nil || prev.standings.comp != s.Comp:
		s.standings = whole(s.Comp)
	}
	s.Mode, s.Why, s.Holder = Writer, "", store.Holder{}
	switch {
	case sess.ViewOnly != "":
		s.Mode, s.Why = ViewOnly, sess.ViewOnly
	case sess.ReadOnly:
		s.Mode, s.Holder = Follower, sess.Holder
	}
	s.Unsaved = sess.Unsaved()
	s.Warnings = sess.Warnings()
	s.Conflicts = sess.Conflicts()
	s.Invalid = sess.Invalid()
	s.Review = r.book
	if s.Mode != Follower {
		s.CanTake = false
	}
	return s
}

// loop is the owner: every change to the round happens here.
func (r *Round) loop() {
	defer close(r.ended)
	probe := time.NewTicker(time.Second)
	defer probe.Stop()
	for {
		if !r.due.IsZero() {
			r.saveDue()
			continue
		}
		select {
		case f := <-r.reqs:
			f()
		case q := <-r.dos:
			r.serve(r.gather(q))
		case <-r.changed:
			r.onDisk()
		case <-r.idle.C:
			r.save()
		case <-probe.C:
			r.probe()
		case <-r.quit:
			return
		}
	}
}

// Close saves (when writing), stops following and releases the lock. The
// journal keeps every score even when the save fails; the error says so.
func (r *Round) Close() error {
	var err error
	r.once.Do(func() {
		_ = r.run(func() {
			err = r.saveNow()
			if r.watcher != nil {
				r.watcher.Close()
			}
			r.sess.Close()
		})
		close(r.quit)
	})
	<-r.ended
	r.subsMu.Lock()
	subs := r.subs
	r.subs = nil
	r.subsMu.Unlock()
	for _, s := range subs {
		s.close()
	}
	return err
}
