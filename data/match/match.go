// Package match finds a street or a judge from what a person types: its
// id, its name or part of it, or its name in pinyin (full or initials).
// The command line (sheet --street, --judge), the dashboard's / filter and
// the entry grid's pickers all use it, so one way of naming works
// everywhere.
package match

import (
	"strings"
	"unicode"

	"liangsaibi/data"
)

// Entry is one thing that can be named: a street or a judge.
type Entry struct{ ID, Name string }

// Matcher finds entries by the rules below, best rule first.
type Matcher struct {
	entries []Entry
	keys    []keys
}

// keys are an entry's forms, lower case, computed once.
type keys struct {
	id, name string
	full     []string // full pinyin without spaces, one per reading
	initials []string // first letters, one per reading
}

// Rule is how a query matched; a lower rule is a better match.
type Rule int

const (
	ExactID Rule = iota
	ExactName
	NamePrefix
	IDPrefix
	Pinyin // full pinyin or initials, from the start
	Substring
	PinyinSubstring
	None
)

// New prepares entries for matching.
func New(entries []Entry) *Matcher {
	m := &Matcher{entries: entries, keys: make([]keys, len(entries))}
	for i, e := range entries {
		k := keys{id: strings.ToLower(e.ID), name: strings.ToLower(e.Name)}
		k.full, k.initials = readings(e.Name)
		m.keys[i] = k
	}
	return m
}

// Rule is the best rule by which query names entry i (None: it does not).
// The query is compared without case and surrounding spaces.
func (m *Matcher) Rule(i int, query string) Rule {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return None
	}
	k := m.keys[i]
	switch {
	case k.id == q:
		return ExactID
	case k.name == q:
		return ExactName
	case strings.HasPrefix(k.name, q):
		return NamePrefix
	case strings.HasPrefix(k.id, q):
		return IDPrefix
	case ascii(q) && (anyPrefix(k.full, q) || anyPrefix(k.initials, q)):
		return Pinyin
	case strings.Contains(k.name, q) || strings.Contains(k.id, q):
		return Substring
	case ascii(q) && len(q) >= 2 && anyContains(k.full, q):
		return PinyinSubstring
	}
	return None
}

// Matches says whether query names entry i by any rule: the filter's test.
func (m *Matcher) Matches(i int, query string) bool { return m.Rule(i, query) != None }

// Result is what Find found.
type Result struct {
	// Index is the entry found, or -1.
	Index int
	// Candidates are the entries that match equally well when more than
	// one does (Index is then -1), in the order given to New.
	Candidates []int
	// Suggest is the nearest name for "did you mean" when nothing matches.
	Suggest string
}

// Find is the one entry query names: the entries matched by the best rule
// that matches any; several of them are ambiguous. With no match, Suggest
// is the nearest name (data.Nearest over names, ids and pinyin).
func (m *Matcher) Find(query string) Result {
	best, found := None, []int(nil)
	for i := range m.entries {
		r := m.Rule(i, query)
		switch {
		case r < best:
			best, found = r, []int{i}
		case r == best && r != None:
			found = append(found, i)
		}
	}
	switch len(found) {
	case 0:
		return Result{Index: -1, Suggest: m.nearest(query)}
	case 1:
		return Result{Index: found[0]}
	}
	return Result{Index: -1, Candidates: found}
}

// nearest is the name of the entry whose name, id or pinyin is nearest to
// query, or "".
func (m *Matcher) nearest(query string) string {
	q := strings.ToLower(strings.TrimSpace(query))
	var forms []string
	var owner []int
	for i, k := range m.keys {
		for _, f := range append([]string{k.name, k.id}, k.full...) {
			forms, owner = append(forms, f), append(owner, i)
		}
	}
	best, ok := data.Nearest(q, forms)
	if !ok {
		return ""
	}
	for j, f := range forms {
		if f == best {
			return m.entries[owner[j]].Name
		}
	}
	return ""
}

// maxReadings bounds the readings kept for a name with many characters
// read more than one way.
const maxReadings = 16

// readings are a name's full pinyin and initials, one pair per way of
// reading it (characters with several readings, such as 行, give several).
// Letters and digits in the name stay as they are.
func readings(name string) (full, initials []string) {
	full, initials = []string{""}, []string{""}
	for _, r := range strings.ToLower(name) {
		var ways []string
		if unicode.Is(unicode.Han, r) {
			ways = pinyinOf(r)
		}
		if len(ways) == 0 {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue // punctuation is not typed when searching
			}
			ways = []string{string(r)}
		}
		var nf, ni []string
		for p := range full {
			for _, w := range ways {
				if len(nf) == maxReadings {
					break
				}
				nf = append(nf, full[p]+w)
				ni = append(ni, initials[p]+string([]rune(w)[:1]))
			}
		}
		full, initials = nf, ni
	}
	return full, initials
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func anyPrefix(list []string, q string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, q) {
			return true
		}
	}
	return false
}

func anyContains(list []string, q string) bool {
	for _, s := range list {
		if strings.Contains(s, q) {
			return true
		}
	}
	return false
}
