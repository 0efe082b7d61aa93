package sheet

import (
	"fmt"

	"liangsaibi/data"
	"liangsaibi/display"
	"liangsaibi/scoring"
)

// entity is something a sheet names by name or id: a street, item or judge.
type entity struct{ id, name string }

func streetsOf(c *scoring.Competition) []entity {
	out := make([]entity, len(c.Streets))
	for i, s := range c.Streets {
		out[i] = entity{s.ID, s.Name}
	}
	return out
}

func itemsOf(c *scoring.Competition) []entity {
	out := make([]entity, len(c.Items))
	for i, it := range c.Items {
		out[i] = entity{it.ID, it.Name}
	}
	return out
}

func judgesOf(c *scoring.Competition) []entity {
	out := make([]entity, len(c.Judges))
	for i, j := range c.Judges {
		out[i] = entity{j.ID, j.Name}
	}
	return out
}

// resolver finds entities of one kind by the name and id a sheet gives.
type resolver struct {
	all  []entity
	what string // catalog key: what.street, what.item, what.judge
	// withUnit is the header form of a name ("名称（单位）"), also accepted.
	withUnit func(i int) string
	// ids and names index all (indexed): a city sheet looks up a street
	// per row, 3,000 rows against 3,000 streets.
	ids   map[string]int
	names map[string][]int
}

// indexed is rv with its entities indexed by id and name (for a resolver
// without withUnit, asked once per row).
func (rv resolver) indexed() resolver {
	rv.ids = make(map[string]int, len(rv.all))
	rv.names = make(map[string][]int, len(rv.all))
	for i := len(rv.all) - 1; i >= 0; i-- { // the first of equal ids wins, as in a scan
		rv.ids[rv.all[i].id] = i
	}
	for i, e := range rv.all {
		rv.names[e.name] = append(rv.names[e.name], i)
	}
	return rv
}

// find resolves a name cell and an id cell (either may be empty) to an
// index, or adds a problem at the cell that is wrong and returns -1.
func (rv resolver) find(name, id string, nameAt, idAt Loc, ps *Problems) int {
	if invisible(name, nameAt, ps) || invisible(id, idAt, ps) {
		return -1
	}
	byID := -1
	if id != "" {
		if byID = rv.indexOfID(id); byID < 0 {
			addSuggest(ps, idAt, rv.nearestID(id), "p.unknownId", id, word(rv.what))
			return -1
		}
	}
	if name == "" {
		return byID
	}
	byName, count := -1, 0
	match := func(i int) {
		if byName < 0 || i == byID {
			byName = i
		}
		count++
	}
	if rv.names != nil && rv.withUnit == nil {
		for _, i := range rv.names[name] {
			match(i)
		}
	} else {
		for i, e := range rv.all {
			if e.name == name || (rv.withUnit != nil && rv.withUnit(i) == name) {
				match(i)
			}
		}
	}
	if byName < 0 && byID < 0 {
		byName = rv.indexOfID(name) // an id typed in the name column
	}
	switch {
	case byName < 0:
		addSuggest(ps, nameAt, rv.nearestName(name), "p.unknownName", name, word(rv.what))
		return -1
	case byID >= 0 && byID != byName:
		add(ps, nameAt, "p.mismatch", name, id, rv.all[byID].name, word(rv.what))
		return -1
	case byID < 0 && count > 1:
		add(ps, nameAt, "p.ambiguous", name, word(rv.what))
		return -1
	}
	return byName
}

func (rv resolver) indexOfID(id string) int {
	if rv.ids != nil {
		if i, ok := rv.ids[id]; ok {
			return i
		}
		return -1
	}
	for i, e := range rv.all {
		if e.id == id {
			return i
		}
	}
	return -1
}

func (rv resolver) nearestName(s string) string {
	names := make([]string, len(rv.all))
	for i, e := range rv.all {
		names[i] = e.name
	}
	return nearest(s, names)
}

func (rv resolver) nearestID(s string) string {
	ids := make([]string, len(rv.all))
	for i, e := range rv.all {
		ids[i] = e.id
	}
	return nearest(s, ids)
}

func addSuggest(ps *Problems, l Loc, suggest, key string, args ...any) {
	*ps = append(*ps, Problem{Loc: l, Key: key, Args: args, Suggest: suggest})
}

// nearest is data.Nearest, or "" when nothing is close.
func nearest(s string, candidates []string) string {
	best, _ := data.Nearest(s, candidates)
	return best
}

// invisible adds a problem when s holds a character that shows nothing (a
// zero-width space pasted along): the name would look right and not match.
func invisible(s string, at Loc, ps *Problems) bool {
	r, n, ok := display.FirstInvisible(s)
	if ok {
		add(ps, at, "p.invisible", fmt.Sprintf("U+%04X", r), n)
	}
	return ok
}
