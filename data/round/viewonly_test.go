package round

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"liangsaibi/data"
	"liangsaibi/i18n"
	"liangsaibi/internal/asnobody"
	"liangsaibi/scoring"
)

// viewOnly checks that the round at path opened view-only for why: every
// score shown, nothing taken or written, and the banner says why and what
// to do.
func viewOnly(t *testing.T, path string, why data.ViewReason, says string) {
	t.Helper()
	r := open(t, path, Options{Operator: "张三"})
	st := r.State()
	if st.Mode != ViewOnly || st.Why != why {
		t.Fatalf("mode %v why %q, want view-only for %q", st.Mode, st.Why, why)
	}
	if st.Comp == nil || st.Standings() == nil || len(st.Standings().Rows) == 0 {
		t.Fatal("nothing to view")
	}
	if _, err := r.Commit(0, 0, 0, scoring.Number(scoring.DecFromInt(1))); err == nil {
		t.Error("a view-only round took a score")
	}
	if err := r.TakeOver(); err != nil || r.State().Mode != ViewOnly {
		t.Errorf("take-over on a view-only file: %v, mode %v", err, r.State().Mode)
	}
	zh, en := why.Message().In(i18n.Zh), why.Message().In(i18n.En)
	if !strings.Contains(zh, says) || !strings.Contains(zh, "按 x 可导出到可写的文件夹") || !strings.Contains(en, "x exports") {
		t.Errorf("the banner does not say why and what to do:\n%s\n%s", zh, en)
	}
	for _, side := range []string{".lock", ".journal", ".audit.jsonl"} {
		if _, err := os.Lstat(path + side); err == nil {
			t.Errorf("view-only created %s", side)
		}
	}
}

// TestFolderWithoutWritePermissionIsViewOnly: the folder cannot be written
// (run as nobody: root ignores permissions), so no lock, journal or save.
func TestFolderWithoutWritePermissionIsViewOnly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no folder write permission bits: os.Chmod sets only a file's read-only attribute")
	}
	if os.Geteuid() == 0 {
		// The repository may sit in a folder nobody cannot read (CI's
		// clone is in a 0700 temporary folder): hand the child a copy.
		t.Setenv("LIANGSAIBI_SPEC_DIR", readableSpecCopy(t))
		asnobody.Rerun(t)
		return
	}
	path := copyExample(t)
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	viewOnly(t, path, data.ViewOnlyFolder, "没有写入此文件夹的权限")
}

// TestReadOnlyMediaIsViewOnly: the file is on a read-only file system (a
// tmpfs mounted read-only, standing for a CD or a write-protected stick).
func TestReadOnlyMediaIsViewOnly(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a read-only file system needs root")
	}
	src := copyExample(t)
	mnt := filepath.Join(t.TempDir(), "cd")
	os.Mkdir(mnt, 0o755)
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v: %s)", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", mnt).Run() })
	for _, f := range []string{filepath.Base(src), "example.prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join(filepath.Dir(src), f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mnt, f), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only (%v: %s)", err, out)
	}
	viewOnly(t, filepath.Join(mnt, filepath.Base(src)), data.ViewOnlyMedia, "只读的")
}

// readableSpecCopy copies the example vector into a folder every user can
// read, for a test that runs again as nobody.
func readableSpecCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil { // t.TempDir's folders are 0700
			t.Fatal(err)
		}
	}
	for _, f := range []string{"example.yaml", "example.prev.yaml"} {
		raw, err := os.ReadFile(filepath.Join(specDir(), f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
