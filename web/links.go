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

// makeLinks gives every judge of the round a fresh link.
func (s *Server) makeLinks() error {
	comp := s.round.State().Comp
	s.links = nil
	for _, j := range comp.Judges {
		l := &link{judge: j.ID, name: j.Name}
		if err := l.renew(); err != nil {
			return err
		}
		s.links = append(s.links, l)
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
// next request); Renew gives the judge a new one.
func (s *Server) Revoke(judge string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range s.links {
		if l.judge == judge {
			l.revoked = true
			s.note("log.revoked", l.name)
		}
	}
	s.bump()
}

// Renew gives a judge a new link; the old one stops working.
func (s *Server) Renew(judge string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range s.links {
		if l.judge == judge {
			if err := l.renew(); err != nil {
				return err
			}
			s.note("log.renewed", l.name)
		}
	}
	s.bump()
	return nil
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
