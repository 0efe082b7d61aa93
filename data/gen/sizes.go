package gen

import "os"

// Size is one of the competition sizes the benchmarks measure (issue 7).
type Size struct {
	Name string // district, city or stress: the sub-benchmark's size=NAME
	Opts Options
}

// Sizes are district (14 streets × 7 judges × 15 items), city (3,000 × 7 ×
// 20) and stress (20,000 × 9 × 20), smallest first.
var Sizes = []Size{
	{Name: "district", Opts: Options{Seed: 1, Streets: 14, Judges: 7, Items: 15}},
	{Name: "city", Opts: Options{Seed: 1, Streets: 3000, Judges: 7, Items: 20}},
	{Name: "stress", Opts: Options{Seed: 1, Streets: 20000, Judges: 9, Items: 20}},
}

// StressEnv is the environment variable that turns on the stress size,
// which is slow to generate and to run.
const StressEnv = "LIANGSAIBI_BENCH_STRESS"

// Skip reports whether a benchmark should skip this size: stress runs only
// when StressEnv is set.
func (s Size) Skip() bool { return s.Name == "stress" && os.Getenv(StressEnv) == "" }
