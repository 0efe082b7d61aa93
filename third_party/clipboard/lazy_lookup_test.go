//go:build linux

package clipboard

import (
	"os"
	"path/filepath"
	"testing"
)

// The clipboard commands are looked for on first use, not when the program
// starts: an xclip put on PATH after start-up is found. Upstream looks at
// init, before the test sets PATH, and finds none.
func TestCommandsAreFoundOnFirstUse(t *testing.T) {
	dir := t.TempDir()
	fake := "#!/bin/sh\nprintf 'from xclip'\n"
	if err := os.WriteFile(filepath.Join(dir, "xclip"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	t.Setenv("WAYLAND_DISPLAY", "")
	got, err := ReadAll()
	if err != nil || got != "from xclip" {
		t.Fatalf("ReadAll() = %q, %v; want the fake xclip's output", got, err)
	}
}
