package uv

import (
	"bytes"
	"strings"
	"testing"
)

// Bubble Tea clears its buffer and draws the whole view every frame, which
// touches every row. A row holding a wide cell that is the same as what is
// on screen must cost no bytes; only the row that changed is repainted.
// (liangsaibi patch, see PATCHES.md.)
func TestUnchangedWideRowsAreNotRepainted(t *testing.T) {
	var out bytes.Buffer
	r := NewTerminalRenderer(&out, []string{"TERM=xterm-256color"})
	r.SetFullscreen(true)
	rows := []string{"第一行 中原区", "第二行 林山寨街道", "第三行 桐柏路街道"}
	frame := func(changed string) *RenderBuffer {
		buf := NewScreenBuffer(30, len(rows))
		buf.Clear() // touches every row, as Bubble Tea does
		for y, s := range rows {
			if y == 1 && changed != "" {
				s = changed
			}
			NewStyledString(s).Draw(buf, Rect(0, y, 30, 1))
		}
		return buf.RenderBuffer
	}
	render := func(buf *RenderBuffer) string {
		out.Reset()
		r.Render(buf)
		if err := r.Flush(); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}

	render(frame(""))
	if got := render(frame("")); strings.ContainsAny(got, "第行中林桐") {
		t.Errorf("an unchanged frame repainted rows: %q", got)
	}
	got := render(frame("第二行 秦岭路街道"))
	if !strings.Contains(got, "秦岭路") {
		t.Errorf("the changed row was not painted: %q", got)
	}
	if strings.Contains(got, "第一行") || strings.Contains(got, "第三行") {
		t.Errorf("unchanged rows were repainted along with the changed one: %q", got)
	}
}
