package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/watch"
	"liangsaibi/scoring"
)

// diskWatcher is what a session offers for following changes on disk;
// *data.Session has it.
type diskWatcher interface {
	ChangedOnDisk() bool
	Reload() (*scoring.Competition, error)
}

// startWatch follows the session's file on disk (a hand edit, another
// program, the writing instance when this one is read-only), once, when
// the session can be watched.
func (v *entryView) startWatch() tea.Cmd {
	path := v.info.file
	if v.watcher() == nil || path == "" || v.fileWatch != nil {
		return nil
	}
	return safeCmd(func() tea.Msg {
		w, err := watch.Start(watch.Options{}, path)
		if err != nil {
			return nil // no following; entering scores works as before
		}
		return entryWatchingMsg{w}
	}, func(error) tea.Msg { return nil })
}

// nextFileChange waits for the watcher's next change.
func nextFileChange(w *watch.Watcher) tea.Cmd {
	return func() tea.Msg {
		if w.Next() {
			return entryFileChangedMsg{}
		}
		return nil
	}
}

// watchCmd checks the file and reloads it when nothing typed here is
// waiting to be written; otherwise the next save keeps a conflict copy.
func watchCmd(w diskWatcher, reload bool) tea.Cmd {
	return safeCmd(func() tea.Msg {
		if !w.ChangedOnDisk() {
			return entryWatchedMsg{}
		}
		if !reload {
			return entryWatchedMsg{changed: true}
		}
		c, err := w.Reload()
		return entryWatchedMsg{changed: true, comp: c, err: err}
	}, func(err error) tea.Msg { return entryWatchedMsg{err: err} })
}

// watchQueued reports a check already waiting to run.
func (v *entryView) watchQueued() bool {
	for _, op := range v.queue {
		if op.kind == opWatch {
			return true
		}
	}
	return false
}

// updateWatch handles the watch messages.
func (m *Model) updateWatch(msg entryMsg) tea.Cmd {
	v := &m.entry
	c := m.ctx()
	switch msg := msg.(type) {
	case entryWatchingMsg:
		if v.fileWatch != nil { // started twice: keep the first
			msg.w.Close()
			return nil
		}
		v.fileWatch = msg.w
		return nextFileChange(msg.w)
	case entryFileChangedMsg:
		var next tea.Cmd
		if v.fileWatch != nil {
			next = nextFileChange(v.fileWatch)
		}
		// Queued behind typed scores and saves, never dropped: a change
		// seen while busy is checked once they are done.
		if v.quitting || v.watchQueued() {
			return next
		}
		v.queue = append(v.queue, entryOp{kind: opWatch})
		return tea.Batch(next, v.pump(c))
	case entryWatchedMsg:
		v.inFlight = nil
		var cmds []tea.Cmd
		switch {
		case msg.err != nil:
			v.failed(m, et(m.lang, "entry.err.reload", ioErrorText(m.lang, msg.err)))
		case msg.comp != nil:
			m.setStandings(msg.comp, nil)
			v.undo, v.redo = v.undo[:0], v.redo[:0] // the history was of the old file
			v.say(et(m.lang, "entry.reloaded"), false)
			m.status = v.note
		case msg.changed && v.unsaved > 0 && !v.changedOnDisk:
			// Once per change: the save keeps a conflict copy and says where.
			v.changedOnDisk = true
			cmds = append(cmds, v.enqueueSave(c, false))
		}
		return tea.Batch(append(cmds, v.pump(m.ctx()))...)
	}
	return nil
}
