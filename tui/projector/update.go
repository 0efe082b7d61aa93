package projector

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// Update handles keys, window sizes, loads, file changes and page timers.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.clampPage()
	case tea.KeyPressMsg:
		return m.key(msg)
	case loadedMsg:
		m.applyLoad(msg)
	case followStartedMsg:
		return m, m.startFollowing(msg)
	case retryFollowMsg:
		return m, followCmd(m.opts)
	case followedMsg:
		m.applyFollowed(msg)
		return m, nextEvent(m.sub, m.opts.Lang, m.st, m.now)
	case pageTickMsg:
		if msg.gen != m.pageGen {
			return m, nil // replaced by a manual page turn
		}
		if !m.held && !m.revealing {
			m.page = (m.page + 1) % m.layout().pages
		}
		return m, m.pageTick()
	}
	return m, nil
}

// applyLoad keeps the newest good standings. A failed reload keeps the
// previous standings and marks them stale; it never blanks the screen.
func (m *Model) applyLoad(msg loadedMsg) {
	if msg.seq < m.applied {
		return // an older load finished after a newer one
	}
	m.applied = msg.seq
	if msg.errs != nil {
		if m.st == nil {
			m.firstErr = msg.errs
		} else {
			m.stale = true
		}
		return
	}
	m.st, m.sum, m.loadedAt, m.stale, m.firstErr = msg.st, msg.sum, msg.at, false, nil
	if m.sum == nil {
		m.sum = summarize(m.st, m.opts.Lang)
	}
	m.revealed = min(m.revealed, len(m.sum.groups))
	m.clampPage()
	if m.revealing {
		m.followReveal()
	}
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "q", "ctrl+c":
		m.Close()
		return m, tea.Quit
	case "esc":
		if m.opts.Embedded {
			m.Close()
			return m, func() tea.Msg { return ExitMsg{} }
		}
	case "h":
		m.held = !m.held
	case "t":
		m.theme = m.theme.next()
		m.sty = newStyles(m.theme)
	case "R":
		m.startReveal()
		m.followReveal()
	case "a":
		m.revealing = false
	case "space", "right", "l":
		if m.held {
			return m, nil // nothing moves behind the hold screen
		}
		if m.revealing {
			m.revealNext()
			m.followReveal()
			return m, nil
		}
		return m.turnPage(1)
	case "left", "backspace":
		if m.held {
			return m, nil
		}
		if m.revealing {
			m.revealBack()
			m.followReveal()
			return m, nil
		}
		return m.turnPage(-1)
	case "down", "pgdown", "j":
		return m.turnPage(1)
	case "up", "pgup", "k":
		return m.turnPage(-1)
	case "home":
		m.page = 0
	}
	return m, nil
}

// turnPage moves by delta pages, wrapping, and restarts the paging timer
// so that the page just chosen stays for a full interval.
func (m Model) turnPage(delta int) (tea.Model, tea.Cmd) {
	pages := m.layout().pages
	m.page = ((m.page+delta)%pages + pages) % pages
	m.pageGen++
	return m, m.pageTick()
}

// followReveal shows the page of the street revealed last (or of last
// place before anything is revealed).
func (m *Model) followReveal() {
	l := m.layout()
	p := m.lastRevealed()
	if p < 0 && m.st != nil && m.st.Ranked > 0 {
		p = m.st.Ranked - 1
	}
	if pg := l.pageOf(p); pg >= 0 {
		m.page = pg
	}
}

func (m *Model) clampPage() {
	if pages := m.layout().pages; m.page >= pages {
		m.page = pages - 1
	}
	m.page = max(0, m.page)
}

func (m Model) pageTick() tea.Cmd {
	if m.pageWait <= 0 {
		return nil
	}
	gen := m.pageGen
	return tea.Tick(m.pageWait, func(time.Time) tea.Msg { return pageTickMsg{gen: gen} })
}

func (m *Model) layout() layout { return computeLayout(m.width, m.height, m.st) }
