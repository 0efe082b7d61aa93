package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/i18n"
)

// A dashboard on a real file follows a hand edit made by another program:
// the shared watcher (data/watch) reports it and the file is read again.
func TestDashboardFollowsAFileEditedElsewhere(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "demo.yaml")
	demo, prev := data.DemoFiles()
	for name, body := range map[string][]byte{file: demo, filepath.Join(dir, data.DemoPrevName): prev} {
		if err := os.WriteFile(name, body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := data.WriteDemoRounds(dir); err != nil {
		t.Fatal(err)
	}
	var sess *data.Session
	m := New(Options{Lang: i18n.Zh, Path: file, OpenSession: func() (EntrySession, []string, error) {
		s, err := data.Open(file, data.SessionOptions{})
		if err != nil {
			return nil, data.ErrorLines(err, i18n.Zh), nil
		}
		sess = s
		return s, nil, nil
	}})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 35))
	waitFor(t, tm, "建设路街道")
	defer func() {
		finalModel(t, tm)
		if sess != nil {
			sess.Close()
		}
	}()

	edited := bytes.Replace(demo, []byte("（示例数据）"), []byte("（手工改过）"), 1)
	if bytes.Equal(edited, demo) {
		t.Fatal("test is void: the demo's title changed")
	}
	// The edit may come before the watcher starts; write it again each
	// second (more often would keep the debounce from ever settling).
	var wrote time.Time
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		if time.Since(wrote) > time.Second {
			wrote = time.Now()
			if err := store.WriteFileAtomic(file, edited, 0o644); err != nil {
				t.Error(err)
			}
		}
		return bytes.Contains(b, []byte("文件已被其他程序修改")) && bytes.Contains(b, []byte("手工改过"))
	}, teatest.WithDuration(6*time.Second), teatest.WithCheckInterval(100*time.Millisecond))
}
