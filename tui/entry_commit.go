package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// Saving the file: after this long without a commit, and every
// saveEvery commits.
const (
	saveIdle  = 2 * time.Second
	saveEvery = 5
)

type opKind uint8

const (
	opCommit opKind = iota
	opSave
)

// undoKind says where a commit came from, for the undo and redo stacks.
type undoKind uint8

const (
	typed undoKind = iota
	undone
	redone
)

// entryOp is one piece of session I/O. They run one at a time, in order,
// so the journal holds the commits in the order they were typed.
type entryOp struct {
	kind     opKind
	ref      cellRef
	val, old scoring.Slot
	from     undoKind
	quit     bool // a save that ends the program
}

// edit is one step of the undo history.
type edit struct {
	ref      cellRef
	old, new scoring.Slot
}

// busy reports session I/O running or waiting.
func (v *entryView) busy() bool { return v.inFlight != nil || v.opening || len(v.queue) > 0 }

// pendingOf is the newest value typed for ref that is not committed yet.
func (v *entryView) pendingOf(ref cellRef) (scoring.Slot, bool) {
	for i := len(v.queue) - 1; i >= 0; i-- {
		if op := v.queue[i]; op.kind == opCommit && op.ref == ref {
			return op.val, true
		}
	}
	if op := v.inFlight; op != nil && op.kind == opCommit && op.ref == ref {
		return op.val, true
	}
	return scoring.Slot{}, false
}

// enqueueCommit queues ref := val and records it for undo.
func (v *entryView) enqueueCommit(c *viewCtx, ref cellRef, val scoring.Slot, from undoKind) tea.Cmd {
	old := v.slotOf(c, ref)
	if old == val {
		return nil
	}
	switch from {
	case typed:
		v.undo = append(v.undo, edit{ref: ref, old: old, new: val})
		v.redo = v.redo[:0]
	}
	v.queue = append(v.queue, entryOp{kind: opCommit, ref: ref, val: val, old: old, from: from})
	v.say(et(c.lang, "entry.pending", v.cellText(c, ref, val)), false)
	return v.pump(c)
}

// enqueueSave queues one save (merged with a save already waiting).
func (v *entryView) enqueueSave(c *viewCtx, quit bool) tea.Cmd {
	for i := range v.queue {
		if v.queue[i].kind == opSave {
			v.queue[i].quit = v.queue[i].quit || quit
			return v.pump(c)
		}
	}
	v.queue = append(v.queue, entryOp{kind: opSave, quit: quit})
	return v.pump(c)
}

// pump starts the next queued op when none is running.
func (v *entryView) pump(c *viewCtx) tea.Cmd {
	if v.inFlight != nil || v.opening || len(v.queue) == 0 {
		return nil
	}
	op := v.queue[0]
	if v.sess == nil {
		if op.kind != opCommit {
			v.queue = v.queue[1:]
			if op.quit {
				return tea.Quit
			}
			return v.pump(c)
		}
		if v.newSession == nil {
			v.queue = v.queue[:0]
			v.say(et(c.lang, "entry.nosession"), true)
			return nil
		}
		v.opening = true
		return openSessionCmd(v.newSession)
	}
	v.queue = v.queue[1:]
	v.inFlight = &op
	switch op.kind {
	case opSave:
		return saveCmd(v.sess, op.quit)
	}
	return commitCmd(v.sess, op, c.st)
}

func openSessionCmd(open func() (EntrySession, error)) tea.Cmd {
	return safeCmd(func() tea.Msg {
		s, err := open()
		return entryOpenedMsg{sess: s, err: err}
	}, func(err error) tea.Msg { return entryOpenedMsg{err: err} })
}

// commitCmd journals one slot and computes the new standings off the UI
// thread: only the changed street is scored again when st is current.
func commitCmd(s EntrySession, op entryOp, st *scoring.Standings) tea.Cmd {
	return safeCmd(func() tea.Msg {
		before := s.State().Comp
		c2, err := s.Commit(op.ref.street, op.ref.item, op.ref.slot, op.val)
		if err != nil {
			return entryCommittedMsg{op: op, err: err}
		}
		var st2 *scoring.Standings
		if st != nil && st.Comp == before {
			st2 = st.Rescore(c2, op.ref.street)
		} else {
			st2 = scoring.Compute(c2)
		}
		return entryCommittedMsg{op: op, comp: c2, st: st2}
	}, func(err error) tea.Msg { return entryCommittedMsg{op: op, err: err} })
}

func saveCmd(s EntrySession, quit bool) tea.Cmd {
	return safeCmd(func() tea.Msg {
		err := s.Save()
		return entrySavedMsg{quit: quit, err: err}
	}, func(err error) tea.Msg { return entrySavedMsg{quit: quit, err: err} })
}

// idleCmd is the autosave timer; tests replace tick to fire it by hand.
func (v *entryView) idleCmd(gen int) tea.Cmd {
	tick := v.tick
	if tick == nil {
		tick = tea.Tick
	}
	return tick(saveIdle, func(time.Time) tea.Msg { return entryIdleMsg{gen: gen} })
}

