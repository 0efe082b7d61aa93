// Package projector is the full-screen ranking shown on a meeting room's
// projector: the top three in large block digits, the rest as a large list
// that pages by itself, a reveal mode from last place up to first, a hold
// screen while staff check the scores, and live reloading when the
// competition file (or its entry journal) changes on disk.
//
// The projector never writes any file. Update does no I/O: loading and
// watching run in tea.Cmds.
package projector

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/round"
	"liangsaibi/data/watch"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Options configure the projector.
type Options struct {
	Lang i18n.Lang
	// Path is the competition file to watch; "" shows the embedded demo and
	// watches nothing.
	Path string
	// Encoding of Path: "" (UTF-8) or "gb18030", as data.Options.Encoding.
	Encoding string
	// Load reads the competition once, in a tea.Cmd at start. Nil follows
	// Path through the round owner in follow-only mode (the file and the
	// entry journal, live), or shows the demo when Path is "".
	Load func() (*scoring.Competition, error)
	// Watch tunes following Path (PollOnly: a share without change events).
	Watch watch.Options
	// Comp, when set, is shown at once without waiting for the first load.
	Comp *scoring.Competition
	// PageSeconds between automatic page turns; 0 means 8, negative never.
	PageSeconds int
	// Reveal starts with every result hidden, to be revealed one by one.
	Reveal bool
	// Hold starts on the "成绩核对中" screen.
	Hold  bool
	Theme Theme
	// Embedded is set by the dashboard: esc then sends ExitMsg instead of
	// doing nothing.
	Embedded bool
}

// defaultPageSeconds is the automatic paging interval when none is given.
const defaultPageSeconds = 8

// Model is the projector's state. It is a tea.Model.
type Model struct {
	opts     Options
	load     func() (*scoring.Competition, error)
	pageWait time.Duration // 0: no automatic paging
	now      func() time.Time

	width, height int
	theme         Theme
	sty           styles

	st       *scoring.Standings // last good standings; nil before the first
	sum      *summary           // widths and rank groups of st
	loadedAt time.Time          // when st was loaded (zero for Options.Comp)
	firstErr []string           // why the first load failed (no standings yet)
	stale    bool               // the latest reload failed; st is older
	loadSeq  int                // sequence of the latest load started
	applied  int                // sequence of the latest load applied

	held      bool
	revealing bool
	revealed  int // rank groups revealed, counted from last place
	page      int
	pageGen   int // generation of the automatic paging timer

	round    *round.Round // followed (Path without Load); nil before it opens
	sub      *round.Sub
	watchErr string
	warn     []string // about the writer's journal: damaged, or entries skipped
	info     []string // scores counted from the journal, not yet saved into the file
}

// New makes a projector model; the first load starts with Init.
func New(opts Options) Model {
	m := Model{
		opts:   opts,
		load:   opts.Load,
		now:    time.Now,
		width:  120,
		height: 35,
		theme:  opts.Theme,
		sty:    newStyles(opts.Theme),
		held:   opts.Hold,
	}
	if m.load == nil && opts.Comp == nil && opts.Path == "" {
		m.load = defaultLoader()
	}
	m.loadSeq = 1 // Init starts load 1
	switch {
	case opts.PageSeconds == 0:
		m.pageWait = defaultPageSeconds * time.Second
	case opts.PageSeconds > 0:
		m.pageWait = time.Duration(opts.PageSeconds) * time.Second
	}
	if opts.Comp != nil {
		m.st = scoring.Compute(opts.Comp)
		m.sum = summarize(m.st, opts.Lang)
	}
	if opts.Reveal {
		m.startReveal()
	}
	return m
}

// Init loads the competition, starts watching the file and the paging timer.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.loadCmd(1), m.pageTick()}
	if m.following() {
		cmds = append(cmds, followCmd(m.opts))
	}
	return tea.Batch(cmds...)
}

// Run shows the projector full screen until the user quits.
func Run(opts Options) error {
	final, err := tea.NewProgram(New(opts)).Run()
	if fm, ok := final.(Model); ok {
		fm.Close()
	}
	return err
}

// following reports a projector that follows its file live.
func (m Model) following() bool { return m.opts.Path != "" && m.opts.Load == nil }

// Close stops following the file. The dashboard calls it when it drops the
// model without going through a key that closes it.
func (m Model) Close() {
	if m.round != nil {
		m.round.Close()
	}
}

// Standings are the standings on screen (nil before the first good load).
func (m Model) Standings() *scoring.Standings { return m.st }

// Stale reports whether the latest reload failed and older results show.
func (m Model) Stale() bool { return m.stale }
