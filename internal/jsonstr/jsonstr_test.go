package jsonstr

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"
)

// TestAppendIsMarshal: byte for byte json.Marshal, for any string,
// including invalid UTF-8, controls, HTML characters and U+2028.
func TestAppendIsMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(
			rapid.String(),
			rapid.StringOf(rapid.SampledFrom([]rune{'a', '中', '"', '\\', '<', '>', '&', '\n', 0, '\u2028', '\u2029', 0xFFFD})),
			rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
		).Draw(t, "s")
		want, _ := json.Marshal(s)
		if got := Append([]byte("x"), s); string(got) != "x"+string(want) {
			t.Fatalf("Append(%q) = %s, json.Marshal = %s", s, got[1:], want)
		}
	})
}
