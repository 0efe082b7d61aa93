package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"liangsaibi/data"
)

// demoCommand is `liangsaibi demo [-o FILE]`: the embedded demo file, to
// stdout or to FILE with its previous round next to it.
func demoCommand() *command {
	return &command{
		name:    "demo",
		summary: "demo.summary",
		help:    "demo.help",
		flags: func(fs *flag.FlagSet, e *env, _ globals) func([]string) int {
			output := outputFlag(fs)
			return func(args []string) int { return runDemo(e, *output, args) }
		},
	}
}

// sameContent reports whether the file at path holds exactly want.
func sameContent(path string, want []byte) bool {
	got, err := os.ReadFile(path)
	return err == nil && bytes.Equal(got, want)
}

func runDemo(e *env, output string, args []string) int {
	if len(args) > 0 {
		return e.usageError("demo", "usage.too_many", strings.Join(args, " "))
	}
	demo, prev := data.DemoFiles()
	if output == "" || output == "-" {
		if _, err := e.stdout.Write(demo); err != nil {
			e.errorf("write.failed", err)
			return exitFile
		}
		return exitOK
	}
	// The demo names its previous round by file name; write that file
	// beside it so the comparison with the earlier round works.
	prevPath := filepath.Join(filepath.Dir(output), data.DemoPrevName)
	if filepath.Clean(output) == filepath.Clean(prevPath) {
		return e.usageError("demo", "demo.name_clash", data.DemoPrevName)
	}
	// A demo.prev.yaml already there from an earlier demo is the same
	// file: reuse it rather than refuse.
	prevThere := sameContent(prevPath, prev)
	for _, p := range []string{output, prevPath} {
		if exists(p) && !(p == prevPath && prevThere) {
			reportCreateError(e, p, errExists)
			return exitFile
		}
	}
	// The earlier rounds of `history:` likewise; the same files are reused.
	var hist []string
	for _, h := range data.DemoHistory() {
		p := filepath.Join(filepath.Dir(output), h.Name)
		if filepath.Clean(output) == filepath.Clean(p) {
			return e.usageError("demo", "demo.name_clash", h.Name)
		}
		if sameContent(p, h.Body) {
			continue
		}
		if exists(p) {
			reportCreateError(e, p, errExists)
			return exitFile
		}
		hist = append(hist, p)
	}
	for _, h := range data.DemoHistory() {
		p := filepath.Join(filepath.Dir(output), h.Name)
		if !slices.Contains(hist, p) {
			continue
		}
		if err := createNew(p, h.Body); err != nil {
			reportCreateError(e, p, err)
			return exitFile
		}
	}
	for _, f := range []struct {
		path string
		body []byte
	}{{prevPath, prev}, {output, demo}} {
		if f.path == prevPath && prevThere {
			continue
		}
		if err := createNew(f.path, f.body); err != nil {
			reportCreateError(e, f.path, err)
			return exitFile
		}
	}
	fmt.Fprint(e.stdout, e.t("demo.done", output, prevPath))
	return exitOK
}
