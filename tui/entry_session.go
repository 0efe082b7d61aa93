package tui

import (
	"errors"
	"fmt"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/display"
	"liangsaibi/i18n"
)

// sessionInfo is what the entry view tells the user about the open file.
type sessionInfo struct {
	readOnly  bool
	holder    string   // who holds the file, when read-only
	recovered int      // journal entries replayed on open
	path      string   // as shown
	file      string   // as opened, for watching
	notes     []string // further things to tell on open, translated
}

// infoSession lets a test fake describe itself.
type infoSession interface{ entryInfo() sessionInfo }

// sessionInfoOf reads the state a session was opened in. It reads fields
// only (no I/O), so it may run in Update.
func sessionInfoOf(s EntrySession, lang i18n.Lang) sessionInfo {
	switch s := s.(type) {
	case *data.Session:
		info := sessionInfo{readOnly: s.ReadOnly, recovered: s.Recovered, path: display.Sanitize(s.Path), file: s.Path}
		if s.ReadOnly {
			h := s.Holder
			info.holder = display.Sanitize(fmt.Sprintf("%s@%s（PID %d）", h.User, h.Host, h.PID))
		}
		for _, n := range s.Notes {
			info.notes = append(info.notes, display.Sanitize(n.In(lang)))
		}
		return info
	case infoSession:
		return s.entryInfo()
	}
	return sessionInfo{}
}

// DemoSession is Options.NewSession for the embedded demo: it copies the
// demo into dir under a new name and opens that copy for entry.
func DemoSession(dir, operator string) func() (EntrySession, error) {
	return func() (EntrySession, error) {
		path, err := data.DemoCopy(dir)
		if err != nil {
			return nil, err
		}
		s, err := data.Open(path, data.SessionOptions{Operator: operator})
		if err != nil {
			return nil, err
		}
		return s, nil
	}
}

// ioErrorText says in plain words why a write failed.
func ioErrorText(lang i18n.Lang, err error) string {
	var ce *data.ConflictError
	switch {
	case errors.As(err, &ce):
		return et(lang, "entry.err.conflict", display.Sanitize(ce.Copy))
	case store.IsDiskFull(err):
		return et(lang, "entry.err.diskfull")
	case store.IsReadOnly(err):
		return et(lang, "entry.err.readonly")
	}
	return display.Sanitize(data.ErrorText(err, lang))
}
