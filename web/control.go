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
// closing, no submission for the street is being applied or will be.
func (s *Server) SetOpen(street string, open bool) {
	if !open {
		s.applyMu.Lock()
		defer s.applyMu.Unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed[street] == !open {
		return
	}
	s.closed[street] = !open
	if !open && s.stage == street {
		s.stage = ""
	}
	key := "log.opened"
	if !open {
		key = "log.closed"
	}
	s.note(key, s.streetName(street))
	s.bump()
}

// SetStage puts a street on stage (and opens it); "" takes it off.
func (s *Server) SetStage(street string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stage = street
	if street != "" {
		delete(s.closed, street)
		s.note("log.stage", s.streetName(street))
	}
	s.bump()
}

// Return sends a judge's submission for a street back with a reason: the
// judge's page shows it and the judge submits again.
func (s *Server) Return(judge, street, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.cell(judge, street)
	c.Returned = reason
	if c.Returned == "" {
		c.Returned = msgs.T(s.opts.Lang, "returned.default")
	}
	s.note("log.returned", s.judgeName(judge), s.streetName(street), reason)
	s.bump()
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
