package store

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// helperEnv makes the test binary act as a second instance: it locks the
// file named in the variable, prints "locked" (or the error), then holds
// the lock until its stdin closes.
const helperEnv = "STORE_TEST_LOCK_HELPER"

func TestMain(m *testing.M) {
	if file := os.Getenv(helperEnv); file != "" {
		os.Exit(lockHelper(file))
	}
	if dir := os.Getenv(crashEnv); dir != "" {
		os.Exit(crashChild(dir))
	}
	os.Exit(m.Run())
}

func lockHelper(file string) int {
	l, err := Lock(file)
	if err != nil {
		var le *LockedError
		if errors.As(err, &le) {
			fmt.Printf("busy pid=%d\n", le.Holder.PID)
			return 3
		}
		fmt.Println("error", err)
		return 1
	}
	fmt.Println("locked")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	if err := l.Unlock(); err != nil {
		return 1
	}
	return 0
}

// startHelper runs a second instance that tries to lock file.
func startHelper(t *testing.T, file string) (cmd *exec.Cmd, firstLine string, release func() error) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+file)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	return cmd, strings.TrimSpace(line), func() error { stdin.Close(); return cmd.Wait() }
}

func TestLockHeldByAnotherProcessNamesTheHolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.yaml")
	cmd, first, release := startHelper(t, file)
	if first != "locked" {
		release()
		t.Fatalf("helper could not lock: %q", first)
	}
	l, err := Lock(file)
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
		release()
		t.Fatalf("second lock: %v, %v", l, err)
	}
	h := le.Holder
	host, _ := os.Hostname()
	if h.PID != cmd.Process.Pid || h.User != OSUser() || h.Host != host || time.Since(h.Since) > time.Minute {
		t.Errorf("holder %+v, want pid %d user %q host %q now", h, cmd.Process.Pid, OSUser(), host)
	}
	if err := release(); err != nil {
		t.Fatalf("helper: %v", err)
	}
	l, err = Lock(file)
	if err != nil {
		t.Fatalf("lock after the holder quit: %v", err)
	}
	defer l.Unlock()
	if l.Holder().PID != os.Getpid() {
		t.Errorf("holder pid %d", l.Holder().PID)
	}
}

func TestLockReleasedAfterUnlock(t *testing.T) {
	file := filepath.Join(t.TempDir(), "c.yaml")
	l, err := Lock(file)
	if err != nil {
		t.Fatal(err)
	}
	cmd, first, release := startHelper(t, file)
	release()
	if first != fmt.Sprintf("busy pid=%d", os.Getpid()) || cmd.ProcessState.ExitCode() != 3 {
		t.Fatalf("second instance while locked: %q exit %d", first, cmd.ProcessState.ExitCode())
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	_, first, release = startHelper(t, file)
	if err := release(); err != nil || first != "locked" {
		t.Fatalf("second instance after unlock: %q %v", first, err)
	}
}

func TestOSUserIsKnown(t *testing.T) {
	if OSUser() == "" {
		t.Error("no user name from os/user or USER/USERNAME")
	}
	if strings.Contains(OSUser(), `\`) {
		t.Error("domain prefix kept")
	}
}
