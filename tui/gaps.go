package tui

import tea "charm.land/bubbletea/v2"

// gapsView is tab 2: the heatmap of streets × items.
type gapsView struct {
	row, col  int
	top, left int
	showGap   bool
}

func (v *gapsView) clamp(c *viewCtx)                                      {}
func (v *gapsView) capturing() bool                                       { return false }
func (v *gapsView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) { return nil, -1 }
func (v *gapsView) scroll(c *viewCtx, delta int)                          {}
func (v *gapsView) click(c *viewCtx, x, y int) int                        { return -1 }
func (v *gapsView) render(c *viewCtx, w, h int) []string                  { return nil }
