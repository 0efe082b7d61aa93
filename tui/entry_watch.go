package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/round"
	"liangsaibi/display"
)

// The entry view follows the round through its subscription: a Cmd waits
// on the channel (no I/O in Update) and hands each event to Update.

// startWatch waits for the round's events.
// The subscription is made when the session is attached, so that a Cmd
// started from a copy of the model (Init) waits on the model's own.
func (v *entryView) startWatch() tea.Cmd {
	if v.sess == nil {
		return nil
	}
	if v.sub == nil {
		v.sub = v.sess.Subscribe()
	}
	return v.next()
}

// next waits for the round's next event.
func (v *entryView) next() tea.Cmd {
	if v.waitEvent != nil {
		return v.waitEvent(v.sub)
	}
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
	case entrySettledMsg:
		v.settle.confirm = false
		if msg.err != nil {
			v.failed(m, et(m.lang, "settle.err", ioErrorText(m.lang, msg.err)))
		}
		if v.sess != nil {
			// Taking the file's value is a commit of its own: show it.
			st := v.sess.State()
			v.info = infoOf(st, m.lang)
			v.unsaved = st.Unsaved
			if st.Comp != m.comp && !v.busy() {
				m.setStandings(st.Comp, st.Standings())
			}
		}
		if !v.info.unsettled() {
			v.settle.open = false
			switch {
			case msg.err == nil && msg.overwrote:
				v.say(et(m.lang, "settle.overwritten"), false)
				m.status = v.note
			case msg.err == nil:
				v.say(et(m.lang, "settle.done"), false)
				m.status = v.note
			}
		}
		return nil
	case entryEventMsg:
		st := msg.ev.State
		v.info = infoOf(st, m.lang)
		// Our own commits arrive through their Cmds, in typing order; the
		// round's state is taken when it holds someone else's changes.
		if st.Comp != m.comp && !v.busy() && (st.Mode != round.Writer || reloaded(msg.ev)) {
			m.setStandings(st.Comp, st.Standings())
		}
		v.unsaved = st.Unsaved
		v.saveErr = ""
		if st.SaveErr != nil {
			v.saveErr = saveErrorText(m.lang, st.SaveErr)
		}
		if !v.info.unsettled() {
			v.settle.open = false
		}
		for _, n := range msg.ev.Notices {
			switch {
			case n.Kind == round.Saved:
				if v.note == "" {
					v.say(et(m.lang, "entry.filesaved"), false)
				}
				continue
			case n.Kind == round.Committed || n.Msg.Key == "":
				continue
			}
			text := display.Sanitize(n.Msg.In(m.lang))
			if n.Kind == round.SaveFailed || n.Kind == round.Invalid {
				if n.Kind == round.SaveFailed && st.SaveErr != nil {
					text = saveErrorText(m.lang, st.SaveErr)
				}
				v.failed(m, text)
			} else {
				v.say(text, false)
				m.status = text
			}
		}
		return v.next()
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
