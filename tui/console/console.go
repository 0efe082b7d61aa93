// Package console is the terminal's control of the judges' phones and the
// big screen (package web): per street and judge what was submitted and
// when, opening and closing scoring, the street on stage, returning a
// submission with a reason, the judges' links and QR codes, and the big
// screen's hold, reveal and pages. It is the only admin: the web pages
// administer nothing. Update does no I/O: the print sheet and every change
// the server keeps beside the file run in tea.Cmds.
package console

import (
	"os"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/i18n"
	"liangsaibi/web"
)

// Options configure the console.
type Options struct {
	Lang   i18n.Lang
	Server *web.Server
	Round  *round.Round
	// SheetPath is where P writes the printable QR sheet.
	SheetPath string
}

// Model is the console.
type Model struct {
	opts          Options
	width, height int
	status        web.Status
	street, judge int // selection
	qr            bool
	reason        textinput.Model
	asking        bool
	renewAll      bool // N was pressed: y gives every judge a new link
	note          string
}

// ExitMsg asks the dashboard to close the console (Esc); the service
// keeps running.
type ExitMsg struct{}

type changedMsg struct{}

type sheetMsg struct {
	path string
	err  error
}

// keptMsg: a change (a link, a street closed, a return, the screen) was
// kept beside the file (err nil) or not.
type keptMsg struct{ err error }

// New is the console of a running server.
func New(opts Options) Model {
	ti := textinput.New()
	ti.CharLimit = 80
	m := Model{opts: opts, width: 80, height: 24, reason: ti}
	m.status = opts.Server.Status()
	return m
}

// Init waits for the first change.
func (m Model) Init() tea.Cmd { return m.wait() }

// wait delivers changedMsg at the server's next change.
func (m Model) wait() tea.Cmd {
	ch := m.opts.Server.Changed()
	return func() tea.Msg {
		<-ch
		return changedMsg{}
	}
}

func (m Model) t(key string, args ...any) string { return catalog.T(m.opts.Lang, key, args...) }

// Update handles keys and the server's changes.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case changedMsg:
		m.status = m.opts.Server.Status()
		return m, m.wait()
	case sheetMsg:
		if msg.err != nil {
			m.note = m.t("sheet_fail", data.ErrorText(msg.err, m.opts.Lang))
		} else {
			m.note = m.t("sheet_saved", msg.path)
		}
	case keptMsg:
		m.note = ""
		if msg.err != nil {
			m.note = m.t("kept_fail", data.ErrorText(msg.err, m.opts.Lang))
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	comp := m.opts.Round.State().Comp
	if m.asking {
		switch msg.String() {
		case "esc":
			m.asking = false
		case "enter":
			m.asking = false
			if s, j := m.selected(); s != "" && j != "" {
				reason := strings.TrimSpace(m.reason.Value())
				return m, m.keep(func() error { return m.opts.Server.Return(j, s, reason) })
			}
		default:
			var cmd tea.Cmd
			m.reason, cmd = m.reason.Update(msg)
			return m, cmd
		}
		return m, nil
	}
	if m.qr {
		m.qr = false
		return m, nil
	}
	if m.renewAll {
		m.renewAll, m.note = false, ""
		if msg.String() == "y" {
			return m, m.keep(m.opts.Server.RenewAll)
		}
		return m, nil
	}
	srv := m.opts.Server
	street, judge := m.selected()
	switch msg.String() {
	case "esc":
		return m, func() tea.Msg { return ExitMsg{} }
	case "up":
		m.street = max(0, m.street-1)
	case "down":
		m.street = min(len(comp.Streets)-1, m.street+1)
	case "left":
		m.judge = max(0, m.judge-1)
	case "right":
		m.judge = min(len(comp.Judges)-1, m.judge+1)
	case "o":
		if street != "" {
			open := m.status.Closed[street]
			return m, m.keep(func() error { return srv.SetOpen(street, open) })
		}
	case "s":
		if street == m.status.Stage {
			street = ""
		}
		return m, m.keep(func() error { return srv.SetStage(street) })
	case "b":
		if street != "" && judge != "" {
			m.asking = true
			m.reason.SetValue("")
			m.reason.Prompt = m.t("reason", comp.Judges[m.judge].Name, comp.Streets[m.street].Name)
			return m, m.reason.Focus()
		}
	case "c":
		m.qr = judge != ""
	case "k":
		if judge != "" {
			return m, m.keep(func() error { return srv.Revoke(judge) })
		}
	case "n":
		if judge != "" {
			return m, m.keep(func() error { return srv.Renew(judge) })
		}
	case "N":
		m.renewAll, m.note = true, m.t("renew_all")
	case "P":
		return m, m.writeSheet()
	case "h", "v", "space", " ", "backspace", "a", "]", "[":
		what := screenKeys[msg.String()]
		return m, m.keep(func() error { return srv.ScreenDo(what) })
	}
	return m, nil
}

// screenKeys are the big screen's keys and what they do (web.ScreenDo).
var screenKeys = map[string]string{"h": "hold", "v": "reveal", "space": "next", " ": "next",
	"backspace": "back", "a": "all", "]": "page+", "[": "page-"}

// selected are the ids of the street and judge under the cursor.
func (m Model) selected() (street, judge string) {
	comp := m.opts.Round.State().Comp
	if m.street >= 0 && m.street < len(comp.Streets) {
		street = comp.Streets[m.street].ID
	}
	if m.judge >= 0 && m.judge < len(comp.Judges) {
		judge = comp.Judges[m.judge].ID
	}
	return street, judge
}

// keep makes a change off the UI goroutine: the server keeps the links
// and the console's decisions in a file beside the competition, and shows
// the change once it is written.
func (m Model) keep(change func() error) tea.Cmd {
	return func() tea.Msg { return keptMsg{change()} }
}

// writeSheet writes the printable QR sheet, off the UI goroutine.
func (m Model) writeSheet() tea.Cmd {
	srv, path := m.opts.Server, m.opts.SheetPath
	return func() tea.Msg {
		urls := srv.BaseURLs()
		if len(urls) == 0 {
			return sheetMsg{path: path, err: os.ErrNotExist}
		}
		b, err := srv.Sheet(urls[0])
		if err == nil {
			err = os.WriteFile(path, b, 0o600)
		}
		return sheetMsg{path: path, err: err}
	}
}
