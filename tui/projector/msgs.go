package projector

// The tea.Msg types of the projector: what its Cmds send back to Update.

import (
	"time"

	"liangsaibi/data/round"
	"liangsaibi/scoring"
)

// loadedMsg carries the result of one load: new standings, or why the
// file could not be read.
type loadedMsg struct {
	seq  int
	st   *scoring.Standings
	sum  *summary // nil: worked out in Update
	errs []string // nil on success
	at   time.Time
}

// ExitMsg asks the dashboard to close the projector (esc when Embedded).
type ExitMsg struct{}

// pageTickMsg turns the page; gen tells a current timer from a replaced one.
type pageTickMsg struct{ gen int }

// followStartedMsg hands the round followed (or why it could not be
// opened) to Update.
type followStartedMsg struct {
	r   *round.Round
	sub *round.Sub
	err error
}

// retryFollowMsg asks to open the round again.
type retryFollowMsg struct{}

// followedMsg is one event of the round, ready to show.
type followedMsg struct {
	st      *scoring.Standings // nil: unchanged
	sum     *summary
	invalid bool     // the file on disk is invalid: the last good standings stay
	warn    []string // about the writer's journal: damaged, entries skipped
	info    []string // scores counted from the journal, not yet in the file
	at      time.Time
}
