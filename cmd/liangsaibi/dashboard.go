package main

import (
	"errors"
	"fmt"
	"os"

	"liangsaibi/data"
	"liangsaibi/data/framecache"
	"liangsaibi/data/round"
	"liangsaibi/scoring"
	"liangsaibi/tui"
)

// dashboard is `liangsaibi [FILE]`: the full-screen dashboard of FILE, or of
// the embedded demo when no file is given. When stdout is not a terminal
// (a pipe, a file, CI) it prints the ranking table instead.
func dashboard(e *env, g globals, args []string) int {
	path := ""
	if len(args) == 1 {
		path = args[0]
	}
	if e.isTerminal == nil || !e.isTerminal() {
		return printTable(e, g.encoding, path)
	}
	if path == "" {
		return runDemoDashboard(e, g.operator)
	}
	return runFileDashboard(e, g, path)
}

// printTable is the dashboard's stand-in where no one can interact with it.
func printTable(e *env, encoding, path string) int {
	doc := loadDoc(e, encoding, path)
	if doc == nil {
		return exitFile
	}
	if err := writeTable(e.stdout, scoring.Compute(doc.Comp), e.lang); err != nil {
		e.errorf("write.failed", err)
		return exitFile
	}
	return exitOK
}

// runDemoDashboard shows the embedded demo. The first score entered copies
// the demo into the current folder, so nothing typed is lost.
func runDemoDashboard(e *env, operator string) int {
	doc := loadDoc(e, "", "")
	if doc == nil {
		return exitFile
	}
	dir, err := os.Getwd()
	if err != nil {
		dir = "."
	}
	return e.tuiResult(tui.Run(tui.Options{
		Lang:       e.lang,
		Comp:       doc.Comp,
		NewSession: tui.DemoSession(dir, operator),
		Version:    versionString(),
	}))
}

// runFileDashboard opens FILE as a round: the writer when the lock is
// free (replaying scores entered but not yet saved), a live follower when
// another window writes, view-only when the file cannot be written. Opening runs inside the
// dashboard, which shows a spinner for a large file and an error screen
// for a file with problems.
func runFileDashboard(e *env, g globals, path string) int {
	var r *round.Round
	progress := new(tui.LoadProgress)
	if fi, err := os.Stat(path); err == nil {
		progress.Expect(fi.Size()) // a large file shows its spinner from the first frame
	}
	frame := framecache.Default().For(path, g.encoding)
	defer func() {
		if r != nil {
			r.Close() // the close handshake: save, stop following, release the lock
			storeClosed(frame, r.State())
		}
	}()
	return e.tuiResult(tui.Run(tui.Options{
		Lang:     e.lang,
		Path:     path,
		Version:  versionString(),
		Progress: progress,
		Frame:    frame,
		OpenSession: func() (tui.EntrySession, []string, error) {
			opened, err := round.Open(path, round.Options{Encoding: g.encoding, Operator: g.operator,
				Progress: progress.Report})
			if err != nil {
				return nil, data.ErrorLines(err, e.lang), nil
			}
			r = opened
			return opened, nil, nil
		},
	}))
}

// storeClosed keeps the standings of a round closed with every score in
// its file for the next start's first frame (data/framecache).
func storeClosed(frame *framecache.File, st *round.State) {
	if frame == nil || st == nil || st.Mode != round.Writer || st.Unsaved != 0 || st.Invalid != nil ||
		len(st.Conflicts) > 0 || st.Review.Sealed() {
		return
	}
	if k, err := frame.Key(); err == nil && !frame.Has(k) {
		_ = frame.Store(k, st.Standings()) // only saves time: a failure is nothing to tell
	}
}

// tuiResult turns how the dashboard ended into an exit status.
func (e *env) tuiResult(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, tui.ErrNotLoaded):
		return exitFile
	}
	fmt.Fprintln(e.stderr, e.t("tui.failed", err))
	return exitFile
}
