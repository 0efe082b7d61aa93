package projector

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// The projector follows the file as a client of the round owner, in
// follow-only mode (data/round with Follow): the same journal-following
// machinery as a second dashboard, polling too for shares that send no
// change events, and never a lock, a journal or a write.

// followCmd opens the round to follow path.
func followCmd(opts Options) tea.Cmd {
	return func() tea.Msg {
		r, err := round.Open(opts.Path, round.Options{Encoding: opts.Encoding, Follow: true, Watch: opts.Watch})
		if err != nil {
			return followStartedMsg{err: err}
		}
		return followStartedMsg{r: r, sub: r.Subscribe()}
	}
}

// retryFollow opens the round again a moment later: the file could not be
// read at the start (being written, or invalid until someone fixes it).
func retryFollow() tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return retryFollowMsg{} })
}

// nextEvent waits for the round's next event and prepares it for Update:
// the summary of new standings is worked out here, off the UI thread.
func nextEvent(sub *round.Sub, lang i18n.Lang, shown *scoring.Standings, now func() time.Time) tea.Cmd {
	return func() tea.Msg {
		ev, ok := sub.Next()
		if !ok {
			return nil
		}
		st := ev.State
		msg := followedMsg{invalid: st.Invalid != nil, at: now()}
		if st.Standings() != nil && st.Standings() != shown {
			msg.st, msg.sum = st.Standings(), summarize(st.Standings(), lang)
		}
		for _, w := range st.Warnings {
			text := display.Sanitize(w.In(lang))
			if w.Key == "journal.counted" { // the writer at work: said, not alarming
				msg.info = append(msg.info, text)
			} else {
				msg.warn = append(msg.warn, text)
			}
		}
		return msg
	}
}

// applyFollowed shows what the round published: new standings, a file
// that became invalid (the last good standings stay, marked), and what
// must be said about the writer's journal.
func (m *Model) applyFollowed(msg followedMsg) {
	m.warn, m.info = msg.warn, msg.info
	if msg.st != nil && msg.st != m.st {
		m.applyLoad(loadedMsg{seq: m.applied, st: msg.st, sum: msg.sum, at: msg.at})
	}
	m.stale = msg.invalid && m.st != nil
}

// startFollowing keeps the round and waits for its events, or says why
// it could not be opened and tries again.
func (m *Model) startFollowing(msg followStartedMsg) tea.Cmd {
	if msg.err != nil {
		if m.st == nil {
			m.firstErr = data.ErrorLines(msg.err, m.opts.Lang)
		} else {
			m.watchErr = data.ErrorText(msg.err, m.opts.Lang)
		}
		return retryFollow()
	}
	m.round, m.sub, m.watchErr, m.firstErr = msg.r, msg.sub, "", nil
	return nextEvent(m.sub, m.opts.Lang, m.st, m.now)
}
