package export

import (
	"io"
	"sync"
	"testing"

	"liangsaibi/data"
	"liangsaibi/data/gen"
	"liangsaibi/scoring"
)

// Standings of issue 7's generated sizes, made once per process.
var benchStandings sync.Map // size name → *scoring.Standings

// eachSize runs fn as BenchmarkX/size=NAME for district, city and stress
// (stress only with LIANGSAIBI_BENCH_STRESS=1).
func eachSize(b *testing.B, fn func(b *testing.B, st *scoring.Standings)) {
	for _, s := range gen.Sizes {
		b.Run("size="+s.Name, func(b *testing.B) {
			if s.Skip() {
				b.Skipf("set %s=1 to run the stress size", gen.StressEnv)
			}
			st, ok := benchStandings.Load(s.Name)
			if !ok {
				doc, err := data.Load(s.Name+".yaml", gen.Competition(s.Opts), data.Options{})
				if err != nil {
					b.Fatalf("generated %s competition: %v", s.Name, err)
				}
				st, _ = benchStandings.LoadOrStore(s.Name, scoring.Compute(doc.Comp))
			}
			b.ReportAllocs()
			b.ResetTimer()
			fn(b, st.(*scoring.Standings))
		})
	}
}

func BenchmarkCSV(b *testing.B) {
	eachSize(b, func(b *testing.B, st *scoring.Standings) {
		for b.Loop() {
			if err := CSV(io.Discard, st, testOptions()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkXLSX is the workbook in-process. Its target is a whole-process
// ratio (BENCHMARKS.md, "XLSX export"): `export --format xlsx` of a city
// within 3× a `rank` of the same file. Part of the work (deflating the
// sheets, the digest, the judges' figures) runs on other goroutines, so
// this wall time depends on a free second core.
func BenchmarkXLSX(b *testing.B) {
	eachSize(b, func(b *testing.B, st *scoring.Standings) {
		for b.Loop() {
			if err := XLSX(io.Discard, st, testOptions()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkRankedYAML(b *testing.B) {
	eachSize(b, func(b *testing.B, st *scoring.Standings) {
		for b.Loop() {
			if err := RankedYAML(io.Discard, st, testOptions()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkMarkdown(b *testing.B) {
	eachSize(b, func(b *testing.B, st *scoring.Standings) {
		for b.Loop() {
			if err := Markdown(io.Discard, st, testOptions()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
