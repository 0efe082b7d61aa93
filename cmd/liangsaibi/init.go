package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"liangsaibi/data"
	"liangsaibi/data/schema"
)

// defaultInitFile is the file `liangsaibi init` writes when none is named.
const defaultInitFile = "competition.yaml"

// initCommand is `liangsaibi init [FILE]`: an annotated template to fill in.
func initCommand() *command {
	return &command{
		name:    "init",
		summary: "init.summary",
		help:    "init.help",
		flags:   noFlags(runInit),
	}
}

func runInit(e *env, args []string) int {
	path := defaultInitFile
	switch len(args) {
	case 0:
	case 1:
		path = args[0]
	default:
		return e.usageError("init", "usage.too_many", strings.Join(args[1:], " "))
	}
	if err := createNew(path, data.Template()); err != nil {
		reportCreateError(e, path, err)
		return exitFile
	}
	// The template's first line names the schema beside it, so that
	// editors check fields as people type; write it unless one is there.
	sch := filepath.Join(filepath.Dir(path), schema.FileName)
	if !exists(sch) {
		if err := createNew(sch, schema.JSON()); err != nil {
			reportCreateError(e, sch, err)
			return exitFile
		}
	}
	fmt.Fprint(e.stdout, e.t("init.done", path))
	return exitOK
}
