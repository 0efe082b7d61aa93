package main

import (
	"fmt"
	"strings"

	"liangsaibi/display"
)

// helpCommand is `liangsaibi help [COMMAND]`, the same as --help.
func helpCommand() *command {
	return &command{
		name:    "help",
		summary: "help.summary",
		help:    "help.help",
		flags:   noFlags(runHelp),
	}
}

func runHelp(e *env, args []string) int {
	switch len(args) {
	case 0:
		printHelp(e, "")
		return exitOK
	case 1:
		if lookup(args[0]) == nil {
			return e.unknownCommand(args[0])
		}
		printHelp(e, args[0])
		return exitOK
	}
	return e.usageError("help", "usage.too_many", strings.Join(args[1:], " "))
}

// printHelp writes the help of one command, or of the whole program when
// cmd is "", to stdout.
func printHelp(e *env, cmd string) {
	if c := lookup(cmd); c != nil {
		fmt.Fprint(e.stdout, e.t(c.help))
		fmt.Fprint(e.stdout, e.t("help.common_flags"))
		return
	}
	fmt.Fprint(e.stdout, e.t("root.help.head"))
	all := commands()
	width := 0
	for _, c := range all {
		if !c.hidden {
			width = max(width, display.Width(c.name))
		}
	}
	for _, c := range all {
		if c.hidden {
			continue
		}
		fmt.Fprintf(e.stdout, "  %s  %s\n", display.PadRight(c.name, width), e.t(c.summary))
	}
	fmt.Fprint(e.stdout, e.t("root.help.tail"))
}
