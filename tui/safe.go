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

// wrapCmd is cmd with each message it sends (batches opened) passed
// through wrap: how an embedded model's messages find their way back to it.
func wrapCmd(cmd tea.Cmd, wrap func(tea.Msg) tea.Msg) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case nil:
			return nil
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = wrapCmd(c, wrap)
			}
			return out
		default:
			return wrap(msg)
		}
	}
}
