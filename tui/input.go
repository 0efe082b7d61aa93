package tui

import (
	"charm.land/bubbles/v2/textinput"
)

// newTextInput is a one-line field for typed text (a file name, a reason),
// its cursor drawn in the text: the terminal's own cursor lands in the
// wrong column after Chinese characters.
func newTextInput() textinput.Model {
	ti := textinput.New()
	ti.Prompt = ""
	ti.CharLimit = 200
	st := textinput.DefaultStyles(true)
	st.Cursor.Blink = false
	ti.SetStyles(st)
	ti.SetVirtualCursor(true)
	return ti
}
