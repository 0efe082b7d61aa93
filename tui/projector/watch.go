package projector

import (
	"os"
	"path/filepath"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/fsnotify/fsnotify"
)

// debounce is how long the watcher waits after the last change before it
// asks for a reload: a save is several events (write, rename, journal).
const debounce = 150 * time.Millisecond

// pollEvery is a fallback for folders where change events do not arrive
// (some network shares): the file's size and time are compared this often.
const pollEvery = time.Second

// watcher reports changes of a competition file and its entry journal. It
// watches the file's folder, because an atomic save replaces the file by a
// rename, which ends a watch on the file itself.
type watcher struct {
	fs      *fsnotify.Watcher
	names   map[string]bool // base names that matter
	paths   []string
	changes chan struct{} // capacity 1: changes coalesce
	done    chan struct{}
	once    sync.Once
}

func startWatchCmd(path string) tea.Cmd {
	return func() tea.Msg {
		w, err := startWatcher(path)
		return watchStartedMsg{w: w, err: err}
	}
}

func startWatcher(path string) (*watcher, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := fw.Add(filepath.Dir(abs)); err != nil {
		fw.Close()
		return nil, err
	}
	base := filepath.Base(abs)
	w := &watcher{
		fs:      fw,
		names:   map[string]bool{base: true, base + ".journal": true},
		paths:   []string{abs, abs + ".journal"},
		changes: make(chan struct{}, 1),
		done:    make(chan struct{}),
	}
	go w.loop()
	return w, nil
}

// loop turns file events into at most one pending change, debounced.
func (w *watcher) loop() {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	poll := time.NewTicker(pollEvery)
	defer poll.Stop()
	seen := w.stamp()
	for {
		select {
		case <-w.done:
			timer.Stop()
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if w.names[filepath.Base(ev.Name)] && ev.Op != fsnotify.Chmod {
				timer.Reset(debounce)
			}
		case _, ok := <-w.fs.Errors:
			if !ok {
				return
			}
		case <-poll.C:
			if now := w.stamp(); now != seen {
				seen = now
				timer.Reset(debounce)
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

// stamp summarises the watched files' sizes and times.
func (w *watcher) stamp() [2]fileStamp {
	var s [2]fileStamp
	for i, p := range w.paths {
		if fi, err := os.Stat(p); err == nil {
			s[i] = fileStamp{size: fi.Size(), mod: fi.ModTime().UnixNano()}
		}
	}
	return s
}

type fileStamp struct {
	size, mod int64
}

// next waits for the next change. It returns nil once the watcher closes.
func (w *watcher) next() tea.Cmd {
	return func() tea.Msg {
		select {
		case <-w.changes:
			return fileChangedMsg{}
		case <-w.done:
			return nil
		}
	}
}

// Close stops the watcher; it is safe to call more than once.
func (w *watcher) Close() {
	w.once.Do(func() {
		close(w.done)
		w.fs.Close()
	})
}
