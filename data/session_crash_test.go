package data

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"liangsaibi/scoring"
)

// The session crash test: a child process (this test binary again) opens a
// Session on a copy of the demo and commits a scripted sequence of scores,
// printing "saved N" after Commit N returned and saving the file every few
// commits. The parent kills it (SIGKILL) at a random moment, reopens the
// file with Open and checks that every commit reported saved is there.
const (
	crashChildEnv = "LIANGSAIBI_SESSION_CRASH_CHILD" // the file the child enters into
	crashSeedEnv  = "LIANGSAIBI_SESSION_CRASH_SEED"
	crashCommits  = 60 // commits per child, each to a different slot
	crashSaveGap  = 7  // the child saves the file after every 7th commit
)

// crashRuns is LIANGSAIBI_CRASH_RUNS, else 200 under CI (.ci/run sets CI),
// else 30 so that `go test ./...` stays quick. Set 1000 for the long mode.
func crashRuns() int {
	if n, err := strconv.Atoi(os.Getenv("LIANGSAIBI_CRASH_RUNS")); err == nil && n > 0 {
		return n
	}
	if os.Getenv("CI") != "" {
		return 200
	}
	return 30
}

// crashStep is one scripted commit.
type crashStep struct {
	street, item, slot int
	val                scoring.Slot
}

// crashScript is the sequence the child commits into c: distinct slots,
// each value different from what the demo holds (three decimals, which the
// demo never uses, a recusal or a cleared slot).
func crashScript(c *scoring.Competition, seed uint64) []crashStep {
	type slotRef struct{ s, i, j int }
	var all []slotRef
	for s := range c.Streets {
		for i := range c.Items {
			for j := range c.SlotCount(i) {
				all = append(all, slotRef{s, i, j})
			}
		}
	}
	r := rand.New(rand.NewPCG(seed, 7))
	r.Shuffle(len(all), func(a, b int) { all[a], all[b] = all[b], all[a] })
	var steps []crashStep
	for k, ref := range all[:min(crashCommits, len(all))] {
		it := &c.Items[ref.i]
		old := c.Scores[ref.s][ref.i][ref.j]
		var v scoring.Slot
		switch {
		case it.Kind == scoring.Judged && k%11 == 5 && old.State != scoring.Recused:
			v = scoring.Slot{State: scoring.Recused}
		case k%13 == 6 && old.State != scoring.Empty:
			v = scoring.Slot{}
		default:
			whole := int64(it.Max)/1_000_000 - 1
			if it.Kind == scoring.Target {
				whole = int64(it.Target) / 1_000_000
			}
			v = scoring.Number(scoring.DecFromInt(int64(k)%max(whole, 1)) + 125_000) // n.125
		}
		steps = append(steps, crashStep{ref.s, ref.i, ref.j, v})
	}
	return steps
}

// TestSessionCrashChild is the child; it does nothing in a normal run.
func TestSessionCrashChild(t *testing.T) {
	path := os.Getenv(crashChildEnv)
	if path == "" {
		t.Skip("only run as the crash test's child")
	}
	seed, _ := strconv.ParseUint(os.Getenv(crashSeedEnv), 10, 64)
	s, err := Open(path, SessionOptions{Operator: "crash"})
	if err != nil || s.ReadOnly {
		fmt.Println("error open", err, s != nil && s.ReadOnly)
		os.Exit(1)
	}
	for k, st := range crashScript(s.Comp(), seed) {
		if _, err := s.Commit(st.street, st.item, st.slot, st.val); err != nil {
			fmt.Println("error commit", err)
			os.Exit(1)
		}
		fmt.Printf("saved %d\n", k) // os.Stdout is unbuffered: out before the next commit
		if k%crashSaveGap == crashSaveGap-1 {
			if err := s.Save(); err != nil {
				fmt.Println("error save", err)
				os.Exit(1)
			}
		}
	}
	fmt.Println("done")
	os.Exit(0)
}

