package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"liangsaibi/i18n"
)

func TestProposeNameSafeAndFree(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 11, 25, 15, 30, 0, 0, time.Local)
	got := ProposeName(dir, `排名-2026年第四季度`, "xlsx", now, i18n.Zh)
	if want := filepath.Join(dir, "排名-2026年第四季度-2026-11-25-15时30分.xlsx"); got != want {
		t.Fatalf("ProposeName = %q, want %q", got, want)
	}
	if err := os.WriteFile(got, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	second := ProposeName(dir, `排名-2026年第四季度`, ".xlsx", now, i18n.Zh)
	if want := filepath.Join(dir, "排名-2026年第四季度-2026-11-25-15时30分-1.xlsx"); second != want {
		t.Fatalf("second ProposeName = %q, want %q", second, want)
	}
	odd := filepath.Base(ProposeName(dir, "a\\b/c:d*e?f\"g<h>i|j\x01 ", ".csv", now, i18n.Zh))
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

// The English stamp has no Han; the two CSV formats end differently.
func TestProposeNameEnglishAndGBK(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 11, 30, 20, 23, 0, 0, time.Local)
	gbk, _ := LookupFormat("csv-gbk")
	utf, _ := LookupFormat("csv")
	if got := filepath.Base(ProposeName(dir, "ranking-Q4", gbk.Suffix(), now, i18n.En)); got != "ranking-Q4-2026-11-30-20h23-GBK.csv" {
		t.Errorf("English GBK name = %q", got)
	}
	if got := filepath.Base(ProposeName(dir, "排名", utf.Suffix(), now, i18n.Zh)); got != "排名-2026-11-30-20时23分.csv" {
		t.Errorf("UTF-8 CSV name = %q", got)
	}
}
