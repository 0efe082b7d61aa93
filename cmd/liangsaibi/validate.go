package main

import (
	"flag"
	"fmt"

	"liangsaibi/data"
	"liangsaibi/scoring"
)

// validateCommand is `liangsaibi validate FILE...`: every problem of every
// file, each at its line and column; exit 1 when any file has one.
func validateCommand() *command {
	return &command{
		name:    "validate",
		summary: "validate.summary",
		help:    "validate.help",
		flags: func(fs *flag.FlagSet, e *env, g globals) func([]string) int {
			encoding := encodingFlags(fs, e, g)
			return func(args []string) int { return runValidate(e, *encoding, args) }
		},
	}
}

func runValidate(e *env, encoding string, args []string) int {
	if len(args) == 0 {
		return e.usageError("validate", "validate.no_file")
	}
	code := exitOK
	for _, path := range args {
		doc, err := data.LoadFile(path, data.Options{Encoding: encoding})
		if err != nil {
			printProblems(e, err)
			fmt.Fprintln(e.stderr, e.t("validate.invalid", path, problemCount(err)))
			code = exitFile
			continue
		}
		fmt.Fprintln(e.stdout, validSummary(e, path, doc.Comp))
	}
	return code
}

// problemCount is how many problems err holds (1 for any other error).
func problemCount(err error) int {
	if ps, ok := err.(data.Problems); ok && len(ps) > 0 {
		return len(ps)
	}
	return 1
}

// validSummary says what a valid file holds and how far scoring has got.
func validSummary(e *env, path string, c *scoring.Competition) string {
	st := scoring.Compute(c)
	return e.t("validate.ok", path, len(c.Streets), len(c.Judges), len(c.Items), st.Ranked, len(c.Streets))
}
