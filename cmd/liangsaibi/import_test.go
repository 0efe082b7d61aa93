package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/store"
)

// runImportCLI runs the command line in-process and returns exit code and output.
func runImportCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut, isTerminal: func() bool { return false }}
	code := run(e, args, func(string) string { return "" })
	return code, out.String(), errOut.String()
}

func TestImportRefusesFileHeldByAnother(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "demo.yaml")
	demo, prev := data.DemoFiles()
	os.WriteFile(file, demo, 0o644)
	os.WriteFile(filepath.Join(dir, data.DemoPrevName), prev, 0o644)
	data.WriteDemoRounds(dir)
	sheetPath := filepath.Join(dir, "s.csv")
	if code, _, stderr := runImportCLI(t, "sheet", file, "--street", "hanghaixilu", "-o", sheetPath); code != exitOK {
		t.Fatalf("sheet: %d %s", code, stderr)
	}
	lock, err := store.Lock(file)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	before, _ := os.ReadFile(file)
	code, _, stderr := runImportCLI(t, "import", file, sheetPath, "--yes")
	if code != exitFile || !strings.Contains(stderr, "正由") || !strings.Contains(stderr, lock.Holder().User) {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
		t.Fatal("file changed while held by another instance")
	}
}

func TestExportFormatOf(t *testing.T) {
	for _, tc := range []struct{ flag, path, want string }{
		{"", "排名.XLSX", "xlsx"}, {"", "a.yml", "yaml"}, {"", "a.markdown", "md"},
		{"json", "a.txt", "json"}, {".csv", "a.xlsx", "csv"}, {"", "noext", ""}, {"csv-gbk", "a.csv", "csv-gbk"},
	} {
		if f, _ := formatOf(tc.flag, tc.path); f.Name != tc.want {
			t.Errorf("formatOf(%q, %q) = %q, want %q", tc.flag, tc.path, f.Name, tc.want)
		}
	}
}

// Flags of one run never leak into the next (they live outside options).
func TestSheetFlagsReset(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "demo.yaml")
	demo, prev := data.DemoFiles()
	os.WriteFile(file, demo, 0o644)
	os.WriteFile(filepath.Join(dir, data.DemoPrevName), prev, 0o644)
	data.WriteDemoRounds(dir)
	if code, _, stderr := runImportCLI(t, "sheet", file, "--judge", "j1", "-o", filepath.Join(dir, "a.csv")); code != exitOK {
		t.Fatal(stderr)
	}
	if code, _, _ := runImportCLI(t, "sheet", file, "--direct", "-o", filepath.Join(dir, "b.csv")); code != exitOK {
		t.Fatal("--judge from the previous run leaked into this one")
	}
}
