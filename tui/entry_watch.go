package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/round"
	"liangsaibi/display"
)

// The entry view follows the round through its subscription: a Cmd waits
// on the channel (no I/O in Update) and hands each event to Update.

// startWatch subscribes to the round once.
func (v *entryView) startWatch() tea.Cmd {
	if v.sess == nil || v.sub != nil {
		return nil
	}
	v.sub = v.sess.Subscribe()
	return nextEvent(v.sub)
}

// nextEvent waits for the round's next event.
func nextEvent(s *round.Sub) tea.Cmd {
	if s == nil {
		return nil
	}
	return func() tea.Msg {
		ev, ok := s.Next()
		if !ok {
			return nil
		}
		return entryEventMsg{ev}
	}
}

// takeOverCmd makes this follower the writer.
func takeOverCmd(s EntrySession) tea.Cmd {
	return safeCmd(func() tea.Msg {
		return entryTookOverMsg{err: s.TakeOver()}
	}, func(err error) tea.Msg { return entryTookOverMsg{err: err} })
}

// updateWatch handles what the round publishes: another writer's scores
// (as a follower), a merged outside edit, the writer gone, a save's fate.
func (m *Model) updateWatch(msg entryMsg) tea.Cmd {
	v := &m.entry
	switch msg := msg.(type) {
	case entryTookOverMsg:
		if msg.err != nil {
			v.failed(m, et(m.lang, "entry.err.takeover", ioErrorText(m.lang, msg.err)))
		}
		return nil
	case entryEventMsg:
		st := msg.ev.State
		v.info = infoOf(st, m.lang)
		// Our own commits arrive through their Cmds, in typing order; the
		// round's state is taken when it holds someone else's changes.
		if st.Comp != m.comp && !v.busy() && (st.Mode != round.Writer || reloaded(msg.ev)) {
			m.setStandings(st.Comp, st.Standings)
			v.undo, v.redo = v.undo[:0], v.redo[:0] // the history was of another version
		}
		v.unsaved = st.Unsaved
		for _, n := range msg.ev.Notices {
			if n.Kind == round.Committed || n.Msg.Key == "" {
				continue
			}
			text := display.Sanitize(n.Msg.In(m.lang))
			if n.Kind == round.SaveFailed || n.Kind == round.Invalid {
				v.failed(m, text)
			} else {
				v.say(text, false)
				m.status = text
			}
		}
		return nextEvent(v.sub)
	}
	return nil
}

func reloaded(ev round.Event) bool {
	for _, n := range ev.Notices {
		if n.Kind == round.Reloaded || n.Kind == round.ModeChanged {
			return true
		}
	}
	return false
}
