package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// TestAuditTable enters three scores through a Session and checks that
// `audit` lists them by name, old → new, in aligned columns.
func TestAuditTable(t *testing.T) {
	path, err := data.DemoCopy(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s, err := data.Open(path, data.SessionOptions{Operator: "张三"})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Comp()
	st, it, j := c.FindStreet("xiliuhu"), c.FindItem("sai.qa"), c.FindJudge("j3")
	for _, v := range []scoring.Slot{scoring.Number(scoring.DecFromInt(9)), {State: scoring.Recused}, {}} {
		if _, err := s.Commit(st, it, j, v); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	var out, errOut bytes.Buffer
	e := &env{stdout: &out, stderr: &errOut, isTerminal: func() bool { return false }}
	if code := run(e, []string{"audit", path}, func(string) string { return "" }); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("want a header and 3 rows:\n%s", out.String())
	}
	for _, want := range []string{"时间", "操作员", "街道", "细则项", "评委", "原值 → 新值"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("header %q lacks %q", lines[0], want)
		}
	}
	wants := []string{"6.5 → 9", "9 → 回避", "回避 → 未评"}
	for i, w := range wants {
		l := lines[i+1]
		for _, part := range []string{"张三", "西流湖街道", "现场答辩", "评委三", w} {
			if !strings.Contains(l, part) {
				t.Errorf("row %d %q lacks %q", i+1, l, part)
			}
		}
	}
	// Columns line up by display width: 街道 starts at the same cell everywhere.
	col := func(l, s string) int { return display.Width(l[:strings.Index(l, s)]) }
	for _, l := range lines[1:] {
		if col(l, "西流湖街道") != col(lines[0], "街道") {
			t.Errorf("street column misaligned:\n%s", out.String())
			break
		}
	}
}

func TestAuditWithoutEntries(t *testing.T) {
	path, err := data.DemoCopy(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	e := &env{stdout: &out, stderr: os.Stderr, isTerminal: func() bool { return false }}
	if code := run(e, []string{"audit", path}, func(string) string { return "" }); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "还没有录入记录") {
		t.Errorf("output %q", out.String())
	}
	if code := run(e, []string{"audit"}, func(string) string { return "" }); code != exitUsage {
		t.Errorf("audit without a file exits %d, want %d", code, exitUsage)
	}
}
