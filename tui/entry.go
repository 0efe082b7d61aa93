package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/display"
	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// EntrySession is the file opened for entering scores (tab 4, 录入).
// *data.Session satisfies it; tests use a fake. Its methods do I/O: the
// entry view calls them only inside tea.Cmds, one at a time.
type EntrySession interface {
	// State is the round as last published (no I/O).
	State() *round.State
	// Operator is who enters at this process (--operator).
	Operator() string
	// Do applies ops (a score, an undo or redo of this operator's) as one
	// group commit: on disk when it returns.
	Do(ops ...round.Op) (round.Ack, error)
	// Save writes every committed score into the file atomically.
	Save() error
	// Subscribe follows the round's changes (nil: nothing to follow).
	Subscribe() *round.Sub
	// TakeOver makes a follower the writer once the writer has gone.
	TakeOver() error
	// Resolve settles a slot changed both here and in the file.
	Resolve(c data.Conflict, keepMine bool, operator string) error
	// Overwrite writes the state shown over a file that became invalid.
	Overwrite() error
}

var _ EntrySession = (*round.Round)(nil)

// et is a message of the catalog in lang, for the entry view.
func et(lang i18n.Lang, key string, args ...any) string { return catalog.T(lang, key, args...) }

// entryView is tab 4, 录入 Entry: scores typed into a grid, by street or
// by judge. Every commit goes through the session in a Cmd, one at a time.
type entryView struct {
	sess       EntrySession
	newSession func() (EntrySession, error)
	info       sessionInfo
	lang       i18n.Lang

	layout    entryLayout
	street    int // the street shown by street
	judge     int // the judge shown by judge
	row, col  int // the selected cell
	wantCol   int // the column up and down keep to
	top, left int // first row and column on screen
	editing   bool
	input     textinput.Model
	picking   bool
	pickSel   int
	pickQuery string // typed to find a street or judge (data/match)
	pickTop   int
	note      string // the view's message line
	noteErr   bool
	judged    []int // judged items in category order (cache)
	judgedOf  *scoring.Competition
	queue     []entryOp // session I/O waiting, in typing order
	inFlight  *entryOp
	opening   bool   // the demo copy is being made
	unsaved   int    // commits not yet written into the file
	saveErr   string // the last save failed: shown until one succeeds
	copiedTo  string // the new file the demo's scores go to
	quitting  bool
	quitArmed bool       // saving on quit failed: q again quits
	sub       *round.Sub // the round's events; nil until subscribed
	// waitEvent waits for the round's next event in a Cmd (nextEvent);
	// tests replace it and hand events over themselves.
	waitEvent func(*round.Sub) tea.Cmd
	settle    settlePanel

	from    Tab  // the view the operator came from: Esc with nothing typed goes back there
	done    bool // Enter or r left the sheet's last cell and none is empty: digits wait for a move
	missing missingList

	reviewList  reviewList // review_list.go
	reviewCache reviewUI   // the 待复核 list's cache
	returning   returnAsk  // the reason for sending a score back (review_return.go)
}

func newEntryView(opts Options) entryView {
	ti := textinput.New()
	ti.Prompt = ""
	ti.CharLimit = 24
	st := textinput.DefaultStyles(true)
	st.Cursor.Blink = false
	ti.SetStyles(st)
	v := entryView{newSession: opts.NewSession, input: ti, lang: opts.Lang}
	v.returning.input = newTextInput()
	if opts.Session != nil {
		v.attach(opts.Session)
	}
	return v
}

// attach starts entering into an open session and says what it was opened
// with: recovered entries, notes, or that it is read-only.
func (v *entryView) attach(s EntrySession) {
	v.sess = s
	v.sub = s.Subscribe() // followed from Init (or as soon as attached)
	v.info = infoOf(s.State(), v.lang)
	v.unsaved = v.info.recovered
	var notes []string
	if v.info.recovered > 0 {
		notes = append(notes, et(v.lang, "entry.recovered", v.info.recovered))
	}
	notes = append(notes, v.info.notes...)
	v.say(strings.Join(notes, "；"), false)
}

// startNote is what the status line says when the dashboard opens.
func (v *entryView) startNote() string {
	switch {
	case v.info.viewOnly != "":
		return v.info.viewOnly
	case v.info.readOnly:
		return et(v.lang, "entry.readonly", v.info.holder)
	}
	return v.note
}

