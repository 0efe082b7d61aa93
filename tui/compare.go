package tui

import tea "charm.land/bubbletea/v2"

// compareView is tab 5: two streets side by side.
type compareView struct {
	a, b int
}

func (v *compareView) ensure(c *viewCtx)                                     {}
func (v *compareView) capturing() bool                                       { return false }
func (v *compareView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) { return nil, -1 }
func (v *compareView) scroll(c *viewCtx, delta int)                          {}
func (v *compareView) click(c *viewCtx, x, y int) int                        { return -1 }
func (v *compareView) render(c *viewCtx, w, h int) []string                  { return nil }
