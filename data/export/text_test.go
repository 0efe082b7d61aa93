package export

import (
	"testing"

	"liangsaibi/i18n/i18ntest"
)

func TestMessagesHaveBothLanguages(t *testing.T) {
	// "rule." + the rounding rule: xlsx_raw.go.
	i18ntest.CheckCatalog(t, messages, ".", "rule.half_up", "rule.half_even")
}

func TestSheetNamesAreValid(t *testing.T) {
	for _, key := range []string{"sheet.ranking", "sheet.gaps", "sheet.problems", "sheet.raw", "sheet.rules"} {
		for _, name := range messages[key] {
			if n := len([]rune(name)); n == 0 || n > 31 {
				t.Errorf("sheet name %q has %d characters (1..31 allowed)", name, n)
			}
		}
	}
}
