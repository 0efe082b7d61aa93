package main

import (
	"bytes"
	"liangsaibi/i18n/i18ntest"
	"strings"
	"testing"
)

// runArgs runs the program in-process with the given environment variables.
func runArgs(vars map[string]string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb}
	code = run(e, args, func(k string) string { return vars[k] })
	return code, out.String(), errb.String()
}

// TestPanicBecomesExit3: a bug in a command prints an apology, never a
// Go stack trace, and exits 3.
func TestPanicBecomesExit3(t *testing.T) {
	boom := &command{name: "boom", summary: "help.summary", help: "help.help",
		run: func(*env, *options, []string) int { panic("kaboom") }}
	registry = append(registry, boom)
	defer func() { registry = registry[:len(registry)-1] }()

	code, stdout, stderr := runArgs(nil, "boom")
	if code != exitPanic {
		t.Fatalf("exit %d, want %d", code, exitPanic)
	}
	if stdout != "" || !strings.Contains(stderr, "抱歉") || !strings.Contains(stderr, "kaboom") {
		t.Fatalf("stdout %q stderr %q", stdout, stderr)
	}
	if strings.Contains(stderr, "goroutine") {
		t.Fatalf("stack trace shown without LIANGSAIBI_DEBUG:\n%s", stderr)
	}
	_, _, stderr = runArgs(map[string]string{"LIANGSAIBI_LANG": "en"}, "boom")
	if !strings.Contains(stderr, "Sorry") {
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
	for _, c := range registry {
		for _, key := range []string{c.summary, c.help} {
			if _, ok := msgs[key]; !ok {
				t.Errorf("command %s: no catalog entry %q", c.name, key)
			}
		}
	}
}

func TestParseInterspersed(t *testing.T) {
	var o options
	e := &env{}
	fs := newFlagSet("rank", e, &o)
	rankCommand.flags(fs, e, &o)
	rest, err := parseInterspersed(fs, []string{"a.yaml", "--format", "json", "--", "-b.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if o.format != "json" || strings.Join(rest, ",") != "a.yaml,-b.yaml" {
		t.Fatalf("format %q rest %q", o.format, rest)
	}
}

// TestCatalog: every text of the command line is in both languages, with
// the same arguments, and used.
func TestCatalog(t *testing.T) {
	i18ntest.CheckCatalog(t, msgs, ".")
}
