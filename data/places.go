package data

import (
	"slices"
	"sort"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"liangsaibi/scoring"
)

// places says where each score is written in a file's text, so a save can
// change the numbers that changed in place instead of parsing and checking
// the whole file again (which costs as much as loading it). A places is
// never changed once built: a save that moves text makes a new one.
//
// Offsets are kept relative to the street's key: a street's scores are one
// contiguous block of YAML, so an edit moves the keys of the streets after
// it and the slots after it within its own street, and a save costs one
// pass over the streets rather than over every slot.
type places struct {
	street []int32   // byte offset of each street's key in scores:; -1 when not written
	at     [][]int32 // per street, each slot's scalar offset from the key; -1: none to replace
	base   []int     // first slot of each item within a street's row
	per    int       // slots per street
}

func newPlaces(c *scoring.Competition) *places {
	p := &places{street: make([]int32, len(c.Streets)), at: make([][]int32, len(c.Streets)), base: make([]int, len(c.Items))}
	for i := range c.Items {
		p.base[i] = p.per
		p.per += c.SlotCount(i)
	}
	for s := range p.street {
		p.street[s] = -1
	}
	return p
}

// place is the byte offset of a slot's scalar, or -1.
func (p *places) place(street, item, slot int) int {
	row := p.at[street]
	if row == nil {
		return -1
	}
	rel := row[p.base[item]+slot]
	if rel < 0 {
		return -1
	}
	return int(p.street[street] + rel)
}

// recordStreet notes where a street's key is written; its slots follow.
func (p *places) recordStreet(loc *locator, street int, key *yaml.Node) {
	p.street[street] = int32(loc.offset(key.Line, key.Column))
}

// record notes where the scalars of one street's item are. judged says the
// value is a list of judges' slots; a lone ~ for a whole list has no place
// per slot and stays -1.
func (p *places) record(loc *locator, street, item int, judged bool, n *yaml.Node) {
	if p.street[street] < 0 {
		return
	}
	if !judged {
		p.put(loc, street, p.base[item], n)
		return
	}
	if n.Kind != yaml.SequenceNode {
		return
	}
	for j, sn := range n.Content {
		p.put(loc, street, p.base[item]+j, sn)
	}
}

// put records a scalar only when its text is exactly its value as one
// plain token: no quotes, tags, folding or escapes that a splice could
// break.
func (p *places) put(loc *locator, street, i int, n *yaml.Node) {
	if n.Kind != yaml.ScalarNode || n.Style != 0 || n.Value == "" {
		return
	}
	off := loc.offset(n.Line, n.Column)
	end := off + tokenLen(loc.src[off:])
	if end-off != len(n.Value) || string(loc.src[off:end]) != n.Value || off < int(p.street[street]) {
		return
	}
	if p.at[street] == nil {
		p.at[street] = make([]int32, p.per)
		for j := range p.at[street] {
			p.at[street][j] = -1
		}
	}
	p.at[street][i] = int32(off) - p.street[street]
}

// tokenLen is the length of the plain scalar at the start of b, up to the
// first byte that ends one in block or flow context.
func tokenLen(b []byte) int {
	for i, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n', ',', ']', '}', '#':
			return i
		}
	}
	return len(b)
}

// tokenSlot reads a slot's plain token: ~ (or null), recused/回避, or a number.
func tokenSlot(tok string) (scoring.Slot, bool) {
	switch tok {
	case "~", "null", "Null", "NULL":
		return scoring.Slot{}, true
	case recusedWord, recusedZh:
		return scoring.Slot{State: scoring.Recused}, true
	}
	v, err := scoring.ParseDec(tok)
	return scoring.Number(v), err == nil
}

type edit struct {
	street     int
	start, end int
	text       string
}

// spare is memory a save may write into: the text of the file before the
// previous save, which nothing refers to any more. Rewriting a 20 MB file
// on every score costs less in memory the process already has.
type spare struct {
	text []byte
}

