package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liangsaibi/data"
)

// Commands run side by side share nothing: each parses its flags into
// values of its own. Under `go test -race` a package variable written by
// two runs would be reported.
func TestCommandsRunInParallel(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "demo.yaml")
	demo, prev := data.DemoFiles()
	if err := os.WriteFile(file, demo, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, data.DemoPrevName), prev, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := data.WriteDemoRounds(dir); err != nil {
		t.Fatal(err)
	}
	out := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		name string
		args []string
		want string // in stdout
	}{
		{"rank-table", []string{"rank", file}, "建设路街道"},
		{"rank-json", []string{"rank", "--format", "json", file}, `"full_mark"`},
		{"rank-csv-en", []string{"rank", file, "-f", "csv", "--lang", "en"}, "Rank,Tied,Status,Street"},
		{"validate", []string{"validate", file}, "demo.yaml"},
		{"export-md", []string{"export", file, "-o", out("a.txt"), "--format", "md"}, "a.txt"},
		{"export-gbk", []string{"export", file, "-o", out("b.csv"), "--format", "csv-gbk"}, "b.csv"},
		{"export-json", []string{"export", file, "-o", out("c.json")}, "c.json"},
		{"sheet-judge", []string{"sheet", file, "--judge", "j1", "-o", out("j1.csv")}, "j1.csv"},
		{"sheet-direct", []string{"sheet", file, "--direct", "-o", out("d.xlsx"), "--lang", "en"}, "d.xlsx"},
		{"gen", []string{"gen", "--streets", "3", "--judges", "2", "--items", "2", "-o", "-"}, "streets:"},
		{"demo", []string{"demo"}, "streets:"},
		{"help-rank", []string{"help", "rank"}, "--format"},
		{"version", []string{"--version"}, "liangsaibi "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for range 3 {
				var stdout, stderr bytes.Buffer
				e := &env{stdout: &stdout, stderr: &stderr, isTerminal: func() bool { return false }}
				if code := run(e, tc.args, func(string) string { return "" }); code != exitOK {
					t.Fatalf("exit %d: %s", code, stderr.String())
				}
				if !strings.Contains(stdout.String(), tc.want) {
					t.Fatalf("stdout lacks %q:\n%s", tc.want, stdout.String())
				}
			}
		})
	}
}
