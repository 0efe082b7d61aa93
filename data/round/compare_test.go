package round

import "liangsaibi/scoring"

// sameScores reports whether two competitions hold the same scores.
func sameScores(a, b *scoring.Competition) bool {
	if len(a.Scores) != len(b.Scores) {
		return false
	}
	for s := range a.Scores {
		for i := range a.Scores[s] {
			x, y := a.Scores[s][i], b.Scores[s][i]
			if len(x) != len(y) {
				return false
			}
			for k := range x {
				if x[k] != y[k] {
					return false
				}
			}
		}
	}
	return true
}
