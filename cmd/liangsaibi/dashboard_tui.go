package main

import (
	"errors"

	"liangsaibi/data"
	"liangsaibi/scoring"
	"liangsaibi/tui"
)

// runDashboard shows the full-screen dashboard of the file at path (the
// embedded demo when ""), opened for entering scores.
func runDashboard(e *env, o *options, path string) int {
	opts := tui.Options{Lang: e.lang}
	if path == "" {
		doc, err := data.Demo()
		if err != nil {
			printProblems(e, err)
			return exitFile
		}
		opts.Comp = doc.Comp
		// Scores entered into the demo go to a new file in this folder.
		opts.NewSession = tui.DemoSession(".", o.operator)
	} else {
		sess, err := data.Open(path, data.SessionOptions{Encoding: o.encoding, Operator: o.operator})
		var problems data.Problems
		switch {
		case err == nil:
			defer sess.Close()
			opts.Comp, opts.Session = sess.Comp(), sess
		case errors.As(err, &problems):
			// A file that fails validation opens the readable error screen.
			lines := data.ErrorLines(err, e.lang)
			opts.Load = func() (*scoring.Competition, []string, error) { return nil, lines, nil }
		default:
			// A damaged journal or an unreadable file: say so, overwrite nothing.
			printProblems(e, err)
			return exitFile
		}
	}
	err := tui.Run(opts)
	switch {
	case errors.Is(err, tui.ErrNotLoaded):
		return exitFile
	case err != nil:
		e.errorf("write.failed", err)
		return exitFile
	}
	return exitOK
}
