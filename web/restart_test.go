package web

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/i18n"
)

const xushui = `{"street":"xushui","values":{"show.results":"12","compete.talk":"8.5"}}`

// logHas reports whether the console's log has a line with every one of
// the words (in Chinese).
func logHas(st Status, words ...string) bool {
	return slices.ContainsFunc(st.Log, func(l LogLine) bool {
		text := l.Msg.In(i18n.Zh)
		for _, w := range words {
			if !strings.Contains(text, w) {
				return false
			}
		}
		return true
	})
}

// staffDecides closes 桐柏路街道 after j1 submitted it and j2 recused
// himself, puts 中原西路街道 on stage, returns j1's 须水街道 and holds
// the big screen: what a restart must keep.
func staffDecides(t *testing.T, s *Server, base string) time.Time {
	t.Helper()
	j1, tok1 := linkOf(s, "j1")
	j2, tok2 := linkOf(s, "j2")
	before := time.Now().Add(-time.Second)
	for _, p := range [][3]string{{j1, tok1, tongbailu}, {j1, tok1, xushui}, {j2, tok2, `{"street":"tongbailu","recused":true}`}} {
		if code, a := post(t, base+p[0]+"/submit", p[1], p[2], nil); code != 200 || !a.OK {
			t.Fatalf("submit %s: %d %+v", p[2], code, a)
		}
	}
	for _, err := range []error{s.SetOpen("tongbailu", false), s.SetStage("zhongyuanxilu"),
		s.Return("j1", "xushui", "现场汇报分数请核对"), s.ScreenDo("hold")} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return before
}

// checkKept checks what a restart must keep, on the new server s.
func checkKept(t *testing.T, r *round.Round, s *Server, base string, since time.Time) {
	t.Helper()
	st := s.Status()
	if !st.Closed["tongbailu"] || st.Closed["zhongyuanxilu"] || st.Closed["xushui"] || st.Stage != "zhongyuanxilu" {
		t.Fatalf("after a restart: closed %v, stage %q", st.Closed, st.Stage)
	}
	if !st.Screen.Hold {
		t.Fatal("the big screen is no longer held after a restart")
	}
	c := st.Cells[[2]string{"j1", "tongbailu"}]
	if c.At.Before(since) || c.At.After(time.Now()) || c.Addr != "127.0.0.1" || c.Recused {
		t.Fatalf("j1's earlier submission is not shown with its time and device: %+v", c)
	}
	if c := st.Cells[[2]string{"j2", "tongbailu"}]; c.At.IsZero() || !c.Recused || c.Addr != "127.0.0.1" {
		t.Fatalf("j2's recusal is not shown: %+v", c)
	}
	if c := st.Cells[[2]string{"j1", "xushui"}]; c.Returned != "现场汇报分数请核对" || c.At.IsZero() {
		t.Fatalf("the return and its reason are forgotten: %+v", c)
	}
	if c := st.Cells[[2]string{"j3", "tongbailu"}]; c != (Cell{}) {
		t.Fatalf("a judge who sent nothing has a cell: %+v", c)
	}
	if !logHas(st, "已恢复控制台状态", "1 个街道已关闭", "中原西路街道", "1 份退回") || !logHas(st, "恢复 3 份手机提交") {
		t.Fatalf("the console's log does not say what was restored: %+v", st.Log)
	}
	// The judge's page shows the return again.
	j1, tok1 := linkOf(s, "j1")
	var v judgeView
	firstEvent(t, base+j1+"/events", &v)
	if i := slices.IndexFunc(v.Streets, func(x streetView) bool { return x.ID == "xushui" }); i < 0 || v.Streets[i].Returned != "现场汇报分数请核对" {
		t.Fatalf("the judge's page does not show the return after a restart: %+v", v.Streets)
	}
	// A late change for the closed street is refused, not applied.
	gen := r.State().Gen
	code, a := post(t, base+j1+"/submit", tok1, strings.Replace(tongbailu, "15.5", "3", 1), nil)
	if code != 409 || !a.Final || !strings.Contains(a.Error, "“桐柏路街道”的评分已关闭") {
		t.Fatalf("a submission for a street closed before the restart: %d %+v", code, a)
	}
	if r.State().Gen != gen {
		t.Fatal("a submission for a street closed before the restart changed the round")
	}
}

