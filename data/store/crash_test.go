package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// crashEnv makes the test binary a scorer that commits entries (saving the
// competition file every few) until it is killed. It prints "saved N" after
// entry N's Append returned. The competition file's content "upto=N" says
// it holds every entry up to N.
const crashEnv = "STORE_TEST_CRASH_CHILD"

func crashChild(dir string) int {
	file := filepath.Join(dir, "c.yaml")
	h, err := HashFile(file)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	j, _, err := OpenJournal(JournalPath(file), h)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	for n := 1; ; n++ {
		r, err := j.Append(Record{Street: "s", Item: "i", Judge: "j1", Value: strconv.Itoa(n)})
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Printf("saved %d\n", r.Seq)
		if n%4 == 0 {
			upTo := j.LastSeq()
			if err := j.Save(file, fmt.Appendf(nil, "upto=%d\n", upTo), upTo); err != nil {
				fmt.Println("error", err)
				return 1
			}
		}
	}
}

// TestCrashNeverLosesASavedEntry kills a scorer (SIGKILL) at random
// moments; after each kill, the file plus the journal's pending entries
// must hold every entry the scorer reported saved. STORE_CRASH_ROUNDS sets
// the number of kills (default 40).
func TestCrashNeverLosesASavedEntry(t *testing.T) {
	rounds := 40
	if s := os.Getenv("STORE_CRASH_ROUNDS"); s != "" {
		rounds, _ = strconv.Atoi(s)
	}
	if testing.Short() {
		rounds = 5
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "c.yaml")
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var reported uint64
	for round := range rounds {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		// Let it start and commit a few, then kill it at a random moment.
		if !lines.Scan() {
			cmd.Wait()
			t.Fatalf("round %d: scorer printed nothing", round)
		}
		time.Sleep(time.Duration(rng.IntN(20000)) * time.Microsecond)
		_ = cmd.Process.Kill() // SIGKILL; TerminateProcess on Windows
		text := lines.Text()
		for {
			if strings.HasPrefix(text, "error") {
				t.Fatalf("round %d: scorer: %s", round, text)
			}
			if n, ok := strings.CutPrefix(text, "saved "); ok {
				seq, _ := strconv.ParseUint(n, 10, 64)
				reported = max(reported, seq)
			}
			if !lines.Scan() {
				break
			}
			text = lines.Text()
		}
		cmd.Wait()
		// The history of rounds is shown when a later round fails.
		c, _ := os.ReadFile(file)
		all, _, _ := Replay(JournalPath(file))
		t.Logf("round %d: %d reported saved, file %q, journal %v", round, reported, c, seqs(all))
		checkRecovery(t, round, file, reported)
	}
}

func checkRecovery(t *testing.T, round int, file string, reported uint64) {
	t.Helper()
	content, err := os.ReadFile(file)
	var inFile uint64
	if err == nil {
		if _, err := fmt.Sscanf(string(content), "upto=%d\n", &inFile); err != nil {
			t.Fatalf("round %d: file holds %q", round, content)
		}
	}
	h, err := HashFile(file)
	if err != nil {
		t.Fatal(err)
	}
	j, rec, err := OpenJournal(JournalPath(file), h)
	if err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	j.Close()
	if len(rec.Orphans) != 0 {
		t.Fatalf("round %d: %d orphans", round, len(rec.Orphans))
	}
	for i, r := range rec.Pending {
		if r.Seq != inFile+uint64(i)+1 {
			t.Fatalf("round %d: file holds up to %d, pending %v", round, inFile, seqs(rec.Pending))
		}
	}
	if recovered := inFile + uint64(len(rec.Pending)); recovered < reported {
		all, _, _ := Replay(JournalPath(file))
		t.Fatalf("round %d: %d entries reported saved, only %d recovered: file %q pending %v journal %v",
			round, reported, recovered, content, seqs(rec.Pending), seqs(all))
	}
}
