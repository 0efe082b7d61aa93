package main

import (
	"os"
	"runtime/debug"
)

// bulkGC lets the garbage collector run less often for the rest of a
// one-shot bulk command (import): such a command allocates hundreds of
// megabytes around a live heap that hardly changes, and at the default
// GOGC=100 a city import ran about a sixth slower (BENCHMARKS.md,
// "Import, 2026-12-01"). The soft memory limit bounds the larger heap
// where a huge file would grow it further. A GOGC or GOMEMLIMIT the user
// set is kept. It returns the function that restores the settings (tests
// run many commands in one process).
func bulkGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(bulkGCPercent)
	limit := debug.SetMemoryLimit(bulkMemoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

const (
	bulkGCPercent   = 400
	bulkMemoryLimit = 1 << 30
)
