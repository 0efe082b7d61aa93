package web

import (
	"fmt"
	"net/http"
	"time"
)

// keepAlive is how often an idle event stream sends a comment, so proxies
// and phones that drop quiet connections keep it, and a page notices a
// dead server within a few seconds.
const keepAlive = 10 * time.Second

// stream sends the page a fresh view after every change (server-sent
// events). Each page opens exactly one stream: browsers allow six
// connections per host over HTTP/1.1, and a second tab must not starve.
// view renders the data; nil ends the stream (the link was revoked).
func (s *Server) stream(w http.ResponseWriter, r *http.Request, view func() []byte) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, msgs.T(s.opts.Lang, "err.internal"), http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	if s.streams >= maxStreams {
		s.mu.Unlock()
		http.Error(w, msgs.T(s.opts.Lang, "err.busy"), http.StatusServiceUnavailable)
		return
	}
	s.streams++
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.streams--
		s.mu.Unlock()
	}()
	// No write deadline for this long answer.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 2000\n\n")
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	var sent uint64
	first := true
	for {
		changed, version := s.wait()
		if first || version != sent {
			data := view()
			if data == nil {
				fmt.Fprint(w, "event: gone\ndata: {}\n\n")
				flusher.Flush()
				return
			}
			if _, err := fmt.Fprintf(w, "data: %s\n\n", data); err != nil {
				return
			}
			flusher.Flush()
			sent, first = version, false
		}
		select {
		case <-changed:
		case <-tick.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			flusher.Flush()
		case <-r.Context().Done():
			return
		case <-s.stop:
			return
		}
	}
}