// splice writes into text (which holds prev's scores at p's places) every
// slot of next that differs from prev, building the result in sp's memory
// when it is large enough. ok is false when a changed slot has
// no place in the text (a street or item written for the first time, a
// lone ~ for a list) or the text there is not the score p says: then the
// caller renders and checks the whole file instead.
func (p *places) splice(text []byte, prev, next *scoring.Competition, sp spare) (out []byte, moved *places, ok bool) {
	if p == nil || len(prev.Scores) != len(next.Scores) || len(next.Scores) != len(p.street) ||
		len(prev.Items) != len(p.base) || len(next.Items) != len(p.base) {
		return nil, nil, false
	}
	var edits []edit
	for s := range next.Scores {
		pr, nr := prev.Scores[s], next.Scores[s]
		if sameBacking(pr, nr) { // WithSlot copies only the rows it changes
			continue
		}
		for i := range nr {
			if len(pr[i]) != len(nr[i]) {
				return nil, nil, false
			}
			if sameBacking(pr[i], nr[i]) {
				continue
			}
			for j := range nr[i] {
				if pr[i][j] == nr[i][j] {
					continue
				}
				start := p.place(s, i, j)
				if start < 0 {
					return nil, nil, false
				}
				end := start + tokenLen(text[start:])
				if was, good := tokenSlot(string(text[start:end])); !good || was != pr[i][j] {
					return nil, nil, false
				}
				edits = append(edits, edit{s, start, end, slotText(nr[i][j])})
			}
		}
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	return applyEdits(sp.text, text, edits), p.shifted(edits), true
}

// sameBacking reports whether two slices share their first element, that
// is, one was not copied from the other.
func sameBacking[T any](a, b []T) bool {
	return len(a) > 0 && len(a) == len(b) && &a[0] == &b[0]
}

// applyEdits copies text with the edits (sorted, not overlapping) made,
// into dst's memory if it is large enough.
func applyEdits(dst, text []byte, edits []edit) []byte {
	size := len(text)
	for _, e := range edits {
		size += len(e.text) - (e.end - e.start)
	}
	out := dst[:0]
	if cap(out) < size {
		out = make([]byte, 0, size)
	}
	last := 0
	for _, e := range edits {
		out = append(out, text[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return append(out, text[last:]...)
}

// shifted is p after the edits: each street's key moves by the growth of
// the edits before it, and within an edited street so do its slots.
func (p *places) shifted(edits []edit) *places {
	grow := make([]int32, len(edits)+1) // grow[k]: total growth of edits[:k]
	for k, e := range edits {
		grow[k+1] = grow[k] + int32(len(e.text)-(e.end-e.start))
	}
	if !slices.ContainsFunc(grow, func(g int32) bool { return g != 0 }) {
		return p
	}
	// growth of the edits that start before byte offset off. Offsets come
	// mostly in file order: the cursor walks on from the last answer and
	// searches only when sent back (a city import asks 400,000 times).
	k, last := 0, int32(0)
	before := func(off int32) int32 {
		if off < last {
			k = sort.Search(len(edits), func(i int) bool { return int32(edits[i].start) >= off })
		}
		for k < len(edits) && int32(edits[k].start) < off {
			k++
		}
		last = off
		return grow[k]
	}
	moved := &places{street: slices.Clone(p.street), at: slices.Clone(p.at), base: p.base, per: p.per}
	for s, key := range moved.street {
		if key >= 0 {
			moved.street[s] = key + before(key)
		}
	}
	for k, e := range edits {
		if k > 0 && edits[k-1].street == e.street {
			continue // the street's row is done
		}
		row := slices.Clone(p.at[e.street])
		key, newKey := p.street[e.street], moved.street[e.street]
		for j, rel := range row {
			if rel >= 0 {
				row[j] = key + rel + before(key+rel) - newKey
			}
		}
		moved.at[e.street] = row
	}
	return moved
}

// locator turns a node's line and column (1-based, in characters) into a
// byte offset. Scores are visited in the order they are written, so it
// walks on from the last position on the same line rather than from the
// line's start: one long flow line costs one pass, not one per scalar.
type locator struct {
	src       []byte
	lines     []int // byte offset of each line's start
	line, col int
	off       int
}

func newLocator(src []byte) *locator {
	return &locator{src: src, lines: lineStarts(src)}
}

func (l *locator) offset(line, col int) int {
	if line < 1 || line > len(l.lines) {
		return len(l.src)
	}
	if line != l.line || col < l.col {
		l.line, l.col, l.off = line, 1, l.lines[line-1]
	}
	for l.col < col && l.off < len(l.src) && l.src[l.off] != '\n' {
		if l.src[l.off] < utf8.RuneSelf { // most of a file: no decoding
			l.off++
		} else {
			_, n := utf8.DecodeRune(l.src[l.off:])
			l.off += n
		}
		l.col++
	}
	return l.off
}
