//go:build !unix

package store

import "testing"

// rerunAsNobody: only Unix has root and nobody.
func rerunAsNobody(t *testing.T) {
	t.Helper()
	t.Skip("no user nobody on this system")
}
