package tui

import "sync/atomic"

// LoadProgress is how much of the file the dashboard's load has read,
// written by the loading goroutine (Report is a data.Options.Progress)
// and read by the loading screen at each spinner tick.
type LoadProgress struct{ done, total atomic.Int64 }

// Expect records the file's size before the load starts, so that the
// loading screen knows at once whether the file is a large one.
func (p *LoadProgress) Expect(total int64) { p.total.Store(total) }

// large: the file is one whose load is worth a spinner from the first
// frame (a city file; the demo loads in a blink and shows no spinner).
func (p *LoadProgress) large() bool { return p != nil && p.total.Load() >= largeFile }

// largeFile is 1 MB: some 1,100 streets of seven judges' scores (the
// generated city file is 2.7 MB for 3,000), a load of about 50 ms, past
// which a blank first frame would be noticed.
const largeFile = 1 << 20

// Report records done of total bytes read.
func (p *LoadProgress) Report(done, total int) {
	p.total.Store(int64(total))
	p.done.Store(int64(done))
}

// percent is the share read, 0–100, or -1 before anything is known.
func (p *LoadProgress) percent() int {
	if p == nil {
		return -1
	}
	total := p.total.Load()
	if total <= 0 {
		return -1
	}
	return int(min(100, p.done.Load()*100/total))
}
