package tui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/scoring"
)

// watchEvery is how often the entry view checks whether someone else
// changed the file (a hand edit, another program, the writing instance
// when this one is read-only).
const watchEvery = 3 * time.Second

// diskWatcher is what a session offers for following changes on disk;
// *data.Session has it.
type diskWatcher interface {
	ChangedOnDisk() bool
	Reload() (*scoring.Competition, error)
}

// watchTick schedules the next check, when the session can be watched.
func (v *entryView) watchTick() tea.Cmd {
	if _, ok := v.sess.(diskWatcher); !ok {
		return nil
	}
	tick := v.tick
	if tick == nil {
		tick = tea.Tick
	}
	return tick(watchEvery, func(time.Time) tea.Msg { return entryWatchTickMsg{} })
}

// watchCmd checks the file and reloads it when nothing typed here is
// waiting to be written; otherwise the next save keeps a conflict copy.
func watchCmd(w diskWatcher, reload bool) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = entryWatchedMsg{err: fmt.Errorf("%v", r)}
			}
		}()
		if !w.ChangedOnDisk() {
			return entryWatchedMsg{}
		}
		if !reload {
			return entryWatchedMsg{changed: true}
		}
		c, err := w.Reload()
		return entryWatchedMsg{changed: true, comp: c, err: err}
	}
}

// updateWatch handles the watch messages.
func (m *Model) updateWatch(msg entryMsg) tea.Cmd {
	v := &m.entry
	c := m.ctx()
	switch msg := msg.(type) {
	case entryWatchTickMsg:
		if v.busy() || v.quitting {
			return v.watchTick()
		}
		v.queue = append(v.queue, entryOp{kind: opWatch})
		return v.pump(c)
	case entryWatchedMsg:
		v.inFlight = nil
		cmds := []tea.Cmd{v.watchTick()}
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