// A restart of serve (in this process) keeps the console as staff left
// it: closed streets closed, the stage, returns with their reasons, the
// held screen; the cells show the earlier submissions from the audit log.
// A judge answering the return clears it for good.
func TestConsoleSurvivesARestart(t *testing.T) {
	path := example(t, nil)
	r, s, base := serve(t, path, Options{})
	since := staffDecides(t, s, base)

	s, base = restart(t, s, r, path, Options{})
	r = s.round
	checkKept(t, r, s, base, since)

	// The judge submits 须水街道 again: the return is answered, also after
	// the next restart.
	j1, tok1 := linkOf(s, "j1")
	if code, a := post(t, base+j1+"/submit", tok1, strings.Replace(xushui, "8.5", "9", 1), nil); code != 200 || !a.OK {
		t.Fatalf("answering the return: %d %+v", code, a)
	}
	s, _ = restart(t, s, r, path, Options{})
	if c := s.Status().Cells[[2]string{"j1", "xushui"}]; c.Returned != "" || c.At.IsZero() {
		t.Fatalf("an answered return came back after a restart: %+v", c)
	}
	// The submission refused after the first restart is still counted.
	if c := s.Status().Cells[[2]string{"j1", "tongbailu"}]; c.Refused != 1 {
		t.Fatalf("the refused submission is not counted after a restart: %+v", c)
	}
	// Opening the street again is kept as well.
	if err := s.SetOpen("tongbailu", true); err != nil {
		t.Fatal(err)
	}
	s, _ = restart(t, s, s.round, path, Options{})
	if s.Status().Closed["tongbailu"] {
		t.Fatal("a street opened again is closed after a restart")
	}
}

// serve --closed after a restart closes every street but the one on
// stage: the meeting goes on with the street being scored.
func TestClosedFlagKeepsTheStage(t *testing.T) {
	path := example(t, nil)
	r, s, _ := serve(t, path, Options{Closed: true})
	if st := s.Status(); !st.Closed["tongbailu"] || !st.Closed["xushui"] {
		t.Fatalf("--closed: %v", st.Closed)
	}
	s.SetStage("xushui")
	s.SetOpen("tongbailu", true)
	s, _ = restart(t, s, r, path, Options{Closed: true})
	if st := s.Status(); st.Stage != "xushui" || st.Closed["xushui"] || !st.Closed["tongbailu"] || !st.Closed["zhongyuanxilu"] {
		t.Fatalf("--closed after a restart: stage %q, closed %v", st.Stage, st.Closed)
	}
}

// A links file that cannot be read gets new links as before, and closes
// every street: it may have named closed ones. One of another round starts
// the console afresh (its closed streets are last round's).
func TestBrokenOrAlienLinksFile(t *testing.T) {
	path := example(t, nil)
	r, s, _ := serve(t, path, Options{})
	s.SetOpen("tongbailu", false)
	old, _ := linkOf(s, "j1")
	s.Close()
	r.Close()
	if err := os.WriteFile(store.LinksPath(path), []byte(`{"title": "亮赛比", "links": [`), 0o600); err != nil {
		t.Fatal(err)
	}
	r, s, base := serve(t, path, Options{})
	st := s.Status()
	if code, _ := get(t, base+old); code != 404 {
		t.Fatalf("a link of a broken links file works: %d", code)
	}
	if len(st.Closed) != 3 || !logHas(st, "无法读取", "新链接") || !logHas(st, "所有街道的评分都已关闭") {
		t.Fatalf("broken links file: closed %v, log %+v", st.Closed, st.Log)
	}

	alien := `{"title": "别的比赛", "round": "2023年第一季度", "links": [], "console": {"closed": ["tongbailu", "xushui"], "stage": "zhongyuanxilu", "returns": [{"judge": "j1", "street": "xushui", "reason": "上一轮"}], "hold": true}}`
	s.Close()
	r.Close()
	if err := os.WriteFile(store.LinksPath(path), []byte(alien), 0o600); err != nil {
		t.Fatal(err)
	}
	_, s, _ = serve(t, path, Options{})
	st = s.Status()
	if len(st.Closed) != 0 || st.Stage != "" || st.Screen.Hold || st.Cells[[2]string{"j1", "xushui"}].Returned != "" {
		t.Fatalf("another round's console was taken: %+v", st)
	}
	if !logHas(st, "另一轮") {
		t.Fatalf("the log does not say the file was another round's: %+v", st.Log)
	}
}

