// Package web serves the judges' phones and the big screen on the meeting
// room's network, from the same binary: judges open their own link (a QR
// code), enter their scores and submit a street; the browser on the
// projector shows the ranking live. Every submission is one more writer
// through the round owner (round.Do, the judge as operator, the phone's
// address as source), so it is journaled, audited and saved like a typed
// score. The terminal is the only console: nothing here administers.
package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"liangsaibi/data/round"
	"liangsaibi/i18n"
)

// Options say how to serve; the zero value suits a meeting.
type Options struct {
	Lang i18n.Lang // the pages' language (Chinese by default)
	// Addr is where to listen: ":0" (every interface, a free port) when empty.
	Addr string
	// ShowOthers lets judges see the ranking and the other judges' scores
	// (the organizer allows it); by default a judge sees only their own.
	ShowOthers bool
	// NewLinks gives every judge a new link instead of the ones kept
	// beside the file from the last serve of this round.
	NewLinks bool
	// Closed starts with every street closed for scoring; by default all
	// are open until the console closes them. A restart keeps the closed
	// streets and the street on stage either way (restoreConsole); with
	// Closed every other street is closed too.
	Closed bool
	// PageSeconds is how long the big screen shows a page (8).
	PageSeconds int
	// Rate is submissions per second a judge's link may send (5, burst 20).
	Rate float64
	Now  func() time.Time
}

// Server is the web service of one open round.
type Server struct {
	opts  Options
	round *round.Round
	ln    net.Listener
	port  int // listened on, kept with the links
	http  *http.Server
	sub   *round.Sub
	done  chan struct{} // the round's events are no longer followed
	stop  chan struct{} // closed by Close: event streams end
	once  sync.Once

	// applyMu: submissions hold it for reading while they apply; closing a
	// street takes it for writing, so once SetOpen returns nothing more is
	// applied to that street.
	applyMu sync.RWMutex
	// keepMu orders the writes of the links file (links and the console's
	// decisions) as the changes were made; taken before applyMu and mu.
	keepMu sync.Mutex

	mu      sync.Mutex
	links   []*link           // by judge index of the round's competition
	closed  map[string]bool   // street id -> closed for scoring
	stage   string            // street id on stage, "" for none
	cells   map[cellKey]*Cell // judge id, street id -> what was submitted
	screen  Screen
	log     []LogLine
	since   time.Time     // this round's first serve (linksFile.Since)
	version uint64        // rises with every change the pages show
	changed chan struct{} // closed and replaced on every change
	limits  *limiter      // submissions per judge
	guesses *limiter      // wrong secrets per device
	streams int           // open event streams

	screenCache []byte // the big screen's data at screenVer
	screenVer   uint64
}

// Start listens on opts.Addr and serves until Close. The round must stay
// open while the server runs.
func Start(r *round.Round, opts Options) (*Server, error) {
	if opts.Addr == "" {
		opts.Addr = ":0"
	}
	if opts.PageSeconds <= 0 {
		opts.PageSeconds = 8
	}
	if opts.Rate <= 0 {
		opts.Rate = 5
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{opts: opts, round: r, done: make(chan struct{}), stop: make(chan struct{}), closed: map[string]bool{},
		cells: map[cellKey]*Cell{}, changed: make(chan struct{}), limits: newLimiter(opts.Rate, 20), guesses: newLimiter(1, 10)}
	kept, broken := s.readLinks()
	ln, err := listen(opts.Addr, kept)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	s.port = ln.Addr().(*net.TCPAddr).Port
	err = s.makeLinks(kept, opts.NewLinks)
	if err == nil {
		s.restoreConsole(kept, broken)
		s.restoreCells()
		err = s.saveLinks()
	}
	if err != nil {
		ln.Close()
		return nil, err
	}
	s.http = &http.Server{
		Handler:           s.routes(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          quietLog(),
	}
	s.sub = r.Subscribe()
	r.State().Standings() // scored here (the round scores on first use), not by the first page or the console's View
	go s.follow()
	go func() { _ = s.http.Serve(ln) }()
	return s, nil
}

// listen listens on addr; with a free port asked for (":0"), the port of
// the last serve of this file first, so printed QR codes still point here
// after a restart.
func listen(addr string, kept *linksFile) (net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if err == nil && port == "0" && kept != nil && kept.Port > 0 {
		if ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(kept.Port))); err == nil {
			return ln, nil
		}
	}
	return net.Listen("tcp", addr)
}

// follow wakes the pages on every change of the round.
func (s *Server) follow() {
	defer close(s.done)
	for range s.sub.C() {
		s.mu.Lock()
		s.bump()
		s.mu.Unlock()
	}
}

// bump tells every page that something changed; s.mu is held.
func (s *Server) bump() {
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait is the channel closed at the next change, and the version now.
func (s *Server) wait() (<-chan struct{}, uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed, s.version
}

// Addr is the address the server listens on (host:port).
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Close stops serving: open pages see "disconnected" and retry.
func (s *Server) Close() error {
	var err error
	s.once.Do(func() {
		s.sub.Cancel()
		<-s.done
		close(s.stop)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		err = s.http.Shutdown(ctx)
		if errors.Is(err, context.DeadlineExceeded) {
			err = s.http.Close()
		}
	})
	return err
}
