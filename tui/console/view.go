package console

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"charm.land/lipgloss/v2"

	"liangsaibi/display"
	"liangsaibi/scoring"
	"liangsaibi/web"
)

// Minimum size, as the dashboard's.
const minWidth, minHeight = 80, 24

var (
	bold     = lipgloss.NewStyle().Bold(true)
	muted    = lipgloss.NewStyle().Faint(true)
	selected = lipgloss.NewStyle().Reverse(true)
	good     = lipgloss.NewStyle().Foreground(lipgloss.Color("2"))
	warn     = lipgloss.NewStyle().Foreground(lipgloss.Color("3"))
	bad      = lipgloss.NewStyle().Foreground(lipgloss.Color("1")).Bold(true)
)

// View is the console: exactly height lines of width cells.
func (m Model) View() string {
	w, h := m.width, m.height
	if w < minWidth || h < minHeight {
		return fit([]string{m.t("too_small", minWidth, minHeight)}, w, h)
	}
	if m.qr {
		return fit(m.qrLines(), w, h)
	}
	comp := m.opts.Round.State().Comp
	var lines []string
	lines = append(lines, m.header())
	lines = append(lines, m.screenLine())
	lines = append(lines, "")
	nameW := 4
	for _, st := range comp.Streets {
		nameW = max(nameW, display.Width(display.Sanitize(st.Name)))
	}
	nameW = min(nameW, 14)
	const cellW = 8
	head := pad(m.t("street"), nameW) + " " + pad(m.t("state"), 6)
	for k, j := range comp.Judges {
		name := pad(display.Truncate(display.Sanitize(j.Name), cellW-1), cellW)
		if k == m.judge {
			name = bold.Render(name)
		}
		head += " " + name
	}
	lines = append(lines, head)
	rowsRoom := max(3, h-len(lines)-8)
	first := max(0, min(m.street-rowsRoom/2, len(comp.Streets)-rowsRoom))
	for si := first; si < len(comp.Streets) && si < first+rowsRoom; si++ {
		st := comp.Streets[si]
		name := pad(display.Truncate(display.Sanitize(st.Name), nameW), nameW)
		if si == m.street {
			name = selected.Render(name)
		}
		state := m.t("open")
		switch {
		case st.ID == m.status.Stage:
			state = good.Render(pad(m.t("stage"), 6))
		case m.status.Closed[st.ID]:
			state = muted.Render(pad(m.t("closed"), 6))
		default:
			state = pad(state, 6)
		}
		line := name + " " + state
		for ji, j := range comp.Judges {
			text := m.cellText(comp, si, ji, m.status.Cells[[2]string{j.ID, st.ID}])
			if si == m.street && ji == m.judge {
				text = selected.Render(pad(ansi.Strip(text), cellW))
			} else {
				text = pad(text, cellW)
			}
			line += " " + text
		}
		lines = append(lines, line)
	}
	lines = append(lines, m.detailLine(comp))
	lines = append(lines, m.linkLine())
	if m.asking {
		lines = append(lines, m.reason.View())
	} else if m.note != "" {
		lines = append(lines, m.note)
	}
	lines = append(lines, bold.Render(m.t("log")))
	logRoom := h - len(lines) - 1
	log := m.status.Log
	if len(log) > logRoom {
		log = log[len(log)-max(0, logRoom):]
	}
	for _, l := range log {
		lines = append(lines, muted.Render(l.At.Format("15:04:05"))+" "+display.Sanitize(l.Msg.In(m.opts.Lang)))
	}
	for len(lines) < h-1 {
		lines = append(lines, "")
	}
	lines = append(lines[:h-1], muted.Render(m.t("help")))
	return fit(lines, w, h)
}

func (m Model) header() string {
	urls := m.opts.Server.BaseURLs()
	addr := ""
	if len(urls) > 0 {
		addr = urls[0]
	}
	s := bold.Render(m.t("title")) + "  " + m.t("address", addr)
	if len(urls) > 1 {
		s += m.t("more_addrs", len(urls)-1)
	}
	return s + "  " + m.t("online", m.status.Streams)
}

