package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"liangsaibi/data"
	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

// The import crash test: a child process (this test binary again) imports
// a judge's sheet that changes every one of that judge's scores (4,500 at
// 300 streets) and prints "done" when the import returned. The parent kills
// it (SIGKILL) at a random moment over the import's whole run, reopens the
// file and checks the import is all in or all out: every score is the
// file's before the import or every score is the sheet's, never a mix, and
// all in once "done" was printed.
const importCrashEnv = "LIANGSAIBI_IMPORT_CRASH_CHILD" // file:sheet

// importCrashRuns is LIANGSAIBI_CRASH_RUNS, else 100 under CI, else 15.
func importCrashRuns() int {
	if n, err := strconv.Atoi(os.Getenv("LIANGSAIBI_CRASH_RUNS")); err == nil && n > 0 {
		return n
	}
	if os.Getenv("CI") != "" {
		return 100
	}
	return 15
}

// TestImportCrashChild is the child; it does nothing in a normal run.
func TestImportCrashChild(t *testing.T) {
	path, sheetPath := os.Getenv(importCrashEnv), os.Getenv(importCrashEnv+"_SHEET")
	if path == "" {
		t.Skip("only run as the import crash test's child")
	}
	e := &env{stdout: io.Discard, stderr: os.Stdout}
	if code := run(e, []string{"import", path, sheetPath, "--yes", "--overwrite"}, func(string) string { return "" }); code != exitOK {
		fmt.Println("error exit", code)
		os.Exit(1)
	}
	fmt.Println("done") // os.Stdout is unbuffered: out when the import returned
	os.Exit(0)
}

func TestImportCrashAllOrNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	dir := t.TempDir()
	src := gen.Competition(gen.Options{Seed: 3, Streets: 300, Judges: 7, Items: 20})
	sheetPath := filepath.Join(dir, "j1.csv")
	writeChangedSheet(t, src, dir, sheetPath)
	before := loadScores(t, writeCopy(t, dir, "before.yaml", src))

	// One run to the end: the scores after the import, and how long it takes.
	full := writeCopy(t, dir, "full.yaml", src)
	start := time.Now()
	if out, done := importChild(t, full, sheetPath, time.Hour); !done {
		t.Fatalf("import did not finish:\n%s", out)
	}
	took := time.Since(start)
	after := loadScores(t, full)
	if reflect.DeepEqual(before, after) {
		t.Fatal("the import changed nothing")
	}

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 18))
	var in, out int
	for run := range importCrashRuns() {
		path := writeCopy(t, dir, "c"+strconv.Itoa(run)+".yaml", src)
		delay := time.Duration(rng.Int64N(int64(took) * 11 / 10))
		text, done := importChild(t, path, sheetPath, delay)
		got := loadScores(t, path)
		switch {
		case reflect.DeepEqual(got, after):
			in++
		case done:
			t.Fatalf("run %d (killed after %v): the import reported done but is not all in\n%s", run, delay, text)
		case reflect.DeepEqual(got, before):
			out++
		default:
			t.Fatalf("run %d (killed after %v): the import is neither all in nor all out\n%s", run, delay, text)
		}
	}
	t.Logf("import of %v: %d runs all in, %d all out", took, in, out)
}

// importChild runs the child on path and kills it after delay; it reports
// whether the child said the import was done, and what it printed.
func importChild(t *testing.T, path, sheetPath string, delay time.Duration) (string, bool) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), importCrashEnv+"="+path, importCrashEnv+"_SHEET="+sheetPath)
	var out bytes.Buffer // written by Wait's copier, read after Wait
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(delay):
		cmd.Process.Kill() // SIGKILL on Unix
		<-exited
	}
	text := out.String()
	return text, strings.Contains(text, "done\n")
}

// loadScores opens the file as the next dashboard would (the journal
// replayed, the lock of the killed child gone) and returns its scores.
func loadScores(t *testing.T, path string) [][]scoring.Entry {
	t.Helper()
	s, err := data.Open(path, data.SessionOptions{Operator: "check"})
	if err != nil {
		t.Fatalf("%s does not open after the kill: %v", path, err)
	}
	defer s.Close()
	if s.ReadOnly {
		t.Fatalf("%s: the killed child's lock survived it", path)
	}
	return s.Comp().Scores
}

func writeCopy(t *testing.T, dir, name string, src []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
