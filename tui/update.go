package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

// component is what every tab implements. Methods get the shared context;
// update and click return the street to open in the detail view, or -1.
type component interface {
	update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int)
	scroll(c *viewCtx, delta int)
	click(c *viewCtx, x, y int) int
	render(c *viewCtx, w, h int) []string
	// capturing reports that the view takes every key (typing in a
	// field), so that digits and q do not switch tabs or quit.
	capturing() bool
}

func (m *Model) active() component {
	switch m.tab {
	case TabGaps:
		return &m.gaps
	case TabDetail:
		return &m.detail
	case TabEntry:
		return &m.entry
	case TabCompare:
		return &m.compare
	case TabJudges:
		return &m.judges
	case TabTrend:
		return &m.trendView
	}
	return &m.rankings
}

// Update handles one message. It never does I/O.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if next, cmd, ok := m.updateWeb(msg); ok {
		return next, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		if m.proj.open {
			return m.toProjector(msg)
		}
		return m, nil
	case projectorMsg:
		if m.proj.open && msg.gen == m.proj.gen {
			return m.toProjector(msg.msg)
		}
		return m, nil // from a projector closed since
	case exportProposedMsg, exportWrittenMsg:
		return m.updateExportResult(msg), nil
	case tea.BackgroundColorMsg:
		m.setStyles(msg.IsDark())
		return m, nil
	case showSpinnerMsg:
		if m.phase == phaseLoading && !m.showSpinner {
			m.showSpinner = true
			return m, m.spinner.Tick
		}
		return m, nil
	case previewMsg:
		return m, tea.Batch(loadKeyedCmd(m.opts, msg.key, msg.keyed), m.showPreview(msg.st))
	case spinner.TickMsg:
		if m.phase != phaseLoading && m.phase != phasePreview {
			return m, nil
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return m, cmd
	case loadedMsg:
		if msg.comp == nil {
			m.phase = phaseFailed
			m.problems = errorLines(msg.problems, msg.err, m.lang)
			if m.retry != nil {
				return m, waitChange(m.retry)
			}
			return m, startRetryWatch(m.opts.Path)
		}
		m.stopRetry()
		var watch tea.Cmd
		if msg.sess != nil {
			m.entry.attach(msg.sess)
			m.status = m.entry.startNote()
			watch = m.entry.startWatch() // follow changes to the file by others
		}
		m.setStandingsWith(msg.comp, msg.st, msg.extra)
		return m, tea.Batch(watch, m.webAtStart(), m.storeAfterLoad(msg), warmFinders(m.d), m.judgesCmd())
	case judgesMsg:
		m.gotJudges(msg)
		return m, nil
	case retryWatchMsg, fileChangedMsg:
		return m.updateRetry(msg)
	case StandingsChangedMsg:
		if msg.Comp != nil {
			m.setStandings(msg.Comp, msg.Standings)
		}
		return m, nil
	case StatusMsg:
		m.setStatus(string(msg), false)
		return m, nil
	case reviewDoneMsg:
		return m.reviewDone(msg)
	case entryMsg:
		next, cmd := m.updateEntry(msg)
		after, export := next.(Model).exportWhenCommitted() // an export waiting for these scores
		return after, tea.Batch(cmd, export)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseWheelMsg:
		if m.proj.open || m.export.open || m.web.open {
			return m, nil
		}
		m.handleWheel(msg)
		return m, nil
	case tea.MouseClickMsg:
		if m.proj.open || m.export.open || m.web.open {
			return m, nil
		}
		return m.handleClick(msg)
	}
	// Anything else (the filter's cursor blink) belongs to the filter input.
	var cmd tea.Cmd
	m.rankings.filter, cmd = m.rankings.filter.Update(msg)
	return m, cmd
}

func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	if m.phase == phasePreview {
		return m.previewKey(msg)
	}
	if m.phase != phaseReady {
		return m.handleKeyNotReady(msg)
	}
	switch {
	case m.web.open:
		return m.consoleKey(msg)
	case m.proj.open:
		return m.projectorKey(msg)
	case m.export.open:
		return m.updateExport(msg)
	case m.rv != nil && m.rv.sealAsk:
		return m.sealKey(msg)
	}
	if m.tab == TabEntry {
		if next, ok := m.entryBack(msg); ok {
			return next, nil
		}
	}
	c := m.ctx()
	view := m.active()
	if !view.capturing() && !(m.tab == TabEntry && m.entry.takesKey(msg)) {
		k := &m.keys
		switch {
		case key.Matches(msg, k.Quit):
			return m.quit()
		case key.Matches(msg, k.Help):
			m.help.ShowAll = !m.help.ShowAll
			return m, nil
		case key.Matches(msg, k.NextTab):
			m.switchTo((m.tab + 1) % tabCount)
			return m, nil
		case key.Matches(msg, k.PrevTab):
			m.switchTo((m.tab + tabCount - 1) % tabCount)
			return m, nil
		case m.tab != TabEntry && key.Matches(msg, k.Missing):
			from := m.tab
			m.switchTo(TabEntry)
			m.entry.openMissing(c, from)
			return m, nil
		case key.Matches(msg, k.Seal):
			return m.askSeal()
		case key.Matches(msg, k.OnlyConfirmed):
			return m.toggleConfirmed()
		case m.tab == TabDetail && key.Matches(msg, k.Clear):
			m.tab = m.prevTab
			return m, nil
		case key.Matches(msg, k.Export):
			return m.startExport()
		case key.Matches(msg, k.Project):
			return m.openProjector()
		case key.Matches(msg, k.Web):
			return m.openConsole()
		}
		for i := range k.Tab {
			if key.Matches(msg, k.Tab[i]) {
				m.switchTo(Tab(i))
				return m, nil
			}
		}
	}
	m.setStatus("", false)
	cmd, open := view.update(c, msg)
	m.open(open)
	return m, cmd
}

