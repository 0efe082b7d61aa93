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
func (w *countingWriter) settle(first time.Duration) {
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

// moveBytes runs the real Bubble Tea program at 160×45 in true colour on
// c, moves the cursor one row down and up again n times in the rankings
// view, and returns the bytes of the first frame and the mean bytes a move
// wrote to the terminal.
func moveBytes(tb testing.TB, c *scoring.Competition, n int, timer func(on bool)) (first, perMove float64) {
	tb.Helper()
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
	out.settle(5 * time.Second)
	whole := out.take()
	// Down then up, so the cursor never sticks at the end of the list.
	moves := []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: tea.KeyUp}}
	total := 0
	timer(true)
	for i := range n {
		p.Send(moves[i%2])
		out.settle(time.Second)
		total += out.take()
	}
	timer(false)
	p.Quit()
	if err := <-done; err != nil {
		tb.Fatal(err)
	}
	return float64(whole), float64(total) / float64(n)
}

// BenchmarkCursorMove reports the bytes one cursor move writes to the
// terminal (target: city under 2 KB). ns/op is dominated by the wait for
// the renderer to go quiet; B/move is the figure.
func BenchmarkCursorMove(b *testing.B) {
	eachScale(b, func(b *testing.B, c *scoring.Competition) {
		first, perMove := moveBytes(b, c, b.N, func(on bool) {
			if on {
				b.ResetTimer()
			} else {
				b.StopTimer()
			}
		})
		b.ReportMetric(perMove, "B/move")
		b.ReportMetric(first, "B/firstframe")
	})
}

// A cursor move in a Chinese screen sends the two rows that changed, not
// the whole screen (the patched renderer in third_party/ultraviolet).
func TestCursorMoveSendsADifference(t *testing.T) {
	first, perMove := moveBytes(t, demoComp(t), 6, func(bool) {})
	t.Logf("first frame %.0f B, one move %.0f B", first, perMove)
	if perMove >= 2048 || perMove >= first/4 {
		t.Errorf("one cursor move wrote %.0f bytes (first frame %.0f): the screen is being re-sent", perMove, first)
	}
}
