//go:build !unix

package asnobody

import "testing"

// Rerun skips: only Unix has root and nobody.
func Rerun(t *testing.T) {
	t.Helper()
	t.Skip("no user nobody on this system")
}
