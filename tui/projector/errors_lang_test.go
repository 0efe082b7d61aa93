package projector

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/i18n"
	"liangsaibi/i18n/i18ntest"
	"liangsaibi/scoring"
)

// TestWarningsInBothLanguages: a file that cannot be read (first load and
// after a good one) and a watcher that cannot start are said in the chosen
// language only.
func TestWarningsInBothLanguages(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\ntitle: \"x\n"), 0o644)
	errs := map[string]error{
		"missing": os.ErrNotExist,
		"yaml":    nil, // the real loader on bad
		"panic":   nil,
		"watch":   os.NewSyscallError("inotify_add_watch", syscall.ENOSPC),
		"other":   errors.New("something odd"),
	}
	for name, err := range errs {
		for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
			load := func() (*scoring.Competition, error) { return nil, err }
			switch name {
			case "missing":
				load = func() (*scoring.Competition, error) {
					_, err := data.LoadFile(filepath.Join(dir, "nope.yaml"), data.Options{})
					return nil, err
				}
			case "yaml":
				load = func() (*scoring.Competition, error) {
					_, err := data.LoadFile(bad, data.Options{})
					return nil, err
				}
			case "panic":
				load = func() (*scoring.Competition, error) { panic("boom") }
			}
			m := New(Options{Lang: l, Load: load})
			m = update(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
			m = update(t, m, m.loadCmd(1)())
			i18ntest.CheckText(t, l, name+" first load", plain(m))
			if name == "watch" {
				m = demoModel(t, 100, 30, Options{Lang: l})
				m = update(t, m, followStartedMsg{err: err})
				// The demo's own names are Chinese: only the warning is checked.
				var warn string
				for _, line := range strings.Split(plain(m), "\n") {
					if strings.Contains(line, "⚠") {
						warn = line
					}
				}
				if warn == "" {
					t.Fatalf("no warning shown:\n%s", plain(m))
				}
				i18ntest.CheckText(t, l, name, warn)
			}
		}
	}
}
