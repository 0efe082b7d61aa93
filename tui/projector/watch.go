package projector

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/store"
	"liangsaibi/data/watch"
)

// startWatchCmd follows the competition file and its entry journal: the
// dashboard's scores reach the projector through the journal before the
// file is saved.
func startWatchCmd(path string) tea.Cmd {
	return func() tea.Msg {
		w, err := watch.Start(watch.Options{}, path, store.JournalPath(path))
		return watchStartedMsg{w: w, err: err}
	}
}

// nextChange waits for the watcher's next change; nil once it is closed.
func nextChange(w *watch.Watcher) tea.Cmd {
	return func() tea.Msg {
		if w.Next() {
			return fileChangedMsg{}
		}
		return nil
	}
}
