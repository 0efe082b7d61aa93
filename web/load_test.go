package web

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"liangsaibi/data/gen"
	"liangsaibi/data/round"
	"liangsaibi/scoring"
)

// The load test runs the server in a child process (this test binary, the
// helper below) so that it can be killed with SIGKILL. Everything stays on
// the loopback: 127.0.0.1 only.

const helperEnv = "LIANGSAIBI_WEB_HELPER"

type helperInfo struct {
	Addr  string
	Links map[string][2]string // judge id -> path, token
}

// TestLoadHelper is the server process of TestLoadKill9; it does nothing in
// a normal run.
func TestLoadHelper(t *testing.T) {
	helperServer(t, helperEnv, "the load test's server process", Options{Addr: "127.0.0.1:0", Rate: 50})
	select {} // until killed
}

// helperServer is the server of a test run as a child process (to be
// killed with SIGKILL): it serves the file named by env and writes its
// address and the judges' links to FILE.addr for the parent.
func helperServer(t *testing.T, env, why string, opts Options) (*Server, string) {
	file := os.Getenv(env)
	if file == "" {
		t.Skip(why)
	}
	r, err := round.Open(file, round.Options{Operator: "staff"})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Start(r, opts)
	if err != nil {
		t.Fatal(err)
	}
	info := helperInfo{Addr: s.Addr().String(), Links: map[string][2]string{}}
	for _, l := range s.links {
		info.Links[l.judge] = [2]string{"/j/" + l.secret, l.token}
	}
	b, _ := json.Marshal(info)
	os.WriteFile(file+".addr.tmp", b, 0o644)
	os.Rename(file+".addr.tmp", file+".addr")
	return s, file
}

type ack struct {
	gen    uint64
	sent   time.Time
	took   time.Duration // until the acknowledgement
	judge  string
	street string
	values map[string]string
}