func (v *entryView) say(text string, isErr bool) { v.note, v.noteErr = text, isErr }

func (v *entryView) capturing() bool {
	return v.editing || v.picking || v.missing.open || v.settle.open || v.reviewList.open || v.returning.open
}

// takesKey reports keys the entry view wants even when not capturing:
// a digit starts typing a score instead of switching tabs.
func (v *entryView) takesKey(msg tea.KeyPressMsg) bool { return startsNumber(msg) }

// startsNumber reports a key that starts typing a score: a digit, a
// decimal point or a minus sign, half- or full-width (an input method's
// ８ or 。), or several of them at once (an input method commits a word).
func startsNumber(msg tea.KeyPressMsg) bool {
	t, bad := scoreText(msg.Text)
	if t == "" || bad != 0 {
		return false
	}
	switch t[0] {
	case '~', '+':
		return false
	}
	return true
}

// scoreText is text typed into a score in the ASCII a score is written
// in: full-width digits ０–９ become 0–9, the full stops ． (U+FF0E) and 。
// (U+3002) and the middle dot become ".", full-width －＋～ become -+~.
// bad is the first character that has no place in a score (a letter, a
// Chinese character, a comma), 0 when there is none. A comma is refused,
// not read as a decimal point: in 8,5 or ８，５ it may as well separate two
// scores, and a score typed wrongly must never be saved.
func scoreText(s string) (out string, bad rune) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r == '.', r == '-', r == '+', r == '~':
		case r >= '０' && r <= '９':
			r = '0' + (r - '０')
		case r == '．', r == '。':
			r = '.'
		case r == '－':
			r = '-'
		case r == '＋':
			r = '+'
		case r == '～':
			r = '~'
		default:
			return b.String(), r
		}
		b.WriteRune(r)
	}
	return b.String(), 0
}

// badCharText says why a typed character was refused.
func badCharText(lang i18n.Lang, r rune) string {
	if r == ',' || r == '，' || r == '、' {
		return et(lang, "entry.bad.comma")
	}
	return et(lang, "entry.bad.char", display.Sanitize(string(r)))
}

// escLeaves reports that Esc goes back to the view the operator came
// from: nothing is typed and no list is open.
func (v *entryView) escLeaves() bool {
	return !v.picking && !v.missing.open && !v.settle.open && !v.reviewList.open && !v.returning.open && (!v.editing || v.input.Value() == "")
}