// updateEntry handles the results of the entry view's Cmds.
func (m Model) updateEntry(msg entryMsg) (tea.Model, tea.Cmd) {
	v := &m.entry
	if m.phase != phaseReady {
		return m, nil
	}
	c := m.ctx()
	switch msg := msg.(type) {
	case entryOpenedMsg:
		v.opening = false
		if msg.err != nil {
			v.queue = v.queue[:0]
			v.failed(&m, et(m.lang, "entry.err.demo", ioErrorText(m.lang, msg.err)))
			return m, nil
		}
		v.sess = msg.sess
		v.info = infoOf(msg.sess.State(), m.lang)
		cmds := []tea.Cmd{v.startWatch()}
		v.copiedTo = v.info.path
		v.say(et(m.lang, "entry.democopy", v.info.path), false)
		m.status = v.note
		return m, tea.Batch(append(cmds, v.pump(c))...)

	case entryCommittedMsg:
		v.inFlight = nil
		if msg.err != nil {
			if msg.op.from == typed {
				v.dropUndo(msg.op)
			}
			v.failed(&m, et(m.lang, "entry.err.commit", ioErrorText(m.lang, msg.err)))
			return m, v.pump(c)
		}
		m.setStandings(msg.comp, msg.st)
		c = m.ctx()
		v.unsaved++
		v.sinceSave++
		key := "entry.saved"
		switch msg.op.from {
		case undone:
			key = "entry.undone"
		case redone:
			key = "entry.redone"
		}
		if v.inFlight == nil && len(v.queue) == 0 {
			v.say(et(m.lang, key, v.cellText(c, msg.op.ref, msg.op.val)), false)
		}
		v.idleGen++
		cmds := []tea.Cmd{v.idleCmd(v.idleGen)}
		if v.sinceSave >= saveEvery {
			cmds = append(cmds, v.enqueueSave(c, false))
		}
		cmds = append(cmds, v.pump(c))
		return m, tea.Batch(cmds...)

	case entrySavedMsg:
		v.inFlight = nil
		if msg.err != nil {
			text := saveErrorText(m.lang, msg.err)
			v.saveErr = text
			v.failed(&m, text)
			if msg.quit {
				v.quitting, v.quitArmed = false, true
				v.say(et(m.lang, "entry.err.quit"), true)
				m.status = v.note
			}
			return m, v.pump(c)
		}
		v.unsaved, v.sinceSave, v.saveErr = 0, 0, ""
		if msg.quit {
			return m, tea.Quit
		}
		// The status keeps "已保存：…": a score is safe once it is in the
		// journal, so the file's rewrite is not news.
		return m, v.pump(c)

	case entryIdleMsg:
		if msg.gen == v.idleGen && v.unsaved > 0 && v.sess != nil {
			return m, v.enqueueSave(c, false)
		}
	case entryEventMsg, entryTookOverMsg:
		cmd := m.updateWatch(msg)
		return m, cmd
	}
	return m, nil
}

// saveErrorText is the message of a failed save: the scores stay in
// the journal.
func saveErrorText(lang i18n.Lang, err error) string {
	return et(lang, "entry.err.save", ioErrorText(lang, err))
}

// failed shows an error in the entry view and, from another tab, in the status line.
func (v *entryView) failed(m *Model, text string) {
	v.say(text, true)
	m.status = text
}

// dropUndo forgets the undo step of a commit that failed.
func (v *entryView) dropUndo(op entryOp) {
	for i := len(v.undo) - 1; i >= 0; i-- {
		if e := v.undo[i]; e.ref == op.ref && e.new == op.val {
			v.undo = append(v.undo[:i], v.undo[i+1:]...)
			return
		}
	}
}

// quit saves pending scores before quitting (q, ctrl+c). When saving
// fails the program stays, saying so; a second q quits anyway, since
// the journal holds every committed score.
func (m Model) quit() (tea.Model, tea.Cmd) {
	v := &m.entry
	if v.quitArmed || v.quitting || m.phase != phaseReady || (v.unsaved == 0 && !v.busy()) {
		return m, tea.Quit
	}
	v.quitting = true
	v.editing, v.picking = false, false
	v.say(et(m.lang, "entry.saving"), false)
	m.status = v.note
	return m, v.enqueueSave(m.ctx(), true)
}

// undoStep re-commits the value before the last edit.
func (v *entryView) undoStep(c *viewCtx) tea.Cmd {
	if len(v.undo) == 0 {
		v.say(et(c.lang, "entry.nothingundo"), false)
		return nil
	}
	e := v.undo[len(v.undo)-1]
	v.undo = v.undo[:len(v.undo)-1]
	v.redo = append(v.redo, e)
	v.show(c, e.ref)
	return v.enqueueCommit(c, e.ref, e.old, undone)
}

// redoStep re-commits the value an undo took back.
func (v *entryView) redoStep(c *viewCtx) tea.Cmd {
	if len(v.redo) == 0 {
		v.say(et(c.lang, "entry.nothingredo"), false)
		return nil
	}
	e := v.redo[len(v.redo)-1]
	v.redo = v.redo[:len(v.redo)-1]
	v.undo = append(v.undo, e)
	v.show(c, e.ref)
	return v.enqueueCommit(c, e.ref, e.new, redone)
}
