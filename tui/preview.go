package tui

// The preview: while the round opens, the rankings of the last load of the
// same file (data/framecache) are shown read-only, drawn by the same views,
// with the loading line in the status bar. The real state replaces them
// when the load ends; a failed load shows the error screen. No key acts on
// them but moving the cursor and quitting.

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/framecache"
	"liangsaibi/scoring"
	"liangsaibi/trend"
)

// previewMsg carries the cached standings of the file (nil on a miss)
// and the file's key (keyed: taken), which the load then gets.
type previewMsg struct {
	st    *scoring.Standings
	key   framecache.Key
	keyed bool
}

// previewCmd takes the file's key and looks it up, off the UI goroutine
// and before the load starts: the key is of the bytes the load will read
// (framecache.File.Store checks they did not change), and the first frame
// does not share the cores with the load's parsing.
func previewCmd(f *framecache.File) tea.Cmd {
	return safeCmd(func() tea.Msg {
		k, err := f.Key()
		if err != nil {
			return previewMsg{}
		}
		st, _ := f.Lookup(k)
		return previewMsg{st: st, key: k, keyed: true}
	}, func(error) tea.Msg { return previewMsg{} })
}

// afterFirstFrame is how long work that can wait (storing, the finders)
// lets the first frame of the loaded state be drawn before it takes a core.
const afterFirstFrame = 100 * time.Millisecond

// storeFrameCmd keeps the standings just loaded for the next start.
// Failing to is nothing to tell: the cache only saves time.
func storeFrameCmd(f *framecache.File, k framecache.Key, st *scoring.Standings) tea.Cmd {
	return safeCmd(func() tea.Msg {
		time.Sleep(afterFirstFrame)
		if !f.Has(k) {
			_ = f.Store(k, st)
		}
		return nil
	}, func(error) tea.Msg { return nil })
}

// storeAfterLoad is storeFrameCmd for what a load showed, when it may be
// kept: the rankings shown are the standings themselves (no review rule
// hides or counts anything, no seal is announced).
func (m *Model) storeAfterLoad(msg loadedMsg) tea.Cmd {
	if m.opts.Frame == nil || !msg.keyed || msg.st == nil ||
		msg.comp.Rules.Review != scoring.ReviewNone || m.entry.book().Sealed() {
		return nil
	}
	return storeFrameCmd(m.opts.Frame, msg.key, msg.st)
}

// showPreview shows cached standings while the load goes on.
func (m *Model) showPreview(st *scoring.Standings) tea.Cmd {
	if m.phase != phaseLoading || st == nil {
		return nil
	}
	e := extra{jlines: &judgeLinesCache{}} // no judges' figures: no scores
	if trend.Has(st.Comp) {
		e.trendBase = trend.NewBase(st.Comp)
		e.trend = e.trendBase.Compute(st, trendTop)
	}
	m.comp, m.st = st.Comp, st
	m.d = &derived{shape: newShape(st, shapeKeyOf(st.Comp)), belowByItem: belowByItem(st), extra: e}
	m.phase = phasePreview
	m.rankings.refilter(m.ctx(), -1)
	if m.showSpinner {
		return nil
	}
	m.showSpinner = true
	return m.spinner.Tick
}

// previewKey: the cursor moves, q quits; anything else waits for the round.
func (m Model) previewKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := &m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Up), key.Matches(msg, k.Down), key.Matches(msg, k.PageUp),
		key.Matches(msg, k.PageDown), key.Matches(msg, k.Home), key.Matches(msg, k.End):
		m.rankings.navigate(m.ctx(), msg)
		return m, nil
	}
	m.setStatus(catalog.T(m.lang, "preview.wait"), false)
	return m, nil
}

// loadingText is the spinner with how much of the file has been read.
func (m Model) loadingText() string {
	if p := m.opts.Progress.percent(); p >= 0 {
		return m.spinner.View() + " " + catalog.T(m.lang, "loading.percent", p)
	}
	return m.spinner.View() + " " + catalog.T(m.lang, "loading")
}
