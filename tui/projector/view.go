package projector

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"liangsaibi/display"
	"liangsaibi/i18n"
)

// View is the whole screen in the alternate buffer.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if m.st != nil {
		v.WindowTitle = display.Sanitize(m.st.Comp.Title)
	}
	return v
}

// render draws the frame: exactly height lines of exactly width cells.
func (m Model) render() string {
	c := &canvas{w: m.width, sty: m.sty}
	l := m.layout()
	switch {
	case l.tooSmall:
		m.renderTooSmall(c)
	case m.st == nil && m.firstErr != nil:
		m.renderLoadError(c)
	case m.st == nil:
		c.blank(m.height/2 - 1)
		c.center(m.sty.muted.Render(m.t("loading")))
	case m.held:
		m.renderHeld(c)
	default:
		m.renderHeader(c)
		c.blank((l.listH - l.used) / 2)
		m.renderPodium(c, &l)
		m.renderList(c, &l)
		for len(c.lines) < m.height-1 {
			c.add("")
		}
		c.lines = c.lines[:m.height-1]
		m.renderFooter(c, &l)
	}
	return c.frame(m.height)
}

func (m *Model) t(key string, args ...any) string { return catalog.T(m.opts.Lang, key, args...) }

func (m *Model) renderTooSmall(c *canvas) {
	c.blank(max(0, m.height/2-1))
	msg := m.t("too_small", minWidth, minHeight)
	for _, line := range wrap(msg, c.w) {
		c.center(m.sty.warn.Render(line))
	}
}

func (m *Model) renderLoadError(c *canvas) {
	c.blank(1)
	c.center(m.sty.warn.Bold(true).Render(m.t("load_failed")))
	c.blank(1)
	room := max(0, m.height-6)
	lines := m.firstErr
	if len(lines) > room {
		lines = lines[:room]
	}
	for _, line := range lines {
		c.add(" " + m.sty.base.Render(display.Truncate(display.Sanitize(line), c.w-2)))
	}
	for len(c.lines) < m.height-2 {
		c.add("")
	}
	c.center(m.sty.muted.Render(m.t("load_retry")))
}

// renderHeader is the title and round across the top, then the first-place
// banner when a reveal has reached it.
func (m *Model) renderHeader(c *canvas) {
	m.renderTitle(c)
	if first := m.firstBanner(); first != "" {
		c.center(m.sty.first.Render(display.Truncate(first, c.w-2)))
	} else {
		c.blank(1)
	}
}

// renderTitle is the competition's title and round: all the hold screen
// may show.
func (m *Model) renderTitle(c *canvas) {
	comp := m.st.Comp
	c.center(m.sty.title.Render(display.Truncate(display.Sanitize(comp.Title), c.w-2)))
	var sub []string
	for _, s := range []string{comp.Round, comp.Organizer} {
		if s != "" {
			sub = append(sub, display.Sanitize(s))
		}
	}
	c.center(m.sty.muted.Render(display.Truncate(strings.Join(sub, "  ·  "), c.w-2)))
}

// firstBanner announces first place once a reveal reaches it: the moment
// the room has been waiting for gets its own line.
func (m *Model) firstBanner() string {
	if !m.revealing || m.st.Ranked == 0 || m.hiddenBefore() > 0 {
		return ""
	}
	var names []string
	for _, row := range m.st.Rows[:m.st.Ranked] {
		if row.Rank == 1 {
			names = append(names, streetName(m.st, row))
		}
	}
	return m.t("first_place", strings.Join(names, "、"))
}

// renderHeld hides every score, name and rank while staff check the
// results, whatever a reveal showed before: no first-place banner either.
func (m *Model) renderHeld(c *canvas) {
	m.renderTitle(c)
	c.blank(1)
	c.blank(max(0, (m.height-headerLines)/2-3))
	title := m.t("hold_title")
	if m.opts.Lang == i18n.Zh { // Chinese: spaced out, it is the only text on screen
		title = spaced(title, c.w)
	}
	c.center(m.sty.accent.Render(title))
	c.blank(1)
	c.center(m.sty.muted.Render(m.t("hold_sub")))
	for len(c.lines) < m.height-1 {
		c.add("")
	}
	c.lines = c.lines[:m.height-1]
	left := m.status()
	right := m.sty.muted.Render(m.t("hold_hint"))
	c.add(m.joinEnds(left, "", right))
}

// renderFooter is the status on the left and the page on the right.
func (m *Model) renderFooter(c *canvas, l *layout) {
	var right []string
	if m.revealing {
		right = append(right, m.t("revealed", m.st.Ranked-m.hiddenBefore(), m.st.Ranked))
	}
	if l.pages > 1 {
		right = append(right, m.t("page", m.page%l.pages+1, l.pages))
	}
	if m.sum != nil && m.sum.digest != "" {
		right = append(right, m.t("digest", m.sum.digest))
	}
	mid := ""
	if m.revealing && m.hiddenBefore() > 0 {
		mid = m.sty.muted.Render(m.t("reveal_hint"))
	}
	c.add(m.joinEnds(m.status(), mid, m.sty.bold.Render(strings.Join(right, "   "))))
}

// status is the live indicator, or the discreet warning when the latest
// reload failed and older results are on screen.
func (m *Model) status() string {
	at := ""
	if !m.loadedAt.IsZero() {
		at = m.loadedAt.Format("15:04:05")
	}
	switch {
	case m.stale:
		return m.sty.warn.Render(m.t("stale", at))
	case m.watchErr != "":
		return m.sty.warn.Render(m.t("watch_failed", display.Sanitize(m.watchErr)))
	case len(m.warn) > 0:
		return m.sty.warn.Render("⚠ " + strings.Join(m.warn, "；"))
	case m.opts.Path == "":
		if m.opts.Load == nil && m.opts.Comp == nil {
			return m.sty.muted.Render(m.t("demo"))
		}
		if m.opts.Embedded { // inside the dashboard: say how to get back
			return m.sty.muted.Render(m.t("back"))
		}
		return ""
	}
	live := m.t("live", at)
	if len(m.info) > 0 {
		live += " · " + strings.Join(m.info, "；")
	}
	return m.sty.muted.Render(live)
}

// joinEnds puts left at the start, right at the end and mid in the
// middle of one line, dropping mid and then cutting left when it is tight.
func (m *Model) joinEnds(left, mid, right string) string {
	w := m.width - 2
	lw, mw, rw := lipgloss.Width(left), lipgloss.Width(mid), lipgloss.Width(right)
	if lw+mw+rw+4 > w {
		mid, mw = "", 0
	}
	if lw+rw+2 > w {
		left = display.Truncate(left, max(0, w-rw-2))
		lw = lipgloss.Width(left)
	}
	gap := w - lw - mw - rw
	return m.sty.base.Render(" ") + left + spaces(m.sty, gap/2) + mid + spaces(m.sty, gap-gap/2) + right
}

// wrap cuts text into lines of at most w cells.
func wrap(text string, w int) []string {
	var lines []string
	var cur strings.Builder
	cw := 0
	for _, r := range text {
		rw := display.Width(string(r))
		if cw+rw > w && cw > 0 {
			lines = append(lines, cur.String())
			cur.Reset()
			cw = 0
		}
		cur.WriteRune(r)
		cw += rw
	}
	if cw > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
