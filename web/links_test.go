package web

import (
	"os"
	"strings"
	"testing"

	"liangsaibi/data/round"
	"liangsaibi/data/store"
	"liangsaibi/i18n"
)

// restart closes s and r and serves path again as a new process would.
func restart(t *testing.T, s *Server, r *round.Round, path string, opts Options) (*Server, string) {
	t.Helper()
	s.Close()
	r.Close()
	_, s2, base := serve(t, path, opts)
	return s2, base
}

// After a restart (the laptop rebooted, serve started again) every judge's
// link still works, a revoked one still does not, and renewed links are
// the new ones. Links of another round, or asked anew, are all new.
func TestLinksSurviveARestart(t *testing.T) {
	path := example(t, nil)
	r, s, base := serve(t, path, Options{})
	j1, tok1 := linkOf(s, "j1")
	j2, _ := linkOf(s, "j2")
	if err := s.Revoke("j2"); err != nil {
		t.Fatal(err)
	}
	if err := s.Renew("j3"); err != nil {
		t.Fatal(err)
	}
	j3, _ := linkOf(s, "j3")

	before := base
	s, base = restart(t, s, r, path, Options{})
	if base != before {
		t.Fatalf("served at %s after a restart, the QR codes point at %s", base, before)
	}
	if code, body := get(t, base+j1); code != 200 || !strings.Contains(body, "评委甲") {
		t.Fatalf("j1's link after a restart: %d", code)
	}
	if code, a := post(t, base+j1+"/submit", tok1, tongbailu, nil); code != 200 || !a.OK {
		t.Fatalf("j1's open page cannot submit after a restart: %d %+v", code, a)
	}
	if code, _ := get(t, base+j2); code != 404 {
		t.Fatalf("j2's revoked link works again after a restart: %d", code)
	}
	if code, _ := get(t, base+j3); code != 200 {
		t.Fatalf("j3's renewed link after a restart: %d", code)
	}
	if fi, err := os.Lstat(store.LinksPath(path)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("links file: %v, %v; want mode 0600", fi, err)
	}

	// Asked anew (serve --new-links): every old link stops.
	r2 := s.round
	s, base = restart(t, s, r2, path, Options{NewLinks: true})
	for _, old := range []string{j1, j3} {
		if code, _ := get(t, base+old); code != 404 {
			t.Fatalf("old link %s works after new links were asked for: %d", old, code)
		}
	}
	fresh, _ := linkOf(s, "j1")
	if code, _ := get(t, base+fresh); code != 200 {
		t.Fatalf("new link: %d", code)
	}

	// Renew all from the console: the same.
	if err := s.RenewAll(); err != nil {
		t.Fatal(err)
	}
	if code, _ := get(t, base+fresh); code != 404 {
		t.Fatal("a link works after renew all")
	}
}

// The next round (the file's round changed) gets new links: last
// quarter's QR codes open nothing.
func TestLinksOfAnotherRoundAreNotKept(t *testing.T) {
	path := example(t, nil)
	r, s, _ := serve(t, path, Options{})
	old, _ := linkOf(s, "j1")
	s.Close()
	r.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	i := strings.Index(text, "\nround:")
	if i < 0 {
		t.Fatal("the example names no round")
	}
	end := i + 1 + strings.Index(text[i+1:], "\n")
	text = text[:i] + "\nround: 下一轮" + text[end:]
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	_, s2, base := serve(t, path, Options{})
	if code, _ := get(t, base+old); code != 404 {
		t.Fatalf("last round's link works: %d", code)
	}
	if got := s2.Status().Log; len(got) == 0 || !strings.Contains(got[0].Msg.In(i18n.Zh), "另一轮") {
		t.Fatalf("the log does not say the links were of another round: %+v", got)
	}
}

// A links file that is not ours (a symbolic link planted there) is
// refused, not followed.
func TestLinksFileNeverFollowed(t *testing.T) {
	path := example(t, nil)
	target := path + ".elsewhere"
	os.WriteFile(target, []byte("x"), 0o644)
	if err := os.Symlink(target, store.LinksPath(path)); err != nil {
		t.Skip(err)
	}
	r, err := round.Open(path, round.Options{Operator: "staff"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if s, err := Start(r, Options{Addr: "127.0.0.1:0"}); err == nil {
		s.Close()
		t.Fatal("served with a links file that is a symbolic link")
	}
	if b, _ := os.ReadFile(target); string(b) != "x" {
		t.Fatal("written through the link")
	}
}
