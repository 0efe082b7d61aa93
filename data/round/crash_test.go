package round

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
)

// The writer child: opens the round given in LIANGSAIBI_CRASH_FILE,
// commits entries from LIANGSAIBI_CRASH_FROM on and prints "ack N" once
// entry N is acknowledged, until it is killed.
func init() {
	path := os.Getenv("LIANGSAIBI_CRASH_FILE")
	if path == "" {
		return
	}
	from, _ := strconv.Atoi(os.Getenv("LIANGSAIBI_CRASH_FROM"))
	r, err := Open(path, Options{Operator: "child", SaveIdle: 5 * time.Millisecond, SaveEvery: 3})
	if err != nil || r.State().Mode != Writer {
		fmt.Println("no writer", err)
		os.Exit(2)
	}
	for n := from; ; n++ {
		s, i, k := cell(r.State().Comp, n)
		if _, err := r.Commit(s, i, k, value(n)); err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Printf("ack %d\n", n)
	}
}

// TestKillWriterFollowerTakesOver: the writer is killed (-9) at random
// moments while entering; the follower takes over each time and holds
// every acknowledged score. Then a new writer starts.
func TestKillWriterFollowerTakesOver(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	path := copyExample(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	acked, kills, target := 0, 0, 300
	if os.Getenv("LIANGSAIBI_MEASURE") != "" {
		target = 3000
	}
	for acked < target {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "LIANGSAIBI_CRASH_FILE="+path, "LIANGSAIBI_CRASH_FROM="+strconv.Itoa(acked))
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		want := 1 + rand.IntN(25)
		last := acked - 1
		// A kill can tear the last line ("ack 31" read as "ack 3"): the
		// newest number counts.
		ack := func(line string) {
			var n int
			if _, err := fmt.Sscanf(line, "ack %d", &n); err == nil {
				last = max(last, n)
			}
		}
		for got := 0; got < want && lines.Scan(); got++ {
			if !strings.HasPrefix(lines.Text(), "ack ") {
				t.Fatalf("child: %s", lines.Text())
			}
			ack(lines.Text())
		}
		f := open(t, path, Options{Operator: "follower"}) // a follower while the writer runs
		if f.State().Mode != Follower {
			t.Fatalf("mode %v while the child writes", f.State().Mode)
		}
		time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
		cmd.Process.Kill()
		// Acknowledged after the count above but before the kill: read on
		// (before Wait, which closes the pipe).
		for lines.Scan() {
			ack(lines.Text())
		}
		cmd.Wait()
		kills++
		if !waitFor(t, f, 5*time.Second, func(s *State) bool { return s.CanTake }) {
			t.Fatal("the follower never saw the writer go")
		}
		if err := f.TakeOver(); err != nil {
			t.Fatal(err)
		}
		c := f.State().Comp
		for n := max(0, last-40); n <= last; n++ { // the newest value of every slot
			s, i, k := cell(c, n)
			// The entry after the last ack may have landed unacknowledged.
			got := c.Scores[s][i][k]
			if newest(n, last) && got != value(n) && !(n+20 == last+1 && got == value(n+20)) {
				t.Fatalf("kill %d: acknowledged entry %d lost (last %d): have %v want %v; recovered %d, conflicts %d", kills, n, last, c.Scores[s][i][k], value(n), f.State().Recovered, len(f.State().Conflicts))
			}
		}
		acked = last + 1
		f.Close()
	}
	t.Logf("%d kills, %d acknowledged entries, 0 lost", kills, acked)
}

// newest reports whether entry n is the last one written to its slot
// up to last (cell cycles every 20 entries).
func newest(n, last int) bool { return n+20 > last }
