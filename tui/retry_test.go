package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/scoring"
)

// The error screen opens the file by itself once it exists.
func TestErrorScreenReloadsWhenTheFileAppears(t *testing.T) {
	path := filepath.Join(t.TempDir(), "本季度.yaml")
	c := testComp()
	load := func() (*scoring.Competition, []string, error) {
		if _, err := os.Stat(path); err != nil {
			return nil, []string{"本季度.yaml: 找不到这个文件"}, nil
		}
		return c, nil, nil
	}
	m := New(Options{Load: load, Path: path})
	m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	// step runs a Cmd (in the test, like the runtime would) and feeds its
	// message back, returning the next Cmd.
	step := func(cmd tea.Cmd) tea.Cmd {
		t.Helper()
		if cmd == nil {
			t.Fatal("no command to run")
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- cmd() }()
		select {
		case msg := <-done:
			next, c := m.Update(msg)
			m = next.(Model)
			return c
		case <-time.After(10 * time.Second):
			t.Fatal("the command did not finish: the file's change was not seen")
		}
		return nil
	}
	cmd := step(loadCmd(m.opts))
	if m.phase != phaseFailed || !strings.Contains(screen(m), "自动重新打开") {
		t.Fatalf("want the error screen saying it reopens by itself:\n%s", screen(m))
	}
	cmd = step(cmd) // the watch starts
	if err := os.WriteFile(path, []byte("version: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd = step(cmd) // the change is seen: load again
	step(cmd)
	if m.phase != phaseReady || m.retry != nil {
		t.Fatalf("after the file appeared: phase %v, watch %v\n%s", m.phase, m.retry, screen(m))
	}
}
