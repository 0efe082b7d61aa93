package web

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"io/fs"
	"time"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// linksFile is FILE.links.json: the judges' links of one round and what
// the console decided, so that a restart (a crash, the laptop rebooted)
// keeps every printed QR code working and every closed street closed. The
// file belongs to the round the title and round name say; a file whose
// title or round differs (next quarter's round) gets new links and a fresh
// console. Revoked links stay revoked.
type linksFile struct {
	Title string      `json:"title"`
	Round string      `json:"round"`
	Port  int         `json:"port,omitempty"` // where the QR codes point: tried first on a restart
	Links []savedLink `json:"links"`
	// Since is when this round was first served: phone records of the
	// audit log before it are an earlier round's (the same file reused).
	Since   time.Time     `json:"since,omitzero"`
	Console *consoleState `json:"console,omitempty"` // nil: written before the console was kept
}

type savedLink struct {
	Judge   string `json:"judge"`
	Secret  string `json:"secret"`
	Token   string `json:"token"`
	Revoked bool   `json:"revoked,omitempty"`
}

// readLinks reads the links file: nil when it is missing or unreadable;
// broken tells the two apart (said in the log).
func (s *Server) readLinks() (f *linksFile, broken bool) {
	raw, err := store.ReadSecret(store.LinksPath(s.round.State().Path))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false
	}
	f = &linksFile{}
	if err == nil {
		err = json.Unmarshal(raw, f)
	}
	if err != nil {
		s.note("log.links_unreadable")
		return nil, true
	}
	return f, false
}

// ofRound reports whether f holds comp's round.
func (f *linksFile) ofRound(comp *scoring.Competition) bool {
	return f != nil && f.Title == comp.Title && f.Round == comp.Round
}

// keptLinks are f's links by judge id when f is of comp's round (else
// none, said in the log). A secret shorter than a fresh one (an edited
// file) is not kept.
func (s *Server) keptLinks(f *linksFile, comp *scoring.Competition) map[string]savedLink {
	if f == nil {
		return nil
	}
	if !f.ofRound(comp) {
		s.note("log.links_other_round", f.Round)
		return nil
	}
	out := map[string]savedLink{}
	for _, l := range f.Links {
		if strong(l.Secret) && strong(l.Token) {
			out[l.Judge] = l
		}
	}
	return out
}

// strong: a secret as newSecret makes them, ≥ 128 bits of URL-safe text.
func strong(secret string) bool {
	b, err := base64.RawURLEncoding.DecodeString(secret)
	return err == nil && len(b) >= secretBytes
}

// keep writes the links and the console's state beside the file, then
// logs what changed (key, unless "") and wakes the console and the pages,
// so staff are told of a change once it is kept. A failed write is said
// in the log too; the change holds until this server stops. s.keepMu is
// held (writes in the order of the changes), s.mu is not.
func (s *Server) keep(key string, args ...any) error {
	s.mu.Lock()
	raw, err := s.linksJSON()
	s.mu.Unlock()
	if err == nil {
		err = store.WriteSecret(store.LinksPath(s.round.State().Path), raw)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if key != "" {
		s.note(key, args...)
	}
	if err != nil {
		s.note("log.links_unsaved", data.ErrorText(err, s.opts.Lang))
	}
	s.bump()
	return err
}

// saveLinks keeps the links and the console's state beside the file; s.mu
// is held.
func (s *Server) saveLinks() error {
	raw, err := s.linksJSON()
	if err != nil {
		return err
	}
	return store.WriteSecret(store.LinksPath(s.round.State().Path), raw)
}

// linksJSON is the links file's text now; s.mu is held.
func (s *Server) linksJSON() ([]byte, error) {
	st := s.round.State()
	f := linksFile{Title: st.Comp.Title, Round: st.Comp.Round, Port: s.port, Since: s.since, Console: s.consoleState()}
	for _, l := range s.links {
		f.Links = append(f.Links, savedLink{Judge: l.judge, Secret: l.secret, Token: l.token, Revoked: l.revoked})
	}
	raw, err := json.MarshalIndent(f, "", "  ")
	return append(raw, '\n'), err
}
