package tui

import (
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"liangsaibi/scoring"
)

// countingWriter is the terminal: it counts the bytes the renderer writes
// and signals every write.
type countingWriter struct {
	mu    sync.Mutex
	n     int
	wrote chan struct{}
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	w.n += len(p)
	w.mu.Unlock()
	select {
	case w.wrote <- struct{}{}:
	default:
	}
	return len(p), nil
}

// take returns the bytes counted so far and starts again from zero.
func (w *countingWriter) take() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := w.n
	w.n = 0
	return n
}

// settle waits for the renderer to write, then for it to stay quiet for
// a few frames (60 fps), so one whole update has been flushed.
func (w *countingWriter) settle(b *testing.B, first time.Duration) {
	b.Helper()
	select {
	case <-w.wrote:
	case <-time.After(first):
		return // nothing written at all
	}
	for {
		select {
		case <-w.wrote:
		case <-time.After(60 * time.Millisecond):
			return
		}
	}
}

// BenchmarkCursorMove runs the real Bubble Tea program at 160×45 in true
// colour, moves the cursor one row down in the rankings view and reports
// the bytes written to the terminal (target: city under 2 KB). ns/op is
// dominated by the wait for the renderer to go quiet; B/move is the figure.
func BenchmarkCursorMove(b *testing.B) {
	eachScale(b, func(b *testing.B, c *scoring.Competition) {
		out := &countingWriter{wrote: make(chan struct{}, 1)}
		p := tea.NewProgram(New(Options{Comp: c}),
			tea.WithOutput(out), tea.WithInput(nil),
			tea.WithWindowSize(160, 45),
			tea.WithColorProfile(colorprofile.TrueColor),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
			tea.WithoutSignalHandler())
		done := make(chan error, 1)
		go func() { _, err := p.Run(); done <- err }()
		p.Send(tea.WindowSizeMsg{Width: 160, Height: 45})
		out.settle(b, 5*time.Second)
		whole := out.take()
		// Down then up, so the cursor never sticks at the end of the list.
		moves := []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: tea.KeyUp}}
		total, n := 0, 0
		b.ResetTimer()
		for b.Loop() {
			p.Send(moves[n%2])
			out.settle(b, time.Second)
			total += out.take()
			n++
		}
		b.StopTimer()
		p.Quit()
		if err := <-done; err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(total)/float64(n), "B/move")
		b.ReportMetric(float64(whole), "B/firstframe")
	})
}
