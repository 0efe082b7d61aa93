package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/scoring"
)

// EntrySession is the file opened for entering scores (tab 4, 录入).
// *data.Session satisfies it; tests use a fake. Its methods do I/O: the
// entry view calls them only inside tea.Cmds, one at a time.
type EntrySession interface {
	Comp() *scoring.Competition
	// Commit journals one slot (synced) and returns the new competition.
	Commit(street, item, slot int, v scoring.Slot) (*scoring.Competition, error)
	// Save writes every committed score into the file atomically.
	Save() error
}

// entryMsg marks the messages of the entry view's own Cmds; Update routes
// them to updateEntry.
type entryMsg interface{ entryMsg() }

// entryView is tab 4, 录入 Entry (issue 4).
type entryView struct {
	sess EntrySession
}

func newEntryView(opts Options) entryView { return entryView{sess: opts.Session} }

func (v *entryView) capturing() bool { return false }

// takesKey reports keys the entry view wants even when not capturing
// (digits start typing a score instead of switching tabs).
func (v *entryView) takesKey(msg tea.KeyPressMsg) bool { return false }

func (v *entryView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) { return nil, -1 }

func (v *entryView) scroll(c *viewCtx, delta int) {}

func (v *entryView) click(c *viewCtx, x, y int) int { return -1 }

func (v *entryView) render(c *viewCtx, w, h int) []string {
	return []string{"", "  " + c.s.Muted.Render(c.T("entry.placeholder"))}
}

// updateEntry handles the results of the entry view's Cmds.
func (m Model) updateEntry(msg entryMsg) (tea.Model, tea.Cmd) { return m, nil }

// quit saves pending scores before quitting (q, ctrl+c).
func (m Model) quit() (tea.Model, tea.Cmd) { return m, tea.Quit }
