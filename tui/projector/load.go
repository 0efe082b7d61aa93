package projector

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// defaultLoader reads the embedded demo.
func defaultLoader() func() (*scoring.Competition, error) {
	return func() (*scoring.Competition, error) {
		doc, err := data.Demo()
		if err != nil {
			return nil, err
		}
		return doc.Comp, nil
	}
}

// loadCmd runs the loader and computes the standings outside Update.
func (m Model) loadCmd(seq int) tea.Cmd {
	load, lang, now := m.load, m.opts.Lang, m.now
	if load == nil {
		return nil
	}
	return func() tea.Msg {
		comp, err := safeLoad(load)
		if err == nil && comp == nil {
			err = &data.Error{Msg: catalog.M("load.none")}
		}
		if err != nil {
			return loadedMsg{seq: seq, errs: data.ErrorLines(err, lang), at: now()}
		}
		st := scoring.Compute(comp)
		return loadedMsg{seq: seq, st: st, sum: summarize(st, lang), at: now()}
	}
}

// safeLoad turns a panic in the loader into an error: a bad file must
// never take the projector down.
func safeLoad(load func() (*scoring.Competition, error)) (comp *scoring.Competition, err error) {
	defer func() {
		if r := recover(); r != nil {
			comp, err = nil, &data.Error{Msg: catalog.M("load.internal"), Err: fmt.Errorf("%v", r)}
		}
	}()
	return load()
}
