package tui

import (
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data/round"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// The entry view keeps no history and no autosave of its own: undo and
// redo are ops the round resolves per operator, and the round saves the
// file (after a quiet moment or every few commits). The view only queues
// what the operator does and shows what the round says.

type opKind uint8

const (
	opCommit opKind = iota // ref := val
	opUndo                 // take back this operator's last score
	opRedo                 // put back what the last undo took
	opSave                 // write the file now (quitting)
)

// entryOp is one request to the round. They run one at a time, in order,
// so the journal holds the commits in the order they were typed.
type entryOp struct {
	kind opKind
	ref  cellRef
	val  scoring.Slot
	quit bool // a save that ends the program
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

// enqueueCommit queues ref := val.
func (v *entryView) enqueueCommit(c *viewCtx, ref cellRef, val scoring.Slot) tea.Cmd {
	if v.slotOf(c, ref) == val {
		return nil
	}
	v.queue = append(v.queue, entryOp{kind: opCommit, ref: ref, val: val})
	v.say(et(c.lang, "entry.pending", v.cellText(c, ref, val)), false)
	return v.pump(c)
}

// enqueue queues an undo, a redo or a save (a save merged with one
// already waiting).
func (v *entryView) enqueue(c *viewCtx, op entryOp) tea.Cmd {
	if op.kind == opSave {
		for i := range v.queue {
			if v.queue[i].kind == opSave {
				v.queue[i].quit = v.queue[i].quit || op.quit
				return v.pump(c)
			}
		}
	}
	v.queue = append(v.queue, op)
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
	if op.kind == opSave {
		return saveCmd(v.sess, op.quit)
	}
	return doCmd(v.sess, op, c.st)
}

func openSessionCmd(open func() (EntrySession, error)) tea.Cmd {
	return safeCmd(func() tea.Msg {
		s, err := open()
		return entryOpenedMsg{sess: s, err: err}
	}, func(err error) tea.Msg { return entryOpenedMsg{err: err} })
}

// roundOp is what op asks of the round, as this process's operator at
// the keyboard.
func roundOp(s EntrySession, op entryOp) round.Op {
	o := round.Op{Kind: round.Set, Street: op.ref.street, Item: op.ref.item, Slot: op.ref.slot,
		Value: op.val, Operator: s.Operator(), Source: round.Source{Kind: round.Keyboard}}
	switch op.kind {
	case opUndo:
		o = round.Op{Kind: round.Undo, Operator: o.Operator, Source: o.Source}
	case opRedo:
		o = round.Op{Kind: round.Redo, Operator: o.Operator, Source: o.Source}
	}
	return o
}

// doCmd sends one op to the round and takes the standings it published;
// st (the view's) is scored again only when the round sent none.
func doCmd(s EntrySession, op entryOp, st *scoring.Standings) tea.Cmd {
	return safeCmd(func() tea.Msg {
		before := s.State().Comp
		ack, err := s.Do(roundOp(s, op))
		if err != nil {
			return entryCommittedMsg{op: op, err: err}
		}
		if len(ack.Applied) == 0 || ack.State == nil {
			return entryCommittedMsg{op: op, none: true}
		}
		last := ack.Applied[len(ack.Applied)-1]
		out := entryCommittedMsg{op: op, ref: cellRef{last.Street, last.Item, last.Slot}, val: last.Value,
			comp: ack.State.Comp, st: ack.State.Standings(), unsaved: ack.State.Unsaved}
		if out.st == nil || out.st.Comp != out.comp {
			if st != nil && st.Comp == before && len(ack.Applied) == 1 {
				out.st = st.Rescore(out.comp, last.Street)
			} else {
				out.st = scoring.Compute(out.comp)
			}
		}
		return out
	}, func(err error) tea.Msg { return entryCommittedMsg{op: op, err: err} })
}

func saveCmd(s EntrySession, quit bool) tea.Cmd {
	return safeCmd(func() tea.Msg {
		err := s.Save()
		return entrySavedMsg{quit: quit, err: err}
	}, func(err error) tea.Msg { return entrySavedMsg{quit: quit, err: err} })
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
		switch {
		case msg.err != nil:
			v.failed(&m, et(m.lang, "entry.err.commit", ioErrorText(m.lang, msg.err)))
			return m, v.pump(c)
		case msg.none && msg.op.kind == opUndo:
			v.say(et(m.lang, "entry.nothingundo"), false)
			return m, v.pump(c)
		case msg.none && msg.op.kind == opRedo:
			v.say(et(m.lang, "entry.nothingredo"), false)
			return m, v.pump(c)
		case msg.none:
			return m, v.pump(c)
		}
		m.setStandings(msg.comp, msg.st)
		c = m.ctx()
		v.unsaved = msg.unsaved
		key := "entry.saved"
		switch msg.op.kind {
		case opUndo:
			key = "entry.undone"
			v.show(c, msg.ref)
		case opRedo:
			key = "entry.redone"
			v.show(c, msg.ref)
		}
		if v.inFlight == nil && len(v.queue) == 0 {
			v.say(et(m.lang, key, v.cellText(c, msg.ref, msg.val)), false)
		}
		return m, v.pump(c)

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
		v.unsaved, v.saveErr = 0, ""
		if msg.quit {
			return m, tea.Quit
		}
		// The status keeps "已保存：…": a score is safe once it is in the
		// journal, so the file's rewrite is not news.
		return m, v.pump(c)

	case entryEventMsg, entryTookOverMsg, entrySettledMsg:
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
	return m, v.enqueue(m.ctx(), entryOp{kind: opSave, quit: true})
}
