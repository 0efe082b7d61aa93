package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/review"
	"liangsaibi/data/round"
	"liangsaibi/data/seal"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// Review (复核) and sealing in the dashboard. The rules live in the round
// (data/round): this file only sends ops and shows what the round's
// review book says. Nothing here decides who may confirm what.

// reviewer is a session that takes review and seal ops: the round.
type reviewer interface {
	Do(ops ...round.Op) (round.Ack, error)
	Operator() string
}

// reviewDoneMsg is the result of review ops sent from a Cmd.
type reviewDoneMsg struct {
	ack  round.Ack
	err  error
	done string // what to say on success
}

// reviewUI is the dashboard's review state across frames.
type reviewUI struct {
	sealAsk       bool // the seal confirmation waits for y
	onlyConfirmed bool // rankings of confirmed scores only

	// caches keyed by what they were computed from
	countOf  *review.Book
	countC   *scoring.Competition
	counts   review.Counts
	confOf   *review.Book
	confC    *scoring.Competition
	confSt   *scoring.Standings
	openList []review.Slot
	listOf   *review.Book
	listC    *scoring.Competition
	blind    blindCache // review_blind.go
}

// roundState is the round's state when the dashboard has one open.
func (v *entryView) roundState() *round.State {
	if v.sess == nil {
		return nil
	}
	return v.sess.State()
}

// book is the review the round publishes; nil when none.
func (v *entryView) book() *review.Book {
	if st := v.roundState(); st != nil {
		return st.Review
	}
	return nil
}

// operator is who enters at this dashboard.
func (v *entryView) operator() string {
	if r, ok := v.sess.(reviewer); ok {
		return r.Operator()
	}
	return ""
}

// reviewing says whether the round asks for review.
func reviewing(c *viewCtx) bool { return c.comp.Rules.Review != scoring.ReviewNone }

// send runs ops on the round in a Cmd.
func (v *entryView) send(done string, ops ...round.Op) tea.Cmd {
	r, ok := v.sess.(reviewer)
	if !ok {
		v.say(et(v.lang, "review.noround"), true)
		return nil
	}
	for i := range ops {
		ops[i].Operator, ops[i].Source = r.Operator(), round.Source{Kind: round.Keyboard}
	}
	return func() tea.Msg {
		ack, err := r.Do(ops...)
		return reviewDoneMsg{ack: ack, err: err, done: done}
	}
}

// confirmCell confirms the selected score.
func (v *entryView) confirmCell(c *viewCtx) tea.Cmd {
	if !reviewing(c) {
		v.say(et(c.lang, "review.off"), true)
		return nil
	}
	ref, ok := v.selected(c)
	if !ok {
		return nil
	}
	return v.send(et(c.lang, "review.confirmed", 1),
		round.Op{Kind: round.Confirm, Street: ref.street, Item: ref.item, Slot: ref.slot})
}

// confirmSheet confirms every score of the sheet on screen (a street, or
// a judge) that awaits review and that this operator did not enter.
func (v *entryView) confirmSheet(c *viewCtx) tea.Cmd {
	if !reviewing(c) {
		v.say(et(c.lang, "review.off"), true)
		return nil
	}
	b, me := v.book(), v.operator()
	var ops []round.Op
	own := 0
	for r := range v.rows(c) {
		for col := range v.cols(c, r) {
			ref, ok := v.cellAt(c, r, col)
			if !ok {
				continue
			}
			cell := b.At(c.comp, ref.street, ref.item, ref.slot)
			switch {
			case cell.Status != review.Pending:
			case cell.By == me:
				own++
			default:
				ops = append(ops, round.Op{Kind: round.Confirm, Street: ref.street, Item: ref.item, Slot: ref.slot})
			}
		}
	}
	if len(ops) == 0 {
		text := et(c.lang, "review.none")
		if own > 0 {
			text += et(c.lang, "review.own", own)
		}
		v.say(text, own > 0)
		return nil
	}
	done := et(c.lang, "review.confirmed", len(ops))
	if own > 0 {
		done += et(c.lang, "review.own", own)
	}
	return v.send(done, ops...)
}

// reviewDone shows what review ops did.
func (m Model) reviewDone(msg reviewDoneMsg) (tea.Model, tea.Cmd) {
	v := &m.entry
	if msg.err != nil && !errors.Is(msg.err, data.ErrAuditUnwritten) {
		text := display.Sanitize(data.ErrorText(msg.err, m.lang))
		v.say(text, true)
		m.setStatus(text, true)
		return m, nil
	}
	if st := msg.ack.State; st != nil && st.Comp != m.comp {
		m.setStandings(st.Comp, st.Standings()) // a decision changed a score
	}
	text := msg.done
	if msg.err != nil {
		text += "；" + display.Sanitize(data.ErrorText(msg.err, m.lang))
	}
	v.say(text, msg.err != nil)
	m.setStatus(text, msg.err != nil)
	return m, nil
}

// askSeal asks before sealing: the status line shows the digest.
func (m Model) askSeal() (tea.Model, tea.Cmd) {
	if _, ok := m.entry.sess.(reviewer); !ok || m.rv == nil {
		m.setStatus(et(m.lang, "review.noround"), true)
		return m, nil
	}
	m.rv.sealAsk = true
	m.setStatus(et(m.lang, "review.seal.ask", seal.Short(seal.Digest(m.comp))), false)
	return m, nil
}

