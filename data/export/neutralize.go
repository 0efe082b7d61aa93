package export

import (
	"strings"
	"unicode"
)

// formulaTriggers are the first characters that make a spreadsheet read a
// text cell as a formula (CSV/formula injection). The full-width forms are
// included because Chinese input methods produce them and some spreadsheet
// programs convert them.
var formulaTriggers = []string{"=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"}

// quotePrefix is what Neutralize puts in front of a dangerous text.
const quotePrefix = "'"

// NeedsNeutralizing reports whether a text cell would start with a formula
// trigger if written as it is, also after the leading blanks that Excel and
// WPS trim before deciding (" =1+1", "\u3000=1+1", a no-break space…).
func NeedsNeutralizing(s string) bool {
	return startsWithTrigger(s) || startsWithTrigger(strings.TrimLeftFunc(s, isBlank))
}

func startsWithTrigger(s string) bool {
	for _, t := range formulaTriggers {
		if strings.HasPrefix(s, t) {
			return true
		}
	}
	return false
}

// isBlank is every kind of Unicode space (U+3000, U+00A0, U+2000–U+200A…),
// and the zero-width space and BOM that some programs also skip.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.Zs) || r == '\u200b' || r == '\ufeff'
}

// Neutralize makes a text cell harmless in a spreadsheet: a text starting
// with a formula trigger gets a leading '. A text that already starts with
// ' gets one too, so that Unneutralize can always undo exactly what was done.
func Neutralize(s string) string {
	if NeedsNeutralizing(s) || strings.HasPrefix(s, quotePrefix) {
		return quotePrefix + s
	}
	return s
}

// Unneutralize undoes Neutralize when reading our own files back:
// Unneutralize(Neutralize(s)) == s for every s.
func Unneutralize(s string) string {
	return strings.TrimPrefix(s, quotePrefix)
}
