package main

import (
	"bufio"
	"bytes"
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
	defer bulkGC()()
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
	printed := printChanges(e, c, changes, f.yes)
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
	_, err := r.Do(ops...)
	printed()
	if err != nil {
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
// old → new, and the sheet cell each comes from. An import prints a row
// per change, 45,000 for a city judge's sheet, naming the same streets,
// items, judges and values again and again: each distinct text is
// sanitised and measured once, and the rows go out through one buffer
// without a string per row.
func writeChanges(e *env, c *scoring.Competition, changes []sheet.Change) {
	t := newChangeTable(e, c)
	head := []measured{t.measure(e.t("import.col.street")), t.measure(e.t("import.col.item")),
		t.measure(e.t("import.col.judge")), t.measure(e.t("import.col.change")), t.measure(e.t("import.col.where"))}
	var widths [4]int // the last column is not padded
	for i := range widths {
		widths[i] = head[i].width
	}
	for _, ch := range changes {
		for i, m := range t.row(ch) {
			widths[i] = max(widths[i], m.width)
		}
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	line := appendCells(nil, widths, head[:4])
	writeLine(w, append(append(line, "  "...), head[4].text...))
	for _, ch := range changes {
		cells := t.row(ch)
		line = appendCells(line[:0], widths, cells[:])
		line = t.where(append(line, "  "...), ch.Loc)
		writeLine(w, line)
	}
	w.Flush()
}

// printChanges prints the change table. Asked to confirm, it prints it
// at once; with --yes nobody reads it before the commit, so it is printed
// on another goroutine while the commit is written (45,000 rows at city).
// The returned func waits until the table is out; a panic there is raised
// again on the caller's goroutine, where guard catches it.
func printChanges(e *env, c *scoring.Competition, changes []sheet.Change, async bool) (wait func()) {
	if !async {
		writeChanges(e, c, changes)
		return func() {}
	}
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		writeChanges(e, c, changes)
	}()
	return func() {
		if p := <-done; p != nil {
			panic(p)
		}
	}
}

// measured is a cell's text, sanitised, and its width in cells.
type measured struct {
	text  string
	width int
}

// changeTable measures the cells of the change table, each distinct text once.
type changeTable struct {
	e                      *env
	c                      *scoring.Competition
	streets, items, judges []measured // by index, measured on first use
	direct                 measured
	changes                map[changeKey]measured
	files                  map[string]string
}

type changeKey struct {
	old, new scoring.Slot
	conflict bool
}

func newChangeTable(e *env, c *scoring.Competition) *changeTable {
	t := &changeTable{e: e, c: c, streets: make([]measured, len(c.Streets)), items: make([]measured, len(c.Items)),
		judges: make([]measured, len(c.Judges)), changes: map[changeKey]measured{}, files: map[string]string{}}
	t.direct = t.measure(e.t("import.direct"))
	return t
}

func (t *changeTable) measure(s string) measured {
	s = display.Sanitize(s)
	return measured{s, display.Width(s)}
}

// cached is all[i], measured from name on first use.
func (t *changeTable) cached(all []measured, i int, name string) measured {
	if all[i].text == "" && name != "" {
		all[i] = t.measure(name)
	}
	return all[i]
}

// row is ch's street, item, judge and change cells.
func (t *changeTable) row(ch sheet.Change) [4]measured {
	c := t.c
	judge := t.direct
	if c.Items[ch.Item].Kind == scoring.Judged {
		judge = t.cached(t.judges, ch.Slot, c.Judges[ch.Slot].Name)
	}
	k := changeKey{ch.Old, ch.New, ch.Conflict}
	change, ok := t.changes[k]
	if !ok {
		s := sheet.SlotText(ch.Old, t.e.lang) + " → " + sheet.SlotText(ch.New, t.e.lang)
		if ch.Conflict {
			s += t.e.t("import.overwrite")
		}
		change = t.measure(s)
		t.changes[k] = change
	}
	return [4]measured{t.cached(t.streets, ch.Street, c.Streets[ch.Street].Name),
		t.cached(t.items, ch.Item, c.Items[ch.Item].Name), judge, change}
}

// where appends to b the sheet cell a change comes from, sanitised.
func (t *changeTable) where(b []byte, l sheet.Loc) []byte {
	file, ok := t.files[l.File]
	if !ok {
		file = display.Sanitize(l.File)
		t.files[l.File] = file
	}
	b = append(b, file...)
	if l.Row != 0 && l.Col != 0 {
		b = l.AppendCell(append(b, ' '))
	}
	return b
}

// appendCells appends cells padded to widths, two spaces between them.
func appendCells(line []byte, widths [4]int, cells []measured) []byte {
	for i, m := range cells {
		if i > 0 {
			line = append(line, "  "...)
		}
		line = append(line, m.text...)
		for n := widths[i] - m.width; n > 0; n-- {
			line = append(line, ' ')
		}
	}
	return line
}

// writeLine writes line without its trailing spaces.
func writeLine(w *bufio.Writer, line []byte) {
	w.Write(bytes.TrimRight(line, " "))
	w.WriteByte('\n')
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
