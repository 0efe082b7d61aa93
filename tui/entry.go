package tui

import tea "charm.land/bubbletea/v2"

// entryView is tab 4, 录入 Entry (issue 4). Until score entry lands it only
// says that it is coming.
//
// To add entry: replace this type, keeping the component methods. The
// view gets every key while capturing() is true (typing a number), so
// digits do not switch tabs. To publish a committed score, return a Cmd
// that yields StandingsChangedMsg{Comp: c2, Standings: st.Rescore(c2, street)}:
// every other view then shows the new totals, ranks and heatmap.
type entryView struct{}

func (v *entryView) capturing() bool { return false }

func (v *entryView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) { return nil, -1 }

func (v *entryView) scroll(c *viewCtx, delta int) {}

func (v *entryView) click(c *viewCtx, x, y int) int { return -1 }

func (v *entryView) render(c *viewCtx, w, h int) []string {
	return []string{"", "  " + c.s.Muted.Render(c.T("entry.placeholder"))}
}
