package store

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A streamed write replaces the file with everything written; a producer's
// error leaves the old file and no temporary file, and comes back as it is.
func TestWriteFileStream(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.yaml")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("亮赛比\n", 100_000) // larger than the buffer
	if err := WriteFileStream(path, 0o644, func(w io.Writer) error {
		_, err := io.WriteString(w, big)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != big {
		t.Fatalf("file holds %d bytes, want %d", len(got), len(big))
	}

	boom := errors.New("boom")
	err := WriteFileStream(path, 0o644, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	})
	var fe *FileError
	if !errors.Is(err, boom) || errors.As(err, &fe) {
		t.Fatalf("producer error: got %v, want boom itself", err)
	}
	if got, _ := os.ReadFile(path); string(got) != big {
		t.Fatal("a failed stream changed the file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("a failed stream left %d files, want 1", len(entries))
	}
}
