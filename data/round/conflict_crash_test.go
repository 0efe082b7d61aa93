package round

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"liangsaibi/scoring"
)

// The conflict child: opens the round in LIANGSAIBI_CONFLICT_FILE, enters
// 90 and 95 for tongbailu's and zhongyuanxilu's test.paper, says
// "committed", waits until both conflict with an outside edit, keeps its
// own 95 for zhongyuanxilu, says "kept" and waits to be killed.
func init() {
	path := os.Getenv("LIANGSAIBI_CONFLICT_FILE")
	if path == "" {
		return
	}
	r, err := Open(path, Options{Operator: "child", SaveIdle: time.Hour, SaveEvery: 100})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	c := r.State().Comp
	tp := c.FindItem("test.paper")
	r.Commit(c.FindStreet("tongbailu"), tp, 0, scoring.Number(scoring.DecFromInt(90)))
	r.Commit(c.FindStreet("zhongyuanxilu"), tp, 0, scoring.Number(scoring.DecFromInt(95)))
	fmt.Println("committed")
	for len(r.State().Conflicts) < 2 {
		time.Sleep(10 * time.Millisecond)
	}
	for _, cf := range r.State().Conflicts {
		if cf.Street == "zhongyuanxilu" {
			if err := r.Resolve(cf, true, ""); err != nil {
				fmt.Println("error", err)
				os.Exit(3)
			}
		}
	}
	fmt.Println("kept")
	select {}
}

// TestConflictsSurviveACrash: a writer with a conflict waiting (and one
// already settled by keeping its own score) is killed (-9); the next
// writer offers the same waiting conflict again, and keeps the settled one
// as it was settled, never turning either into a silent "mine".
func TestConflictsSurviveACrash(t *testing.T) {
	path := copyExample(t)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "LIANGSAIBI_CONFLICT_FILE="+path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(out)
	expect := func(want string) {
		t.Helper()
		if !lines.Scan() || strings.TrimSpace(lines.Text()) != want {
			t.Fatalf("child said %q, want %q", lines.Text(), want)
		}
	}
	expect("committed")
	raw := mustRead(t, path)
	raw = bytes.Replace(raw, []byte("test.paper: 86"), []byte("test.paper: 70"), 1)
	raw = bytes.Replace(raw, []byte("test.paper: 91.5"), []byte("test.paper: 60"), 1)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	expect("kept")
	cmd.Process.Signal(os.Kill)
	cmd.Wait()

	r := open(t, path, Options{Operator: "张三", SaveIdle: time.Hour, SaveEvery: 100})
	st := r.State()
	if len(st.Conflicts) != 1 {
		t.Fatalf("after the crash %d conflicts are offered, want the 1 still waiting: %+v", len(st.Conflicts), st.Conflicts)
	}
	cf := st.Conflicts[0]
	if cf.Street != "tongbailu" || cf.Mine != scoring.Number(scoring.DecFromInt(90)) || cf.Theirs != scoring.Number(scoring.DecFromInt(70)) {
		t.Errorf("the conflict offered again is %+v", cf)
	}
	zx := st.Comp.FindStreet("zhongyuanxilu")
	if got := st.Comp.Scores[zx][st.Comp.FindItem("test.paper")][0]; got != scoring.Number(scoring.DecFromInt(95)) {
		t.Errorf("the settled slot holds %+v, want the kept 95", got)
	}
	if err := r.Save(); err == nil {
		t.Error("saved over a conflict offered again")
	}
}
