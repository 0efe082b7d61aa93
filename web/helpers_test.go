package web

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"liangsaibi/data/round"
)

// example copies the spec example into a temp folder; edit changes its text.
func example(t testing.TB, edit func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"example.yaml", "example.prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "spec", f))
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		if f == "example.yaml" && edit != nil {
			text = edit(text)
		}
		if err := os.WriteFile(filepath.Join(dir, f), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "example.yaml")
}

// serve opens the round of path and serves it on the loopback.
func serve(t testing.TB, path string, opts Options) (*round.Round, *Server, string) {
	t.Helper()
	r, err := round.Open(path, round.Options{Operator: "staff"})
	if err != nil {
		t.Fatal(err)
	}
	opts.Addr = "127.0.0.1:0"
	s, err := Start(r, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close()
		r.Close()
	})
	return r, s, "http://" + s.Addr().String()
}

// linkOf is judge id's link path and form token.
func linkOf(s *Server, judge string) (path, token string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, l := range s.links {
		if l.judge == judge {
			return "/j/" + l.secret, l.token
		}
	}
	return "", ""
}

// post sends a submission as the judge's page does, with headers changed by
// the caller.
func post(t testing.TB, url, token, body string, hdr map[string]string) (int, answer) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Token", token)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var a answer
	raw, _ := io.ReadAll(res.Body)
	_ = json.Unmarshal(raw, &a)
	return res.StatusCode, a
}

func get(t testing.TB, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(raw)
}

// firstEvent reads the first data line of an event stream.
func firstEvent(t testing.TB, url string, v any) int {
	t.Helper()
	client := &http.Client{Timeout: 5 * time.Second}
	res, err := client.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		return res.StatusCode
	}
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			if err := json.Unmarshal([]byte(d), v); err != nil {
				t.Fatal(err)
			}
			return res.StatusCode
		}
	}
	t.Fatal("no event")
	return 0
}
