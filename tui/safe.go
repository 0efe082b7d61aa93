package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// safeCmd is a tea.Cmd that does I/O off the UI thread. A panic in it (a
// bug, or a library meeting a hostile file) must not take the terminal
// down: it becomes the message failed makes of it, which the dashboard
// shows like any other error.
func safeCmd(f func() tea.Msg, failed func(error) tea.Msg) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = failed(fmt.Errorf("%v", r))
			}
		}()
		return f()
	}
}
