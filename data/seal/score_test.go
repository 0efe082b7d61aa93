package seal

import (
	"encoding/json"
	"testing"

	"pgregory.net/rapid"

	"liangsaibi/scoring"
)

// TestAppendScoreIsMarshal: the digest's score records are byte for byte
// json.Marshal's, so digests printed before stay valid.
func TestAppendScoreIsMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		str := rapid.OneOf(rapid.String(), rapid.SampledFrom([]string{"s1", "liang.i1", "j1", "", "a\"b", "<&>", "\u2028", "\xff", "中原"}))
		street, item, judge := str.Draw(t, "street"), str.Draw(t, "item"), str.Draw(t, "judge")
		v := scoring.Slot{State: scoring.Scored, Value: scoring.Dec(rapid.Int64Range(-1e12, 1e12).Draw(t, "value"))}
		if rapid.Bool().Draw(t, "recused") {
			v = scoring.Slot{State: scoring.Recused}
		}
		want, _ := json.Marshal(score{street, item, judge, slotText(v)})
		if got := appendScore(nil, street, item, judge, v); string(got) != string(want) {
			t.Fatalf("appendScore = %s, json.Marshal = %s", got, want)
		}
	})
}

// slotText is a score as the digest writes it.
func slotText(s scoring.Slot) string {
	if s.State == scoring.Recused {
		return "recused"
	}
	return s.Value.String()
}
