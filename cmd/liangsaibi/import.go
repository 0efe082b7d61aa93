package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"liangsaibi/data"
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
	sess, err := data.Open(path, data.SessionOptions{Encoding: f.fileEncoding, Operator: f.operator})
	if err != nil {
		printProblems(e, err)
		return exitFile
	}
	defer sess.Close()
	if sess.ReadOnly {
		h := sess.Holder
		e.errorf("import.locked", path, h.User, h.Host, h.PID, h.Since.Format("2006-01-02 15:04"))
		return exitFile
	}
	for _, n := range sess.Notes {
		fmt.Fprintln(e.stderr, display.Sanitize(n.In(e.lang)))
	}
	c := sess.Comp()
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
	for i, ch := range changes {
		if _, err := sess.Commit(ch.Street, ch.Item, ch.Slot, ch.New); err != nil {
			e.errorf("import.commit", i, err)
			saveImport(e, sess)
			return exitFile
		}
		// The journal holds a bounded number of entries; a whole city's
		// sheets are saved in batches that stay well inside it.
		if (i+1)%importBatch == 0 && !saveImport(e, sess) {
			return exitFile
		}
	}
	if !saveImport(e, sess) {
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
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, s := range r {
			widths[i] = max(widths[i], display.Width(display.Sanitize(s)))
		}
	}
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, s := range r {
			cells[i] = display.PadRight(display.Sanitize(s), widths[i])
		}
		fmt.Fprintln(e.stdout, strings.TrimRight(strings.Join(cells, "  "), " "))
	}
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

// saveImport writes the committed scores into the file.
// importBatch is how many imported scores are saved at a time, far below
// the journal's limit of store.MaxJournalEntries/2 entries.
const importBatch = 10_000

func saveImport(e *env, sess *data.Session) bool {
	err := sess.Save()
	var conflict *data.ConflictError
	switch {
	case errors.As(err, &conflict):
		fmt.Fprintln(e.stderr, display.Sanitize(conflict.Message().In(e.lang)))
		return false
	case err != nil:
		e.errorf("import.save", err)
		return false
	}
	return true
}
