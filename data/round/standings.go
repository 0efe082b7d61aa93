package round

import (
	"slices"
	"sync"
	"sync/atomic"

	"liangsaibi/scoring"
)

// standings are one state's standings, computed on first use from any
// goroutine. A writer that nobody watches (an import) never pays for
// them; publish computes them before a subscriber sees the state, so a
// screen never scores on its own goroutine.
type standings struct {
	once sync.Once
	done atomic.Bool
	comp *scoring.Competition
	// base, when set, are the standings comp differs from in streets
	// only: those are scored again instead of the whole table.
	base    *standings
	streets []int
	depth   int // how many uncomputed bases lie behind
	st      *scoring.Standings
}

// maxLazyDepth bounds a chain of uncomputed standings: past it the whole
// table is scored, and nothing older is kept alive.
const maxLazyDepth = 32

// maxRescoreStreets is how many changed streets are scored again one by
// one; a larger batch scores the whole table.
const maxRescoreStreets = 16

// whole are comp's standings, to be scored whole.
func whole(comp *scoring.Competition) *standings { return &standings{comp: comp} }

// after are the standings of comp, which differs from base's competition
// by sets.
func after(base *standings, comp *scoring.Competition, sets []Op) *standings {
	if base == nil {
		return whole(comp)
	}
	var streets []int
	for _, o := range sets {
		if !slices.Contains(streets, o.Street) {
			if len(streets) == maxRescoreStreets {
				return whole(comp)
			}
			streets = append(streets, o.Street)
		}
	}
	depth := 0
	if !base.done.Load() {
		depth = base.depth + 1
	}
	if depth > maxLazyDepth {
		return whole(comp)
	}
	return &standings{comp: comp, base: base, streets: streets, depth: depth}
}

// get computes the standings once and returns them; nil for nil.
func (l *standings) get() *scoring.Standings {
	if l == nil {
		return nil
	}
	l.once.Do(func() {
		if l.base == nil {
			l.st = scoring.Compute(l.comp)
		} else {
			st := l.base.get()
			for _, s := range l.streets {
				st = st.Rescore(l.comp, s)
			}
			l.st = st
		}
		l.base, l.streets = nil, nil // what is computed keeps nothing older alive
		l.done.Store(true)
	})
	return l.st
}
