// Package watch reports changes to a few files, such as a competition file
// and its entry journal. It listens to the files' folders through fsnotify
// (an atomic save replaces a file by a rename, which would end a watch on
// the file itself), and also compares the files' sizes and times now and
// then, because events do not arrive on some shared and network folders
// (a Windows share, for one). Changes are debounced: one save is several
// events.
package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Options tune a watcher; the zero value suits people watching a screen.
type Options struct {
	// Debounce is the quiet time after the last change before it is
	// reported; 150 ms when zero.
	Debounce time.Duration
	// Poll is how often sizes and times are compared; 1 s when zero.
	Poll time.Duration
	// PollOnly ignores change events, as if the folder sent none (tests).
	PollOnly bool
}

// Watcher reports changes of its files until closed.
type Watcher struct {
	opts    Options
	paths   []string        // absolute
	names   map[string]bool // their absolute names, for events
	events  *fsnotify.Watcher
	changes chan struct{} // capacity 1: changes coalesce
	done    chan struct{}
	once    sync.Once
}

// Start watches the files at paths, which need not exist yet. When the
// system offers no change events for their folders, it polls only.
func Start(opts Options, paths ...string) (*Watcher, error) {
	if opts.Debounce <= 0 {
		opts.Debounce = 150 * time.Millisecond
	}
	if opts.Poll <= 0 {
		opts.Poll = time.Second
	}
	w := &Watcher{
		opts:    opts,
		names:   map[string]bool{},
		changes: make(chan struct{}, 1),
		done:    make(chan struct{}),
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		w.paths = append(w.paths, abs)
		w.names[abs] = true
	}
	if !opts.PollOnly {
		w.events = listen(w.paths)
	}
	go w.loop()
	return w, nil
}

// listen is an fsnotify watcher on the files' folders, or nil when there
// is none to be had (polling still works).
func listen(paths []string) *fsnotify.Watcher {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil
	}
	for _, p := range paths {
		if err := fw.Add(filepath.Dir(p)); err != nil {
			fw.Close()
			return nil
		}
	}
	return fw
}

// loop turns events and polled differences into at most one pending
// change, debounced.
func (w *Watcher) loop() {
	var events chan fsnotify.Event
	var errs chan error
	if w.events != nil {
		events, errs = w.events.Events, w.events.Errors
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	poll := time.NewTicker(w.opts.Poll)
	defer poll.Stop()
	seen := w.stamp()
	for {
		select {
		case <-w.done:
			timer.Stop()
			return
		case ev, ok := <-events:
			if !ok {
				events = nil // closed: polling goes on
				continue
			}
			if w.names[filepath.Clean(ev.Name)] && ev.Op != fsnotify.Chmod {
				timer.Reset(w.opts.Debounce)
			}
		case _, ok := <-errs:
			if !ok {
				errs = nil
			}
		case <-poll.C:
			if now := w.stamp(); now != seen {
				seen = now
				timer.Reset(w.opts.Debounce)
			}
		case <-timer.C:
			seen = w.stamp()
			select {
			case w.changes <- struct{}{}:
			default: // a change is already pending
			}
		}
	}
}

// stamp summarises the files' sizes and modification times.
func (w *Watcher) stamp() string {
	var b strings.Builder
	for _, p := range w.paths {
		if fi, err := os.Stat(p); err == nil {
			fmt.Fprintf(&b, "%d %d", fi.Size(), fi.ModTime().UnixNano())
		}
		b.WriteByte(';')
	}
	return b.String()
}

// Next waits for the next change and reports true, or false once the
// watcher is closed.
func (w *Watcher) Next() bool {
	select {
	case <-w.changes:
		return true
	case <-w.done:
		return false
	}
}

// Close stops the watcher; it is safe to call more than once.
func (w *Watcher) Close() {
	w.once.Do(func() {
		close(w.done)
		if w.events != nil {
			w.events.Close()
		}
	})
}
