package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/i18n"
)

// Screen rows: two header lines, the tab bar, the body, the status line
// and the help.
const (
	tabBarRow = 2
	bodyTop   = 3
)

// View draws the whole screen: exactly height lines of exactly width cells.
func (m Model) View() tea.View {
	if m.web.open {
		v := tea.NewView(m.web.model.View())
		v.AltScreen = true
		v.WindowTitle = m.windowTitle()
		return v
	}
	if m.proj.open {
		v := m.proj.model.View()
		v.MouseMode = tea.MouseModeCellMotion
		return v
	}
	v := tea.NewView(strings.Join(m.lines(), "\n"))
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = m.windowTitle()
	return v
}

func (m Model) windowTitle() string {
	if m.opts.Title != "" {
		return display.Sanitize(m.opts.Title)
	}
	if m.d != nil {
		return m.d.title
	}
	return ""
}

func (m Model) tabHelp() tabHelp {
	i := &m.entry.info
	return tabHelp{km: &m.keys, tab: m.tab, readOnly: i.readOnly, conflicts: len(i.conflicts) > 0, invalid: len(i.invalid) > 0,
		settling: m.tab == TabEntry && m.entry.settle.open}
}

func (m Model) tooSmall() bool { return m.width < MinWidth || m.height < MinHeight }

func (m Model) helpLines() int {
	if !m.help.ShowAll {
		return 1
	}
	n := 0
	for _, g := range m.tabHelp().FullHelp() {
		n = max(n, len(g))
	}
	return n
}

// bodyHeight is how many lines the active view gets.
func (m Model) bodyHeight() int {
	return max(1, m.height-bodyTop-1-m.helpLines())
}

func (m Model) lines() []string {
	w, h := max(m.width, 1), max(m.height, 1)
	switch {
	case m.tooSmall():
		return m.tooSmallLines(w, h)
	case m.phase == phaseLoading:
		return m.loadingLines(w, h)
	case m.phase == phaseFailed:
		return m.errorLines(w, h)
	}
	c := m.ctx()
	out := make([]string, 0, h)
	out = append(out, m.headerLines(w)...)
	out = append(out, m.tabBar(w))
	body := fitLines(m.active().render(c, w, c.bodyH), w, c.bodyH)
	if m.export.open && len(body) >= exportPanelLines {
		copy(body[len(body)-exportPanelLines:], m.export.render(&m, w))
	}
	out = append(out, body...)
	out = append(out, fit(m.statusLine(), w))
	m.help.SetWidth(w)
	helpText := m.help.View(m.tabHelp())
	out = append(out, fitLines(strings.Split(helpText, "\n"), w, m.helpLines())...)
	return fitLines(out, w, h)
}

func (m Model) tooSmallLines(w, h int) []string {
	msg := []string{
		catalog.T(m.lang, "toosmall", MinWidth, MinHeight, m.width, m.height),
		catalog.T(m.lang, "toosmall.hint"),
	}
	out := make([]string, 0, h)
	for range (h - len(msg)) / 2 {
		out = append(out, "")
	}
	for _, s := range msg {
		out = append(out, m.styles.Error.Render(display.Center(s, w)))
	}
	return fitLines(out, w, h)
}

func (m Model) loadingLines(w, h int) []string {
	var out []string
	if m.showSpinner {
		for range h / 2 {
			out = append(out, "")
		}
		s := m.loadingText()
		out = append(out, strings.Repeat(" ", max(0, (w-lipgloss.Width(s))/2))+s)
	}
	return fitLines(out, w, h)
}

func (m Model) errorLines(w, h int) []string {
	out := []string{m.styles.Error.Render(catalog.T(m.lang, "error.title")), ""}
	room := h - 4
	lines := m.problems[min(m.errScroll, len(m.problems)):]
	// A problem longer than the window wraps under itself rather than
	// being cut: at 80 columns the end of a message is often the hint.
	used := 0
	for i, p := range lines {
		wrapped := display.Wrap(p, max(10, w-4))
		if used+len(wrapped) > room-1 && i < len(lines)-1 || used+len(wrapped) > room {
			out = append(out, m.styles.Muted.Render(catalog.T(m.lang, "error.more", len(lines)-i)))
			break
		}
		for k, l := range wrapped {
			indent := "  "
			if k > 0 {
				indent = "    "
			}
			out = append(out, indent+display.Truncate(l, w-lipgloss.Width(indent)))
		}
		used += len(wrapped)
	}
	out = fitLines(out, w, h-1)
	return append(out, fit(m.styles.Muted.Render(catalog.T(m.lang, "error.hint")), w))
}

