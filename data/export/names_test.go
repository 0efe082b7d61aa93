package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProposeNameSafeAndFree(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 11, 25, 15, 30, 0, 0, time.Local)
	got := ProposeName(dir, `排名-2026年第四季度`, "xlsx", now)
	if want := filepath.Join(dir, "排名-2026年第四季度-20261125-1530.xlsx"); got != want {
		t.Fatalf("ProposeName = %q, want %q", got, want)
	}
	if err := os.WriteFile(got, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	second := ProposeName(dir, `排名-2026年第四季度`, ".xlsx", now)
	if want := filepath.Join(dir, "排名-2026年第四季度-20261125-1530-1.xlsx"); second != want {
		t.Fatalf("second ProposeName = %q, want %q", second, want)
	}
	odd := filepath.Base(ProposeName(dir, "a\\b/c:d*e?f\"g<h>i|j\x01 ", ".csv", now))
	if strings.ContainsAny(odd, "\\/:*?\"<>|\x01") {
		t.Fatalf("unsafe characters left in %q", odd)
	}
}

func TestFreeNameCounts(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "排名.xlsx")
	if FreeName(p) != p {
		t.Fatal("a free name must be kept")
	}
	for i, want := range []string{"排名-1.xlsx", "排名-2.xlsx"} {
		os.WriteFile(p, nil, 0o644)
		if i == 1 {
			os.WriteFile(filepath.Join(dir, "排名-1.xlsx"), nil, 0o644)
		}
		if got := filepath.Base(FreeName(p)); got != want {
			t.Fatalf("FreeName = %q, want %q", got, want)
		}
	}
}

func TestSafeFileNameReserved(t *testing.T) {
	for in, want := range map[string]string{"CON": "_CON", "nul.txt": "_nul.txt", "排名. ": "排名", "a:b": "a_b"} {
		if got := SafeFileName(in); got != want {
			t.Errorf("SafeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}
