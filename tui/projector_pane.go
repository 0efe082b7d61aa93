package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/tui/projector"
)

// projectorPane is the projector (6 or p) running full screen inside the
// dashboard, fed the dashboard's own standings: the dashboard already
// follows the file, so the projector watches nothing itself.
type projectorPane struct {
	open  bool
	gen   int // tells the messages of a closed projector from the open one's
	model projector.Model
}

// wrapProjector makes cmd's messages projectorMsgs of projector gen.
func wrapProjector(gen int, cmd tea.Cmd) tea.Cmd {
	return wrapCmd(cmd, func(msg tea.Msg) tea.Msg { return projectorMsg{gen: gen, msg: msg} })
}

// openProjector shows the projector on the current standings.
func (m Model) openProjector() (tea.Model, tea.Cmd) {
	if n := m.hiddenScores(); n > 0 { // review_blind.go
		m.setStatus(et(m.lang, "review.blind.refused", n), true)
		return m, nil
	}
	p := &m.proj
	p.gen++
	p.open = true
	p.model = projector.New(projector.Options{Lang: m.lang, Comp: m.comp, Embedded: true})
	next, _ := p.model.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
	p.model = next.(projector.Model)
	return m, wrapProjector(p.gen, p.model.Init())
}

func (m *Model) closeProjector() {
	if m.proj.open {
		m.proj.model.Close()
	}
	m.proj.open = false
	m.proj.model = projector.Model{}
}

// toProjector hands msg to the open projector.
func (m Model) toProjector(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(projector.ExitMsg); ok {
		m.closeProjector()
		return m, nil
	}
	next, cmd := m.proj.model.Update(msg)
	m.proj.model = next.(projector.Model)
	return m, wrapProjector(m.proj.gen, cmd)
}

// projectorKey handles a key while the projector is open: quitting goes
// through the dashboard, which saves entered scores first.
func (m Model) projectorKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" || msg.String() == "q" {
		m.closeProjector()
		return m.quit()
	}
	return m.toProjector(msg)
}
