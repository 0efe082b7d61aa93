package export

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"
)

// jstr's fast path must write exactly what encoding/json writes.
func TestJstrMatchesEncodingJSON(t *testing.T) {
	want := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	for _, s := range []string{"", "建设路街道", "a\"b", `a\b`, "<b>&", "line\nbreak", "\u2028", "x\u2029y", "\xff", "中\xe4", "tab\t", "\x7f", "ok.id_1"} {
		if got := jstr(s); got != want(s) {
			t.Errorf("jstr(%q) = %s, want %s", s, got, want(s))
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.StringMatching(`[a-z.\x00-\x1f"\\<>&\x{2028}\x{4e00}-\x{4e10}]{0,12}`)).Draw(t, "s")
		if got := jstr(s); got != want(s) {
			t.Fatalf("jstr(%q) = %s, want %s", s, got, want(s))
		}
	})
}
