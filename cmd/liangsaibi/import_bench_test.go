package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"liangsaibi/data/gen"
)

// BenchmarkImport is `liangsaibi import FILE SHEET --yes --overwrite` in
// one process, with a judge's sheet that changes every one of that judge's
// scores (45,000 at city): plan, one group commit, one save. Each iteration
// starts from a fresh copy of the file. Target at city: ≤ 2× RankJSON.
func BenchmarkImport(b *testing.B) {
	for _, s := range gen.Sizes {
		b.Run("size="+s.Name, func(b *testing.B) {
			if s.Skip() {
				b.Skipf("set %s=1 to run the stress size", gen.StressEnv)
			}
			dir := b.TempDir()
			src := gen.Competition(s.Opts)
			sheetPath := filepath.Join(dir, "j1.csv")
			writeChangedSheet(b, src, dir, sheetPath)
			getenv := func(string) string { return "" }
			e := &env{stdout: io.Discard, stderr: io.Discard}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				path := filepath.Join(dir, "c"+strconv.Itoa(i)+".yaml")
				if err := os.WriteFile(path, src, 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if code := run(e, []string{"import", path, sheetPath, "--yes", "--overwrite"}, getenv); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

// writeChangedSheet writes judge j1's CSV sheet of src and changes every
// score in it by a tenth (down, or up from zero).
func writeChangedSheet(tb testing.TB, src []byte, dir, sheetPath string) {
	tb.Helper()
	path := filepath.Join(dir, "base.yaml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		tb.Fatal(err)
	}
	var errb bytes.Buffer
	e := &env{stdout: io.Discard, stderr: &errb}
	if code := run(e, []string{"sheet", path, "--judge", "j1", "-o", sheetPath}, func(string) string { return "" }); code != exitOK {
		tb.Fatalf("sheet: exit %d: %s", code, errb.String())
	}
	raw, err := os.ReadFile(sheetPath)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(sheetPath, changeEveryScore(raw), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// changeEveryScore moves every score of a CSV sheet's street rows (the
// rows whose second cell is a street id) by a tenth, down or up from zero.
func changeEveryScore(raw []byte) []byte {
	lines := strings.Split(string(raw), "\n")
	for i, l := range lines {
		f := strings.Split(l, ",")
		if len(f) < 3 || !strings.HasPrefix(f[1], "s") {
			continue
		}
		for k := 2; k < len(f); k++ {
			tenths, ok := parseTenths(strings.TrimSpace(f[k]))
			if !ok {
				continue
			}
			if tenths >= 1 {
				tenths--
			} else {
				tenths++
			}
			f[k] = strconv.Itoa(tenths/10) + "." + strconv.Itoa(tenths%10)
		}
		lines[i] = strings.Join(f, ",")
	}
	return []byte(strings.Join(lines, "\n"))
}

// parseTenths reads "12" or "12.3" as a count of tenths.
func parseTenths(s string) (int, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.Atoi(whole)
	if err != nil || len(frac) > 1 {
		return 0, false
	}
	f := 0
	if frac != "" {
		f = int(frac[0] - '0')
	}
	return w*10 + f, true
}
