package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"liangsaibi/i18n"
	"liangsaibi/scoring"
)

// payloads: clear screen, window title, clipboard (OSC 52), C1 CSI, bidi.
var payloads = []string{"\x1b[2J", "\x1b]0;pwned\x07", "\x1b]52;c;cHduZWQ=\x07", "\u009b2J", "\u202e"}

func harmless(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
	})
}

// runCLI runs the command line in process and returns stdout and stderr.
func runCLI(t *testing.T, lang string, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, isTerminal: func() bool { return false }}
	run(e, args, func(k string) string {
		if k == "LIANGSAIBI_LANG" {
			return lang
		}
		return ""
	})
	return out.String(), errb.String()
}

// TestEchoedTextIsSanitized: file names and typed values appear in
// messages; none may reach the terminal as an escape.
func TestEchoedTextIsSanitized(t *testing.T) {
	dir := t.TempDir()
	for _, p := range payloads {
		bad := filepath.Join(dir, "c"+p+".yaml")
		// Windows file names cannot hold control characters: there the
		// file is missing and the payload is echoed in the read error.
		winInvalid := runtime.GOOS == "windows" && strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 })
		if err := os.WriteFile(bad, []byte("version: 2\n"), 0o600); err != nil && !winInvalid {
			t.Fatal(err)
		}
		for _, lang := range []string{"zh", "en"} {
			for _, args := range [][]string{
				{"validate", bad},
				{"rank", bad},
				{"validate", filepath.Join(dir, "missing"+p+".yaml")},
				{"rank", "--format", "json" + p, bad},
				{"--lang", "x" + p, "validate", bad},
				{"--encoding", p, "validate", bad},
				{"rnak" + p},
				{"validate", "--no" + p},
			} {
				out, errs := runCLI(t, lang, args...)
				if !harmless(out) || !harmless(errs) {
					t.Errorf("%q: escape reached the terminal:\nstdout %q\nstderr %q", args, out, errs)
				}
				if errs == "" {
					t.Errorf("%q: no error printed", args)
				}
			}
		}
	}
}

// TestRankTableWithHostilePreviousRound: the previous round's file is read
// loosely (other keys are ignored), so its title reaches the table header.
func TestRankTableWithHostilePreviousRound(t *testing.T) {
	st := demoStandings(t)
	c := *st.Comp
	prev := *c.Previous
	prev.Title, prev.Round = strings.Join(payloads, "上一轮"), ""
	c.Previous = &prev
	for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
		out := strings.Join(tableLines(scoring.Compute(&c), l), "\n")
		if !harmless(out) {
			t.Fatalf("escape reached the table:\n%q", out)
		}
	}
}
