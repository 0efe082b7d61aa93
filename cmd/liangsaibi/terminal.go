package main

import (
	"os"

	"github.com/charmbracelet/x/term"
)

// stdoutIsTerminal reports whether a person is looking at stdout (not a
// pipe, a file or CI), which decides between the dashboard and the table.
func stdoutIsTerminal() bool {
	return term.IsTerminal(os.Stdout.Fd()) && term.IsTerminal(os.Stdin.Fd())
}
