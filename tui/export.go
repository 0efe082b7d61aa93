package tui

import (
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"liangsaibi/display"
	"liangsaibi/i18n"
)

// exportDialog is the panel `x` opens at the bottom of the body: a format
// and a file name proposed in the competition file's folder. Proposing the
// name and writing the file run in tea.Cmds (export_write.go).
type exportDialog struct {
	open   bool
	format int    // index into exportFormats
	dir    string // absolute folder the file goes to
	input  textinput.Model
	// selected: the base name (before the suffix) is selected, as on
	// opening, so typing replaces it instead of appending after .xlsx.
	selected bool
	// pending waits for scores still being committed (export_write.go).
	pending *pendingExport
}

// exportPanelLines is the height of the dialog.
const exportPanelLines = 5

func newExportDialog() exportDialog { return exportDialog{input: newTextInput()} }

// show opens the dialog with a proposed file name, its base selected.
func (d *exportDialog) show(dir, name string) {
	d.open, d.dir = true, dir
	d.input.SetValue(name)
	d.input.SetCursor(len([]rune(d.stem())))
	d.input.Focus()
	d.selected = true
}

// suffix is the end of the name the format gives it (.xlsx, -GBK.csv),
// or the name's extension when it has another.
func (d *exportDialog) suffix() string {
	name := d.input.Value()
	suf := exportFormats[d.format].Suffix()
	if len(name) >= len(suf) && strings.EqualFold(name[len(name)-len(suf):], suf) {
		return name[len(name)-len(suf):]
	}
	return filepath.Ext(name)
}

// stem is the name without its suffix: what the selection covers.
func (d *exportDialog) stem() string {
	name := d.input.Value()
	return name[:len(name)-len(d.suffix())]
}

// typeOverSelection applies a key to the selected base name: text
// replaces it, ⌫ and Delete clear it; the suffix stays. Any other key
// ends the selection and is handled as usual. It reports whether the key
// was used.
func (d *exportDialog) typeOverSelection(msg tea.KeyPressMsg) bool {
	if !d.selected {
		return false
	}
	d.selected = false
	var typed string
	switch {
	case msg.String() == "backspace" || msg.String() == "delete":
	case msg.Text != "" && msg.Mod&^tea.ModShift == 0:
		typed = msg.Text
	default:
		return false
	}
	d.input.SetValue(typed + d.suffix())
	d.input.SetCursor(len([]rune(typed)))
	return true
}

func (d *exportDialog) close() {
	d.open = false
	d.input.Blur()
}

// setFormat selects format i, giving the name that format's suffix
// (extension, -GBK) when it ends with the previous one's.
func (d *exportDialog) setFormat(i int) {
	n := len(exportFormats)
	i = (i%n + n) % n
	name := d.input.Value()
	old := exportFormats[d.format].Suffix()
	if len(name) >= len(old) && strings.EqualFold(name[len(name)-len(old):], old) {
		stem := name[:len(name)-len(old)]
		d.input.SetValue(stem + exportFormats[i].Suffix())
		d.input.SetCursor(len([]rune(stem)))
	}
	d.format = i
}

// target is the file the dialog would write: the name made safe for
// Windows, with the format's extension when it has none of it.
func (d *exportDialog) target() (string, bool) {
	name := exportSafeName(strings.TrimSpace(d.input.Value()))
	if strings.TrimSpace(strings.TrimSuffix(name, filepath.Ext(name))) == "" {
		return "", false
	}
	f := exportFormats[d.format]
	if !f.HasExt(name) {
		name += f.Ext
	}
	return filepath.Join(d.dir, name), true
}

// updateExport handles a key while the dialog is open.
func (m Model) updateExport(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	d := &m.export
	k := &m.keys
	switch {
	case key.Matches(msg, k.Clear):
		d.close()
		m.setStatus(catalog.T(m.lang, "export.cancelled"), false)
		return m, nil
	case key.Matches(msg, k.Commit):
		path, ok := d.target()
		if !ok {
			m.setStatus(catalog.T(m.lang, "export.noname"), true)
			return m, nil
		}
		d.close()
		m.setStatus(catalog.T(m.lang, "export.writing", display.Sanitize(path)), false)
		d.pending = &pendingExport{format: exportFormats[d.format], path: path}
		return m.exportWhenCommitted()
	case msg.String() == "left", msg.String() == "shift+tab":
		d.setFormat(d.format - 1)
		return m, nil
	case msg.String() == "right", msg.String() == "tab":
		d.setFormat(d.format + 1)
		return m, nil
	}
	if d.typeOverSelection(msg) {
		return m, nil
	}
	var cmd tea.Cmd
	d.input.SetWidth(exportInputWidth(m.lang, m.width))
	d.input, cmd = d.input.Update(msg)
	return m, cmd
}

// render is the dialog's lines for width w.
func (d *exportDialog) render(m *Model, w int) []string {
	s := m.styles
	t := func(key string, args ...any) string { return catalog.T(m.lang, key, args...) }
	title := " " + t("export.title") + " "
	rule := s.Accent.Render("──" + title + strings.Repeat("─", max(0, w-2-display.Width(title))))

	labels := exportLabels(m.lang)
	lw := labelWidth(labels)
	label := func(i int) string { return " " + s.Muted.Render(display.PadRight(labels[i], lw)) + "  " }

	var formats strings.Builder
	for i, f := range exportFormats {
		if i == d.format {
			formats.WriteString(s.TabActive.Render("[" + f.Name + "]"))
		} else {
			formats.WriteString(s.TabInactive.Render(" " + f.Name + " "))
		}
		formats.WriteString(" ")
	}
	line1 := label(0) + formats.String() + "  " + s.Muted.Render(t("export.formathint"))

	room := max(1, w-lw-3)
	line2 := label(1) + truncateStart(display.Sanitize(d.dir+string(filepath.Separator)), room)

	iw := exportInputWidth(m.lang, w)
	d.input.SetWidth(iw)
	st := d.input.Styles()
	st.Cursor.Color = s.cursor
	d.input.SetStyles(st)
	line3 := label(2) + d.input.View()
	if d.selected {
		// The selected base name in reverse video, the suffix plain.
		stem := display.Truncate(display.Sanitize(d.stem()), max(1, iw-display.Width(d.suffix())))
		line3 = label(2) + s.Selected.Render(stem) + d.suffix()
	}

	line4 := " " + s.Muted.Render(t("export.hint"))
	return []string{fit(rule, w), fit(line1, w), fit(line2, w), fit(line3, w), fit(line4, w)}
}

func exportLabels(lang i18n.Lang) []string {
	return []string{catalog.T(lang, "export.format"), catalog.T(lang, "export.dir"), catalog.T(lang, "export.name")}
}

func labelWidth(labels []string) int {
	lw := 0
	for _, l := range labels {
		lw = max(lw, display.Width(l))
	}
	return lw
}

// exportInputWidth is the room for the file name on a screen w cells wide
// (one cell is left for the cursor at the end).
func exportInputWidth(lang i18n.Lang, w int) int {
	return max(1, w-labelWidth(exportLabels(lang))-4)
}

// truncateStart keeps the end of s within w cells: the end of a path
// says more than its start.
func truncateStart(s string, w int) string {
	if display.Width(s) <= w {
		return s
	}
	r := []rune(s)
	for i := range r {
		if tail := "…" + string(r[i+1:]); display.Width(tail) <= w {
			return tail
		}
	}
	return ""
}
