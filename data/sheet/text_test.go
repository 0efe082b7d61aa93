package sheet

import (
	"testing"

	"liangsaibi/i18n/i18ntest"
)

// TestCatalog: every label and problem is in both languages, with the same
// arguments, and used.
func TestCatalog(t *testing.T) {
	// "kind." + the sheet kind: build.go and write.go.
	i18ntest.CheckCatalog(t, messages, ".", "kind.")
}
