//go:build unix

// Package asnobody lets a test that root would pass by ignoring
// permissions run as the user nobody instead, so such tests run in CI
// (which runs as root) rather than skip there.
package asnobody

import (
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// Rerun runs the calling test again in a copy of the test binary
// as the user nobody, for checks that root would pass by ignoring
// permissions. The copy and the child's TMPDIR are in a folder nobody
// owns. It skips, naming the reason, where that cannot be done.
func Rerun(t *testing.T) {
	t.Helper()
	u, err := user.Lookup("nobody")
	if err != nil {
		t.Skip("root ignores permissions, and there is no user nobody to run this as:", err)
	}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err1 != nil || err2 != nil || uid == 0 {
		t.Skipf("root ignores permissions, and user nobody has uid %q gid %q", u.Uid, u.Gid)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil { // t.TempDir's folders are 0700
			t.Fatal(err)
		}
	}
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(tmp, int(uid), int(gid)); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "test.bin")
	if err := copyExecutable(exe, bin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run=^"+t.Name()+"$", "-test.v", "-test.count=1", "-test.timeout=2m")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "HOME="+tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	out, err := cmd.CombinedOutput()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Skip("root ignores permissions, and the test cannot run again as nobody:", err)
	}
	text := string(out)
	switch {
	case err != nil:
		t.Fatalf("as nobody: %v\n%s", err, text)
	case strings.Contains(text, "--- SKIP: "+t.Name()):
		t.Skipf("as nobody, the test skipped:\n%s", text)
	case !strings.Contains(text, "--- PASS: "+t.Name()):
		t.Fatalf("as nobody, the test did not run:\n%s", text)
	}
	t.Logf("passed as nobody (uid %d)", uid)
}

func copyExecutable(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
