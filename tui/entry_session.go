package tui

import (
	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/i18n"
)

// sessionInfo is what the entry view tells the user about the open file.
type sessionInfo struct {
	readOnly  bool
	holder    string         // who holds the file, when following
	canTake   bool           // the writer has gone: Enter takes over
	viewOnly  string         // why the file is view-only, and what to do
	recovered int            // journal entries replayed on open
	path      string         // as shown
	notes     []string       // further things to tell on open, translated
	conflicts []conflictLine // slots changed here and in the file, waiting
	invalid   []string       // the file on disk became invalid: its problems
}

// unsettled reports something the operator must settle before the file
// is written again: a conflict, or a file that became invalid.
func (i sessionInfo) unsettled() bool { return len(i.conflicts) > 0 || len(i.invalid) > 0 }

// infoOf reads what a state says about the open file (no I/O).
func infoOf(st *round.State, lang i18n.Lang) sessionInfo {
	if st == nil {
		return sessionInfo{}
	}
	info := sessionInfo{readOnly: st.Mode != round.Writer, recovered: st.Recovered,
		path: display.Sanitize(st.Path), canTake: st.CanTake}
	switch st.Mode {
	case round.Follower:
		info.holder = display.Sanitize(round.HolderName(st.Holder))
	case round.ViewOnly:
		info.viewOnly = display.Sanitize(st.Why.Message().In(lang))
	}
	info.conflicts = conflictLines(st, lang)
	if st.Invalid != nil {
		info.invalid = data.ErrorLines(st.Invalid, lang)
	}
	for _, n := range st.Notes {
		info.notes = append(info.notes, display.Sanitize(n.In(lang)))
	}
	return info
}

// DemoSession is Options.NewSession for the embedded demo: it copies the
// demo into dir under a new name and opens that copy for entry.
func DemoSession(dir, operator string) func() (EntrySession, error) {
	return func() (EntrySession, error) {
		path, err := data.DemoCopy(dir)
		if err != nil {
			return nil, err
		}
		s, err := round.Open(path, round.Options{Operator: operator})
		if err != nil {
			return nil, err
		}
		return s, nil
	}
}

// ioErrorText says in plain words why a write failed.
func ioErrorText(lang i18n.Lang, err error) string {
	switch {
	case store.IsDiskFull(err):
		return et(lang, "entry.err.diskfull")
	case store.IsReadOnly(err):
		return et(lang, "entry.err.readonly")
	}
	return display.Sanitize(data.ErrorText(err, lang))
}
