package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// writeGBKDemo writes the demo (and its earlier rounds) into the current
// folder, the demo itself re-encoded as gbk.yaml.
func writeGBKDemo(t *testing.T) {
	t.Helper()
	if code, _, stderr := runArgs(nil, "demo", "-o", "demo.yaml"); code != 0 {
		t.Fatalf("demo: %s", stderr)
	}
	text, err := os.ReadFile("demo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(text)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("gbk.yaml", gbk, 0o644); err != nil {
		t.Fatal(err)
	}
}

// hintCommands are the liangsaibi command lines a message tells the user
// to run: words after "liangsaibi" up to the first Chinese word that is not
// the value of an option.
func hintCommands(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		for _, m := range regexp.MustCompile(`liangsaibi( [^ ，。；）]+)+`).FindAllString(line, -1) {
			words := strings.Fields(m)[1:]
			var cmd []string
			for i, w := range words {
				if hasHan(w) && !strings.Contains(w, ".") && (i == 0 || !strings.HasPrefix(words[i-1], "-")) {
					break
				}
				cmd = append(cmd, w)
			}
			// The dashboard (liangsaibi FILE) needs a terminal: not run here.
			if len(cmd) > 0 && (lookup(cmd[0]) != nil || strings.HasPrefix(cmd[0], "-")) {
				out = append(out, cmd)
			}
		}
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Every command a message suggests is one that works: followed to the
// letter, it exits 0. The messages come from real failures and from init.
func TestEveryHintIsACommandThatWorks(t *testing.T) {
	t.Chdir(t.TempDir())
	writeGBKDemo(t)
	judge := "评委一"
	cases := [][]string{
		{"export", "gbk.yaml", "-o", "g.xlsx"},
		{"export", "gbk.yaml", "-o", "g.csv"},
		{"sheet", "gbk.yaml", "--judge", judge, "-o", "s.xlsx"},
		{"rank", "gbk.yaml"},
		{"validate", "gbk.yaml"},
		{"trend", "gbk.yaml"},
		{"init", "本季度.yaml"},
		{"export", "gbk.yaml"},
		{"sheet", "gbk.yaml"},
		{"rank", "新的.yaml"},
		{"export", "没有.yaml", "-o", "x.xlsx"},
	}
	followed := 0
	for _, args := range cases {
		caseDir := t.TempDir()
		t.Chdir(caseDir)
		writeGBKDemo(t)
		code, stdout, stderr := runArgs(nil, args...)
		hints := hintCommands(stdout + "\n" + stderr)
		if code == exitFile && !slices.ContainsFunc(hints, func(h []string) bool { return !slices.Contains(h, "--help") }) {
			t.Errorf("%v fails (exit %d) without a command that would work:\n%s", args, code, stderr)
		}
		for _, hint := range hints {
			// Each hint in a copy of the folder as the failure left it.
			copyHere(t, caseDir)
			code, out, errs := runArgs(nil, hint...)
			if code != 0 {
				t.Errorf("%v suggests %v, which fails (exit %d):\n%s%s", args, hint, code, out, errs)
			}
			followed++
		}
	}
	if followed < len(cases) {
		t.Errorf("only %d hints found in %d failures: the test no longer sees them", followed, len(cases))
	}
}

// Refusing --encoding for an XLSX export names the option that reads a
// GBK competition file, and that option works.
func TestEncodingRefusalNamesFileEncoding(t *testing.T) {
	t.Chdir(t.TempDir())
	writeGBKDemo(t)
	code, _, stderr := runArgs(nil, "export", "gbk.yaml", "-o", "g.xlsx", "--encoding", "gb18030")
	if code != exitUsage || !strings.Contains(stderr, "--file-encoding gb18030") {
		t.Fatalf("exit %d, stderr %q: want a usage error naming --file-encoding gb18030", code, stderr)
	}
	if code, _, stderr := runArgs(nil, "export", "gbk.yaml", "-o", "g.xlsx", "--file-encoding", "gb18030"); code != 0 {
		t.Fatalf("the advice fails: exit %d %s", code, stderr)
	}
}

// copyHere changes to a new folder holding a copy of dir's files.
func copyHere(t *testing.T, dir string) {
	t.Helper()
	to := t.TempDir()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if b, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
			os.WriteFile(filepath.Join(to, e.Name()), b, 0o644)
		}
	}
	t.Chdir(to)
}
