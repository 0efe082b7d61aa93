package tui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/export"
	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// exportFormats are the dialog's choices, the registry's: the first is the default.
var exportFormats = export.Formats()

// exportSafeName is a typed name usable as a file name on Windows.
func exportSafeName(name string) string { return export.SafeFileName(name) }

// exportDir is the folder exports go to: the competition file's, or the
// current folder for the embedded demo.
func (m *Model) exportDir() string {
	if m.opts.Path != "" {
		return filepath.Dir(m.opts.Path)
	}
	return "."
}

// exportBase is the proposed name's start: 排名 and the round (or title).
func (m *Model) exportBase() string {
	base := catalog.T(m.lang, "export.base")
	if m.comp == nil {
		return base
	}
	for _, s := range []string{m.comp.Round, m.comp.Title} {
		if s = strings.TrimSpace(display.Sanitize(s)); s != "" {
			return base + "-" + s
		}
	}
	return base
}

func (m *Model) exportOptions() export.Options {
	return export.Options{Lang: m.lang, Version: m.opts.Version, ForPeople: true}
}

// proposeExportCmd finds a free name with a timestamp in dir (it looks at
// the disk, so it runs outside Update).
func proposeExportCmd(dir, base, suffix string, now func() time.Time, lang i18n.Lang) tea.Cmd {
	return func() tea.Msg {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return exportProposedMsg{err: err}
		}
		if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
			if err == nil {
				err = fmt.Errorf("%s is not a folder", abs)
			}
			return exportProposedMsg{err: err}
		}
		abs = writableDir(abs)
		path := export.ProposeName(abs, base, suffix, now(), lang)
		return exportProposedMsg{dir: abs, name: filepath.Base(path)}
	}
}

// writableDir is dir when a file can be written there, else the first of
// the desktop, the home folder and the current folder that can: a file
// opened view-only (a read-only folder, a CD) still exports somewhere.
func writableDir(dir string) string {
	if dirWritable(dir) {
		return dir
	}
	var try []string
	if home, err := os.UserHomeDir(); err == nil {
		try = append(try, filepath.Join(home, "Desktop"), filepath.Join(home, "桌面"), home)
	}
	if wd, err := os.Getwd(); err == nil {
		try = append(try, wd)
	}
	for _, d := range try {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() && dirWritable(d) {
			return d
		}
	}
	return dir // the write says why
}

// dirWritable tries to create a file in dir (permissions alone do not
// tell: root, read-only media, shares); tests replace it.
var dirWritable = func(dir string) bool {
	f, err := os.CreateTemp(dir, ".liangsaibi-probe-*")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return true
}

// writeExportCmd writes st in format f to path, or, when path exists by
// now, to a free name next to it: nothing is ever overwritten.
func writeExportCmd(st *scoring.Standings, f export.Format, path string, opts export.Options) tea.Cmd {
	return safeCmd(func() tea.Msg {
		final := export.FreeName(path)
		if err := store.WriteFileStream(final, 0o644, func(w io.Writer) error { return f.Write(w, st, opts) }); err != nil {
			return exportWrittenMsg{wanted: path, err: err}
		}
		return exportWrittenMsg{wanted: path, path: final}
	}, func(err error) tea.Msg { return exportWrittenMsg{wanted: path, err: err} })
}

// startExport is `x`: it asks for a proposed name; the dialog opens when
// the answer comes.
func (m Model) startExport() (tea.Model, tea.Cmd) {
	if n := m.hiddenScores(); n > 0 { // review_blind.go: an export would show them
		m.setStatus(et(m.lang, "review.blind.refused", n), true)
		return m, nil
	}
	now := m.now
	if now == nil {
		now = time.Now
	}
	return m, proposeExportCmd(m.exportDir(), m.exportBase(), exportFormats[m.export.format].Suffix(), now, m.lang)
}

// pendingExport is an export asked for while scores typed before it were
// still being committed: it is written once they are in the standings.
type pendingExport struct {
	format export.Format
	path   string
}

// commitsPending reports scores typed but not yet in the standings.
func (v *entryView) commitsPending() bool {
	if v.opening || v.inFlight != nil && v.inFlight.kind == opCommit {
		return true
	}
	for _, op := range v.queue {
		if op.kind == opCommit {
			return true
		}
	}
	return false
}

// exportWhenCommitted writes the pending export once no score is waiting.
func (m Model) exportWhenCommitted() (Model, tea.Cmd) {
	p := m.export.pending
	if p == nil || m.entry.commitsPending() {
		return m, nil
	}
	m.export.pending = nil
	return m, writeExportCmd(m.st, p.format, p.path, m.exportOptions())
}

// updateExportResult handles the answers of the export's Cmds.
func (m Model) updateExportResult(msg tea.Msg) Model {
	switch msg := msg.(type) {
	case exportProposedMsg:
		if msg.err != nil {
			m.setStatus(catalog.T(m.lang, "export.nodir", display.Sanitize(data.ErrorText(msg.err, m.lang))), true)
			return m
		}
		if m.phase == phaseReady {
			m.export.show(msg.dir, msg.name)
			m.export.input.SetWidth(exportInputWidth(m.lang, m.width))
		}
	case exportWrittenMsg:
		switch {
		case msg.err != nil:
			m.setStatus(catalog.T(m.lang, "export.failed", ioErrorText(m.lang, msg.err)), true)
		case msg.path != msg.wanted:
			m.setStatus(catalog.T(m.lang, "export.renamed",
				display.Sanitize(filepath.Base(msg.wanted)), display.Sanitize(msg.path)), false)
		default:
			m.setStatus(catalog.T(m.lang, "export.done", display.Sanitize(msg.path)), false)
		}
	}
	return m
}
