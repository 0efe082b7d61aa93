package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"liangsaibi/internal/asnobody"
	"liangsaibi/internal/testfs"
)

func writeOld(t *testing.T, perm os.FileMode) (string, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "比赛.yaml")
	old := []byte("version: 1\ntitle: 旧的\n")
	if err := os.WriteFile(path, old, perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil {
		t.Fatal(err)
	}
	return path, old
}

func assertNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestWriteFileAtomicReplacesAndKeepsPermissions(t *testing.T) {
	path, _ := writeOld(t, 0o640)
	want := bytes.Repeat([]byte("新内容 17.5\n"), 1000)
	if err := WriteFileAtomic(path, want, 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("content differs: %d bytes, want %d", len(got), len(want))
	}
	if runtime.GOOS != "windows" {
		info, _ := os.Stat(path)
		if info.Mode().Perm() != 0o640 {
			t.Errorf("permissions %v, want the original 0640", info.Mode().Perm())
		}
	}
	assertNoTempFiles(t, filepath.Dir(path))
}

func TestWriteFileAtomicNewFileUsesPerm(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits")
	}
	path := filepath.Join(t.TempDir(), "new.yaml")
	if err := WriteFileAtomic(path, []byte("x"), 0o604); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o604 {
		t.Errorf("permissions %v, want 0604", info.Mode().Perm())
	}
}

func TestWriteFileAtomicThroughSymlinkKeepsLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.yaml")
	link := filepath.Join(dir, "link.yaml")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	testfs.Symlink(t, real, link)
	if err := WriteFileAtomic(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Error("the symlink was replaced by a regular file")
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("link target holds %q, want %q", got, "new")
	}
}

func TestWriteFileAtomicFailureLeavesOldFile(t *testing.T) {
	cases := []struct {
		op       Op
		err      error
		diskFull bool
		readOnly bool
	}{
		{OpWrite, syscall.ENOSPC, true, false},
		{OpSync, syscall.ENOSPC, true, false},
		{OpWrite, syscall.EDQUOT, true, false},
		{OpRename, syscall.EROFS, false, true},
		{OpSync, syscall.EIO, false, false},
		{OpRename, syscall.EACCES, false, true},
	}
	for _, c := range cases {
		t.Run(string(c.op)+"/"+c.err.Error(), func(t *testing.T) {
			path, old := writeOld(t, 0o644)
			var faults Faults
			faults.Inject(c.op, c.err)
			err := writeFileAtomic(path, bytes.Repeat([]byte("new\n"), 5000), 0o644, &faults)
			if err == nil {
				t.Fatal("write reported success despite the failure")
			}
			if !errors.Is(err, c.err) {
				t.Errorf("error %v does not wrap %v", err, c.err)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Path != path {
				t.Errorf("error %v is not a *FileError for %s", err, path)
			}
			if IsDiskFull(err) != c.diskFull || IsReadOnly(err) != c.readOnly {
				t.Errorf("IsDiskFull=%v IsReadOnly=%v, want %v %v", IsDiskFull(err), IsReadOnly(err), c.diskFull, c.readOnly)
			}
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, old) {
				t.Errorf("old file changed to %q", got)
			}
			assertNoTempFiles(t, filepath.Dir(path))
		})
	}
}

func TestWriteFileAtomicReadOnlyFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no folder write permission bits: os.Chmod sets only a file's read-only attribute")
	}
	if os.Geteuid() == 0 {
		asnobody.Rerun(t) // root ignores folder permissions
		return
	}
	path, old := writeOld(t, 0o644)
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := WriteFileAtomic(path, []byte("new"), 0o644)
	if err == nil || !IsReadOnly(err) || IsDiskFull(err) {
		t.Fatalf("error %v: want a read-only error", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Errorf("old file changed to %q", got)
	}
}

func TestErrorClassesAreDistinct(t *testing.T) {
	if IsDiskFull(errors.New("other")) || IsReadOnly(errors.New("other")) || IsDiskFull(nil) || IsReadOnly(nil) {
		t.Error("an unrelated error was classified")
	}
	if IsDiskFull(&FileError{Op: "write", Err: syscall.EROFS}) {
		t.Error("EROFS classified as disk full")
	}
	if IsReadOnly(&FileError{Op: "write", Err: syscall.ENOSPC}) {
		t.Error("ENOSPC classified as read-only")
	}
}