// An audit log with a torn or foreign line still serves; the console says
// so and shows what it could read.
func TestBrokenAuditLogDoesNotStopServe(t *testing.T) {
	path := example(t, nil)
	r, s, base := serve(t, path, Options{})
	j1, tok1 := linkOf(s, "j1")
	post(t, base+j1+"/submit", tok1, tongbailu, nil)
	s.Close()
	r.Close()
	f, err := os.OpenFile(store.AuditPath(path), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{\"time\": \"2025-\n\x00garbage\n")
	f.Close()
	_, s, base = serve(t, path, Options{})
	st := s.Status()
	if !logHas(st, "审计记录", "2 行无法识别") || st.Cells[[2]string{"j1", "tongbailu"}].At.IsZero() {
		t.Fatalf("torn audit log: %+v", st)
	}
	if code, _ := get(t, base+j1); code != 200 {
		t.Fatal("not served")
	}
}

// The console's state is kept before the change is reported: when the
// links file cannot be written the change holds for this run, the error
// says so and so does the console's log.
func TestUnkeptDecisionIsSaid(t *testing.T) {
	path := example(t, nil)
	_, s, base := serve(t, path, Options{})
	links := store.LinksPath(path)
	os.Remove(links)
	if err := os.Mkdir(links, 0o700); err != nil { // a folder where the file goes
		t.Fatal(err)
	}
	if err := s.SetOpen("tongbailu", false); err == nil {
		t.Fatal("closing a street reported as kept though the file could not be written")
	}
	st := s.Status()
	if !st.Closed["tongbailu"] || !logHas(st, "桐柏路街道 关闭评分") || !logHas(st, "未能存盘") {
		t.Fatalf("unkept close: %v %+v", st.Closed, st.Log)
	}
	j1, tok1 := linkOf(s, "j1")
	if code, _ := post(t, base+j1+"/submit", tok1, tongbailu, nil); code != 409 {
		t.Fatalf("the close does not hold for this run: %d", code)
	}
}

const consoleHelperEnv = "LIANGSAIBI_WEB_CONSOLE_HELPER"

// TestConsoleHelper is the server process of TestConsoleKill9: it serves
// FILE, does what the parent writes to FILE.do (one line per call:
// "close STREET", "stage STREET", "return JUDGE STREET REASON", "hold"),
// answers in FILE.done, and waits to be killed.
func TestConsoleHelper(t *testing.T) {
	s, file := helperServer(t, consoleHelperEnv, "the kill -9 test's server process", Options{Addr: "127.0.0.1:0"})
	for end := time.Now().Add(time.Minute); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		do, err := os.ReadFile(file + ".do")
		if err != nil {
			continue
		}
		os.Remove(file + ".do")
		var errs []string
		for _, line := range strings.Split(strings.TrimSpace(string(do)), "\n") {
			f := strings.SplitN(line, " ", 4)
			switch {
			case f[0] == "close" && len(f) == 2:
				err = s.SetOpen(f[1], false)
			case f[0] == "stage" && len(f) == 2:
				err = s.SetStage(f[1])
			case f[0] == "return" && len(f) == 4:
				err = s.Return(f[1], f[2], f[3])
			case f[0] == "hold":
				err = s.ScreenDo("hold")
			}
			if err != nil {
				errs = append(errs, err.Error())
			}
		}
		os.WriteFile(file+".done", []byte(strings.Join(errs, "\n")+"ok"), 0o644)
	}
	select {} // until killed
}

