package main

import (
	"bytes"
	"strings"
	"testing"

	"liangsaibi/i18n"
	"liangsaibi/i18n/i18ntest"
)

// runArgs runs the whole command line with args and the environment vars.
func runArgs(vars map[string]string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb}
	code = run(e, args, func(k string) string { return vars[k] })
	return code, out.String(), errb.String()
}

// TestPanicBecomesExit3: a bug in a command prints an apology, never a
// Go stack trace, and exits 3.
func TestPanicBecomesExit3(t *testing.T) {
	boom := func(lang i18n.Lang, vars map[string]string) (code int, stdout, stderr string) {
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb, lang: lang}
		code = guard(e, func(k string) string { return vars[k] }, func() int { panic("kaboom") })
		return code, out.String(), errb.String()
	}
	code, stdout, stderr := boom(i18n.Zh, nil)
	if code != exitPanic {
		t.Fatalf("exit %d, want %d", code, exitPanic)
	}
	if stdout != "" || !strings.Contains(stderr, "抱歉") || !strings.Contains(stderr, "kaboom") {
		t.Fatalf("stdout %q stderr %q", stdout, stderr)
	}
	if strings.Contains(stderr, "goroutine") {
		t.Fatalf("stack trace shown without LIANGSAIBI_DEBUG:\n%s", stderr)
	}
	if _, _, stderr = boom(i18n.Zh, map[string]string{"LIANGSAIBI_DEBUG": "1"}); !strings.Contains(stderr, "goroutine") {
		t.Fatalf("no stack trace with LIANGSAIBI_DEBUG:\n%s", stderr)
	}
	if _, _, stderr = boom(i18n.En, nil); !strings.Contains(stderr, "Sorry") {
		t.Fatalf("English apology missing: %q", stderr)
	}
}

// TestNoTerminalPrintsTable: without a terminal the dashboard is the table.
func TestNoTerminalPrintsTable(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, isTerminal: func() bool { return false }}
	if code := run(e, nil, func(string) string { return "" }); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "建设路街道") || strings.Contains(out.String(), "\x1b") {
		t.Fatalf("not a plain table:\n%s", out.String())
	}
}

// TestEveryCommandHasHelpInBothLanguages: each registered command's texts
// exist in the catalog, in Chinese and English.
func TestEveryCommandHasHelpInBothLanguages(t *testing.T) {
	if missing := msgs.Missing(); len(missing) > 0 {
		t.Fatalf("empty translations: %v", missing)
	}
	for _, c := range commands() {
		for _, key := range []string{c.summary, c.help} {
			if _, ok := msgs[key]; !ok {
				t.Errorf("command %s: no catalog entry %q", c.name, key)
			}
		}
	}
}

func TestParseInterspersed(t *testing.T) {
	e := &env{}
	fs := newFlagSet("rank", e)
	rankCommand().flags(fs, e, globals{})
	rest, err := parseInterspersed(fs, []string{"a.yaml", "--format", "json", "--", "-b.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if f := fs.Lookup("format").Value.String(); f != "json" || strings.Join(rest, ",") != "a.yaml,-b.yaml" {
		t.Fatalf("format %q rest %q", f, rest)
	}
}

// TestCatalog: every text of the command line is in both languages, with
// the same arguments, and used.
func TestCatalog(t *testing.T) {
	i18ntest.CheckCatalog(t, msgs, ".")
}
