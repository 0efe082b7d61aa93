package tui

// The tea.Msg types of the dashboard: what its Cmds send back to Update.

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/framecache"
	"liangsaibi/data/round"
	"liangsaibi/scoring"
)

// StandingsChangedMsg replaces the competition and its standings, e.g.
// after a score was entered or the file was reloaded. Standings may be nil;
// it is then computed (in Update: send it from a Cmd when that is slow).
type StandingsChangedMsg struct {
	Comp      *scoring.Competition
	Standings *scoring.Standings
}

// StatusMsg shows a line of text in the status bar (already translated).
type StatusMsg string

// loadedMsg carries the result of Options.Load or Options.OpenSession.
type loadedMsg struct {
	comp     *scoring.Competition
	st       *scoring.Standings
	sess     EntrySession
	problems []string
	err      error
	extra    *extra // the judges' figures and the trend, worked out off the UI thread
	// key is the file's cache key taken before the load (keyed: taken)
	key   framecache.Key
	keyed bool
}

// showSpinnerMsg arrives when loading has taken longer than a moment.
type showSpinnerMsg struct{}

// entryMsg marks the messages of the entry view's own Cmds; Update routes
// them to updateEntry.
type entryMsg interface{ entryMsg() }

// Messages of the entry view's Cmds.
type (
	entryCommittedMsg struct {
		op      entryOp
		none    bool // nothing changed (nothing to undo or redo)
		ref     cellRef
		val     scoring.Slot // what the round applied at ref
		comp    *scoring.Competition
		st      *scoring.Standings
		unsaved int
		err     error
	}
	entrySavedMsg struct {
		quit bool
		err  error
	}
	entryOpenedMsg struct {
		sess EntrySession
		err  error
	}
)

func (entryCommittedMsg) entryMsg() {}
func (entrySavedMsg) entryMsg()     {}
func (entryOpenedMsg) entryMsg()    {}

type (
	// entryEventMsg is one event of the round the entry view follows.
	entryEventMsg    struct{ ev round.Event }
	entryTookOverMsg struct{ err error }
	// entrySettledMsg is what resolving conflicts or overwriting an
	// invalid file did.
	entrySettledMsg struct {
		err       error
		overwrote bool
	}
)

func (entryEventMsg) entryMsg()    {}
func (entryTookOverMsg) entryMsg() {}
func (entrySettledMsg) entryMsg()  {}

// Messages of the export's Cmds.
type (
	// exportProposedMsg opens the dialog with a free name in dir.
	exportProposedMsg struct {
		dir, name string
		err       error
	}
	// exportWrittenMsg says where the export went, or why it failed.
	exportWrittenMsg struct {
		wanted, path string
		err          error
	}
)

// projectorMsg carries a message of the projector's own Cmds (its page
// timer, its exit) back to it.
type projectorMsg struct {
	gen int
	msg tea.Msg
}
