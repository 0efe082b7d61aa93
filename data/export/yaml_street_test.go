package export

import (
	"testing"

	"pgregory.net/rapid"
)

// What plainSafe lets through unasked is what the encoder writes plain,
// as a value and as a key, for texts drawn from the characters it allows
// (and words YAML reads as booleans or null).
func TestPlainSafeIsWhatTheEncoderWritesPlain(t *testing.T) {
	chars := rapid.SampledFrom([]rune("aAzZyYnNoOfFtTuUlLeEsS019_.-林山寨社区"))
	rapid.Check(t, func(rt *rapid.T) {
		s := rapid.OneOf(rapid.Custom(func(t *rapid.T) string { return string(rapid.SliceOfN(chars, 1, 12).Draw(t, "runes")) }),
			rapid.SampledFrom([]string{"true", "True", "TRUE", "false", "False", "null", "Null", "NULL", "yes", "No", "on", "OFF", "y", "N", "nan", "inf"})).Draw(rt, "s")
		if !plainSafe(s) {
			return
		}
		var sc scalars
		if rep, ok := sc.ask(&sc.values, s, false, false); !ok || rep != s {
			rt.Fatalf("plainSafe(%q), but the encoder writes the value as %q", s, rep)
		}
		if rep, ok := sc.ask(&sc.keys, s, true, false); !ok || rep != s {
			rt.Fatalf("plainSafe(%q), but the encoder writes the key as %q", s, rep)
		}
	})
}
