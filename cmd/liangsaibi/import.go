package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"time"

	"liangsaibi/data"
	"liangsaibi/data/round"
	"liangsaibi/data/seal"
	"liangsaibi/data/sheet"
	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// importCommand is `liangsaibi import FILE SHEET... [--yes] [--overwrite]`.
func importCommand() *command {
	return &command{
		name:    "import",
		summary: "import.summary",
		help:    "import.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			f := &importFlags{csvFlags: addCSVFlags(fs, e, g), operator: g.operator}
			fs.BoolVar(&f.yes, "yes", false, "")
			fs.BoolVar(&f.yes, "y", false, "")
			fs.BoolVar(&f.overwrite, "overwrite", false, "")
			fs.StringVar(&f.operator, "operator", f.operator, "")
			return func(args []string) int { return runImport(e, f, args) }
		},
	}
}

// importFlags are the flags of one import run.
type importFlags struct {
	*csvFlags
	yes, overwrite bool
	operator       string
}

func runImport(e *env, f *importFlags, args []string) int {
	if len(args) < 2 {
		return e.usageError("import", "import.no_sheet")
	}
	path := args[0]
	// The session takes the same lock and journal as entry in the dashboard;
	// nothing reaches the file before every cell has been checked.
	r, code := openWriter(e, path, round.Options{Encoding: f.fileEncoding, Operator: f.operator,
		SaveIdle: time.Hour, SaveEvery: math.MaxInt}) // saved once, below
	if r == nil {
		return code
	}
	defer r.Close()
	st := r.State()
	for _, n := range st.Notes {
		fmt.Fprintln(e.stderr, display.Sanitize(n.In(e.lang)))
	}
	if b := st.Review; b.Sealed() { // before any sheet is read: nothing changes a sealed round
		e.errorf("import.sealed", path, seal.Short(b.Seal.Digest))
		return exitFile
	}
	c := st.Comp
	changes, problems := planImport(e, f, c, args[1:])
	if problems < 0 {
		return exitFile
	}
	if problems > 0 {
		fmt.Fprintln(e.stderr, e.t("import.refused", problems))
		return exitFile
	}
	if len(changes) == 0 {
		fmt.Fprintln(e.stdout, e.t("import.nothing", path))
		return exitOK
	}
	fmt.Fprintln(e.stdout, e.t("import.header", path, len(changes)))
	writeChanges(e, c, changes)
	if !f.yes && !confirm(e, len(changes)) {
		fmt.Fprintln(e.stdout, e.t("import.cancelled"))
		return exitOK
	}
	// One group commit: one journal append and one fsync for the whole
	// import, all in or all out.
	ops := make([]round.Op, len(changes))
	for i, ch := range changes {
		ops[i] = round.Op{Kind: round.Set, Street: ch.Street, Item: ch.Item, Slot: ch.Slot, Value: ch.New,
			Operator: r.Operator(), Source: round.Source{Kind: round.Import}}
	}
	if _, err := r.Do(ops...); err != nil {
		e.errorf("import.commit", err)
		return exitFile
	}
	if !saveImport(e, r) {
		return exitFile
	}
	fmt.Fprintln(e.stdout, e.t("import.done", len(changes), path))
	return exitOK
}

// planImport reads and checks every sheet and plans the changes. It
// prints every problem and returns how many there were (-1 when a sheet
// could not even be read).
func planImport(e *env, f *importFlags, c *scoring.Competition, sheets []string) ([]sheet.Change, int) {
	var vals []sheet.Value
	var ps sheet.Problems
	for _, name := range sheets {
		raw, err := readSheetFile(name)
		if err != nil {
			e.errorf("import.read", name, data.Why(err))
			return nil, -1
		}
		v, p := sheet.Read(filepath.Base(name), raw, c, sheet.ReadOptions{Encoding: f.encoding})
		vals, ps = append(vals, v...), append(ps, p...)
	}
	changes, p := sheet.Plan(c, vals)
	ps = append(ps, p...)
	if !f.overwrite {
		ps = append(ps, sheet.Conflicts(changes)...)
	}
	for _, line := range ps.Lines(e.lang) {
		fmt.Fprintln(e.stderr, display.Sanitize(line))
	}
	return changes, len(ps)
}

