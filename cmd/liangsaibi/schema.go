package main

import (
	"fmt"

	"liangsaibi/data/schema"
)

// schemaCommand is `liangsaibi schema [FILE]`: the JSON Schema of the
// competition file, for editors. Without FILE it goes to stdout; with FILE
// it is written there (a new file, in UTF-8 — safer than PowerShell's `>`,
// which writes UTF-16).
func schemaCommand() *command {
	return &command{
		name:    "schema",
		summary: "schema.summary",
		help:    "schema.help",
		flags:   noFlags(runSchema),
	}
}

func runSchema(e *env, args []string) int {
	switch len(args) {
	case 0:
		if _, err := e.stdout.Write(schema.JSON()); err != nil {
			e.errorf("write.failed", err)
			return exitFile
		}
		return exitOK
	case 1:
		if err := createNew(args[0], schema.JSON()); err != nil {
			reportCreateError(e, args[0], err)
			return exitFile
		}
		fmt.Fprintln(e.stdout, e.t("schema.done", args[0]))
		return exitOK
	}
	return e.usageError("schema", "usage.too_many", args[1])
}