// sealKey answers the seal question: y seals, anything else cancels.
func (m Model) sealKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.rv.sealAsk = false
	if msg.String() != "y" && msg.String() != "Y" {
		m.setStatus(et(m.lang, "review.seal.cancel"), false)
		return m, nil
	}
	r := m.entry.sess.(reviewer)
	lang := m.lang
	op := round.Op{Kind: round.Seal, Operator: r.Operator(), Source: round.Source{Kind: round.Keyboard}}
	return m, func() tea.Msg {
		ack, err := r.Do(op)
		done := ""
		if err == nil && ack.State != nil && ack.State.Review.Sealed() {
			done = et(lang, "review.seal.done", seal.Short(ack.State.Review.Seal.Digest))
		}
		return reviewDoneMsg{ack: ack, err: err, done: done}
	}
}

// reviewCounts are the counts of the whole round, cached per state.
func (m Model) reviewCounts(b *review.Book) review.Counts {
	rv := m.rv
	if rv.countOf != b || rv.countC != m.comp {
		rv.countOf, rv.countC, rv.counts = b, m.comp, b.Count(m.comp)
	}
	return rv.counts
}

// reviewHeader is the header's review and seal part: counts, the seal's
// digest, and the mark of a ranking of confirmed scores only.
func (m Model) reviewHeader() string {
	if m.rv == nil || m.comp == nil {
		return ""
	}
	b := m.entry.book()
	var parts []string
	if m.comp.Rules.Review != scoring.ReviewNone {
		n := m.reviewCounts(b)
		s := et(m.lang, "review.header", n.Pending, n.Confirmed)
		if n.Returned+n.Mismatch > 0 {
			s += et(m.lang, "review.header.issues", n.Returned, n.Mismatch)
		}
		parts = append(parts, s)
	}
	if n := m.hiddenScores(); n > 0 {
		parts = append(parts, et(m.lang, "review.blind.header", n))
	}
	if b.Sealed() {
		parts = append(parts, et(m.lang, "review.sealed", seal.Short(b.Seal.Digest)))
	}
	if m.rv.onlyConfirmed && m.tab == TabRankings {
		parts = append(parts, "【"+et(m.lang, "review.only")+"】")
	}
	return strings.Join(parts, " · ")
}

// confirmedStandings are the standings of confirmed scores only, for the
// rankings when U is on.
func (m Model) confirmedStandings() *scoring.Standings {
	rv, b := m.rv, m.entry.book()
	if rv.confOf != b || rv.confC != m.comp || rv.confSt == nil {
		rv.confOf, rv.confC = b, m.comp
		rv.confSt = scoring.Compute(b.OnlyConfirmed(m.comp))
	}
	return rv.confSt
}

// toggleConfirmed switches the rankings between all scores and confirmed
// scores only.
func (m Model) toggleConfirmed() (tea.Model, tea.Cmd) {
	if m.rv == nil || m.comp.Rules.Review == scoring.ReviewNone {
		m.setStatus(et(m.lang, "review.off"), true)
		return m, nil
	}
	m.rv.onlyConfirmed = !m.rv.onlyConfirmed
	if m.rv.onlyConfirmed {
		m.setStatus(et(m.lang, "review.only"), false)
	} else {
		m.setStatus("", false)
	}
	return m, nil
}

// reviewKey handles the review keys of the entry grid; false when msg is
// not one of them.
func (v *entryView) reviewKey(c *viewCtx, msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, c.keys.Confirm):
		return v.confirmCell(c), true
	case key.Matches(msg, c.keys.Return):
		if ref, ok := v.selected(c); ok {
			return v.askReturn(c, ref), true
		}
		return nil, true
	case key.Matches(msg, c.keys.ConfirmAll):
		return v.confirmSheet(c), true
	case key.Matches(msg, c.keys.ReviewList):
		if !reviewing(c) {
			v.say(et(c.lang, "review.off"), true)
			return nil, true
		}
		v.reviewList.open = true
		return nil, true
	}
	return nil, false
}

// cellMark is how a score's review shows in the grid: a mark after the
// value, and under blind review another operator's unchecked entry hidden.
func (v *entryView) cellMark(c *viewCtx, ref cellRef, text string) (string, bool) {
	if !reviewing(c) {
		return text, false
	}
	cell := v.book().At(c.comp, ref.street, ref.item, ref.slot)
	switch cell.Status {
	case review.Pending:
		if review.Hidden(c.comp.Rules.Review, cell, v.operator()) {
			return "••", true // the second operator must not see the first entry
		}
		return text + "?", true
	case review.Confirmed:
		return text + "✓", false
	case review.Returned:
		return text + "!", true
	case review.Mismatch:
		return text + "≠" + cell.Second, true
	}
	return text, false
}

// sheetReview is the review line of the sheet on screen.
func (v *entryView) sheetReview(c *viewCtx) string {
	if !reviewing(c) {
		return ""
	}
	b := v.book()
	var n review.Counts
	for r := range v.rows(c) {
		for col := range v.cols(c, r) {
			if ref, ok := v.cellAt(c, r, col); ok {
				switch b.At(c.comp, ref.street, ref.item, ref.slot).Status {
				case review.Pending, review.Returned, review.Mismatch:
					n.Pending++
				case review.Confirmed:
					n.Confirmed++
				}
			}
		}
	}
	return et(c.lang, "review.street", n.Pending, n.Confirmed)
}
