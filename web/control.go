package web

import (
	"time"

	"liangsaibi/i18n"
)

// cellKey is one judge's sheet for one street.
type cellKey struct{ judge, street string }

// Cell is what a judge submitted for a street, as the console shows it.
type Cell struct {
	At       time.Time // last accepted submission; zero when none
	Addr     string    // the phone's address
	Recused  bool
	Returned string // the reason staff gave when returning it; "" when not returned
	Refused  int    // submissions refused (street closed, wrong values)
	// unchanged: At is of a submission that changed no score, which the
	// audit log cannot tell after a restart: the links file keeps it.
	unchanged bool
}

// LogLine is one thing the console's log shows.
type LogLine struct {
	At  time.Time
	Msg i18n.Message
}

const maxLog = 200

// note adds a line to the console's log; s.mu is held.
func (s *Server) note(key string, args ...any) {
	s.log = append(s.log, LogLine{At: s.opts.Now(), Msg: msgs.M(key, args...)})
	if len(s.log) > maxLog {
		s.log = s.log[len(s.log)-maxLog:]
	}
}

// SetOpen opens or closes a street for scoring. When it returns after
// closing, no submission for the street is being applied or will be. The
// change is kept beside the file (a restart keeps the street closed)
// before the console is told; the error says that write failed: the
// change holds until this server stops.
func (s *Server) SetOpen(street string, open bool) error {
	s.keepMu.Lock()
	defer s.keepMu.Unlock()
	if !open {
		s.applyMu.Lock()
	}
	s.mu.Lock()
	changed := s.closed[street] == open
	if changed {
		s.closed[street] = !open
		if !open && s.stage == street {
			s.stage = ""
		}
	}
	s.mu.Unlock()
	if !open {
		s.applyMu.Unlock()
	}
	if !changed {
		return nil
	}
	key := "log.opened"
	if !open {
		key = "log.closed"
	}
	return s.keep(key, s.streetName(street))
}

// SetStage puts a street on stage (and opens it); "" takes it off. Kept
// as SetOpen.
func (s *Server) SetStage(street string) error {
	s.keepMu.Lock()
	defer s.keepMu.Unlock()
	s.mu.Lock()
	s.stage = street
	if street != "" {
		delete(s.closed, street)
	}
	s.mu.Unlock()
	if street == "" {
		return s.keep("")
	}
	return s.keep("log.stage", s.streetName(street))
}

// Return sends a judge's submission for a street back with a reason: the
// judge's page shows it and the judge submits again. Kept as SetOpen.
func (s *Server) Return(judge, street, reason string) error {
	s.keepMu.Lock()
	defer s.keepMu.Unlock()
	reason = cut(reason, maxReason)
	s.mu.Lock()
	c := s.cell(judge, street)
	c.Returned = reason
	if c.Returned == "" {
		c.Returned = msgs.T(s.opts.Lang, "returned.default")
	}
	s.mu.Unlock()
	return s.keep("log.returned", s.judgeName(judge), s.streetName(street), reason)
}

// cell is the judge's cell for a street, made when missing; s.mu is held.
func (s *Server) cell(judge, street string) *Cell {
	k := cellKey{judge, street}
	c := s.cells[k]
	if c == nil {
		c = &Cell{}
		s.cells[k] = c
	}
	return c
}

func (s *Server) streetName(id string) string {
	c := s.round.State().Comp
	if i := c.FindStreet(id); i >= 0 {
		return c.Streets[i].Name
	}
	return id
}

func (s *Server) judgeName(id string) string {
	c := s.round.State().Comp
	if i := c.FindJudge(id); i >= 0 {
		return c.Judges[i].Name
	}
	return id
}

// Status is everything the console shows, at one moment.
type Status struct {
	Version uint64
	Stage   string          // street id on stage
	Closed  map[string]bool // street id -> closed
	Cells   map[[2]string]Cell
	Links   []Link
	Screen  Screen
	Log     []LogLine // oldest first
	Streams int       // pages connected now
}

// Status is a copy of the console's facts.
func (s *Server) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := Status{Version: s.version, Stage: s.stage, Closed: map[string]bool{}, Cells: map[[2]string]Cell{},
		Screen: s.screen, Log: append([]LogLine(nil), s.log...), Streams: s.streams}
	for k, v := range s.closed {
		st.Closed[k] = v
	}
	for k, c := range s.cells {
		st.Cells[[2]string{k.judge, k.street}] = *c
	}
	for _, l := range s.links {
		st.Links = append(st.Links, Link{Judge: l.judge, Name: l.name, Path: "/j/" + l.secret, Revoked: l.revoked})
	}
	return st
}

// Changed is closed at the next change the console should show.
func (s *Server) Changed() <-chan struct{} {
	ch, _ := s.wait()
	return ch
}
