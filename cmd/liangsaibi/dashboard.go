package main

import (
	"liangsaibi/scoring"
)

// dashboard is `liangsaibi [FILE]`: the full-screen dashboard of FILE, or of
// the embedded demo when no file is given.
//
// Until the tui package's dashboard is wired in, and always when stdout is
// not a terminal, it prints the ranking table instead.
func dashboard(e *env, o *options, args []string) int {
	path := ""
	if len(args) == 1 {
		path = args[0]
	}
	if e.isTerminal() {
		return runDashboard(e, o, path)
	}
	doc := loadDoc(e, o, path)
	if doc == nil {
		return exitFile
	}
	if err := writeTable(e.stdout, scoring.Compute(doc.Comp), e.lang); err != nil {
		e.errorf("write.failed", err)
		return exitFile
	}
	return exitOK
}
