package tui

import tea "charm.land/bubbletea/v2"

// detailView is tab 3: one street in detail.
type detailView struct {
	street   int
	sel, top int
}

func (v *detailView) show(c *viewCtx, street int)                           { v.street = street }
func (v *detailView) ensureStreet(c *viewCtx)                               {}
func (v *detailView) capturing() bool                                       { return false }
func (v *detailView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) { return nil, -1 }
func (v *detailView) scroll(c *viewCtx, delta int)                          {}
func (v *detailView) click(c *viewCtx, x, y int) int                        { return -1 }
func (v *detailView) render(c *viewCtx, w, h int) []string                  { return nil }
