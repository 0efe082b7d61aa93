package scoring

// RankGroups are the ranked rows grouped by rank, top first: tied streets
// share a group, so a reveal shows them together. Each group is the
// half-open range [start, end) of positions in Rows. None for nil.
func (st *Standings) RankGroups() [][2]int {
	if st == nil {
		return nil
	}
	var groups [][2]int
	for p := 0; p < st.Ranked; {
		end := p + 1
		for end < st.Ranked && st.Rows[end].Rank == st.Rows[p].Rank {
			end++
		}
		groups = append(groups, [2]int{p, end})
		p = end
	}
	return groups
}