func TestSessionCrashNeverLosesASavedScore(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	runs := crashRuns()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for run := range runs {
		dir := t.TempDir()
		path, err := DemoCopy(dir)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := LoadFile(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		seed := rng.Uint64()
		script := crashScript(doc.Comp, seed)
		// Kill after a random number of reported commits plus a random
		// delay, so kills land inside commits, saves and start-up alike.
		killAfter := rng.IntN(len(script) + 10)
		delay := time.Duration(rng.IntN(3000)) * time.Microsecond
		saved, out := crashChild(t, path, seed, killAfter, delay)
		if t.Failed() {
			return
		}
		checkAfterCrash(t, run, path, doc.Comp, script, saved, out)
		if t.Failed() {
			t.Logf("run %d: seed %d, killed after %d reported commits + %v", run, seed, killAfter, delay)
			return
		}
	}
	t.Logf("%d runs, every reported commit survived SIGKILL", runs)
}

// crashChild runs the child and kills it; it returns the highest commit
// reported saved (-1 for none) and the child's output.
func crashChild(t *testing.T, path string, seed uint64, killAfter int, delay time.Duration) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSessionCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+path, crashSeedEnv+"="+strconv.FormatUint(seed, 10))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 256)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	saved, n := -1, 0
	var out strings.Builder
	record := func(l string) {
		out.WriteString(l + "\n")
		if k, ok := strings.CutPrefix(l, "saved "); ok {
			v, _ := strconv.Atoi(k)
			saved = max(saved, v)
			n++
		}
	}
	killed := false
	for l := range lines {
		record(l)
		if n >= killAfter && !killed {
			time.Sleep(delay)
			cmd.Process.Kill() // SIGKILL on Unix
			killed = true
		}
	}
	if !killed {
		cmd.Process.Kill()
	}
	cmd.Wait()
	if strings.Contains(out.String(), "error") {
		t.Fatalf("child failed:\n%s", out.String())
	}
	return saved, out.String()
}

// checkAfterCrash reopens the file: every commit up to saved is there, the
// one after it may be, none later is; then a clean save leaves a file that
// loads with the same scores.
func checkAfterCrash(t *testing.T, run int, path string, orig *scoring.Competition, script []crashStep, saved int, out string) {
	t.Helper()
	s, err := Open(path, SessionOptions{Operator: "check"})
	if err != nil {
		t.Fatalf("run %d: reopen after SIGKILL (last saved %d): %v", run, saved, err)
	}
	if s.ReadOnly {
		t.Fatalf("run %d: the killed child's lock survived it", run)
	}
	check := func(what string, c *scoring.Competition) {
		for k, st := range script {
			got := c.Scores[st.street][st.item][st.slot]
			old := orig.Scores[st.street][st.item][st.slot]
			switch {
			case k <= saved && got != st.val:
				t.Errorf("run %d (%s): commit %d reported saved is lost: got %+v, want %+v", run, what, k, got, st.val)
			case k == saved+1 && got != st.val && got != old:
				t.Errorf("run %d (%s): commit %d in flight left %+v (neither old nor new)", run, what, k, got)
			case k > saved+1 && got != old:
				t.Errorf("run %d (%s): commit %d never started but changed to %+v", run, what, k, got)
			}
		}
	}
	check("reopened", s.Comp())
	if err := s.Save(); err != nil {
		t.Fatalf("run %d: save after recovery: %v", run, err)
	}
	want := s.Comp()
	s.Close()
	doc, err := LoadFile(path, Options{})
	if err != nil {
		t.Fatalf("run %d: the file does not load after recovery and save: %v", run, err)
	}
	check("file after save", doc.Comp)
	for st := range want.Scores {
		for it := range want.Scores[st] {
			for j, v := range want.Scores[st][it] {
				if doc.Comp.Scores[st][it][j] != v {
					t.Errorf("run %d: saved file differs from the session at %d/%d/%d", run, st, it, j)
				}
			}
		}
	}
	if t.Failed() {
		t.Logf("child output:\n%s", lastLines(out, 5))
	}
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(l[max(0, len(l)-n):], "\n")
}
