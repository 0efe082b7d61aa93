package main

import (
	"flag"
	"strings"

	"liangsaibi/tui/projector"
)

// projectCommand is `liangsaibi project [FILE]`: the full-screen ranking
// for a projector, following FILE live (the embedded demo without FILE).
func projectCommand() *command {
	return &command{
		name:    "project",
		summary: "project.summary",
		help:    "project.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			f := &projectFlags{encoding: g.encoding, pageSeconds: 8}
			fs.Var(encodingFlag{&f.encoding, e}, "encoding", "")
			fs.IntVar(&f.pageSeconds, "page-seconds", f.pageSeconds, "")
			fs.BoolVar(&f.reveal, "reveal", false, "")
			fs.BoolVar(&f.hold, "hold", false, "")
			fs.BoolVar(&f.light, "light", false, "")
			return func(args []string) int { return runProject(e, f, args) }
		},
	}
}

// projectFlags are the flags of one project run.
type projectFlags struct {
	encoding     string
	pageSeconds  int
	reveal, hold bool
	light        bool
}

func runProject(e *env, f *projectFlags, args []string) int {
	if len(args) > 1 {
		return e.usageError("project", "usage.too_many", strings.Join(args[1:], " "))
	}
	path := ""
	if len(args) == 1 {
		path = args[0]
	}
	if f.pageSeconds <= 0 {
		return e.usageError("project", "project.page_seconds", f.pageSeconds)
	}
	if !e.isTerminal() {
		e.errorf("project.no_terminal")
		return exitUsage
	}
	// A file that is wrong at the start is reported like everywhere else;
	// once running, the projector keeps the last good state instead.
	doc := loadDoc(e, f.encoding, path)
	if doc == nil {
		return exitFile
	}
	theme := projector.Dark
	if f.light {
		theme = projector.Light
	}
	err := projector.Run(projector.Options{
		Lang: e.lang, Path: path, Encoding: f.encoding, Comp: doc.Comp,
		PageSeconds: f.pageSeconds, Reveal: f.reveal,
		Hold: f.hold, Theme: theme,
	})
	if err != nil {
		e.errorf("project.failed", err)
		return exitFile
	}
	return exitOK
}