// errorLines makes the error screen's lines from a loader's problems.
func errorLines(problems []string, err error, lang i18n.Lang) []string {
	out := make([]string, 0, len(problems)+1)
	for _, p := range problems {
		for _, l := range strings.Split(p, "\n") {
			out = append(out, display.Sanitize(l))
		}
	}
	if err != nil && len(problems) == 0 {
		for _, l := range data.ErrorLines(err, lang) {
			out = append(out, display.Sanitize(l))
		}
	}
	return out
}

func (m Model) headerLines(w int) []string {
	d := m.d
	right := catalog.T(m.lang, "header.progress", m.st.Ranked, len(m.comp.Streets)) +
		" · " + catalog.T(m.lang, "header.fullmark", d.fullMark)
	rw := display.Width(right)
	title := m.styles.Title.Render(display.Truncate(d.title, max(0, w-rw-2)))
	line1 := title + strings.Repeat(" ", max(1, w-lipgloss.Width(title)-rw)) + m.styles.Accent.Render(right)
	var parts []string
	for _, s := range []string{d.round, d.organizer, d.date} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	line2 := m.styles.Subtitle.Render(display.Truncate(strings.Join(parts, " · "), w))
	if r := m.reviewHeader(); r != "" { // review.go: counts, seal, confirmed only
		rw := display.Width(r)
		left := m.styles.Subtitle.Render(display.Truncate(strings.Join(parts, " · "), max(0, w-rw-2)))
		line2 = left + strings.Repeat(" ", max(1, w-lipgloss.Width(left)-rw)) + m.styles.Accent.Render(r)
	}
	return []string{fit(line1, w), fit(line2, w)}
}

// tabLabel is the text of tab t in the tab bar.
func (m Model) tabLabel(t Tab) string {
	pad := m.tabPad()
	return pad + tabDigit(t) + " " + catalog.T(m.lang, tabNames[t]) + pad
}

// tabPad is the space around each tab's label: none when the padded bar
// would not fit the screen (English at 80 columns), so no label is cut.
func (m Model) tabPad() string {
	w := 0
	for t := range tabCount {
		w += display.Width(tabDigit(t)+" "+catalog.T(m.lang, tabNames[t])) + 3
	}
	w += display.Width("6 "+catalog.T(m.lang, "tab.project")) + 2
	if w > m.width {
		return ""
	}
	return " "
}

func (m Model) tabBar(w int) string {
	var b strings.Builder
	for t := range tabCount {
		label := m.tabLabel(t)
		if t == m.tab {
			b.WriteString(m.styles.TabActive.Render(label))
		} else {
			b.WriteString(m.styles.TabInactive.Render(label))
		}
		b.WriteString(" ")
	}
	b.WriteString(m.styles.TabInactive.Render(m.projectorLabel()))
	return fit(b.String(), w)
}

// projectorLabel is the tab bar's last entry: the projector opens full
// screen rather than as a tab, but it is found where the views are.
func (m Model) projectorLabel() string {
	pad := m.tabPad()
	return pad + "6 " + catalog.T(m.lang, "tab.project") + pad
}

// onProjectorLabel reports whether column x of the tab bar is on it.
func (m Model) onProjectorLabel(x int) bool {
	pos := 0
	for t := range tabCount {
		pos += display.Width(m.tabLabel(t)) + 1
	}
	return x >= pos && x < pos+display.Width(m.projectorLabel())
}

// tabAt is the tab drawn at column x of the tab bar.
func (m Model) tabAt(x int) (Tab, bool) {
	pos := 0
	for t := range tabCount {
		lw := display.Width(m.tabLabel(t))
		if x >= pos && x < pos+lw {
			return t, true
		}
		pos += lw + 1
	}
	return 0, false
}

func (m Model) statusLine() string {
	if m.phase == phasePreview { // preview.go: the rankings of the last load
		if m.status != "" {
			return m.styles.Accent.Render(m.loadingText() + " · " + m.status)
		}
		return m.styles.Accent.Render(m.loadingText())
	}
	// A message is shown once: not again here when the view shows it.
	if m.status != "" && !(m.tab == TabEntry && m.entry.shows(m.status)) {
		if m.statusErr {
			return m.styles.Error.Render(m.status)
		}
		return m.styles.Accent.Render(m.status)
	}
	if st, ok := m.active().(interface{ statusText(*viewCtx) string }); ok {
		if t := st.statusText(m.ctx()); t != "" {
			return m.styles.Muted.Render(t)
		}
	}
	return m.styles.Muted.Render(catalog.T(m.lang, "status.ready"))
}
