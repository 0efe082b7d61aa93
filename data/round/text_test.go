package round

import (
	"testing"

	"liangsaibi/i18n/i18ntest"
)

// TestCatalog: every message is used and in both languages.
func TestCatalog(t *testing.T) { i18ntest.CheckCatalog(t, msgs, ".") }
