package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"liangsaibi/data/gen"
)

// BenchmarkRankJSON is `liangsaibi rank FILE --format json` end to end in
// one process: read the file, parse, validate, rank, write JSON (to
// io.Discard). Target at city: under 1.3× data's BenchmarkParseNode.
func BenchmarkRankJSON(b *testing.B) {
	for _, s := range gen.Sizes {
		b.Run("size="+s.Name, func(b *testing.B) {
			if s.Skip() {
				b.Skipf("set %s=1 to run the stress size", gen.StressEnv)
			}
			src := gen.Competition(s.Opts)
			path := filepath.Join(b.TempDir(), s.Name+".yaml")
			if err := os.WriteFile(path, src, 0o644); err != nil {
				b.Fatal(err)
			}
			e := &env{stdout: io.Discard, stderr: io.Discard}
			args := []string{"rank", path, "--format", "json"}
			getenv := func(string) string { return "" }
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if code := run(e, args, getenv); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
