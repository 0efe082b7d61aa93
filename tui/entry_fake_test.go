package tui

import (
	"errors"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// fakeSession is an EntrySession in memory that records every call.
type fakeSession struct {
	mu        sync.Mutex
	comp      *scoring.Competition
	commits   []cellCommit
	saves     int
	unsaved   int
	commitErr error
	saveErr   error
	info      sessionInfo
}

type cellCommit struct {
	ref cellRef
	val scoring.Slot
}

// State describes the fake the way a round would.
func (f *fakeSession) State() *round.State {
	f.mu.Lock()
	defer f.mu.Unlock()
	st := &round.State{Comp: f.comp, Path: f.info.path, Recovered: f.info.recovered}
	if f.info.readOnly {
		st.Mode, st.Holder = round.Follower, store.Holder{Operator: f.info.holder}
	}
	return st
}

func (f *fakeSession) Subscribe() *round.Sub                     { return nil }
func (f *fakeSession) TakeOver() error                           { return nil }
func (f *fakeSession) Operator() string                          { return "测试员" }
func (f *fakeSession) Resolve(data.Conflict, bool, string) error { return nil }
func (f *fakeSession) Overwrite() error                          { return nil }

// Do applies Sets; the fake keeps no history (undo and redo are the
// round's: see entry_round_test.go), so they apply nothing.
func (f *fakeSession) Do(ops ...round.Op) (round.Ack, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.commitErr != nil {
		return round.Ack{}, f.commitErr
	}
	var applied []round.Op
	for _, o := range ops {
		if o.Kind != round.Set || o.Operator == "" {
			continue
		}
		f.comp = f.comp.WithSlot(o.Street, o.Item, o.Slot, o.Value)
		f.commits = append(f.commits, cellCommit{cellRef{o.Street, o.Item, o.Slot}, o.Value})
		applied = append(applied, o)
		f.unsaved++
	}
	return round.Ack{State: &round.State{Comp: f.comp, Unsaved: f.unsaved}, Applied: applied}, nil
}

func (f *fakeSession) Save() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.saveErr != nil {
		return f.saveErr
	}
	f.saves++
	f.unsaved = 0
	return nil
}

var errDiskFull = errors.New("write journal: no space left on device")

// entryHarness drives a dashboard on the entry tab, running the Cmds it
// returns the way Bubble Tea would (timers excepted: they are dropped).
type entryHarness struct {
	t     testing.TB
	m     Model
	sess  *fakeSession
	held  []tea.Msg // results not fed back yet (to test queueing)
	hold  bool
	quit  bool
	width int
}

func newEntryHarness(t testing.TB, w, h int) *entryHarness {
	c := testComp()
	sess := &fakeSession{comp: c}
	m := New(Options{Comp: c, Session: sess})
	hs := &entryHarness{t: t, sess: sess, width: w}
	hs.m = hs.feed(m, tea.WindowSizeMsg{Width: w, Height: h})
	hs.m.tab = TabEntry
	return hs
}

// feed runs one message through Update and its Cmds to completion.
func (hs *entryHarness) feed(m Model, msg tea.Msg) Model {
	next, cmd := m.Update(msg)
	m = next.(Model)
	for _, out := range hs.run(cmd) {
		if _, ok := out.(tea.QuitMsg); ok {
			hs.quit = true
			continue
		}
		if _, ok := out.(entryMsg); ok && hs.hold {
			hs.held = append(hs.held, out)
			continue
		}
		m = hs.feed(m, out)
	}
	return m
}

// run executes a Cmd (and batches), dropping anything slower than a moment.
func (hs *entryHarness) run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(2 * time.Second):
		return nil
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, hs.run(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// release feeds the held Cmd results back, oldest first.
func (hs *entryHarness) release() {
	held := hs.held
	hs.held, hs.hold = nil, false
	for _, msg := range held {
		hs.m = hs.feed(hs.m, msg)
	}
}

// keys presses keys written as Bubble Tea names them; "type:TEXT" types text.
func (hs *entryHarness) keys(names ...string) {
	for _, n := range names {
		hs.m = hs.feed(hs.m, entryKey(n))
	}
}

func (hs *entryHarness) typeText(s string) {
	for _, r := range s {
		hs.m = hs.feed(hs.m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func entryKey(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "delete":
		return tea.KeyPressMsg{Code: tea.KeyDelete}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "ctrl+z", "ctrl+r", "ctrl+y", "ctrl+c":
		return tea.KeyPressMsg{Code: rune(name[5]), Mod: tea.ModCtrl}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// screen is the frame without colours.
func (hs *entryHarness) screen() string { return ansi.Strip(hs.m.View().Content) }

// slot is the committed value of a cell in the dashboard.
func (hs *entryHarness) slot(street, item, slot int) scoring.Slot {
	return hs.m.Competition().Scores[street][item][slot]
}

func tea_size(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
