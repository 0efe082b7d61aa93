package round

import "sync"

// maxNotices bounds what a subscriber that does not read keeps; the oldest
// notices go first (the state is always the newest).
const maxNotices = 32

// Sub is one subscriber's view of the round's changes. The owner never
// waits for it: an event not yet taken is replaced by a newer one that
// carries both events' notices.
type Sub struct {
	r      *Round
	ch     chan Event // capacity 1
	mu     sync.Mutex // one publisher at a time replaces the pending event
	closed bool
}

// C delivers events; it is closed when the round closes or Cancel runs.
func (s *Sub) C() <-chan Event { return s.ch }

// Next waits for the next event; false once the subscription has ended.
func (s *Sub) Next() (Event, bool) {
	ev, ok := <-s.ch
	return ev, ok
}

// Cancel ends the subscription.
func (s *Sub) Cancel() { s.r.unsubscribe(s) }

func (s *Sub) send(ev Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	select {
	case old := <-s.ch:
		ev.Notices = append(old.Notices, ev.Notices...)
		if n := len(ev.Notices); n > maxNotices {
			ev.Notices = ev.Notices[n-maxNotices:]
		}
	default:
	}
	s.ch <- ev // cannot block: this lock is the only sender and the slot is free
}

func (s *Sub) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.ch)
	}
}
