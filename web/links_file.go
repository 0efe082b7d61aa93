package web

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"io/fs"

	"liangsaibi/data"
	"liangsaibi/data/store"
	"liangsaibi/scoring"
)

// linksFile is FILE.links.json: the judges' links of one round, so that a
// restart (a crash, the laptop rebooted) keeps every printed QR code
// working. The links belong to the round the title and round name say;
// a file whose title or round differs (next quarter's round) gets new
// links. Revoked links stay revoked.
type linksFile struct {
	Title string      `json:"title"`
	Round string      `json:"round"`
	Port  int         `json:"port,omitempty"` // where the QR codes point: tried first on a restart
	Links []savedLink `json:"links"`
}

type savedLink struct {
	Judge   string `json:"judge"`
	Secret  string `json:"secret"`
	Token   string `json:"token"`
	Revoked bool   `json:"revoked,omitempty"`
}

// readLinks reads the links file; nil when it is missing or unreadable
// (said in the log).
func (s *Server) readLinks() *linksFile {
	raw, err := store.ReadSecret(store.LinksPath(s.round.State().Path))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	var f linksFile
	if err == nil {
		err = json.Unmarshal(raw, &f)
	}
	if err != nil {
		s.note("log.links_unreadable")
		return nil
	}
	return &f
}

// keptLinks are f's links by judge id when f is of comp's round (else
// none, said in the log). A secret shorter than a fresh one (an edited
// file) is not kept.
func (s *Server) keptLinks(f *linksFile, comp *scoring.Competition) map[string]savedLink {
	if f == nil {
		return nil
	}
	if f.Title != comp.Title || f.Round != comp.Round {
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

// keepLinks is saveLinks after a change from the console: a failure is
// said in the log too; s.mu is held.
func (s *Server) keepLinks() error {
	err := s.saveLinks()
	if err != nil {
		s.note("log.links_unsaved", data.ErrorText(err, s.opts.Lang))
	}
	return err
}

// saveLinks keeps the links beside the file; s.mu is held.
func (s *Server) saveLinks() error {
	st := s.round.State()
	f := linksFile{Title: st.Comp.Title, Round: st.Comp.Round, Port: s.port}
	for _, l := range s.links {
		f.Links = append(f.Links, savedLink{Judge: l.judge, Secret: l.secret, Token: l.token, Revoked: l.revoked})
	}
	raw, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return store.WriteSecret(store.LinksPath(st.Path), append(raw, '\n'))
}