// The server process is killed with SIGKILL right after staff decided
// (no orderly stop): the next serve keeps every decision and shows the
// submissions made before the kill.
func TestConsoleKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process")
	}
	path := example(t, nil)
	cmd := exec.Command(os.Args[0], "-test.run=^TestConsoleHelper$", "-test.timeout=2m")
	cmd.Env = append(os.Environ(), consoleHelperEnv+"="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	var info helperInfo
	waitFile := func(name string) []byte {
		for end := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			if b, err := os.ReadFile(name); err == nil && len(b) > 0 {
				return b
			}
			if time.Now().After(end) {
				t.Fatalf("the server process did not write %s", name)
			}
		}
	}
	if err := json.Unmarshal(waitFile(path+".addr"), &info); err != nil {
		t.Fatal(err)
	}
	base := "http://" + info.Addr
	since := time.Now().Add(-time.Second)
	j1, j2 := info.Links["j1"], info.Links["j2"]
	for _, p := range [][3]string{{j1[0], j1[1], tongbailu}, {j1[0], j1[1], xushui}, {j2[0], j2[1], `{"street":"tongbailu","recused":true}`}} {
		if code, a := post(t, base+p[0]+"/submit", p[1], p[2], nil); code != 200 || !a.OK {
			t.Fatalf("submit %s: %d %+v", p[2], code, a)
		}
	}
	os.WriteFile(path+".do.tmp", []byte("close tongbailu\nstage zhongyuanxilu\nreturn j1 xushui 现场汇报分数请核对\nhold\n"), 0o644)
	os.Rename(path+".do.tmp", path+".do")
	if done := string(waitFile(path + ".done")); done != "ok" {
		t.Fatalf("the server process: %s", done)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	r, s, base := serve(t, path, Options{})
	checkKept(t, r, s, base, since)
}

// BenchmarkRestoreCells: the cells rebuilt from an audit log of n phone
// records (a meeting makes a few hundred; 100,000 is a long city round).
func BenchmarkRestoreCells(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			path := example(b, nil)
			r, s, _ := serve(b, path, Options{})
			comp := r.State().Comp
			var buf bytes.Buffer
			at := time.Now()
			for i := range n {
				e := store.AuditEntry{Time: at.Add(time.Duration(i) * time.Millisecond), Operator: "评委甲",
					Street: comp.Streets[i%len(comp.Streets)].ID, Item: "compete.talk", Judge: comp.Judges[i%len(comp.Judges)].ID,
					Old: "~", New: "8.5", Source: "phone@192.168.1." + strconv.Itoa(i%250)}
				line, _ := json.Marshal(e)
				buf.Write(append(line, '\n'))
			}
			if err := os.WriteFile(store.AuditPath(path), buf.Bytes(), 0o600); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ResetTimer()
			for b.Loop() {
				s.mu.Lock()
				s.cells, s.log = map[cellKey]*Cell{}, nil
				s.restoreCells()
				s.mu.Unlock()
			}
		})
	}
}

// A judge who sends the same numbers again changes no score, so the audit
// log has no record of it; the console still shows that submission's time
// after a restart (the links file keeps it). A later submission that
// changes scores is the audit log's again.
func TestNumbersSentAgainKeepTheirTimeAfterARestart(t *testing.T) {
	path := example(t, nil)
	var clock atomic.Int64 // the console's clock; the audit log keeps the real one
	clock.Store(time.Now().UnixNano())
	opts := Options{Now: func() time.Time { return time.Unix(0, clock.Load()) }}
	r, s, base := serve(t, path, opts)
	j1, tok1 := linkOf(s, "j1")
	if code, a := post(t, base+j1+"/submit", tok1, xushui, nil); code != 200 || a.Applied == 0 {
		t.Fatalf("first submission: %d %+v", code, a)
	}
	again := time.Now().Add(time.Hour).Truncate(time.Second)
	clock.Store(again.UnixNano())
	if code, a := post(t, base+j1+"/submit", tok1, xushui, nil); code != 200 || !a.OK || a.Applied != 0 {
		t.Fatalf("the same numbers again: %d %+v", code, a)
	}
	s, base = restart(t, s, r, path, opts)
	if c := s.Status().Cells[[2]string{"j1", "xushui"}]; !c.At.Equal(again) || c.Addr != "127.0.0.1" {
		t.Fatalf("after a restart the cell shows %v from %q, want the second submission's %v", c.At, c.Addr, again)
	}

	// A change after it: its time is the audit log's (the real clock).
	clock.Store(again.Add(time.Minute).UnixNano())
	before := time.Now()
	j1, tok1 = linkOf(s, "j1")
	if code, a := post(t, base+j1+"/submit", tok1, strings.Replace(xushui, "8.5", "9", 1), nil); code != 200 || a.Applied == 0 {
		t.Fatalf("a changed submission: %d %+v", code, a)
	}
	s, _ = restart(t, s, s.round, path, opts)
	if c := s.Status().Cells[[2]string{"j1", "xushui"}]; c.At.Before(before) || c.At.After(time.Now()) {
		t.Fatalf("after a change and a restart the cell shows %v, want the change's time from the audit log", c.At)
	}
}
