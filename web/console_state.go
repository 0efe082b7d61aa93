package web

import (
	"time"
	"unicode/utf8"
)

// consoleState is what the console decided, kept in the links file so a
// restart resumes where it stopped: which streets are closed, the street
// on stage, the submissions returned (with the reasons), the big screen's
// hold and reveal, how many submissions each cell had refused, and the
// last submission of a cell when it changed no score. What judges
// submitted otherwise is not kept here: the audit log has it
// (restoreCells).
type consoleState struct {
	Closed   []string      `json:"closed"` // street ids, in the file's order
	Stage    string        `json:"stage,omitempty"`
	Returns  []savedReturn `json:"returns,omitempty"`
	Hold     bool          `json:"hold,omitempty"`
	Reveal   bool          `json:"reveal,omitempty"`
	Revealed int           `json:"revealed,omitempty"`
	Refused  []savedCount  `json:"refused,omitempty"`
	Resent   []savedResent `json:"resent,omitempty"`
}

// savedResent is a cell's last submission when it changed no score (the
// judge sent the same numbers again): the audit log has no record of it.
type savedResent struct {
	Judge   string    `json:"judge"`
	Street  string    `json:"street"`
	At      time.Time `json:"at"`
	Addr    string    `json:"addr"`
	Recused bool      `json:"recused,omitempty"`
}

// savedCount is a cell's count of refused submissions, which the audit
// log cannot rebuild: a refused submission changed nothing.
type savedCount struct {
	Judge  string `json:"judge"`
	Street string `json:"street"`
	N      int    `json:"n"`
}

type savedReturn struct {
	Judge  string `json:"judge"`
	Street string `json:"street"`
	Reason string `json:"reason"`
}

// maxAddr bounds a kept phone address (in characters).
const maxAddr = 64

// maxReason bounds a return's reason (in characters): the console asks
// for at most 80, and the links file has a size limit.
const maxReason = 200

// consoleState is the console's decisions now; s.mu is held.
func (s *Server) consoleState() *consoleState {
	c := &consoleState{Closed: []string{}, Stage: s.stage, Hold: s.screen.Hold, Reveal: s.screen.Reveal, Revealed: s.screen.Revealed}
	comp := s.round.State().Comp
	for _, st := range comp.Streets {
		if s.closed[st.ID] {
			c.Closed = append(c.Closed, st.ID)
		}
		for _, j := range comp.Judges {
			cell := s.cells[cellKey{j.ID, st.ID}]
			if cell != nil && cell.Returned != "" {
				c.Returns = append(c.Returns, savedReturn{Judge: j.ID, Street: st.ID, Reason: cell.Returned})
			}
			if cell != nil && cell.Refused > 0 {
				c.Refused = append(c.Refused, savedCount{Judge: j.ID, Street: st.ID, N: cell.Refused})
			}
			if cell != nil && cell.unchanged {
				c.Resent = append(c.Resent, savedResent{Judge: j.ID, Street: st.ID, At: cell.At, Addr: cell.Addr, Recused: cell.Recused})
			}
		}
	}
	return c
}

// restoreConsole starts the console where the last serve of this round
// left it: closed streets stay closed, the street on stage stays on stage
// (and open: judges were scoring it), returns wait for the judges. With
// Options.Closed every other street is closed as well. The first serve of
// a round starts as Options.Closed says; a links file that exists but
// cannot be read closes every street, since it may have named closed
// ones: staff open them again. Called by Start before anything is served.
func (s *Server) restoreConsole(f *linksFile, broken bool) {
	comp := s.round.State().Comp
	closeAll := func() {
		for _, st := range comp.Streets {
			if st.ID != s.stage {
				s.closed[st.ID] = true
			}
		}
	}
	s.since = s.opts.Now().UTC()
	switch {
	case broken:
		s.since = time.Time{} // the round is unknown: every phone record counts
		closeAll()
		s.note("log.state_lost")
		return
	case !f.ofRound(comp):
		if s.opts.Closed {
			closeAll()
		}
		return
	}
	s.since = f.Since
	kept := f.Console
	if kept == nil { // kept by a version that kept only the links
		if s.opts.Closed {
			closeAll()
		}
		return
	}
	for _, id := range kept.Closed {
		if comp.FindStreet(id) >= 0 {
			s.closed[id] = true
		}
	}
	if comp.FindStreet(kept.Stage) >= 0 {
		s.stage = kept.Stage
		delete(s.closed, kept.Stage)
	}
	if s.opts.Closed {
		closeAll()
	}
	returns := 0
	for _, r := range kept.Returns {
		if comp.FindStreet(r.Street) >= 0 && comp.FindJudge(r.Judge) >= 0 && r.Reason != "" {
			s.cell(r.Judge, r.Street).Returned = cut(r.Reason, maxReason)
			returns++
		}
	}
	for _, n := range kept.Refused {
		if comp.FindStreet(n.Street) >= 0 && comp.FindJudge(n.Judge) >= 0 && n.N > 0 {
			s.cell(n.Judge, n.Street).Refused = n.N
		}
	}
	// A later submission that changed scores is in the audit log
	// (restoreCells, after this) and wins.
	for _, n := range kept.Resent {
		if comp.FindStreet(n.Street) >= 0 && comp.FindJudge(n.Judge) >= 0 && !n.At.IsZero() {
			c := s.cell(n.Judge, n.Street)
			c.At, c.Addr, c.Recused, c.unchanged = n.At.Local(), cut(n.Addr, maxAddr), n.Recused, true
		}
	}
	s.screen = Screen{Hold: kept.Hold, Reveal: kept.Reveal, Revealed: max(0, kept.Revealed)}
	stage := "—"
	if s.stage != "" {
		stage = s.streetName(s.stage)
	}
	s.note("log.state_kept", len(s.closed), stage, returns)
}

// cut keeps the first n characters of text.
func cut(text string, n int) string {
	if utf8.RuneCountInString(text) <= n {
		return text
	}
	return string([]rune(text)[:n])
}
