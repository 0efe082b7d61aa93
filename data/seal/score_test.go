package seal

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"
)

// TestAppendScoreIsMarshal: the digest's score records are byte for byte
// json.Marshal's, so digests printed before stay valid.
func TestAppendScoreIsMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		str := rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{"s1", "liang.i1", "j1", "", "a\"b", "<&>", "\u2028", "\xff", "中原"}))
		sc := score{str.Draw(t, "street"), str.Draw(t, "item"), str.Draw(t, "judge"), str.Draw(t, "value")}
		want, _ := json.Marshal(sc)
		if got := appendScore(nil, sc); string(got) != string(want) {
			t.Fatalf("appendScore = %s, json.Marshal = %s", got, want)
		}
	})
}