func (v *entryView) update(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, int) {
	if len(c.comp.Streets) == 0 || len(c.comp.Items) == 0 {
		return nil, -1
	}
	v.clamp(c)
	v.note, v.noteErr = "", false
	switch {
	case v.returning.open: // review_return.go
		return v.updateReturn(c, msg), -1
	case v.editing:
		return v.updateEditing(c, msg), -1
	case v.picking:
		v.updatePicking(c, msg)
		return nil, -1
	case v.missing.open:
		v.updateMissing(c, msg)
		return nil, -1
	case v.settle.open:
		return v.updateSettle(c, msg), -1
	case v.reviewList.open:
		return v.updateReviewList(c, msg), -1
	}
	if cmd, ok := v.reviewKey(c, msg); ok { // review.go
		return cmd, -1
	}
	k := c.keys
	done := v.done
	v.done = false
	switch {
	case startsNumber(msg) && done:
		// The sheet was just finished on its last cell: digits would
		// silently replace that cell's score. Say where to go instead.
		v.done = true
		v.say(v.doneHint(c), true)
	case startsNumber(msg):
		t, _ := scoreText(msg.Text)
		v.startEditing(c, t)
	case key.Matches(msg, c.keys.Commit) && v.info.canTake:
		return takeOverCmd(v.sess), -1
	case key.Matches(msg, c.keys.Commit):
		if ref, ok := v.selected(c); ok {
			v.startEditing(c, slotInput(v.slotOf(c, ref)))
		}
	case key.Matches(msg, c.keys.Erase):
		return v.set(c, scoring.Slot{}), -1
	case key.Matches(msg, c.keys.Recuse):
		ref, ok := v.selected(c)
		if ok && c.comp.Items[ref.item].Kind != scoring.Judged {
			v.say(et(c.lang, "entry.norecuse"), true)
			return nil, -1
		}
		if !ok || v.refuse(c) {
			return v.set(c, scoring.Slot{State: scoring.Recused}), -1 // says why
		}
		gap := v.slotOf(c, ref).State == scoring.Empty
		cmd := v.set(c, scoring.Slot{State: scoring.Recused})
		v.advance(c, gap) // like a typed score: on to the next cell
		return cmd, -1
	case key.Matches(msg, c.keys.Undo):
		if v.refuse(c) {
			return nil, -1
		}
		return v.enqueue(c, entryOp{kind: opUndo}), -1
	case key.Matches(msg, c.keys.Redo):
		if v.refuse(c) {
			return nil, -1
		}
		return v.enqueue(c, entryOp{kind: opRedo}), -1
	case key.Matches(msg, c.keys.Layout):
		v.toggleLayout(c)
	case key.Matches(msg, c.keys.Missing):
		v.openMissing(c, TabEntry)
	case key.Matches(msg, c.keys.Settle):
		v.openSettle(c)
	case key.Matches(msg, c.keys.Pick):
		v.picking, v.pickQuery = true, ""
		v.pickSel = v.street
		if v.layout == byJudge {
			v.pickSel = v.judge
		}
	case key.Matches(msg, k.PrevStreet):
		v.step(c, -1)
	case key.Matches(msg, k.NextStreet):
		v.step(c, 1)
	case key.Matches(msg, k.Up):
		v.move(c, -1, 0)
	case key.Matches(msg, k.Down):
		v.move(c, 1, 0)
	case key.Matches(msg, k.Left):
		v.move(c, 0, -1)
	case key.Matches(msg, k.Right):
		v.move(c, 0, 1)
	case key.Matches(msg, k.PageUp):
		v.move(c, -max(1, c.bodyH/2), 0)
	case key.Matches(msg, k.PageDown):
		v.move(c, max(1, c.bodyH/2), 0)
	case key.Matches(msg, k.Home):
		v.row, v.col, v.wantCol = 0, 0, 0
	case key.Matches(msg, k.End):
		v.row, v.col, v.wantCol = max(0, v.rows(c)-1), 0, 0
	default:
		// An input method's text (a Chinese character, a full-width
		// letter) that is no key: say that only scores are typed here.
		if _, bad := scoreText(msg.Text); bad != 0 && bad > 0x7f {
			v.say(badCharText(c.lang, bad), true)
		}
	}
	v.clamp(c)
	return nil, -1
}

// refuse says why entry is off (read-only), reporting whether it is.
func (v *entryView) refuse(c *viewCtx) bool {
	if v.info.viewOnly != "" {
		v.say(v.info.viewOnly, true)
		return true
	}
	if v.info.canTake {
		v.say(et(c.lang, "entry.cantake", v.info.holder), true)
		return true
	}
	if v.info.readOnly {
		v.say(et(c.lang, "entry.readonly", v.info.holder), true)
		return true
	}
	if v.sess == nil && v.newSession == nil {
		v.say(et(c.lang, "entry.nosession"), true)
		return true
	}
	return false
}

// set commits val into the selected cell.
func (v *entryView) set(c *viewCtx, val scoring.Slot) tea.Cmd {
	ref, ok := v.selected(c)
	if !ok {
		v.say(et(c.lang, "entry.nocell"), true)
		return nil
	}
	if v.refuse(c) {
		return nil
	}
	return v.enqueueCommit(c, ref, val)
}

func (v *entryView) startEditing(c *viewCtx, text string) {
	if _, ok := v.selected(c); !ok {
		v.say(et(c.lang, "entry.nocell"), true)
		return
	}
	if v.refuse(c) {
		return
	}
	v.editing = true
	v.input.SetValue(text)
	v.input.CursorEnd()
	v.input.Focus()
}

func (v *entryView) updateEditing(c *viewCtx, msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, c.keys.Clear):
		v.editing = false
		v.input.Blur()
		return nil
	case key.Matches(msg, c.keys.Commit):
		v.editing = false
		v.input.Blur()
		ref, ok := v.selected(c)
		if !ok {
			return nil
		}
		val, problem := parseEntry(c.lang, &c.comp.Items[ref.item], v.input.Value())
		if problem != "" {
			v.say(problem+et(c.lang, "entry.bad.kept"), true)
			return nil
		}
		gap := v.slotOf(c, ref).State == scoring.Empty && val.State != scoring.Empty
		cmd := v.enqueueCommit(c, ref, val)
		v.advance(c, gap)
		return cmd
	}
	if msg.Text != "" {
		// Typed text: what an input method types is turned into the
		// ASCII of a score, and anything else is refused at once,
		// with a hint, rather than at Enter.
		t, bad := scoreText(msg.Text)
		if bad != 0 {
			v.say(badCharText(c.lang, bad), true)
			return nil
		}
		var cmds []tea.Cmd
		for _, r := range t {
			var cmd tea.Cmd
			v.input, cmd = v.input.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			cmds = append(cmds, cmd)
		}
		return tea.Batch(cmds...)
	}
	var cmd tea.Cmd
	v.input, cmd = v.input.Update(msg)
	return cmd
}

