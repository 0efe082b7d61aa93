package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"net"
	"strconv"
)

// secretBytes is the size of a link's secret: 144 bits, far past guessing
// over a meeting room's network.
const secretBytes = 18

// link is one judge's way in: the secret in the URL and the token every
// form sends back (so a page from elsewhere cannot submit for the judge).
type link struct {
	judge   string // judge id
	name    string
	secret  string
	token   string
	revoked bool
}

func newSecret() (string, error) {
	b := make([]byte, secretBytes)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// makeLinks gives every judge of the round a link: the ones kept beside
// the file (FILE.links.json, see keptLinks) unless fresh, else new ones.
// Start then keeps them there, so that a restart of the laptop needs no
// new QR codes.
func (s *Server) makeLinks(f *linksFile, fresh bool) error {
	comp := s.round.State().Comp
	var kept map[string]savedLink
	if !fresh {
		kept = s.keptLinks(f, comp)
	}
	s.links = nil
	renewed := 0
	for _, j := range comp.Judges {
		l := &link{judge: j.ID, name: j.Name}
		if k, ok := kept[j.ID]; ok {
			l.secret, l.token, l.revoked = k.Secret, k.Token, k.Revoked
		} else {
			if err := l.renew(); err != nil {
				return err
			}
			renewed++
		}
		s.links = append(s.links, l)
	}
	switch {
	case renewed == len(s.links):
		s.note("log.links_new")
	case renewed > 0:
		s.note("log.links_kept_some", len(s.links)-renewed, renewed)
	default:
		s.note("log.links_kept")
	}
	return nil
}

func (l *link) renew() error {
	var err error
	if l.secret, err = newSecret(); err != nil {
		return err
	}
	l.token, err = newSecret()
	l.revoked = false
	return err
}

// linkFor finds the link with the secret, in constant time per link so the
// answer's timing tells nothing about a guess; s.mu is held.
func (s *Server) linkFor(secret string) *link {
	var found *link
	for _, l := range s.links {
		if subtle.ConstantTimeCompare([]byte(l.secret), []byte(secret)) == 1 && !l.revoked {
			found = l
		}
	}
	return found
}

// Link is what the console shows of a judge's link.
type Link struct {
	Judge, Name string
	Path        string // /j/SECRET
	Revoked     bool
}

// Links are every judge's link, in the round's order of judges.
func (s *Server) Links() []Link {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Link, len(s.links))
	for i, l := range s.links {
		out[i] = Link{Judge: l.judge, Name: l.name, Path: "/j/" + l.secret, Revoked: l.revoked}
	}
	return out
}

// Revoke makes a judge's link useless at once (open pages stop on their
// next request), also after a restart; Renew gives the judge a new one.
// The error says the links file could not be written: the change holds
// until this server stops.
func (s *Server) Revoke(judge string) error {
	return s.changeLink(judge, "log.revoked", func(l *link) error {
		l.revoked = true
		return nil
	})
}

// Renew gives a judge a new link; the old one stops working.
func (s *Server) Renew(judge string) error {
	return s.changeLink(judge, "log.renewed", (*link).renew)
}

// changeLink changes a judge's link, then keeps it (logging key with the
// judge's name).
func (s *Server) changeLink(judge, key string, change func(*link) error) error {
	s.keepMu.Lock()
	defer s.keepMu.Unlock()
	s.mu.Lock()
	var name string
	for _, l := range s.links {
		if l.judge == judge {
			if err := change(l); err != nil {
				s.mu.Unlock()
				return err
			}
			name = l.name
		}
	}
	s.mu.Unlock()
	if name == "" {
		return nil
	}
	return s.keep(key, name)
}

// RenewAll gives every judge a new link (a new round, or a printed sheet
// gone astray): every old link stops working.
func (s *Server) RenewAll() error {
	s.keepMu.Lock()
	defer s.keepMu.Unlock()
	s.mu.Lock()
	for _, l := range s.links {
		if err := l.renew(); err != nil {
			s.mu.Unlock()
			return err
		}
	}
	s.mu.Unlock()
	return s.keep("log.renewed_all")
}

// BaseURLs are the addresses judges can type or scan: one per network
// interface of this computer when listening on all of them (the
// loopback last), else the address listened on.
func (s *Server) BaseURLs() []string {
	addr := s.ln.Addr().(*net.TCPAddr)
	port := strconv.Itoa(addr.Port)
	if !addr.IP.IsUnspecified() {
		return []string{"http://" + net.JoinHostPort(addr.IP.String(), port)}
	}
	var out, loop []string
	ifaces, _ := net.InterfaceAddrs()
	for _, a := range ifaces {
		ipn, ok := a.(*net.IPNet)
		if !ok || ipn.IP.To4() == nil || ipn.IP.IsLinkLocalUnicast() {
			continue
		}
		u := fmt.Sprintf("http://%s", net.JoinHostPort(ipn.IP.String(), port))
		if ipn.IP.IsLoopback() {
			loop = append(loop, u)
		} else {
			out = append(out, u)
		}
	}
	return append(out, loop...)
}