// readSheetFile reads a filled sheet: a regular file (a pipe or a device
// is refused before reading) of at most sheet.MaxSheetSize bytes.
func readSheetFile(name string) ([]byte, error) {
	raw, err := store.ReadRegular(name, sheet.MaxSheetSize)
	if errors.Is(err, store.ErrTooBig) {
		return nil, &data.Error{Msg: msgs.M("import.too_big", sheet.MaxSheetSize>>20), Err: err}
	}
	return raw, err
}

// writeChanges prints the changes as a table: street, item, judge,
// old → new, and the sheet cell each comes from.
func writeChanges(e *env, c *scoring.Competition, changes []sheet.Change) {
	rows := [][]string{{e.t("import.col.street"), e.t("import.col.item"), e.t("import.col.judge"),
		e.t("import.col.change"), e.t("import.col.where")}}
	for _, ch := range changes {
		judge := e.t("import.direct")
		if c.Items[ch.Item].Kind == scoring.Judged {
			judge = c.Judges[ch.Slot].Name
		}
		change := sheet.SlotText(ch.Old, e.lang) + " → " + sheet.SlotText(ch.New, e.lang)
		if ch.Conflict {
			change += e.t("import.overwrite")
		}
		rows = append(rows, []string{c.Streets[ch.Street].Name, c.Items[ch.Item].Name, judge, change, ch.Loc.String()})
	}
	// Each distinct text is sanitised and measured once: an import prints a
	// row per change, 45,000 for a city judge's sheet, naming the same
	// streets, items and judges again and again.
	type measured struct {
		text  string
		width int
	}
	seen := map[string]measured{}
	cellWidths := make([][]int, len(rows))
	widths := make([]int, len(rows[0]))
	for n, r := range rows {
		cellWidths[n] = make([]int, len(r))
		for i, s := range r {
			m, ok := seen[s]
			if !ok {
				m.text = display.Sanitize(s)
				m.width = display.Width(m.text)
				seen[s] = m
			}
			r[i], cellWidths[n][i] = m.text, m.width
			widths[i] = max(widths[i], m.width)
		}
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	var line strings.Builder
	for n, r := range rows {
		line.Reset()
		for i, s := range r {
			if i > 0 {
				line.WriteString("  ")
			}
			line.WriteString(s)
			line.WriteString(strings.Repeat(" ", widths[i]-cellWidths[n][i]))
		}
		w.WriteString(strings.TrimRight(line.String(), " "))
		w.WriteByte('\n')
	}
	w.Flush()
}

// confirm asks on stdin; only y, yes or 是 agree.
func confirm(e *env, n int) bool {
	fmt.Fprint(e.stdout, e.t("import.ask", n))
	if e.stdin == nil {
		return false
	}
	line, _ := bufio.NewReader(e.stdin).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "yes", "是", "确认":
		return true
	}
	return false
}

// saveImport writes the committed scores into the file. When it cannot
// (the file changed and a score conflicts), the scores are safe in the
// journal and the next dashboard merges them.
func saveImport(e *env, r *round.Round) bool {
	if err := r.Save(); err != nil {
		e.errorf("import.save", err)
		return false
	}
	return true
}

// openWriter opens path as the round's writer for a command that changes
// it (import, seal), or says why it cannot: another window holds it, or it
// can only be viewed. It returns the exit code when r is nil.
func openWriter(e *env, path string, opts round.Options) (r *round.Round, code int) {
	r, err := round.Open(path, opts)
	if err != nil {
		printProblems(e, err)
		return nil, exitFile
	}
	switch st := r.State(); st.Mode {
	case round.Follower:
		h := st.Holder
		e.errorf("import.locked", path, round.HolderName(h), h.Host, h.PID, h.Since.Format("2006-01-02 15:04"))
	case round.ViewOnly:
		fmt.Fprintln(e.stderr, display.Sanitize(st.Why.Message().In(e.lang)))
	default:
		return r, exitOK
	}
	r.Close()
	return nil, exitFile
}
