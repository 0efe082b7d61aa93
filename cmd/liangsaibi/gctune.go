package main

import "runtime/debug"

// rankGCPercent is the collector's target while `rank` runs. Reading a file
// builds a YAML tree that stays alive to the end of the parse, so at the
// default (100) the collector marks the same growing tree again and again:
// about a tenth of a city-size rank. The command allocates a bounded amount
// (~60 bytes per byte of file) and exits, so collecting a quarter as often
// costs little memory: see BENCHMARKS.md for the measured peak.
const rankGCPercent = 400

// withLessGC runs fn with the collector at rankGCPercent and then puts the
// previous setting back (tests run many commands in one process).
func withLessGC(fn func() int) int {
	old := debug.SetGCPercent(rankGCPercent)
	defer debug.SetGCPercent(old)
	return fn()
}
