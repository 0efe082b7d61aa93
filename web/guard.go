package web

import (
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// maxBody bounds a request's body: a street's scores are a few hundred bytes.
const maxBody = 16 << 10

// maxStreams bounds the open event streams (pages connected), so a flood
// of connections cannot exhaust the computer at the meeting.
const maxStreams = 512

// quietLog drops net/http's own log lines (they would land on the console's
// terminal and say nothing staff can act on).
func quietLog() *log.Logger { return log.New(io.Discard, "", 0) }

// secure wraps every answer: headers that keep the pages to themselves, and
// no panic (a bug) ever shows its stack or a file path to a browser.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer") // the secret is in the URL
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cache-Control", "no-store")
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.mu.Lock()
				s.note("log.bug", r.URL.Path)
				s.mu.Unlock()
				http.Error(w, msgs.T(s.opts.Lang, "err.internal"), http.StatusInternalServerError)
			}
		}()
		if r.Method == http.MethodPost {
			r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		}
		next.ServeHTTP(w, r)
	})
}

// sameOrigin refuses a request sent by a page of another site: browsers
// tell with Sec-Fetch-Site and Origin. A request without either (an old
// browser, a script) must still carry the link's token, which other sites
// cannot read.
func sameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host && o != "https://"+r.Host {
		return false
	}
	return true
}

// jsonBody reports whether the request says it carries JSON: a plain HTML
// form from elsewhere cannot send that type without asking first (CORS),
// and nothing here answers that question.
func jsonBody(r *http.Request) bool {
	ct := r.Header.Get("Content-Type")
	return strings.HasPrefix(strings.ToLower(ct), "application/json")
}

// remoteHost is the address of the device, without the port.
func remoteHost(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limiter is a token bucket per key (a judge's link, or a device guessing
// links): rate per second, up to burst at once.
type limiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), buckets: map[string]*bucket{}}
}

// allow takes a token for key; false when the key has sent too much.
func (l *limiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) > 4096 { // forget everyone rather than grow without bound
			l.buckets = map[string]*bucket{}
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}
