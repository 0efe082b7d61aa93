package export

import "testing"

func TestMessagesHaveBothLanguages(t *testing.T) {
	if missing := messages.Missing(); len(missing) > 0 {
		t.Errorf("messages without Chinese or English text: %q", missing)
	}
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
