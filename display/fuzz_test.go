package display

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSanitize: whatever goes in, what comes out is valid UTF-8 without a
// single byte or rune a terminal would act on, and clean text is untouched.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"桐柏路街道", "\x1b[2J", "\x1b]0;pwned\x07", "\x1b]52;c;cHduZWQ=\x07", "\u009b2J",
		"a\u202eb", "\u2066x\u2069", "\xff\xfe", "\uFFFD", "\xc2\x9b", "\xed\xa0\x80", "tab\tnew\nline\r", "\x7f", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Sanitize(%q) = %q: invalid UTF-8", s, out)
		}
		for i := 0; i < len(out); i++ {
			if c := out[i]; c < 0x20 || c == 0x7f {
				t.Fatalf("Sanitize(%q) = %q: control byte %#x", s, out, c)
			}
		}
		for _, r := range out {
			if IsControl(r) || IsBidi(r) {
				t.Fatalf("Sanitize(%q) = %q: rune %U", s, out, r)
			}
		}
		if Sanitize(out) != out {
			t.Fatalf("Sanitize is not idempotent on %q", s)
		}
		clean := utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return IsControl(r) || IsBidi(r) })
		if clean && out != s {
			t.Fatalf("Sanitize changed clean text %q to %q", s, out)
		}
	})
}
