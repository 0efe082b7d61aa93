package round

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"
)

// groupWriters × groupPer slots: each writer owns its slots and writes
// value(n) to all of them in its n-th request.
const groupWriters, groupPer = 10, 3

// The group child: groupWriters goroutines commit requests of groupPer
// ops at once (LIANGSAIBI_GROUP_FILE), each printing "ack W N" once its
// request N is acknowledged, until killed.
func init() {
	path := os.Getenv("LIANGSAIBI_GROUP_FILE")
	if path == "" {
		return
	}
	from := map[int]int{}
	for w := range groupWriters {
		from[w], _ = strconv.Atoi(os.Getenv(fmt.Sprintf("LIANGSAIBI_GROUP_FROM%d", w)))
	}
	r, err := Open(path, Options{Operator: "child", SaveIdle: 5 * time.Millisecond, SaveEvery: 20})
	if err != nil || r.State().Mode != Writer {
		fmt.Println("no writer", err)
		os.Exit(2)
	}
	slots := judgedSlots(r.State().Comp)
	var out sync.Mutex
	for w := range groupWriters {
		go func() {
			for n := from[w]; ; n++ {
				if _, err := r.Do(writerOps(slots, w, groupPer, value(n))...); err != nil {
					fmt.Println("error", err)
					os.Exit(3)
				}
				out.Lock()
				fmt.Printf("ack %d %d\n", w, n)
				out.Unlock()
			}
		}()
	}
	select {}
}

// TestKillMidGroupKeepsRequestsWhole: many writers' requests are written
// together; the writer is killed (-9) at random moments. After each kill
// every writer's slots hold one request whole (never half of one), and
// that request is its last acknowledged one or the one in flight. (A kill
// rarely tears one write; store.TestJournalBatchesEachAllOrNothing cuts
// the same journal at every byte.)
func TestKillMidGroupKeepsRequestsWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	path := copyExample(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	kills := 20
	if os.Getenv("LIANGSAIBI_MEASURE") != "" {
		kills = 200
	}
	next := make([]int, groupWriters) // each writer's next request
	for kill := range kills {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "LIANGSAIBI_GROUP_FILE="+path)
		for w, n := range next {
			cmd.Env = append(cmd.Env, fmt.Sprintf("LIANGSAIBI_GROUP_FROM%d=%d", w, n))
		}
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		last := make([]int, groupWriters)
		for w := range last {
			last[w] = next[w] - 1
		}
		lines := bufio.NewScanner(out)
		ack := func(line string) bool {
			var w, n int
			if _, err := fmt.Sscanf(line, "ack %d %d", &w, &n); err != nil || w < 0 || w >= groupWriters {
				return false
			}
			last[w] = max(last[w], n)
			return true
		}
		want := 5 + rand.IntN(60)
		for got := 0; got < want && lines.Scan(); got++ {
			if !ack(lines.Text()) {
				t.Fatalf("child: %s", lines.Text())
			}
		}
		time.Sleep(time.Duration(rand.IntN(2000)) * time.Microsecond)
		cmd.Process.Kill()
		for lines.Scan() { // acknowledged before the kill; a torn last line is ignored
			ack(lines.Text())
		}
		cmd.Wait()

		r, err := Open(path, Options{Operator: "check", SaveIdle: time.Hour})
		if err != nil {
			t.Fatal(err)
		}
		c := r.State().Comp
		slots := judgedSlots(c)
		for w := range groupWriters {
			ops := writerOps(slots, w, groupPer, value(0))
			got := c.Scores[ops[0].Street][ops[0].Item][ops[0].Slot]
			for _, o := range ops[1:] {
				if v := c.Scores[o.Street][o.Item][o.Slot]; v != got {
					t.Fatalf("kill %d: writer %d's request is half there: %v and %v", kill, w, got, v)
				}
			}
			switch {
			case last[w] >= 0 && got == value(last[w]):
				next[w] = last[w] + 1
			case got == value(last[w]+1): // in flight, written but not acknowledged
				next[w] = last[w] + 2
			case last[w] < 0:
				next[w] = 0 // nothing acknowledged yet; the file's value stays
			default:
				t.Fatalf("kill %d: writer %d acknowledged request %d, slots hold %v", kill, w, last[w], got)
			}
		}
		r.Close()
	}
	total := 0
	for _, n := range next {
		total += n
	}
	t.Logf("%d kills, %d requests of %d ops acknowledged by %d writers: none lost, none half there", kills, total, groupPer, groupWriters)
}
