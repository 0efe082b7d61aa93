package tui

import "sync/atomic"

// LoadProgress is how much of the file the dashboard's load has read,
// written by the loading goroutine (Report is a data.Options.Progress)
// and read by the loading screen at each spinner tick.
type LoadProgress struct{ done, total atomic.Int64 }

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
