// Package tui is the full-screen dashboard of a 亮赛比 competition: where
// each street stands and where each falls short of the standards.
//
// One root Model owns the state; each tab is a component in its own file
// that renders its lines for a given width and height. Update does no I/O:
// loading runs in a tea.Cmd.
package tui

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/framecache"
	"liangsaibi/data/watch"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Options configure the dashboard.
type Options struct {
	Lang i18n.Lang
	// Title is the terminal window title; the competition's title when empty.
	Title string
	// Comp, when set, is shown at once without loading.
	Comp *scoring.Competition
	// Load reads the competition. It runs in a tea.Cmd, never in Update.
	// On failure it returns the problems as readable lines (file, line,
	// column and message each) and/or an error; they are shown on an error
	// screen.
	Load func() (*scoring.Competition, []string, error)
	// Session, when set, is the file opened for entering scores (tab 4).
	Session EntrySession
	// OpenSession, when neither Comp nor Session is given, opens the file
	// for entering scores in a tea.Cmd (with a spinner if it takes a
	// while); problems are shown on the error screen like Load's.
	OpenSession func() (EntrySession, []string, error)
	// NewSession, when Session is nil, is called in a tea.Cmd on the first
	// entered score, e.g. to copy the embedded demo to a new file.
	NewSession func() (EntrySession, error)
	// Path is the competition file shown; exports (x) go to its folder, or
	// to the current folder when it is "" (the embedded demo).
	Path string
	// Version is the program's version, written into exports.
	Version string
	// Web, when set, lets key 9 serve the judges' phones and the big screen.
	Web *WebOptions
	// Progress, when set, is filled by OpenSession's load; the loading
	// screen shows the share read.
	Progress *LoadProgress
	// Frame, when set, keeps the rankings of Path's last load: shown at
	// once, read-only, while the file loads (preview.go).
	Frame *framecache.File
}

// spinnerDelay is how long loading may take before a spinner appears.
const spinnerDelay = 150 * time.Millisecond

// Minimum window size; below it the dashboard says so instead of drawing.
const (
	MinWidth  = 80
	MinHeight = 24
)

// ErrNotLoaded is returned by Run when the competition could not be loaded
// and the user left the error screen.
var ErrNotLoaded = errors.New("competition not loaded")

type phase uint8

const (
	phaseLoading phase = iota
	phasePreview       // loading, the cached rankings on screen (preview.go)
	phaseReady
	phaseFailed
)

// Model is the dashboard's root model.
type Model struct {
	opts   Options
	lang   i18n.Lang
	keys   KeyMap
	styles *Styles
	dark   bool

	width, height int

	phase       phase
	spinner     spinner.Model
	showSpinner bool
	problems    []string       // error screen lines
	retry       *watch.Watcher // the error screen's watch on the file (retry.go)
	errScroll   int

	comp *scoring.Competition
	st   *scoring.Standings
	d    *derived

	tab     Tab
	prevTab Tab // where esc in the detail view returns to
	help    help.Model
	status  string

	rankings  rankingsView
	gaps      gapsView
	detail    detailView
	entry     entryView
	compare   compareView
	judges    judgesView
	trendView trendView

	export    exportDialog
	statusErr bool // the status line is an error
	proj      projectorPane
	web       consolePane
	now       func() time.Time // the clock of export names; time.Now when nil
	rv        *reviewUI        // review and seal (review.go)
}

// New is the dashboard for opts. With opts.Comp it is ready at once;
// otherwise Init starts opts.Load.
func New(opts Options) Model {
	m := Model{
		opts:    opts,
		lang:    opts.Lang,
		keys:    NewKeyMap(opts.Lang),
		dark:    true,
		width:   MinWidth,
		height:  MinHeight,
		spinner: spinner.New(spinner.WithSpinner(spinner.Dot)),
		rv:      &reviewUI{},
		help:    help.New(),
	}
	m.setStyles(true)
	m.rankings = newRankingsView()
	m.detail.street = -1
	m.compare.street = [2]int{-1, -1}
	m.entry = newEntryView(opts)
	m.export = newExportDialog()
	m.status = m.entry.startNote()                            // recovered entries, read-only
	m.showSpinner = opts.Comp == nil && opts.Progress.large() // no blank first frame
	if opts.Comp != nil {
		m.setStandings(opts.Comp, scoring.Compute(opts.Comp))
	} else if opts.Load == nil && opts.OpenSession == nil {
		m.phase = phaseFailed
		m.problems = []string{"no competition given"}
	}
	return m
}

