package main

import (
	"errors"
	"fmt"
	"strings"

	"liangsaibi/data"
	"liangsaibi/display"
)

// loadDoc reads the competition file at path, or the embedded demo when
// path is "", with the scores entered in a dashboard but not yet saved
// into the file (they are in its journal): a ranking or an export made
// while the dashboard is open already counts them. On failure it prints
// every problem to stderr and returns nil; the caller exits with exitFile.
func loadDoc(e *env, encoding, path string) *data.Doc {
	return loadDocWith(e, path, data.Options{Encoding: encoding})
}

// loadDocWith is loadDoc with the load's options (the file's encoding
// among them).
func loadDocWith(e *env, path string, opts data.Options) *data.Doc {
	var doc *data.Doc
	var err error
	if path == "" {
		doc, err = data.Demo()
	} else {
		doc, err = data.LoadWithJournal(path, opts)
	}
	if err != nil {
		printProblems(e, err)
		return nil
	}
	return doc
}

// journalWarnings says on stderr that scores were counted from the entry
// journal, or that it could not be used: a ranking must never silently
// leave out (or silently include) scores that are not in the file.
func journalWarnings(e *env, doc *data.Doc) {
	for _, m := range doc.Journal.Warnings() {
		fmt.Fprintln(e.stderr, display.Sanitize(m.In(e.lang)))
	}
}

// printProblems writes each problem of err on its own line to stderr,
// then, for a file in GBK, the same command that reads it.
func printProblems(e *env, err error) {
	for _, line := range data.ErrorLines(err, e.lang) {
		fmt.Fprintln(e.stderr, line)
	}
	var ps data.Problems
	if errors.As(err, &ps) && len(ps) > 0 && ps[0].Msg.Key == "file.gbk" && e.args != nil {
		fmt.Fprintln(e.stderr, e.t("hint.gbk", commandLine(append([]string{"--encoding", "gb18030"}, e.args...))))
	}
}

// commandLine is args as one line to copy, each argument quoted when it
// needs to be.
func commandLine(args []string) string {
	out := []string{"liangsaibi"}
	for _, a := range args {
		if a == "" || strings.ContainsAny(a, " \t\"'$&|;<>()*?") {
			a = "\"" + strings.ReplaceAll(a, "\"", "\\\"") + "\""
		}
		out = append(out, display.Sanitize(a))
	}
	return strings.Join(out, " ")
}
