package export

import (
	"io"
	"testing"

	"liangsaibi/scoring"
)

func benchStandings(b *testing.B) *scoring.Standings {
	b.Helper()
	st := scoring.Compute(bigCompetition(b, 3000))
	if len(st.Rows) != 3000 || st.Ranked == 0 || st.Ranked == 3000 {
		b.Fatalf("generated competition: %d rows, %d ranked", len(st.Rows), st.Ranked)
	}
	return st
}

func BenchmarkCSV(b *testing.B) {
	st := benchStandings(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := CSV(io.Discard, st, testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXLSX(b *testing.B) {
	st := benchStandings(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := XLSX(io.Discard, st, testOptions()); err != nil {
			b.Fatal(err)
		}
	}
}