func (m Model) handleKeyNotReady(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := &m.keys
	switch {
	case key.Matches(msg, k.Quit), key.Matches(msg, k.Clear):
		if m.phase == phaseFailed || msg.String() != "esc" {
			return m, tea.Quit
		}
	case key.Matches(msg, k.Up):
		m.errScroll = max(0, m.errScroll-1)
	case key.Matches(msg, k.Down):
		m.errScroll = min(m.errScroll+1, max(0, len(m.problems)-1))
	case key.Matches(msg, k.PageUp):
		m.errScroll = max(0, m.errScroll-m.bodyHeight())
	case key.Matches(msg, k.PageDown):
		m.errScroll = min(m.errScroll+m.bodyHeight(), max(0, len(m.problems)-1))
	}
	return m, nil
}

// switchTo shows tab t. The entry view opens on the street selected in
// the view the operator comes from, and remembers that view for Esc.
func (m *Model) switchTo(t Tab) {
	if t == m.tab {
		return
	}
	if t == TabEntry && m.st != nil && len(m.comp.Streets) > 0 && len(m.comp.Items) > 0 {
		m.entry.from = m.tab
		m.entry.follow(m.ctx(), m.streetInView())
	}
	m.tab = t
}

// streetInView is the street selected in the active view, or -1.
func (m *Model) streetInView() int {
	c := m.ctx()
	switch m.tab {
	case TabRankings:
		return m.rankings.selectedStreet(c)
	case TabGaps:
		if m.gaps.row >= 0 && m.gaps.row < len(c.st.Rows) {
			return c.st.Rows[m.gaps.row].Street
		}
	case TabDetail:
		return m.detail.street
	case TabCompare:
		if s := m.compare.street[m.compare.side]; s >= 0 {
			return s
		}
		return m.compare.street[1-m.compare.side]
	}
	return -1
}

// entryBack handles Esc (and w) on the entry tab when they leave
// something: the 未录 list closes, back to the grid or the view it was
// opened from; with nothing typed, Esc goes back to the view the
// operator came from.
func (m Model) entryBack(msg tea.KeyPressMsg) (Model, bool) {
	v := &m.entry
	k := &m.keys
	switch {
	case v.settle.open && (key.Matches(msg, k.Clear) || key.Matches(msg, k.Settle)) && !v.settle.confirm:
		v.settle.open = false
		return m, true
	case v.missing.open && (key.Matches(msg, k.Clear) || key.Matches(msg, k.Missing)):
		v.missing.open = false
		if v.missing.from != TabEntry {
			m.tab = v.missing.from
		}
		return m, true
	case key.Matches(msg, k.Clear) && v.escLeaves():
		v.editing, v.done = false, false
		v.input.Blur()
		v.say("", false)
		m.setStatus("", false)
		m.tab = v.from
		return m, true
	}
	return m, false
}

// open shows the detail of a street (when street >= 0).
func (m *Model) open(street int) {
	if street < 0 || m.st == nil {
		return
	}
	m.detail.show(m.ctx(), street)
	if m.tab != TabDetail {
		m.prevTab = m.tab
	}
	m.tab = TabDetail
}

func (m *Model) handleWheel(msg tea.MouseWheelMsg) {
	if m.phase != phaseReady && m.phase != phasePreview { // the preview's list scrolls
		return
	}
	delta := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		delta = -3
	case tea.MouseWheelDown:
		delta = 3
	default:
		return
	}
	m.active().scroll(m.ctx(), delta)
}

func (m Model) handleClick(msg tea.MouseClickMsg) (Model, tea.Cmd) {
	if m.phase != phaseReady || msg.Button != tea.MouseLeft || m.tooSmall() {
		return m, nil
	}
	if msg.Y == tabBarRow && m.onProjectorLabel(msg.X) {
		next, cmd := m.openProjector()
		return next.(Model), cmd
	}
	if msg.Y == tabBarRow {
		if t, ok := m.tabAt(msg.X); ok {
			m.switchTo(t)
		}
		return m, nil
	}
	y := msg.Y - bodyTop
	if y < 0 || y >= m.bodyHeight() {
		return m, nil
	}
	m.open(m.active().click(m.ctx(), msg.X, y))
	return m, nil
}
