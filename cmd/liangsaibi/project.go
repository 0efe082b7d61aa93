package main

import (
	"flag"
	"strings"

	"liangsaibi/tui/projector"
)

// projectCommand is `liangsaibi project [FILE]`: the full-screen ranking
// for a projector, following FILE live (the embedded demo without FILE).
var projectCommand = &command{
	name:    "project",
	summary: "project.summary",
	help:    "project.help",
	flags: func(fs *flag.FlagSet, e *env, o *options) {
		fs.Var(encodingFlag{&o.encoding, e}, "encoding", "")
		projectFlags = projectSettings{pageSeconds: 8}
		fs.IntVar(&projectFlags.pageSeconds, "page-seconds", 8, "")
		fs.BoolVar(&projectFlags.reveal, "reveal", false, "")
		fs.BoolVar(&projectFlags.hold, "hold", false, "")
		fs.BoolVar(&projectFlags.light, "light", false, "")
	},
	run: runProject,
}

// projectSettings are the projector's own flags (the shared options
// struct holds only flags several commands read).
type projectSettings struct {
	pageSeconds  int
	reveal, hold bool
	light        bool
}

var projectFlags projectSettings

func runProject(e *env, o *options, args []string) int {
	if len(args) > 1 {
		return e.usageError("project", "usage.too_many", strings.Join(args[1:], " "))
	}
	path := ""
	if len(args) == 1 {
		path = args[0]
	}
	if projectFlags.pageSeconds <= 0 {
		return e.usageError("project", "project.page_seconds", projectFlags.pageSeconds)
	}
	if !e.isTerminal() {
		e.errorf("project.no_terminal")
		return exitUsage
	}
	// A file that is wrong at the start is reported like everywhere else;
	// once running, the projector keeps the last good state instead.
	doc := loadDoc(e, o, path)
	if doc == nil {
		return exitFile
	}
	theme := projector.Dark
	if projectFlags.light {
		theme = projector.Light
	}
	err := projector.Run(projector.Options{
		Lang: e.lang, Path: path, Encoding: o.encoding, Comp: doc.Comp,
		PageSeconds: projectFlags.pageSeconds, Reveal: projectFlags.reveal,
		Hold: projectFlags.hold, Theme: theme,
	})
	if err != nil {
		e.errorf("project.failed", err)
		return exitFile
	}
	return exitOK
}