func (m Model) screenLine() string {
	urls := m.opts.Server.BaseURLs()
	base := ""
	if len(urls) > 0 {
		base = urls[0]
	}
	sc := m.status.Screen
	state := m.t("screen_live")
	switch {
	case sc.Hold:
		state = warn.Render(m.t("screen_hold"))
	case sc.Reveal:
		st := m.opts.Round.State().Standings()
		groups := 0
		for p := 0; st != nil && p < st.Ranked; p++ {
			if p == 0 || st.Rows[p].Rank != st.Rows[p-1].Rank {
				groups++
			}
		}
		state = warn.Render(m.t("screen_rev", min(sc.Revealed, groups), groups))
	}
	return m.t("screen", base) + "  " + state
}

// cellText says what a judge has for a street: submitted from the phone
// (and when), returned, refused, recused, or typed at the keyboard.
func (m Model) cellText(comp *scoring.Competition, si, ji int, c web.Cell) string {
	switch {
	case c.Returned != "":
		return warn.Render(m.t("cell.return"))
	case c.Recused && !c.At.IsZero():
		return m.t("cell.recuse")
	case !c.At.IsZero():
		return good.Render("✓" + c.At.Format("15:04"))
	case c.Refused > 0:
		return bad.Render(m.t("cell.refuse", c.Refused))
	}
	scored, judged, recused := 0, 0, 0
	for ii, it := range comp.Items {
		if it.Kind != scoring.Judged {
			continue
		}
		judged++
		switch comp.Scores[si][ii][ji].State {
		case scoring.Scored:
			scored++
		case scoring.Recused:
			recused++
		}
	}
	switch {
	case judged > 0 && recused == judged:
		return m.t("cell.recuse")
	case judged > 0 && scored+recused == judged:
		return m.t("cell.typed")
	case scored+recused > 0:
		return m.t("cell.part")
	}
	return muted.Render(m.t("cell.none"))
}

// detailLine says what the selected judge sent for the selected street:
// when, from which device (the address the audit log names), returned or
// refused.
func (m Model) detailLine(comp *scoring.Competition) string {
	if m.street >= len(comp.Streets) || m.judge >= len(comp.Judges) {
		return ""
	}
	st, j := comp.Streets[m.street], comp.Judges[m.judge]
	c := m.status.Cells[[2]string{j.ID, st.ID}]
	what := m.t("d.none")
	switch {
	case c.Returned != "":
		what = m.t("d.returned", display.Sanitize(c.Returned))
	case !c.At.IsZero() && c.Recused:
		what = m.t("d.recused", c.At.Format("15:04:05"), c.Addr)
	case !c.At.IsZero():
		what = m.t("d.sent", c.At.Format("15:04:05"), c.Addr)
	}
	if c.Refused > 0 {
		what += m.t("d.refused", c.Refused)
	}
	return m.t("detail", display.Sanitize(j.Name), display.Sanitize(st.Name), what)
}

func (m Model) linkLine() string {
	comp := m.opts.Round.State().Comp
	if m.judge >= len(m.status.Links) || m.judge >= len(comp.Judges) {
		return ""
	}
	l := m.status.Links[m.judge]
	if l.Revoked {
		return bad.Render(m.t("revoked", display.Sanitize(l.Name)))
	}
	urls := m.opts.Server.BaseURLs()
	if len(urls) == 0 {
		return ""
	}
	return m.t("link", display.Sanitize(l.Name), urls[0]+l.Path)
}

// qrLines are the selected judge's QR code, to scan off the screen.
func (m Model) qrLines() []string {
	urls := m.opts.Server.BaseURLs()
	if m.judge >= len(m.status.Links) || len(urls) == 0 {
		return nil
	}
	l := m.status.Links[m.judge]
	url := urls[0] + l.Path
	code, err := web.QR(url)
	if err != nil {
		return []string{url}
	}
	lines := []string{bold.Render(m.t("qr_hint", display.Sanitize(l.Name)))}
	lines = append(lines, strings.Split(strings.TrimRight(code, "\n"), "\n")...)
	return append(lines, url)
}

// pad fills s with spaces to w cells.
func pad(s string, w int) string {
	if n := w - lipgloss.Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// fit makes exactly h lines of at most w cells.
func fit(lines []string, w, h int) string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			s := lines[i]
			if lipgloss.Width(s) > w {
				s = display.Truncate(s, w)
			}
			out[i] = s
		}
	}
	return strings.Join(out, "\n")
}
