package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/watch"
)

// The error screen watches the file it could not open and opens it again
// when it changes: staff fix the file in Notepad (or run init) and the
// dashboard appears, without knowing to restart it.

// retryWatchMsg carries the watcher started for the error screen.
type retryWatchMsg struct{ w *watch.Watcher }

// fileChangedMsg: the file that could not be opened has changed.
type fileChangedMsg struct{}

// startRetryWatch watches path (which need not exist yet).
func startRetryWatch(path string) tea.Cmd {
	if path == "" {
		return nil
	}
	return safeCmd(func() tea.Msg {
		w, err := watch.Start(watch.Options{}, path)
		if err != nil {
			return nil
		}
		return retryWatchMsg{w}
	}, func(error) tea.Msg { return nil })
}

// waitChange waits for the watched file's next change.
func waitChange(w *watch.Watcher) tea.Cmd {
	return func() tea.Msg {
		if !w.Next() {
			return nil
		}
		return fileChangedMsg{}
	}
}

// updateRetry handles the error screen's watch: a change loads the file
// again; a load that succeeds ends the watch.
func (m Model) updateRetry(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case retryWatchMsg:
		if m.phase != phaseFailed {
			msg.w.Close()
			return m, nil
		}
		m.retry = msg.w
		return m, waitChange(msg.w)
	case fileChangedMsg:
		if m.phase != phaseFailed || m.retry == nil {
			return m, nil
		}
		m.phase, m.errScroll = phaseLoading, 0
		return m, loadCmd(m.opts)
	}
	return m, nil
}

// stopRetry ends the error screen's watch once the file is open.
func (m *Model) stopRetry() {
	if m.retry != nil {
		m.retry.Close()
		m.retry = nil
	}
}
