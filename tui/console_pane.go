package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/tui/console"
	"liangsaibi/web"
)

// WebOptions let the dashboard serve the judges' phones and the big screen
// (key 9), while staff keep entering in the terminal.
type WebOptions struct {
	Web       web.Options
	AtStart   bool   // serve as soon as the file is open and show the console (liangsaibi serve)
	SheetPath string // where the console writes the printable QR sheet
	// Started is told of the server once it listens (the caller closes it
	// after the dashboard ends, before the round).
	Started func(*web.Server)
}

// consolePane is the console of the phones' service, full screen inside the
// dashboard. The service keeps running when the pane is closed.
type consolePane struct {
	open     bool
	starting bool
	srv      *web.Server
	model    console.Model
}

// Messages of the console.
type (
	consoleMsg    struct{ msg tea.Msg }
	webStartedMsg struct {
		srv *web.Server
		err error
	}
)

// wrapConsole makes cmd's messages consoleMsgs.
func wrapConsole(cmd tea.Cmd) tea.Cmd {
	return wrapCmd(cmd, func(msg tea.Msg) tea.Msg { return consoleMsg{msg} })
}

// openConsole shows the console, starting the service the first time.
func (m Model) openConsole() (tea.Model, tea.Cmd) {
	w := &m.web
	if m.opts.Web == nil {
		m.setStatus(catalog.T(m.lang, "web.unavailable"), true)
		return m, nil
	}
	if w.srv != nil {
		return m.showConsole()
	}
	r, ok := m.entry.sess.(*round.Round)
	if !ok || r.State().Mode != round.Writer {
		m.setStatus(catalog.T(m.lang, "web.not_writer"), true)
		return m, nil
	}
	if w.starting {
		return m, nil
	}
	w.starting = true
	opts := m.opts.Web.Web
	opts.Lang = m.lang
	return m, func() tea.Msg {
		srv, err := web.Start(r, opts)
		return webStartedMsg{srv: srv, err: err}
	}
}

func (m Model) showConsole() (tea.Model, tea.Cmd) {
	w := &m.web
	r := m.entry.sess.(*round.Round)
	w.open = true
	w.model = console.New(console.Options{Lang: m.lang, Server: w.srv, Round: r, SheetPath: m.opts.Web.SheetPath})
	w.model, _ = w.model.Update(tea.WindowSizeMsg{Width: m.width, Height: m.height})
	return m, wrapConsole(w.model.Init())
}

// updateWeb handles the console's messages; ok is false for others.
func (m Model) updateWeb(msg tea.Msg) (tea.Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case webStartedMsg:
		m.web.starting = false
		if msg.err != nil {
			m.setStatus(catalog.T(m.lang, "web.failed", data.ErrorText(msg.err, m.lang)), true)
			return m, nil, true
		}
		m.web.srv = msg.srv
		if m.opts.Web.Started != nil {
			m.opts.Web.Started(msg.srv)
		}
		next, cmd := m.showConsole()
		return next, cmd, true
	case consoleMsg:
		if !m.web.open {
			return m, nil, true // a closed console's wait: nothing to show
		}
		if _, exit := msg.msg.(console.ExitMsg); exit {
			m.web.open = false
			return m, nil, true
		}
		var cmd tea.Cmd
		m.web.model, cmd = m.web.model.Update(msg.msg)
		return m, wrapConsole(cmd), true
	case tea.WindowSizeMsg:
		if m.web.open {
			m.web.model, _ = m.web.model.Update(msg)
		}
	case serveAtStartMsg:
		next, cmd := m.openConsole()
		return next, cmd, true
	}
	return m, nil, false
}

// serveAtStartMsg starts the service once the file is open (liangsaibi serve).
type serveAtStartMsg struct{}

// webAtStart is the Cmd that starts the service when asked to at start.
func (m Model) webAtStart() tea.Cmd {
	if m.opts.Web == nil || !m.opts.Web.AtStart {
		return nil
	}
	return func() tea.Msg { return serveAtStartMsg{} }
}

// consoleKey handles a key while the console is open: quitting goes through
// the dashboard, which saves entered scores first.
func (m Model) consoleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" {
		m.web.open = false
		return m.quit()
	}
	next, cmd, _ := m.updateWeb(consoleMsg{msg})
	return next, cmd
}
