package data

import "unicode/utf8"

// Nearest is the candidate closest to s by edit distance, if it is close
// enough to be a likely typo ("did you mean …"). Every "did you mean" of
// the program uses it. An empty candidate (a name that was refused) or s
// itself is never suggested: "did you mean “”" helps nobody.
func Nearest(s string, candidates []string) (string, bool) {
	best, bestDist := "", -1
	for _, c := range candidates {
		if c == "" || c == s {
			continue
		}
		d := editDistance(s, c)
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := 1
	switch n := utf8.RuneCountInString(s); {
	case n > 8:
		limit = 3
	case n > 3:
		limit = 2
	}
	if bestDist < 0 || bestDist > limit {
		return "", false
	}
	return best, true
}

// editDistance is the optimal-string-alignment distance between a and b in
// runes: insertions, deletions, substitutions and swaps of neighbours
// ("titel" is one step from "title").
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20 // not worth comparing; never suggested
	}
	back := make([]int, len(rb)+1) // row i-2
	prev := make([]int, len(rb)+1) // row i-1
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], back[j-2]+1)
			}
		}
		back, prev, cur = prev, cur, back
	}
	return prev[len(rb)]
}
