package tui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/i18n"
	"liangsaibi/i18n/i18ntest"
	"liangsaibi/scoring"
)

// loadErrors are errors a dashboard meets while opening a file: real ones
// from the loader and the session where they can be provoked, made ones
// for the rest.
func loadErrors(t *testing.T) map[string]error {
	dir := t.TempDir()
	load := func(name, text string) error {
		p := filepath.Join(dir, name)
		if text != "" {
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		_, err := data.LoadFile(p, data.Options{})
		if err == nil {
			t.Fatalf("%s loaded", name)
		}
		return err
	}
	return map[string]error{
		"missing":    load("nope.yaml", ""),
		"yaml":       load("bad.yaml", "version: 1\ntitle: a: b\n"),
		"tab":        load("tab.yaml", "version: 1\n\ttitle: x\n"),
		"validation": load("v.yaml", "version: 2\ntitel: x\n"),
		"lock": &store.FileError{Op: "lock", Path: "c.yaml.lock",
			Err: &fs.PathError{Op: "open", Path: "c.yaml.lock", Err: syscall.EACCES}},
		"corrupt":  &store.CorruptError{Path: "c.yaml.journal", Line: 2, Reason: "checksum mismatch"},
		"readonly": &store.FileError{Op: "rename", Path: "c.yaml", Err: syscall.EROFS},
		"full":     &store.FileError{Op: "write", Path: "c.yaml", Err: syscall.ENOSPC},
		"changed":  data.ErrChanged,
		"unknown":  errors.New("no competition"),
	}
}

// TestErrorScreenInBothLanguages: the dashboard's error screen, and the
// entry view's error line, say every error in the chosen language only.
func TestErrorScreenInBothLanguages(t *testing.T) {
	for name, err := range loadErrors(t) {
		for _, l := range []i18n.Lang{i18n.Zh, i18n.En} {
			// As the command line opens it: the loader's problems rendered.
			m := New(Options{Lang: l, Load: func() (*scoring.Competition, []string, error) {
				return nil, data.ErrorLines(err, l), err
			}})
			m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
			m = send(m, loadCmd(m.opts)())
			i18ntest.CheckText(t, l, name+" screen", screen(m))
			// An error with no rendered problems: the screen says it itself.
			m = New(Options{Lang: l, OpenSession: func() (EntrySession, []string, error) { return nil, nil, err }})
			m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
			m = send(m, loadCmd(m.opts)())
			i18ntest.CheckText(t, l, name+" session screen", screen(m))
			i18ntest.CheckText(t, l, name+" save", saveErrorText(l, err))
		}
	}
}