func (v *entryView) updatePicking(c *viewCtx, msg tea.KeyPressMsg) {
	n, finder := len(c.comp.Streets), c.d.streetFinder()
	if v.layout == byJudge {
		n, finder = len(c.comp.Judges), c.d.judgeFinder()
	}
	k := c.keys
	switch {
	case key.Matches(msg, c.keys.Clear) && v.pickQuery != "":
		v.pickQuery = ""
	case key.Matches(msg, c.keys.Clear):
		v.picking = false
	case key.Matches(msg, c.keys.Commit):
		v.picking = false
		v.setSheet(v.pickSel)
		v.land(c)
	case key.Matches(msg, c.keys.Erase) && v.pickQuery != "":
		q := []rune(v.pickQuery)
		v.pickQuery = string(q[:len(q)-1])
	case msg.Text != "" && msg.Text != " ":
		// Letters find: a name, its start, the id, pinyin or its initials.
		v.pickQuery += msg.Text
		if r := finder.Find(v.pickQuery); r.Index >= 0 {
			v.pickSel = r.Index
		} else if len(r.Candidates) > 0 {
			v.pickSel = r.Candidates[0]
		}
	default:
		v.pickSel, _ = listMove(k, msg, v.pickSel, n, max(1, c.bodyH/2))
	}
}

// parseEntry checks a typed value: a number, within [0, max] (a target
// item's figure only >= 0), at most 6 decimals; ~ clears, 回避 recuses.
// The problem is a sentence for the status line, "" when the value is good.
func parseEntry(lang i18n.Lang, it *scoring.Item, text string) (scoring.Slot, string) {
	if t, bad := scoreText(text); bad == 0 {
		text = t // ８．５ and 8。5 as typed with an input method are 8.5
	}
	switch text {
	case "~", "":
		return scoring.Slot{}, ""
	}
	d, err := scoring.ParseDec(text)
	switch {
	case errors.Is(err, scoring.ErrTooManyDecimal):
		return scoring.Slot{}, et(lang, "entry.bad.decimals", text)
	case errors.Is(err, scoring.ErrLeadingZero):
		return scoring.Slot{}, et(lang, "entry.bad.zero", text)
	case errors.Is(err, scoring.ErrTooLarge):
		return scoring.Slot{}, et(lang, "entry.bad.large", text)
	case err != nil:
		return scoring.Slot{}, et(lang, "entry.bad.number", text)
	}
	switch data.CheckValue(it, d) {
	case "":
		return scoring.Number(d), ""
	case "negative":
		return scoring.Slot{}, et(lang, "entry.bad.negative", text)
	}
	return scoring.Slot{}, et(lang, "entry.bad.range", text, display.Sanitize(it.Name), it.Max.String())
}

// slotInput is a slot as the text the editor starts with.
func slotInput(s scoring.Slot) string {
	if s.State == scoring.Scored {
		return s.Value.String()
	}
	return ""
}

func (v *entryView) scroll(c *viewCtx, delta int) {
	if v.picking || len(c.comp.Streets) == 0 {
		return
	}
	if v.missing.open {
		v.missing.sel = clampInt(v.missing.sel+delta, len(v.missingCells(c)))
		return
	}
	v.move(c, delta, 0)
}

func (v *entryView) click(c *viewCtx, x, y int) int {
	if v.picking || v.editing || v.missing.open || len(c.comp.Streets) == 0 {
		return -1
	}
	g := v.geometry(c, c.bodyW, c.bodyH)
	r := v.top + y - g.gridTop
	if y < g.gridTop || r >= v.rows(c) || x < g.firstW {
		return -1
	}
	col := v.left + (x-g.firstW)/(g.cellW+1)
	if _, ok := v.cellAt(c, r, col); ok {
		v.row, v.col, v.wantCol = r, col, col
	}
	return -1
}
