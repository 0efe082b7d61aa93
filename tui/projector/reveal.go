package projector

// hiddenBefore is the first position shown: while revealing, every ranked
// row above the revealed groups is hidden. Incomplete streets have no rank
// to reveal and are always shown.
func (m *Model) hiddenBefore() int {
	if !m.revealing || m.st == nil {
		return 0
	}
	groups := m.sum.groups
	k := min(m.revealed, len(groups))
	if k == len(groups) {
		return 0
	}
	return groups[len(groups)-k-1][1]
}

// hidden reports whether the row at position p is not revealed yet.
func (m *Model) hidden(p int) bool { return p < m.hiddenBefore() }

// startReveal hides every rank, to be revealed from last place up.
func (m *Model) startReveal() {
	m.revealing = true
	m.revealed = 0
}

// revealNext reveals the next group up; it reports whether one was left.
func (m *Model) revealNext() bool {
	if m.st == nil || m.revealed >= len(m.sum.groups) {
		return false
	}
	m.revealed++
	return true
}

// revealBack hides the group revealed last, for a key pressed too soon.
func (m *Model) revealBack() {
	if m.revealed > 0 {
		m.revealed--
	}
}

// lastRevealed is the position of the group revealed last, or -1.
func (m *Model) lastRevealed() int {
	if m.st == nil {
		return -1
	}
	groups := m.sum.groups
	k := min(m.revealed, len(groups))
	if !m.revealing || k == 0 {
		return -1
	}
	return groups[len(groups)-k][0]
}
