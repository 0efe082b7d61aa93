package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/simplifiedchinese"

	"liangsaibi/data"
	"liangsaibi/data/export"
	"liangsaibi/scoring"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"liangsaibi": main,
	})
}

// TestScripts runs the command-line scenarios in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("LIANGSAIBI_LANG", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode":    cmdExitCode,
			"gb18030":     cmdGB18030,
			"fromgb18030": cmdFromGB18030,
			"wantjson":    cmdWantJSON,
			"replace":     cmdReplace,
		},
	})
}

// exitcode N PROGRAM ARGS... runs PROGRAM like exec and checks that it
// exits with status N, keeping stdout and stderr for later checks.
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// gb18030 IN OUT writes the UTF-8 file IN re-encoded as GB18030, as
// Notepad or WPS would save it on a Chinese Windows.
func cmdGB18030(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gb18030 in out")
	}
	out, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(ts.ReadFile(args[0])))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), out, 0o644))
}

// fromgb18030 IN OUT decodes the GB18030 file IN to UTF-8, failing when IN
// is not valid GB18030.
func cmdFromGB18030(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: fromgb18030 in out")
	}
	raw := []byte(ts.ReadFile(args[0]))
	if utf8.Valid(raw) {
		ts.Fatalf("%s is UTF-8, not GB18030", args[0])
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), out, 0o644))
}

// wantjson FILE OUT writes what export.WriteJSON makes of FILE, to compare
// with the output of rank --format json.
func cmdWantJSON(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: wantjson file out")
	}
	doc, err := data.LoadFile(ts.MkAbs(args[0]), data.Options{})
	ts.Check(err)
	var b bytes.Buffer
	ts.Check(export.WriteJSON(&b, scoring.Compute(doc.Comp)))
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), b.Bytes(), 0o644))
}

// replace FILE OLD NEW replaces the first OLD in FILE by NEW, as a person
// editing the file by hand would.
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: replace file old new")
	}
	text := ts.ReadFile(args[0])
	if !strings.Contains(text, args[1]) {
		ts.Fatalf("replace: %q is not in %s", args[1], args[0])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(strings.Replace(text, args[1], args[2], 1)), 0o644))
}