// TestLoadKill9: 30 judges × 14 streets submit concurrently while 50 big
// screens follow, for a bounded time (5 s; 60 s with LIANGSAIBI_MEASURE=1);
// then the server is killed with SIGKILL mid-run and the file reopened:
// every acknowledged score must be there.
func TestLoadKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("needs Linux's /proc for the server's memory")
	}
	run := 5 * time.Second
	pace := 250 * time.Millisecond // each judge submits a street this often
	if p, err := time.ParseDuration(os.Getenv("LIANGSAIBI_LOAD_PACE")); err == nil && p > 0 {
		pace = p
	}
	if os.Getenv("LIANGSAIBI_MEASURE") == "1" {
		run = 60 * time.Second
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "load.yaml")
	os.WriteFile(path, gen.Competition(gen.Options{Seed: 14, Streets: 14, Judges: 30, Items: 6, Holes: 1}), 0o644)

	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadHelper$", "-test.timeout=10m")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	var info helperInfo
	for end := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if b, err := os.ReadFile(path + ".addr"); err == nil && json.Unmarshal(b, &info) == nil {
			break
		}
		if time.Now().After(end) {
			t.Fatal("the server process did not start")
		}
	}
	if !strings.HasPrefix(info.Addr, "127.0.0.1:") {
		t.Fatalf("not on the loopback: %s", info.Addr)
	}
	base := "http://" + info.Addr
	comp := loadComp(t, path)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	// 50 screens: each records when it saw which state of the round.
	type seen struct {
		gen uint64
		at  time.Time
	}
	screens := make([][]seen, 50)
	for i := range screens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Get(base + "/screen/events")
			if err != nil {
				return
			}
			go func() { <-stop; res.Body.Close() }()
			sc := bufio.NewScanner(res.Body)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
					var v struct{ Gen uint64 }
					json.Unmarshal([]byte(d), &v)
					screens[i] = append(screens[i], seen{v.Gen, time.Now()})
				}
			}
		}()
	}
	// 30 judges, each through the streets in turn, a submission every 250 ms.
	var mu sync.Mutex
	var acks []ack
	attempted := map[[2]string]map[string]string{} // the last sent but not acknowledged
	var refused, failed int
	client := &http.Client{Timeout: 10 * time.Second}
	for ji, j := range comp.Judges {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tick := time.NewTicker(pace)
			defer tick.Stop()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				case <-tick.C:
				}
				street := comp.Streets[(n+ji)%len(comp.Streets)].ID
				values := map[string]string{}
				for _, it := range comp.Items {
					if it.Kind == scoring.Judged {
						values[it.ID] = strconv.Itoa((n*7+ji)%int(it.Max/1_000_000)) + ".5"
					}
				}
				body, _ := json.Marshal(submission{Street: street, Values: values})
				mu.Lock()
				attempted[[2]string{j.ID, street}] = values
				mu.Unlock()
				req, _ := http.NewRequest("POST", base+info.Links[j.ID][0]+"/submit", strings.NewReader(string(body)))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Token", info.Links[j.ID][1])
				sent := time.Now()
				res, err := client.Do(req)
				if err != nil {
					mu.Lock()
					failed++
					mu.Unlock()
					continue
				}
				var a answer
				json.NewDecoder(res.Body).Decode(&a)
				res.Body.Close()
				mu.Lock()
				if a.OK {
					acks = append(acks, ack{a.Gen, sent, time.Since(sent), j.ID, street, values})
				} else {
					refused++
				}
				mu.Unlock()
			}
		}()
	}
	time.Sleep(run)
	rss, hwm := memory(cmd.Process.Pid)
	// Kill -9 while the judges are still submitting.
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	close(stop)
	wg.Wait()

	mu.Lock()
	defer mu.Unlock()
	if len(acks) < 30 {
		t.Fatalf("only %d submissions acknowledged (%d refused, %d failed)", len(acks), refused, failed)
	}
	// Submit → visible on every screen.
	var lat []time.Duration
	for _, a := range acks {
		for _, s := range screens {
			k := slices.IndexFunc(s, func(x seen) bool { return x.gen >= a.gen })
			if k >= 0 {
				lat = append(lat, s[k].at.Sub(a.sent))
			}
		}
	}
	var took []time.Duration
	for _, a := range acks {
		took = append(took, a.took)
	}
	slices.Sort(took)
	slices.Sort(lat)
	if len(lat) == 0 {
		t.Fatal("no screen saw a submission")
	}
	median, p99 := lat[len(lat)/2], lat[len(lat)*99/100]

	// Reopen the file as the next process would: every acknowledged score is there.
	r, err := round.Open(path, round.Options{Operator: "staff"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	c := r.State().Comp
	last := map[[2]string]map[string]string{}
	for _, a := range acks {
		last[[2]string{a.judge, a.street}] = a.values
	}
	lost := 0
	for k, values := range last {
		si, ji := c.FindStreet(k[1]), c.FindJudge(k[0])
		for id, v := range values {
			got := c.Scores[si][c.FindItem(id)][ji]
			want, _ := scoring.ParseDec(v)
			alt, _ := scoring.ParseDec(attempted[k][id])
			if got != scoring.Number(want) && got != scoring.Number(alt) {
				lost++
			}
		}
	}
	t.Logf("each judge every %v: submit→acknowledged median %v, p99 %v", pace, took[len(took)/2].Round(time.Millisecond), took[len(took)*99/100].Round(time.Millisecond))
	t.Logf("%d submissions acknowledged in %v by 30 judges (%d refused, %d failed at the kill), 50 screens; submit→visible on /screen: median %v, p99 %v (%d samples); server memory RSS %s, peak %s; after kill -9: %d acknowledged scores lost, %d recovered from the journal",
		len(acks), run, refused, failed, median.Round(time.Millisecond), p99.Round(time.Millisecond), len(lat), rss, hwm, lost, r.State().Recovered)
	if lost > 0 {
		t.Fatalf("%d acknowledged scores lost after kill -9", lost)
	}
	if refused > 0 {
		t.Errorf("%d submissions refused under load", refused)
	}
}

func loadComp(t *testing.T, path string) *scoring.Competition {
	r, err := round.Open(path, round.Options{Operator: "probe"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	return r.State().Comp
}

// memory is the process's resident and peak memory from /proc.
func memory(pid int) (rss, peak string) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return "?", "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) >= 3 && f[0] == "VmRSS:" {
			rss = f[1] + " kB"
		}
		if len(f) >= 3 && f[0] == "VmHWM:" {
			peak = f[1] + " kB"
		}
	}
	return rss, peak
}
