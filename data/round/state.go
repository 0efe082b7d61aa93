package round

import (
	"liangsaibi/data"
	"liangsaibi/data/review"
	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Mode is what this process may do with the file.
type Mode uint8

const (
	Writer   Mode = iota // holds the lock: enters, saves, merges
	Follower             // another process writes; this one follows it live
	ViewOnly             // the file, folder or disk cannot be written
)

// State is one published state of the round. It is never changed once
// published: read it from any goroutine.
type State struct {
	Gen       uint64 // rises with every published change
	Path      string
	Mode      Mode
	Holder    store.Holder    // Follower: who writes
	CanTake   bool            // Follower: the writer has gone; TakeOver may run
	Why       data.ViewReason // ViewOnly: why
	Comp      *scoring.Competition
	standings *standings // Standings()
	Unsaved   int        // committed (journaled) but not yet in the file
	SaveErr   error      // the last save failed (the scores are in the journal); nil once one succeeds
	Invalid   error      // the file on disk has problems: the last good state is shown, nothing saved
	Conflicts []data.Conflict
	Review    *review.Book   // who entered and who checked each score; the seal
	Recovered int            // journal entries replayed on open
	Notes     []i18n.Message // things to tell on open
	// Warnings (follower, view-only) are about the writer's journal as
	// last read: damaged, or entries counted or skipped. Readers that show
	// results (the projector) must show them.
	Warnings []i18n.Message
}

// Kind is what a Notice reports.
type Kind uint8

const (
	Committed   Kind = iota // scores are on disk (journal)
	Reloaded                // the file or the writer's journal changed; Msg says what
	Saved                   // the file holds every committed score
	SaveFailed              // Msg says why; the scores stay in the journal
	Conflicted              // slots changed both here and in the file wait for the operator
	ModeChanged             // writer, follower, view-only, or the writer has gone
	Invalid                 // the file on disk became invalid; Msg holds its problems
)

// Notice is one thing that happened.
type Notice struct {
	Kind Kind
	Msg  i18n.Message // empty for Committed
	Ops  []Op         // Committed: what was applied
}

// Event is what a subscriber receives: the newest state, and the notices
// since the last event it took (a slow subscriber gets them coalesced).
type Event struct {
	State   *State
	Notices []Notice
}

// Standings are the state's standings, computed on first use when no
// subscriber has asked for them yet (standings.go).
func (s *State) Standings() *scoring.Standings { return s.standings.get() }

func (s *State) clone() *State {
	c := *s
	c.Gen++
	return &c
}
