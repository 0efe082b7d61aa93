package data

import "bytes"

// maxStructure bounds the YAML nodes a file may make, counted before
// parsing. The parser builds every node in memory (about 120 bytes each),
// so without it a 64 MiB file of nothing but "1," would cost gigabytes and
// half a minute. 8,000,000 is twice the issue-7 stress file (20,000 streets
// × 9 judges × 20 items ≈ 3.7 million).
const maxStructure = 8_000_000

// maxWholeStructure bounds what is parsed as one node tree: a file whose
// scores section is not in the plain layout (chunks.go), or the part of a
// plain file before `scores:`. About 200 bytes of memory per entry keep it
// near 150 MB and a second. A city file (3,000 streets) has about 15,000
// entries before its scores.
const maxWholeStructure = 750_000

// structureBytes are the bytes that can start a new node: list and mapping
// separators, brackets and line ends. Every node but the first needs one.
var structureBytes = []byte(",-:[{\n")

// countStructure is an upper bound on the number of nodes text can make,
// found in one fast pass.
func countStructure(text []byte) int {
	n := 0
	for _, c := range structureBytes {
		n += bytes.Count(text, []byte{c})
	}
	return n
}