// Run shows the dashboard full screen until the user quits.
func Run(opts Options) error {
	final, err := tea.NewProgram(New(opts)).Run()
	if err != nil {
		return err
	}
	if fm, ok := final.(Model); ok && fm.phase == phaseFailed {
		return ErrNotLoaded
	}
	return nil
}

// Init asks for the background colour and starts loading.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	if m.phase == phaseLoading {
		load := loadCmd(m.opts)
		if m.opts.Frame != nil {
			load = previewCmd(m.opts.Frame) // then the load (preview.go)
		}
		cmds = append(cmds, load, tea.Tick(spinnerDelay, func(time.Time) tea.Msg { return showSpinnerMsg{} }))
		if m.showSpinner {
			cmds = append(cmds, m.spinner.Tick)
		}
	}
	cmds = append(cmds, m.entry.startWatch()) // follow changes to the file by others
	return tea.Batch(cmds...)
}

// loadCmd opens the round or loads the file.
func loadCmd(opts Options) tea.Cmd { return loadKeyedCmd(opts, framecache.Key{}, false) }

// loadKeyedCmd is loadCmd with the file's cache key taken before it
// (keyed: taken), under which what it read may be kept.
func loadKeyedCmd(opts Options, key framecache.Key, keyed bool) tea.Cmd {
	return safeCmd(func() tea.Msg {
		var (
			c        *scoring.Competition
			sess     EntrySession
			problems []string
			err      error
		)
		if opts.OpenSession != nil {
			if sess, problems, err = opts.OpenSession(); sess != nil {
				c = sess.State().Comp
			}
		} else {
			c, problems, err = opts.Load()
		}
		if err != nil || len(problems) > 0 || c == nil {
			if err == nil && len(problems) == 0 {
				err = &data.Error{Msg: catalog.M("load.none")}
			}
			return loadedMsg{problems: problems, err: err}
		}
		// The round has scored the file already: scoring it again would
		// delay the first frame of a city by a Compute.
		var st *scoring.Standings
		if sess != nil {
			st = sess.State().Standings()
		}
		if st == nil || st.Comp != c {
			st = scoring.Compute(c)
		}
		// A city's judges' figures take ~0.1 s: here, not in Update.
		e := loadExtra(st)
		return loadedMsg{comp: c, st: st, sess: sess, extra: &e, key: key, keyed: keyed}
	}, func(err error) tea.Msg { return loadedMsg{err: &data.Error{Msg: catalog.M("load.internal"), Err: err}} })
}

// Competition is the competition shown (nil while loading).
func (m Model) Competition() *scoring.Competition { return m.comp }

// Standings are the standings shown (nil while loading).
func (m Model) Standings() *scoring.Standings { return m.st }

// ActiveTab is the tab on screen.
func (m Model) ActiveTab() Tab { return m.tab }

func (m *Model) setStyles(dark bool) {
	m.dark = dark
	m.styles = NewStyles(dark)
	m.help.Styles = m.styles.Help
	m.rankings.restyle(m.styles, dark)
}

// setStandings replaces what is shown and recomputes what every frame
// needs, once, here rather than in View.
func (m *Model) setStandings(c *scoring.Competition, st *scoring.Standings) {
	m.setStandingsWith(c, st, nil)
}

// setStandingsWith is setStandings with the judges' figures and trend
// already worked out for st (nil: worked out here).
func (m *Model) setStandingsWith(c *scoring.Competition, st *scoring.Standings, pre *extra) {
	if st == nil || st.Comp != c {
		st = scoring.Compute(c)
	}
	keep := -1
	if m.st != nil && m.st.Comp != nil && len(m.st.Comp.Streets) == len(c.Streets) {
		keep = m.rankings.selectedStreet(m.ctx())
	}
	m.comp, m.st = c, st
	m.d = newDerived(st, m.d, pre)
	m.phase = phaseReady
	ctx := m.ctx()
	m.rankings.refilter(ctx, keep)
	m.gaps.clamp(ctx)
	m.detail.ensureStreet(ctx)
	m.compare.ensure(ctx)
	if m.proj.open {
		shown, _, _ := m.blinded() // blind review hides from the projector too
		m.proj.model = m.proj.model.Show(shown)
	}
}

// setStatus shows text in the status line, as an error when isErr.
func (m *Model) setStatus(text string, isErr bool) { m.status, m.statusErr = text, isErr }
