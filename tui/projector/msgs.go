package projector

// The tea.Msg types of the projector: what its Cmds send back to Update.

import (
	"time"

	"liangsaibi/data/watch"
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

// watchStartedMsg hands the running watcher (or why it failed) to Update.
type watchStartedMsg struct {
	w   *watch.Watcher
	err error
}

// fileChangedMsg says the file or its journal changed and settled.
type fileChangedMsg struct{}
